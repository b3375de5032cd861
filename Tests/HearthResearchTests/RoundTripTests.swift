import Foundation
import HearthCore
import HearthResearch
import HearthScoring
import Testing

/// Export → import gives the same answers, metadata, attributes and scores.
@Suite("Import round trips")
struct RoundTripTests {
    func cohort(_ definitions: [InstrumentDefinition], rows: Int) throws -> StudyCohort {
        var cohort = StudyCohort()
        for (index, definition) in definitions.enumerated() {
            try cohort.add(try wavedSyntheticMatrix(definition, rows: rows, seed: UInt64(11 + index)), definition: definition)
        }
        for person in 0..<(rows / 3) {
            for wave in 1...3 {
                try cohort.setAttributes(["group": person % 2 == 0 ? "research" : "reference", "city": "C\(person % 4)"], for: RecordKey(id: try RespondentID("p\(person)"), wave: wave))
            }
        }
        return cohort
    }

    func expectSame(_ original: StudyCohort, _ imported: StudyCohort, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(imported.instrumentIDs == original.instrumentIDs, sourceLocation: sourceLocation)
        for id in original.instrumentIDs {
            let before = try #require(original.matrices[id])
            let after = try #require(imported.matrices[id])
            // Rows come back sorted by id and wave; compare by key.
            var rows: [RecordKey: Int] = [:]
            for (row, respondent) in after.respondents.enumerated() { rows[RecordKey(respondent)] = row }
            #expect(after.rowCount == before.rowCount, "\(id)", sourceLocation: sourceLocation)
            for row in 0..<before.rowCount {
                let key = RecordKey(before.respondents[row])
                let other = try #require(rows[key])
                #expect(Array(try after.matrixCodes(row: other)) == Array(try before.matrixCodes(row: row)), "\(id) \(key)", sourceLocation: sourceLocation)
                #expect(after.respondents[other].sex == before.respondents[row].sex, sourceLocation: sourceLocation)
                #expect(after.respondents[other].age?.years == before.respondents[row].age?.years, sourceLocation: sourceLocation)
            }
            let definition = try #require(original.definitions[id])
            #expect(try allScores(after, definition) == allScores(before, definition), "\(id) scores", sourceLocation: sourceLocation)
        }
        #expect(imported.attributes == original.attributes, sourceLocation: sourceLocation)
        #expect(imported.help == original.help, sourceLocation: sourceLocation)
    }

    @Test func redcapExportThenImportGivesTheSameScores() throws {
        let tscc = try syntheticDefinition(.tscc)
        let definitions = [try BuiltInInstrument.cts2.definition(), try BuiltInInstrument.ace.definition(), tscc]
        var original = try cohort(definitions, rows: 90)
        // Help of every kind of completeness, one record without questionnaires (p99 at wave 2).
        try original.setHelp(HelpReceived(hadHelp: true, agencies: [.youthCare, .shelter], agencyCount: 3, satisfaction: [.youthCare: .neutral]), for: RecordKey(id: try RespondentID("p0"), wave: 2))
        try original.setHelp(HelpReceived(hadHelp: false), for: RecordKey(id: try RespondentID("p1"), wave: 3))
        try original.setHelp(HelpReceived(agencies: [.mentalHealth]), for: RecordKey(id: try RespondentID("p2"), wave: 2))
        try original.setHelp(HelpReceived(satisfaction: [.shelter: .dissatisfied]), for: RecordKey(id: try RespondentID("p99"), wave: 2))
        let mapping = REDCapMapping(
            events: ["baseline_arm_1": .init(wave: 1), "fu12_arm_1": .init(wave: 2), "fu18_arm_1": .init(wave: 3)],
            missingCodes: ["ASKU": "dontKnow", "-97": "refused", "NASK": "notAdministered"],
            attributes: ["group": "arm", "city": "site"],
            instruments: [
                .init(instrument: "cts2", respondent: .init(sex: "p_sex", partnerSex: "p_partner", age: "p_age"),
                      items: Dictionary(uniqueKeysWithValues: definitions[0].items.map { ("cts_\($0.id)", $0.id) })),
                .init(instrument: "ace", respondent: .init(sex: "a_sex", age: "a_age"),
                      items: Dictionary(uniqueKeysWithValues: (1...10).map { ("ace___\($0)", "\($0)") })),
                // TSCC as 1-based radio fields and its first item as a checkbox group.
                .init(instrument: "tscc", respondent: .init(sex: "c_sex", age: "c_age"),
                      items: Dictionary(uniqueKeysWithValues: (2...54).map { ("tscc_\($0)", "\($0)") }),
                      checkboxChoices: ["tscc_1": "1"], codes: ["1": 0, "2": 1, "3": 2, "4": 3]),
            ],
            help: .init(
                hadHelp: "help", yesValues: ["Y"], noValues: ["N"],
                agencies: ["shelter": "agency___1", "youth-care": "agency___2", "mental-health": "agency___3"], agencyCount: "agencies",
                satisfaction: ["shelter": "sat_shelter", "youth-care": "sat_youth"]))
        let exported = try REDCapExporter(mapping: mapping, definitions: definitions).export(original)
        var withoutHelp = mapping
        withoutHelp.help = nil
        #expect(throws: ResearchError.self) { try REDCapExporter(mapping: withoutHelp, definitions: definitions).export(original) }
        var imported = StudyCohort()
        let report = try REDCapImporter(mapping: mapping, definitions: definitions).importExport(exported, source: "roundtrip.csv", into: &imported)
        try expectSame(original, imported)
        #expect(report.recordsRead == 91 && report.helpRecords == 4)
        let text = String(decoding: exported, as: UTF8.self)
        #expect(text.contains("tscc_1___4"))
    }

    @Test func fhirExportThenImportGivesTheSameScores() throws {
        let tscyc = try syntheticDefinition(.tscyc)
        let definitions = [try BuiltInInstrument.ace.definition(), tscyc]
        var original = try cohort(definitions, rows: 60)
        try original.setHelp(HelpReceived(hadHelp: true, agencies: [.youthCare, .shelter], agencyCount: 3, satisfaction: [.youthCare: .neutral]), for: RecordKey(id: try RespondentID("p0"), wave: 2))
        try original.setHelp(HelpReceived(hadHelp: false), for: RecordKey(id: try RespondentID("p1"), wave: 3))
        let mapping = FHIRMapping(
            waveExtension: "https://example.org/wave",
            attributeExtensions: ["group": "https://example.org/group", "city": "https://example.org/city"],
            questionnaires: definitions.map { definition in
                .init(
                    canonical: "https://example.org/Questionnaire/\(definition.id)", instrument: definition.id,
                    items: Dictionary(uniqueKeysWithValues: definition.items.map { ("\(definition.id)-\($0.id)", $0.id) }),
                    respondent: .init(sex: "sex", age: "age"))
            },
            helpQuestionnaire: .init(
                canonical: "https://example.org/Questionnaire/help", hadHelp: "any", agencies: "kinds", agencyCodes: ["BJZ": "youth-care"],
                agencyCount: "count", satisfaction: ["youth-care": "sat-bjz"]))
        let exported = try FHIRExporter(mapping: mapping, definitions: definitions).export(original)
        var imported = StudyCohort()
        let report = try FHIRImporter(mapping: mapping, definitions: definitions).importResponses(exported, source: "bundle.json", into: &imported)
        try expectSame(original, imported)
        #expect(report.recordsRead == 122 && report.helpRecords == 2)
        #expect(String(decoding: exported, as: UTF8.self).contains(#""code":"BJZ""#))
        var withoutHelp = mapping
        withoutHelp.helpQuestionnaire = nil
        #expect(throws: ResearchError.self) { try FHIRExporter(mapping: withoutHelp, definitions: definitions).export(original) }
        // Pseudonyms appear only as subject references, never as resource ids.
        #expect(!String(decoding: exported, as: UTF8.self).contains(#""id":"p1""#))
    }

    @Test func sharedMetadataFieldsMustAgree() throws {
        let ace = try BuiltInInstrument.ace.definition()
        let cts2 = try BuiltInInstrument.cts2.definition()
        // Rows of the two synthetic matrices give the same pseudonym different ages.
        let original = try cohort([cts2, ace], rows: 6)
        let mapping = REDCapMapping(
            events: ["e1": .init(wave: 1), "e2": .init(wave: 2), "e3": .init(wave: 3)], attributes: ["group": "arm", "city": "site"],
            instruments: [
                .init(instrument: "cts2", respondent: .init(age: "age"), items: Dictionary(uniqueKeysWithValues: cts2.items.map { ("c_\($0.id)", $0.id) })),
                .init(instrument: "ace", respondent: .init(age: "age"), items: Dictionary(uniqueKeysWithValues: (1...10).map { ("a\($0)", "\($0)") })),
            ])
        let error = researchError { _ = try REDCapExporter(mapping: mapping, definitions: [cts2, ace]).export(original) }
        #expect(error?.code == .invalidValue && error?.field == "age")
    }

    /// FHIR R4 ids are 1–64 of A–Z a–z 0–9 - . (datatypes §2.24.0.1): other pseudonyms
    /// cannot be `Patient/<id>` references and must go out as identifiers.
    @Test func pseudonymsThatAreNoFHIRIdsAreNotWrittenAsReferences() throws {
        let ace = try BuiltInInstrument.ace.definition()
        let items = Dictionary(uniqueKeysWithValues: (1...10).map { ("q\($0)", "\($0)") })
        for (pseudonym, valid) in [("ref_001 x", false), (String(repeating: "a", count: 65), false), ("a/b", false), ("R-001.2", true), (String(repeating: "a", count: 64), true)] {
            var cohort = StudyCohort()
            var matrix = try ResponseMatrix(itemCount: 10)
            try matrix.append(Respondent(id: try RespondentID(pseudonym)), matrixCodes: [UInt8](repeating: 0, count: 10))
            try cohort.add(matrix, definition: ace)
            let reference = FHIRMapping(questionnaires: [.init(canonical: "c", instrument: "ace", items: items)])
            let exporter = try FHIRExporter(mapping: reference, definitions: [ace])
            if valid {
                let bundle = String(decoding: try exporter.export(cohort), as: UTF8.self)
                #expect(bundle.contains("\"Patient\\/\(pseudonym)\"") || bundle.contains("\"Patient/\(pseudonym)\""))
            } else {
                let error = researchError { _ = try exporter.export(cohort) }
                #expect(error?.code == .invalidValue && error?.field == "subject" && error?.message.contains("subjectIdentifier") == true)
                #expect(error?.description.contains(pseudonym) == false)
            }
            let identifier = FHIRMapping(respondentID: .subjectIdentifier, questionnaires: [.init(canonical: "c", instrument: "ace", items: items)])
            let bundle = try FHIRExporter(mapping: identifier, definitions: [ace]).export(cohort)
            var imported = StudyCohort()
            _ = try FHIRImporter(mapping: identifier, definitions: [ace]).importResponses(bundle, source: "b.json", into: &imported)
            #expect(imported.matrices["ace"]?.respondents.first?.id.rawValue == pseudonym)
        }
    }

    @Test func exportersRefuseWhatTheMappingCannotCarry() throws {
        let ace = try BuiltInInstrument.ace.definition()
        let original = try cohort([ace], rows: 6)
        let noWave = FHIRMapping(questionnaires: [.init(canonical: "c", instrument: "ace", items: Dictionary(uniqueKeysWithValues: (1...10).map { ("q\($0)", "\($0)") }))])
        let error = researchError { _ = try FHIRExporter(mapping: noWave, definitions: [ace]).export(original) }
        #expect(error?.code == .invalidMapping && error?.field == "waveExtension")
        let noRefused = REDCapMapping(
            events: ["e1": .init(wave: 1), "e2": .init(wave: 2), "e3": .init(wave: 3)], missingCodes: [:],
            attributes: ["group": "arm", "city": "site"],
            instruments: [.init(instrument: "ace", items: Dictionary(uniqueKeysWithValues: (1...10).map { ("a\($0)", "\($0)") }))])
        let missing = researchError { _ = try REDCapExporter(mapping: noRefused, definitions: [ace]).export(original) }
        #expect(missing?.code == .invalidMapping && missing?.field == "missingCodes")
    }
}

/// HearthScoring's column storage and HearthResearch's score variable have different names,
/// so a file importing both compiles with neither qualified (this would not build otherwise).
@Test func scoreColumnIsUnambiguousWithBothModulesImported() throws {
    var column = ScoreColumn()
    let table = try ScoringPlan(BuiltInInstrument.ace.definition()).score(try ResponseMatrix(itemCount: 10))
    try table.read(scale: 0, into: &column)
    #expect(column.count == 0)
    #expect(ScoreVariable(instrument: "ace", scale: "total").description == "ace.total")
}
