import Foundation
import HearthCore
import HearthScoring

/// Writes a ``StudyCohort`` as a FHIR R4 Bundle (type `collection`) of
/// QuestionnaireResponses through an ``FHIRMapping``: the inverse of ``FHIRImporter``.
///
/// Answers are `valueInteger` codes; a skipped item is left out; other kinds of missing
/// are an item without an answer carrying the data-absent-reason extension
/// (`asked-unknown`, `asked-declined`, `not-asked`). Waves and attributes go into the
/// mapping's extensions, so a mapping that lacks them cannot export a cohort that has them.
public struct FHIRExporter: Sendable {
    /// The mapping.
    public let mapping: FHIRMapping
    let importer: FHIRImporter

    /// Creates an exporter, checking the mapping against the definitions.
    ///
    /// - Throws: as ``FHIRImporter/init(mapping:definitions:)``.
    public init(mapping: FHIRMapping, definitions: [InstrumentDefinition]) throws(ResearchError) {
        self.mapping = mapping
        importer = try FHIRImporter(mapping: mapping, definitions: definitions)
    }

    /// The Bundle of every mapped instrument's rows in `cohort`.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has waves or attributes
    ///   the mapping has no extension for; ``ResearchError/Code/invalidValue`` when a
    ///   pseudonym cannot be a `Patient/<id>` reference because it is not a FHIR R4 id
    ///   (1–64 of `A–Z a–z 0–9 - .`): map with `subjectIdentifier` to export any pseudonym.
    public func export(_ cohort: StudyCohort) throws(ResearchError) -> Data {
        var entries: [FHIRBundleEntry] = []
        for plan in importer.plans {
            guard let matrix = cohort.matrices[plan.definition.id] else { continue }
            var linkIds = [String](repeating: "", count: plan.definition.items.count)
            for (linkId, position) in plan.items { linkIds[position] = linkId }
            for row in 0..<matrix.rowCount {
                entries.append(FHIRBundleEntry(resource: try response(plan, matrix: matrix, row: row, linkIds: linkIds, cohort: cohort)))
            }
        }
        if !cohort.help.isEmpty {
            guard let help = mapping.helpQuestionnaire else {
                throw ResearchError(.invalidMapping, field: "helpQuestionnaire", message: "the cohort records help received but the mapping has no help questionnaire to write it to")
            }
            for (index, (key, record)) in cohort.help.sorted(by: { $0.key < $1.key }).enumerated() {
                entries.append(FHIRBundleEntry(resource: try helpResponse(help, key: key, record: record, index: index)))
            }
        }
        let bundle = FHIRResource(resourceType: "Bundle", type: "collection", entry: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do { return try encoder.encode(bundle) } catch {
            throw ResearchError(.malformedFile, message: "the Bundle cannot be encoded")
        }
    }

    private func response(
        _ plan: FHIRQuestionnairePlan, matrix: ResponseMatrix, row: Int, linkIds: [String], cohort: StudyCohort
    ) throws(ResearchError) -> FHIRResource {
        let respondent = matrix.respondents[row]
        let key = RecordKey(respondent)
        var extensions: [FHIRExtension] = []
        if let wave = key.wave {
            guard let url = mapping.waveExtension else {
                throw ResearchError(.invalidMapping, field: "waveExtension", message: "the cohort has waves but the mapping has no wave extension")
            }
            extensions.append(FHIRExtension(url: url, valueInteger: wave))
        }
        for (name, value) in (cohort.attributes[key] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let url = mapping.attributeExtensions?[name] else {
                throw ResearchError(.invalidMapping, field: "attributeExtensions", message: "attribute '\(name)' has no extension in the mapping")
            }
            extensions.append(FHIRExtension(url: url, valueString: value))
        }
        var items: [FHIRItem] = []
        let codes: ArraySlice<UInt8>
        do { codes = try matrix.matrixCodes(row: row) } catch {
            throw ResearchError(.scoring, instrument: plan.definition.id, message: error.description)
        }
        for (position, code) in codes.enumerated() {
            if let reason = MissingReason(matrixCode: code) {
                guard let absent = FHIRAbsentReason.codes[reason] else { continue }
                items.append(FHIRItem(linkId: linkIds[position], extensions: [FHIRExtension(url: FHIRExtensionURL.dataAbsentReason, valueCode: absent)]))
            } else {
                items.append(FHIRItem(linkId: linkIds[position], answer: [FHIRAnswer(valueInteger: Int(code))]))
            }
        }
        items += metadataItems(respondent, links: plan.mapping.respondent)
        let wavePart = key.wave.map { "-w\($0)" } ?? ""
        return FHIRResource(
            resourceType: "QuestionnaireResponse", id: nil, questionnaire: plan.mapping.canonical, status: "completed",
            subject: try subject(respondent.id, row: row, instrument: plan.definition.id), extensions: extensions.isEmpty ? nil : extensions, item: items
        ).identified(as: "\(plan.definition.id)\(wavePart)-\(row + 1)")
    }

    /// One help record as a response to the help questionnaire (the inverse of
    /// ``FHIRMapping/HelpQuestionnaire``'s reading; a part the mapping has no linkId for is refused).
    private func helpResponse(_ help: FHIRMapping.HelpQuestionnaire, key: RecordKey, record: HelpReceived, index: Int) throws(ResearchError) -> FHIRResource {
        func link(_ linkId: String?, _ part: String) throws(ResearchError) -> String {
            guard let linkId else { throw ResearchError(.invalidMapping, field: "helpQuestionnaire.\(part)", message: "the cohort records this part of the help but the mapping has no linkId for it") }
            return linkId
        }
        var items: [FHIRItem] = []
        if let flag = record.hadHelp { items.append(FHIRItem(linkId: try link(help.hadHelp, "hadHelp"), answer: [FHIRAnswer(valueBoolean: flag)])) }
        if !record.agencies.isEmpty {
            let codes = record.agencies.sorted().map { agency in
                FHIRAnswer(valueCoding: FHIRCoding(code: (help.agencyCodes ?? [:]).filter { $0.value == agency.rawValue }.keys.sorted().first ?? agency.rawValue))
            }
            items.append(FHIRItem(linkId: try link(help.agencies, "agencies"), answer: codes))
        }
        if let count = record.agencyCount { items.append(FHIRItem(linkId: try link(help.agencyCount, "agencyCount"), answer: [FHIRAnswer(valueInteger: count)])) }
        for (agency, level) in record.satisfaction.sorted(by: { $0.key < $1.key }) {
            let code = help.satisfactionCodes.map { codes in codes.filter { $0.value == level }.keys.sorted().first ?? level.rawValue } ?? level.rawValue
            items.append(FHIRItem(linkId: try link(help.satisfaction?[agency.rawValue], "satisfaction.\(agency.rawValue)"), answer: [FHIRAnswer(valueCoding: FHIRCoding(code: code))]))
        }
        var extensions: [FHIRExtension] = []
        if let wave = key.wave {
            guard let url = mapping.waveExtension else {
                throw ResearchError(.invalidMapping, field: "waveExtension", message: "the cohort has waves but the mapping has no wave extension")
            }
            extensions.append(FHIRExtension(url: url, valueInteger: wave))
        }
        return FHIRResource(
            resourceType: "QuestionnaireResponse", id: nil, questionnaire: help.canonical, status: "completed",
            subject: try subject(key.id, row: index, instrument: "help"), extensions: extensions.isEmpty ? nil : extensions, item: items
        ).identified(as: "help\(key.wave.map { "-w\($0)" } ?? "")-\(index + 1)")
    }

    private func subject(_ id: RespondentID, row: Int, instrument: String) throws(ResearchError) -> FHIRReference {
        switch mapping.respondentID {
        case .subjectReference:
            guard Self.isFHIRID(id.rawValue) else {
                throw ResearchError(
                    .invalidValue, field: "subject", instrument: instrument,
                    message: "row \(row + 1): the pseudonym is not a FHIR id (1–64 letters, digits, '-' or '.'), so it cannot be a Patient reference; "
                        + "map the respondent with 'subjectIdentifier' to export it as an identifier")
            }
            return FHIRReference(reference: "Patient/\(id.rawValue)")
        case .subjectIdentifier:
            return FHIRReference(identifier: FHIRIdentifier(value: id.rawValue))
        }
    }

    /// Whether `text` is a FHIR R4 `id`: `[A-Za-z0-9\-\.]{1,64}` (FHIR R4, datatypes §2.24.0.1).
    static func isFHIRID(_ text: String) -> Bool {
        let bytes = text.utf8
        return (1...64).contains(bytes.count) && bytes.allSatisfy { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }

    private func metadataItems(_ respondent: Respondent, links: RespondentFields?) -> [FHIRItem] {
        guard let links else { return [] }
        var items: [FHIRItem] = []
        func sexCode(_ sex: Sex) -> String { importer.sexCoding.text(sex) }
        if let link = links.sex, respondent.sex != .unknown {
            items.append(FHIRItem(linkId: link, answer: [FHIRAnswer(valueCoding: FHIRCoding(code: sexCode(respondent.sex)))]))
        }
        if let link = links.partnerSex, respondent.partnerSex != .unknown {
            items.append(FHIRItem(linkId: link, answer: [FHIRAnswer(valueCoding: FHIRCoding(code: sexCode(respondent.partnerSex)))]))
        }
        if let link = links.age, let age = respondent.age {
            items.append(FHIRItem(linkId: link, answer: [FHIRAnswer(valueInteger: age.years)]))
        }
        return items
    }
}

extension FHIRResource {
    /// The resource with a logical id (an export-local counter, never the pseudonym).
    fileprivate func identified(as id: String) -> FHIRResource {
        var copy = self
        copy.id = id
        return copy
    }
}
