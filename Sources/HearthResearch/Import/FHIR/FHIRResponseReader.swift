import HearthCore
import HearthScoring

/// Turns QuestionnaireResponses into matrix rows and attributes, one at a time.
struct FHIRResponseReader {
    let importer: FHIRImporter
    let context: FHIRImporter.FileContext
    let source: String
    private(set) var matrices: [String: ResponseMatrix] = [:]
    private(set) var attributes: [RecordKey: [String: String]] = [:]
    /// Help received, per respondent and wave.
    private(set) var help: [RecordKey: HelpReceived] = [:]
    private var seen: [String: Set<RecordKey>] = [:]

    init(importer: FHIRImporter, context: FHIRImporter.FileContext, source: String) {
        self.importer = importer
        self.context = context
        self.source = source
    }

    /// What one response holds for its instrument.
    private struct Collected {
        var codes: [UInt8]
        var answered: [Bool]
        var respondent: Respondent
    }

    mutating func read(_ resource: FHIRResource, index: Int, report: inout ImportReport) throws(ResearchError) {
        if resource.status == "entered-in-error" {
            report.skippedResources["status entered-in-error", default: 0] += 1
            return
        }
        func fail(_ code: ResearchError.Code, _ field: String?, _ message: String, instrument: String? = nil) -> ResearchError {
            ResearchError(code, source: source, field: field, instrument: instrument, message: "response \(index + 1): " + message)
        }
        guard let canonical = resource.questionnaire else { throw fail(.missingField, "questionnaire", "no questionnaire") }
        if let helpQuestionnaire = importer.mapping.helpQuestionnaire, helpQuestionnaire.matches(canonical) {
            let key = RecordKey(id: try respondentID(resource, fail: fail), wave: try wave(resource, fail: fail))
            guard help[key] == nil else { throw fail(.duplicateRecord, "help", "a second help response of the same respondent and wave") }
            let received = try helpQuestionnaire.read(resource.item ?? []) { code, field, message in fail(code, field, message) }
            if !received.isEmpty { help[key] = received }
            return
        }
        guard let plan = importer.plans.first(where: { $0.matches(canonical) }) else {
            throw fail(.unknownField, "questionnaire", "the questionnaire '\(canonical)' is not in the mapping")
        }
        let key = RecordKey(id: try respondentID(resource, fail: fail), wave: try wave(resource, fail: fail))
        guard seen[plan.definition.id, default: []].insert(key).inserted else {
            throw fail(.duplicateRecord, nil, "a second response of the same respondent and wave", instrument: plan.definition.id)
        }
        var collected = Collected(
            codes: [UInt8](repeating: MissingReason.skipped.matrixCode, count: plan.definition.items.count),
            answered: [Bool](repeating: false, count: plan.definition.items.count),
            respondent: Respondent(id: key.id))
        if let wave = key.wave {
            do { collected.respondent.wave = try Wave(index: wave) } catch { throw fail(.invalidValue, "wave", error.message) }
        }
        var seenLinks: Set<String> = []
        try walk(resource.item ?? [], plan: plan, into: &collected, seenLinks: &seenLinks, report: &report, fail: fail)
        // Taken out of the dictionary while it grows: a matrix still held there would be
        // copied by the append, once per response.
        var matrix: ResponseMatrix
        if let existing = matrices.removeValue(forKey: plan.definition.id) {
            matrix = existing
        } else {
            do { matrix = try ResponseMatrix(itemCount: plan.definition.items.count) } catch {
                throw fail(.scoring, nil, error.description, instrument: plan.definition.id)
            }
        }
        defer { matrices[plan.definition.id] = matrix }
        do { try matrix.append(collected.respondent, matrixCodes: collected.codes) } catch {
            throw fail(.scoring, nil, error.description, instrument: plan.definition.id)
        }
        report.instruments[plan.definition.id, default: ImportReport.InstrumentCounts()].records += 1
        for code in collected.codes {
            if let reason = MissingReason(matrixCode: code) { report.countMissing(reason.name, instrument: plan.definition.id) }
        }
        var values = context.attributes
        for (name, url) in importer.mapping.attributeExtensions ?? [:] {
            guard let found = resource.extensions?.first(where: { $0.url == url }) else { continue }
            guard let value = found.valueString ?? found.valueCode ?? found.valueInteger.map(String.init) else {
                throw fail(.invalidValue, url, "the attribute extension has no valueString, valueCode or valueInteger")
            }
            values[name] = value
        }
        if !values.isEmpty {
            for (name, value) in values {
                if let existing = attributes[key]?[name], existing != value {
                    throw fail(.invalidValue, name, "two responses give this attribute different values for the same respondent and wave")
                }
                attributes[key, default: [:]][name] = value
            }
        }
    }

    private func respondentID(_ resource: FHIRResource, fail: (ResearchError.Code, String?, String, String?) -> ResearchError) throws(ResearchError) -> RespondentID {
        let text: String?
        switch importer.mapping.respondentID {
        case .subjectReference:
            text = resource.subject?.reference.flatMap { $0.split(separator: "/").last.map(String.init) }
        case .subjectIdentifier:
            text = resource.subject?.identifier?.value
        }
        guard let text, !text.isEmpty else {
            throw fail(.missingField, "subject", "no respondent id (\(importer.mapping.respondentID.rawValue))", nil)
        }
        do { return try RespondentID(text) } catch { throw fail(.invalidValue, "subject", error.message, nil) }
    }

    private func wave(_ resource: FHIRResource, fail: (ResearchError.Code, String?, String, String?) -> ResearchError) throws(ResearchError) -> Int? {
        guard let url = importer.mapping.waveExtension, let found = resource.extensions?.first(where: { $0.url == url }) else {
            return context.wave
        }
        guard let wave = found.valueInteger else { throw fail(.invalidValue, url, "the wave extension has no valueInteger", nil) }
        if let fixed = context.wave, fixed != wave {
            throw fail(.invalidValue, url, "the response's wave differs from the wave given for the file", nil)
        }
        return wave
    }

    private func walk(
        _ items: [FHIRItem], plan: FHIRQuestionnairePlan, into collected: inout Collected, seenLinks: inout Set<String>,
        report: inout ImportReport, fail: (ResearchError.Code, String?, String, String?) -> ResearchError
    ) throws(ResearchError) {
        let instrument = plan.definition.id
        for item in items {
            guard seenLinks.insert(item.linkId).inserted else {
                throw fail(.duplicateRecord, item.linkId, "the linkId appears twice in one response", instrument)
            }
            let answers = item.answer ?? []
            if let position = plan.items[item.linkId] {
                collected.codes[position] = try code(item, answers: answers, plan: plan, fail: fail)
            } else if let links = plan.mapping.respondent, [links.sex, links.partnerSex, links.age].contains(item.linkId) {
                try metadata(item, answers: answers, links: links, into: &collected.respondent, fail: fail)
            } else if plan.ignored.contains(item.linkId) {
                report.ignoredFields[item.linkId] = "listed in ignoredLinkIds"
            } else if answers.isEmpty, item.item?.isEmpty == false {
                // A group: its children carry the answers.
            } else {
                throw fail(.unknownField, item.linkId, "the linkId is not mapped; map it or list it in ignoredLinkIds", instrument)
            }
            try walk(item.item ?? [], plan: plan, into: &collected, seenLinks: &seenLinks, report: &report, fail: fail)
            for answer in answers {
                try walk(answer.item ?? [], plan: plan, into: &collected, seenLinks: &seenLinks, report: &report, fail: fail)
            }
        }
    }

    private func code(
        _ item: FHIRItem, answers: [FHIRAnswer], plan: FHIRQuestionnairePlan,
        fail: (ResearchError.Code, String?, String, String?) -> ResearchError
    ) throws(ResearchError) -> UInt8 {
        let instrument = plan.definition.id
        guard let answer = answers.first else {
            guard let absent = item.extensions?.first(where: { $0.url == FHIRExtensionURL.dataAbsentReason }) else {
                return MissingReason.skipped.matrixCode
            }
            guard let reason = FHIRAbsentReason.missingReason(absent.valueCode) else {
                throw fail(.invalidValue, item.linkId, "data-absent-reason '\(absent.valueCode ?? "")' is not one Hearth knows", instrument)
            }
            return reason.matrixCode
        }
        guard answers.count == 1 else { throw fail(.invalidValue, item.linkId, "more than one answer to a single-answer item", instrument) }
        let value = FHIRAnswerValue.number(answer, codes: plan.codes)
        let scale = plan.definition.responseScale
        guard let number = value else {
            throw fail(.invalidValue, item.linkId, "the answer has no value Hearth can read as a code", instrument)
        }
        guard let byte = UInt8(exactly: number), scale.contains(byte) else {
            throw fail(.invalidValue, item.linkId, "not a code in \(scale.minimum)...\(scale.maximum)", instrument)
        }
        return byte
    }

    private func metadata(
        _ item: FHIRItem, answers: [FHIRAnswer], links: RespondentFields, into respondent: inout Respondent,
        fail: (ResearchError.Code, String?, String, String?) -> ResearchError
    ) throws(ResearchError) {
        guard let answer = answers.first else { return }
        if item.linkId == links.age {
            guard let years = answer.valueInteger else { throw fail(.invalidValue, item.linkId, "age must be a valueInteger", nil) }
            do { respondent.age = try Age(years: years) } catch { throw fail(.invalidValue, item.linkId, error.message, nil) }
            return
        }
        guard let text = answer.valueCoding?.code ?? answer.valueString else {
            throw fail(.invalidValue, item.linkId, "sex must be a valueCoding or valueString", nil)
        }
        let sex: Sex
        do { sex = try importer.sexCoding.sex(text) } catch { throw fail(.invalidValue, item.linkId, error.message, nil) }
        if item.linkId == links.sex { respondent.sex = sex } else { respondent.partnerSex = sex }
    }
}
