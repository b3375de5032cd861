import Foundation
import HearthCore
import HearthResearch
import HearthScoring
import Testing

/// Help received between waves (the report's chapter 7) from REDCap and FHIR.
@Suite("Help received import")
struct HelpReceivedImportTests {
    let ace: InstrumentDefinition

    init() throws { ace = try BuiltInInstrument.ace.definition() }

    func redcapMapping(_ help: REDCapMapping.Help? = nil) -> REDCapMapping {
        REDCapMapping(
            events: ["baseline_arm_1": .init(wave: 1), "fu_arm_1": .init(wave: 2)], missingCodes: ["NASK": "notAdministered"],
            instruments: [.init(instrument: "ace", items: Dictionary(uniqueKeysWithValues: (1...10).map { ("ace___\($0)", "\($0)") }))],
            help: help ?? .init(
                hadHelp: "help_any", agencies: ["shelter": "help_agency___1", "youth-care": "help_agency___2"], agencyCount: "help_n",
                satisfaction: ["youth-care": "help_sat_yc"]))
    }

    static let header = "record_id,redcap_event_name," + (1...10).map { "ace___\($0)" }.joined(separator: ",")
        + ",help_any,help_agency___1,help_agency___2,help_n,help_sat_yc"
    static let ace = "0,0,0,0,0,0,0,0,0,0"

    func importREDCap(_ rows: [String], mapping: REDCapMapping? = nil) throws -> (StudyCohort, ImportReport) {
        var cohort = StudyCohort()
        let text = ([Self.header] + rows).joined(separator: "\n")
        let report = try REDCapImporter(mapping: mapping ?? redcapMapping(), definitions: [ace]).importExport(Data(text.utf8), source: "export.csv", into: &cohort)
        return (cohort, report)
    }

    @Test func redcapFieldsBecomeHelpPerRecordAndEvent() throws {
        let (cohort, report) = try importREDCap([
            "p1,baseline_arm_1,\(Self.ace),,,,,",
            "p1,fu_arm_1,\(Self.ace),1,1,1,3,1",
            "p2,fu_arm_1,\(Self.ace),0,0,0,0,",
            "p3,fu_arm_1,\(Self.ace),NASK,,1,,3",
        ])
        #expect(report.helpRecords == 3 && cohort.help.count == 3)
        let p1 = try #require(cohort.help[RecordKey(id: try RespondentID("p1"), wave: 2)])
        #expect(p1.hadHelp == true && p1.agencies == [.shelter, .youthCare] && p1.agencyCount == 3 && p1.satisfaction == [.youthCare: .satisfied])
        #expect(p1.numberOfAgencies == 3)
        let p2 = try #require(cohort.help[RecordKey(id: try RespondentID("p2"), wave: 2)])
        #expect(p2.receivedHelp == false && p2.numberOfAgencies == 0)
        // A missing-data code is "not recorded", never "no"; a checked agency still says help.
        let p3 = try #require(cohort.help[RecordKey(id: try RespondentID("p3"), wave: 2)])
        #expect(p3.hadHelp == nil && p3.receivedHelp == true && p3.satisfaction == [.youthCare: .dissatisfied])
        #expect(cohort.help[RecordKey(id: try RespondentID("p1"), wave: 1)] == nil)
    }

    @Test func badHelpValuesNameTheLineAndColumnNeverTheValue() throws {
        let cases: [(row: String, field: String)] = [
            ("p1,fu_arm_1,\(Self.ace),maybe,,,,", "help_any"),
            ("p1,fu_arm_1,\(Self.ace),1,2,,,", "help_agency___1"),
            ("p1,fu_arm_1,\(Self.ace),1,,,-1,", "help_n"),
            ("p1,fu_arm_1,\(Self.ace),1,,,,9", "help_sat_yc"),
            ("p1,fu_arm_1,\(Self.ace),0,1,,,", "help_any"),
        ]
        for (row, field) in cases {
            do {
                _ = try importREDCap([row])
                Issue.record("accepted \(field)")
            } catch let error as ResearchError {
                #expect(error.code == .invalidValue && error.line == 2 && error.field == field, "\(error)")
                #expect(!error.description.contains("maybe"))
            }
        }
    }

    @Test func aHelpMappingIsChecked() throws {
        let shared = REDCapMapping.Help(hadHelp: "help_any", agencyCount: "help_any")
        #expect(throws: ResearchError.self) { _ = try REDCapImporter(mapping: redcapMapping(shared), definitions: [ace]) }
        let badAgency = REDCapMapping.Help(agencies: ["Youth Care": "help_agency___1"])
        #expect(throws: ResearchError.self) { _ = try REDCapImporter(mapping: redcapMapping(badAgency), definitions: [ace]) }
        let both = REDCapMapping.Help(hadHelp: "help_any", yesValues: ["1"], noValues: ["1"])
        #expect(throws: ResearchError.self) { _ = try REDCapImporter(mapping: redcapMapping(both), definitions: [ace]) }
        // An unmapped help column is an unknown field, as any other.
        let partial = REDCapMapping.Help(hadHelp: "help_any")
        do {
            _ = try importREDCap(["p1,fu_arm_1,\(Self.ace),1,,,,"], mapping: redcapMapping(partial))
            Issue.record("accepted unmapped help columns")
        } catch let error as ResearchError {
            #expect(error.code == .unknownField && error.field == "help_agency___1")
        }
    }

    func fhirMapping() -> FHIRMapping {
        FHIRMapping(
            waveExtension: "https://example.org/wave", questionnaires: [],
            helpQuestionnaire: .init(
                canonical: "https://example.org/Questionnaire/help", hadHelp: "any", agencies: "agencies", agencyCodes: ["BJZ": "youth-care"],
                agencyCount: "count", satisfaction: ["youth-care": "sat-bjz"]))
    }

    func response(_ id: String, wave: Int, items: String) -> String {
        #"{"resourceType": "QuestionnaireResponse", "questionnaire": "https://example.org/Questionnaire/help|2", "status": "completed", "subject": {"reference": "Patient/\#(id)"}, "extension": [{"url": "https://example.org/wave", "valueInteger": \#(wave)}], "item": [\#(items)]}"#
    }

    @Test func aFHIRHelpQuestionnaireBecomesHelp() throws {
        let text = [
            response("p1", wave: 2, items: #"{"linkId": "any", "answer": [{"valueBoolean": true}]}, {"linkId": "agencies", "answer": [{"valueCoding": {"code": "BJZ"}}, {"valueCoding": {"code": "shelter"}}]}, {"linkId": "count", "answer": [{"valueInteger": 2}]}, {"linkId": "sat-bjz", "answer": [{"valueCoding": {"code": "2"}}]}"#),
            response("p2", wave: 3, items: #"{"linkId": "any", "answer": [{"valueString": "no"}]}"#),
        ].joined(separator: "\n")
        var cohort = StudyCohort()
        let report = try FHIRImporter(mapping: fhirMapping(), definitions: []).importResponses(Data(text.utf8), source: "help.ndjson", into: &cohort)
        #expect(report.helpRecords == 2)
        let p1 = try #require(cohort.help[RecordKey(id: try RespondentID("p1"), wave: 2)])
        #expect(p1 == HelpReceived(hadHelp: true, agencies: [.youthCare, .shelter], agencyCount: 2, satisfaction: [.youthCare: .neutral]))
        #expect(cohort.help[RecordKey(id: try RespondentID("p2"), wave: 3)]?.hadHelp == false)
    }

    @Test func badFHIRHelpAnswersAreErrorsNamingTheLinkId() throws {
        for (items, link) in [
            (#"{"linkId": "any", "answer": [{"valueString": "perhaps"}]}"#, "any"),
            (#"{"linkId": "agencies", "answer": [{"valueCoding": {"code": "Big Agency"}}]}"#, "agencies"),
            (#"{"linkId": "count", "answer": [{"valueString": "two"}]}"#, "count"),
            (#"{"linkId": "sat-bjz", "answer": [{"valueCoding": {"code": "7"}}]}"#, "sat-bjz"),
            (#"{"linkId": "extra", "answer": [{"valueString": "x"}]}"#, "extra"),
        ] {
            var cohort = StudyCohort()
            do {
                _ = try FHIRImporter(mapping: fhirMapping(), definitions: []).importResponses(Data(response("p1", wave: 2, items: items).utf8), source: "help.ndjson", into: &cohort)
                Issue.record("accepted \(link)")
            } catch {
                #expect(error.field == link && cohort.help.isEmpty, "\(error)")
            }
        }
    }
}
