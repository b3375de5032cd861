import Foundation
import HearthCore
import HearthResearch
import HearthScoring
import Testing

@Suite("REDCap import")
struct REDCapImportTests {
    let ace: InstrumentDefinition
    let audit: InstrumentDefinition

    init() throws {
        ace = try BuiltInInstrument.ace.definition()
        audit = try BuiltInInstrument.auditc.definition()
    }

    /// ACE as ten checkbox columns `ace___1…10`; AUDIT-C's first item as a single-choice
    /// checkbox group `aud1___1…5`, the others as radio fields coded 1–5 for codes 0–4.
    func mapping() -> REDCapMapping {
        REDCapMapping(
            events: ["baseline_arm_1": .init(wave: 1, months: 0), "fu_arm_1": .init(wave: 2, months: 12)],
            missingCodes: ["ASKU": "dontKnow", "NASK": "notAdministered", "-97": "refused"],
            sexCodes: ["1": "female", "2": "male"],
            attributes: ["group": "arm", "city": "site"], ignoredFields: ["notes"],
            instruments: [
                .init(
                    instrument: "ace", respondent: .init(sex: "sex", age: "age"),
                    items: Dictionary(uniqueKeysWithValues: (1...10).map { ("ace___\($0)", "\($0)") })),
                .init(
                    instrument: "auditc", respondent: .init(sex: "sex", partnerSex: "psex"),
                    items: ["aud2": "self_2", "aud3": "self_3", "paud1": "partner_1", "paud2": "partner_2", "paud3": "partner_3"],
                    checkboxChoices: ["aud1": "self_1"], codes: ["1": 0, "2": 1, "3": 2, "4": 3, "5": 4]),
            ])
    }

    static let header = "record_id,redcap_event_name,arm,site,notes,sex,psex,age,"
        + (1...10).map { "ace___\($0)" }.joined(separator: ",") + ",ace___asku,ace_complete,"
        + (1...5).map { "aud1___\($0)" }.joined(separator: ",") + ",aud2,aud3,paud1,paud2,paud3,auditc_complete"

    func row(_ id: String, _ event: String, ace: String, asku: String = "0", audit: String) -> String {
        "\(id),\(event),research,A,,1,2,34,\(ace),\(asku),2,\(audit),2"
    }

    func importText(_ text: String, into cohort: inout StudyCohort) throws -> ImportReport {
        try REDCapImporter(mapping: mapping(), definitions: [ace, audit]).importExport(Data(text.utf8), source: "export.csv", into: &cohort)
    }

    @Test func aMappingRestrictedToOneInstrumentLeavesTheOthersColumnsUnread() throws {
        let text = [Self.header, row("r1", "baseline_arm_1", ace: "1,0,1,0,0,0,0,0,0,1", audit: "0,0,1,0,0,3,2,1,5,2")].joined(separator: "\n")
        let restricted = try #require(mapping().restricted(to: "AUDITC"))
        #expect(restricted.instruments.map(\.instrument) == ["auditc"] && mapping().restricted(to: "cts2") == nil)
        var cohort = StudyCohort()
        let report = try REDCapImporter(mapping: restricted, definitions: [audit]).importExport(Data(text.utf8), source: "export.csv", into: &cohort)
        #expect(cohort.instrumentIDs == ["auditc"] && report.instruments["auditc"]?.records == 1)
        // ACE's item columns and its checkbox missing-data column are accounted for, not read.
        #expect(report.ignoredFields["ace___1"] == "another instrument's field" && report.ignoredFields["ace___asku"] == "another instrument's field")
        #expect(report.ignoredFields["age"] == "another instrument's field")
        // Without the restriction, ACE's columns would be unknown to an AUDIT-C-only mapping.
        var auditOnly = mapping()
        auditOnly.instruments.removeFirst()
        #expect(researchError { _ = try REDCapImporter(mapping: auditOnly, definitions: [audit]).importExport(Data(text.utf8), source: "export.csv", into: &cohort) }?.code == .unknownField)
    }

    @Test func aStreamedExportImportsAsTheSameExportInMemory() throws {
        // Digits as answers, as checkboxes, a missing-data code that is a digit string (-97), padding around cells.
        let text = [
            Self.header,
            row("r1", "baseline_arm_1", ace: "1,0, 1 ,0,0,0,0,0,0,1", audit: "0,0,1,0,0,3,ASKU,1, 5,-97"),
            row("r1", "fu_arm_1", ace: "0,0,0,0,0,0,0,0,0,0", asku: "1", audit: ",,,,,,,,,"),
            row("r3", "baseline_arm_1", ace: "0,1,0,0,0,0,0,0,0,0", audit: "0,1,0,0,0,2,2,3,4,1"),
        ].joined(separator: "\n")
        var inMemory = StudyCohort()
        let memoryReport = try importText(text, into: &inMemory)
        let bytes = Array(text.utf8)
        var offset = 0
        var reader = CSVReader(source: "export.csv", readSize: 64) { buffer in
            let count = min(7, buffer.count, bytes.count - offset)  // seven bytes a read
            for index in 0..<count { buffer[index] = bytes[offset + index] }
            offset += count
            return count
        }
        var streamed = StudyCohort()
        let streamedReport = try REDCapImporter(mapping: mapping(), definitions: [ace, audit]).importExport(from: &reader, into: &streamed)
        #expect(streamedReport == memoryReport)
        for instrument in ["ace", "auditc"] {
            #expect(streamed.matrices[instrument] == inMemory.matrices[instrument])
        }
        // self_1 (third option of aud1: 2), aud2 "3" (2), aud3 ASKU, paud1 "1" (0), paud2 " 5" (4), paud3 -97.
        #expect(Array(try #require(streamed.matrices["auditc"]).matrixCodes(row: 0)) == [2, 2, MissingReason.dontKnow.matrixCode, 0, 4, MissingReason.refused.matrixCode])
    }

    @Test func importsEventsCheckboxesChoicesAndMissingCodes() throws {
        let text = [
            Self.header,
            row("r1", "baseline_arm_1", ace: "1,0,1,0,0,0,0,0,0,1", audit: "0,0,1,0,0,3,ASKU,1,5,-97"),
            row("r1", "fu_arm_1", ace: "0,0,0,0,0,0,0,0,0,0", asku: "1", audit: ",,,,,,,,,"),
            "r2,baseline_arm_1,reference,B,,2,,," + String(repeating: ",", count: 22),
        ].joined(separator: "\n")
        var cohort = StudyCohort()
        let report = try importText(text, into: &cohort)
        let aceMatrix = try #require(cohort.matrices["ace"])
        #expect(aceMatrix.rowCount == 2)
        #expect(Array(try aceMatrix.matrixCodes(row: 0)) == [1, 0, 1, 0, 0, 0, 0, 0, 0, 1])
        #expect(try aceMatrix.matrixCodes(row: 1).allSatisfy { $0 == MissingReason.dontKnow.matrixCode })
        #expect(aceMatrix.respondents[0].wave == .baseline)
        #expect(aceMatrix.respondents[1].wave?.monthsSinceReport == 12)
        #expect(aceMatrix.respondents[0].sex == .female && aceMatrix.respondents[0].age?.years == 34)
        let auditMatrix = try #require(cohort.matrices["auditc"])
        #expect(auditMatrix.rowCount == 1)
        // aud1___3 checked → code 2; aud2 "3" → 2; aud3 ASKU; paud1 "1" → 0; paud2 "5" → 4; paud3 -97 refused.
        #expect(Array(try auditMatrix.matrixCodes(row: 0)) == [2, 2, MissingReason.dontKnow.matrixCode, 0, 4, MissingReason.refused.matrixCode])
        #expect(auditMatrix.respondents[0].partnerSex == .male)
        #expect(cohort.attributes[RecordKey(id: try RespondentID("r1"), wave: 1)] == ["group": "research", "city": "A"])
        #expect(cohort.attributes[RecordKey(id: try RespondentID("r2"), wave: 1)] == ["group": "reference", "city": "B"])
        #expect(report.recordsRead == 3)
        #expect(report.instruments["ace"]?.records == 2 && report.instruments["ace"]?.emptyRecords == 1)
        #expect(report.instruments["auditc"]?.emptyRecords == 2)
        #expect(report.instruments["ace"]?.missingAnswers == ["dontKnow": 10])
        #expect(report.ignoredFields == ["notes": "listed in ignoredFields", "ace_complete": "REDCap system column", "auditc_complete": "REDCap system column"])
    }

    /// Sex has three levels, female, male and unknown: a blank sex cell is `unknown`
    /// (Hearth's value for "not recorded"), and grouping by sex puts it there, not in the
    /// `(missing)` level of attributes and age bands (docs/research.md).
    @Test func aBlankSexIsUnknownAndGroupsAsUnknown() throws {
        let text = [
            Self.header,
            row("r1", "baseline_arm_1", ace: "1,0,1,0,0,0,0,0,0,1", audit: ",,,,,,,,,"),
            row("r2", "baseline_arm_1", ace: "0,0,0,0,0,0,0,0,0,0", audit: ",,,,,,,,,").replacingOccurrences(of: ",A,,1,2,34,", with: ",A,,,2,34,"),
        ].joined(separator: "\n")
        var cohort = StudyCohort()
        _ = try importText(text, into: &cohort)
        #expect(cohort.matrices["ace"]?.respondents.map(\.sex) == [.female, .unknown])
        let analysis = CohortAnalysis(try ScoredCohort(cohort))
        let bySex = try analysis.summarize(ScoreVariable(instrument: "ace", scale: "total"), by: [.sex])
        #expect(bySex.map(\.group.description) == ["female", "unknown"])
        let byCity = try analysis.summarize(ScoreVariable(instrument: "ace", scale: "total"), by: [.attribute("nothing")])
        #expect(byCity.map(\.group.description) == [GroupingKey.missingLevel])
    }

    @Test func everyColumnMustBeAccountedFor() throws {
        let text = Self.header.replacingOccurrences(of: ",notes,", with: ",notes,extra,") + "\n"
        var cohort = StudyCohort()
        let error = researchError { _ = try importText(text, into: &cohort) }
        #expect(error?.code == .unknownField && error?.field == "extra" && error?.source == "export.csv")
    }

    @Test func mappedColumnsMustExist() {
        let text = Self.header.replacingOccurrences(of: ",paud3", with: "") + "\n"
        var cohort = StudyCohort()
        let error = researchError { _ = try importText(text, into: &cohort) }
        #expect(error?.code == .missingField && error?.field == "paud3")
    }

    @Test(arguments: [
        ("r1,baseline_arm_1,research,A,,1,2,34,2,0,0,0,0,0,0,0,0,0,0,2,0,0,1,0,0,1,1,1,1,1,2", "ace___1", ResearchError.Code.invalidValue),
        ("r1,week_9,research,A,,1,2,34,1,0,0,0,0,0,0,0,0,0,0,2,0,0,1,0,0,1,1,1,1,1,2", "redcap_event_name", .invalidValue),
        ("r1,baseline_arm_1,research,A,,1,2,34,1,0,0,0,0,0,0,0,0,0,0,2,0,1,1,0,0,1,1,1,1,1,2", "aud1___3", .invalidValue),
        ("r1,baseline_arm_1,research,A,,1,2,34,1,0,0,0,0,0,0,0,0,0,0,2,0,0,1,0,0,6,1,1,1,1,2", "aud2", .invalidValue),
        ("r1,baseline_arm_1,research,A,,3,2,34,1,0,0,0,0,0,0,0,0,0,0,2,0,0,1,0,0,1,1,1,1,1,2", "sex", .invalidValue),
        ("r1,baseline_arm_1,research,A,,1,2,old,1,0,0,0,0,0,0,0,0,0,0,2,0,0,1,0,0,1,1,1,1,1,2", "age", .invalidValue),
        ("r1,baseline_arm_1,research,A,,1,2,130,1,0,0,0,0,0,0,0,0,0,0,2,0,0,1,0,0,1,1,1,1,1,2", "age", .invalidValue),
        (",baseline_arm_1,research,A,,1,2,34,1,0,0,0,0,0,0,0,0,0,0,2,0,0,1,0,0,1,1,1,1,1,2", "record_id", .invalidValue),
    ])
    func badCellsNameLineAndColumn(line: String, field: String, code: ResearchError.Code) {
        var cohort = StudyCohort()
        let error = researchError { _ = try importText(Self.header + "\n" + line + "\n", into: &cohort) }
        #expect(error?.code == code)
        #expect(error?.field == field)
        #expect(error?.line == 2)
        #expect(cohort.matrices.isEmpty, "the cohort is unchanged")
    }

    @Test func errorsNeverQuoteCellContent() {
        let secret = "Jansen-1975"
        var cohort = StudyCohort()
        let line = "r1,baseline_arm_1,research,A,,\(secret),2,34,1,0,0,0,0,0,0,0,0,0,0,2,0,0,1,0,0,1,1,1,1,1,2"
        let error = researchError { _ = try importText(Self.header + "\n" + line, into: &cohort) }
        #expect(error.map { !$0.description.contains(secret) } == true)
    }

    @Test func duplicateRecordAndEventIsAnError() {
        let line = row("r1", "baseline_arm_1", ace: "1,0,1,0,0,0,0,0,0,1", audit: "0,0,1,0,0,3,1,1,5,1")
        var cohort = StudyCohort()
        let error = researchError { _ = try importText([Self.header, line, line].joined(separator: "\n"), into: &cohort) }
        #expect(error?.code == .duplicateRecord && error?.line == 3)
    }

    @Test func secondImportOfTheSameRespondentsIsADuplicate() throws {
        let line = row("r1", "baseline_arm_1", ace: "1,0,1,0,0,0,0,0,0,1", audit: "0,0,1,0,0,3,1,1,5,1")
        var cohort = StudyCohort()
        _ = try importText([Self.header, line].joined(separator: "\n"), into: &cohort)
        let before = cohort.matrices
        let error = researchError { _ = try importText([Self.header, line].joined(separator: "\n"), into: &cohort) }
        #expect(error?.code == .duplicateRecord && error?.instrument == "ace")
        #expect(cohort.matrices == before)
    }

    @Test func repeatingInstrumentsAreRejected() {
        let text = "record_id,redcap_event_name,redcap_repeat_instance,arm,site,notes,sex,psex,age,"
            + Self.header.split(separator: ",").dropFirst(8).joined(separator: ",") + "\n"
            + "r1,baseline_arm_1,2,research,A,,1,2,34,1,0,0,0,0,0,0,0,0,0,0,2,0,0,1,0,0,1,1,1,1,1,2\n"
        var cohort = StudyCohort()
        let error = researchError { _ = try importText(text, into: &cohort) }
        #expect(error?.code == .invalidValue && error?.field == "redcap_repeat_instance")
    }

    @Test func malformedCSVIsAnError() {
        var cohort = StudyCohort()
        let error = researchError { _ = try importText(Self.header + "\n\"r1,unterminated", into: &cohort) }
        #expect(error?.code == .malformedFile && error?.line == 2)
    }

    @Test func mappingsAreCheckedAgainstTheDefinitions() {
        func check(_ change: (inout REDCapMapping) -> Void, _ code: ResearchError.Code, field: String? = nil) {
            var mapping = mapping()
            change(&mapping)
            let error = researchError { _ = try REDCapImporter(mapping: mapping, definitions: [ace, audit]) }
            #expect(error?.code == code)
            if let field { #expect(error?.field == field) }
        }
        check({ $0.instruments[0].items["ace___1"] = "11" }, .invalidMapping, field: "ace___1")
        check({ $0.instruments[0].items["ace___1"] = nil }, .invalidMapping)
        check({ $0.instruments[0].items["extra"] = "1" }, .invalidMapping, field: "extra")
        check({ $0.instruments[1].items["aud2"] = "self_1" }, .invalidMapping)
        check({ $0.instruments[0].items["sex"] = $0.instruments[0].items.removeValue(forKey: "ace___1") }, .invalidMapping, field: "sex")
        check({ $0.instruments.append($0.instruments[0]) }, .invalidMapping)
        check({ $0.instruments[0].instrument = "tsi" }, .invalidMapping)
        check({ $0.missingCodes["-99"] = "missing" }, .invalidMapping, field: "missingCodes.-99")
        check({ $0.sexCodes = ["9": "other"] }, .invalidMapping, field: "sexCodes.9")
        check({ $0.instruments[1].codes?["6"] = 5 }, .invalidMapping, field: "codes.6")
        check({ $0.events["bad"] = .init(wave: 0) }, .invalidMapping, field: "events.bad")
        // Two arms' events of one wave must agree on its months (named: the later name).
        check({ $0.events["fu_arm_2"] = .init(wave: 2, months: 18) }, .invalidMapping, field: "events.fu_arm_2.months")
        var agreeing = mapping()
        agreeing.events["fu_arm_2"] = .init(wave: 2, months: 12)
        #expect(throws: Never.self) { _ = try REDCapImporter(mapping: agreeing, definitions: [ace, audit]) }
    }

    @Test func mappingFilesAreDecodedWithDefaultsAndChecked() throws {
        let json = #"{"format": "hearth-redcap-mapping@1", "instruments": [{"instrument": "ace", "items": {"a1": "1"}}]}"#
        let mapping = try REDCapMapping.decode(Data(json.utf8), source: "m.json")
        #expect(mapping.recordIDField == "record_id" && mapping.eventField == "redcap_event_name")
        #expect(mapping.missingCodes == REDCapMapping.standardMissingCodes)
        #expect(mapping.instruments[0].checkboxChoices.isEmpty)
        let wrongTag = researchError { _ = try REDCapMapping.decode(Data(json.replacingOccurrences(of: "@1", with: "@9").utf8), source: "m.json") }
        #expect(wrongTag?.code == .invalidMapping && wrongTag?.field == "format")
        let truncated = researchError { _ = try REDCapMapping.decode(Data(json.dropLast(5).utf8), source: "m.json") }
        #expect(truncated?.code == .malformedFile && truncated?.source == "m.json")
        let wrongType = researchError {
            _ = try REDCapMapping.decode(Data(json.replacingOccurrences(of: #""a1": "1""#, with: #""a1": 1"#).utf8), source: "m.json")
        }
        #expect(wrongType?.code == .malformedFile && wrongType?.field == "instruments[0].items.a1")
    }
}
