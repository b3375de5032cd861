import Foundation
import HearthResearch
import Testing

@Suite("Study configuration and runner")
struct StudyRunnerTests {
    static let exampleDirectory = repositoryRoot.appendingPathComponent("docs/examples/research").path

    func configuration(_ json: String) throws -> StudyConfiguration {
        try StudyConfiguration.decode(Data(json.utf8), source: "study.json")
    }

    @Test func theBundledExampleRunsEndToEnd() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.exampleDirectory + "/study.json"))
        let runner = StudyRunner(configuration: try StudyConfiguration.decode(data, source: "study.json"), baseDirectory: Self.exampleDirectory)
        var messages: [String] = []
        let result = try runner.run { messages.append($0) }
        // Every table of chapters 4–7, in the configuration's order.
        #expect(result.tables.map(\.id) == StudyRunner.tableIDs && result.tables.count == 33)
        #expect(result.imports.map(\.source) == ["research-redcap-export.csv", "reference-responses.ndjson"])
        #expect(messages.first == "importing research-redcap-export.csv")
        // Table 5.1's totals are the ACE rows with a score at wave 1, per group.
        let ace = try #require(result.tables.first { $0.id == "5.1" })
        let totals = try #require(ace.rows.first { $0.label == "Total" })
        let summaries = result.summaries
        #expect(!summaries.isEmpty)
        #expect(totals.cells.count == 4)
        // Every configured analysis produced output.
        #expect(result.changes.count == 3)
        #expect(result.reliabilities.count == 7 && result.reliabilities.allSatisfy { $0.estimate != nil })
        #expect(result.excess.count == 4)
        let files = try result.files()
        // 33 tables × (CSV, Markdown, JSON), analyses.json and .md, 2 change figures (the
        // changes of one column and pair of waves share one), 2 distribution figures.
        #expect(files.count == 33 * 3 + 2 + 2 + 2)
        #expect(files.map(\.name).contains("table-6.2.json") && files.map(\.name).contains("analyses.md"))
        #expect(try result.files(formats: ["csv"]).count == 33 + 2)
    }

    @Test func docsShowWhatTheExampleProduces() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.exampleDirectory + "/study.json"))
        let result = try StudyRunner(configuration: try StudyConfiguration.decode(data, source: "study.json"), baseDirectory: Self.exampleDirectory).run()
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/research.md"), encoding: .utf8)
        for id in ["4.9", "6.2"] {
            let table = try #require(result.tables.first { $0.id == id })
            #expect(doc.contains(table.markdown()), "docs/research.md shows an outdated Table \(id)")
        }
        #expect(doc.contains(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        let markdown = result.markdown()
        let regression = try #require(markdown.range(of: "## Regression of").map { markdown[$0.lowerBound...] })
        let shown = String(regression.prefix { $0 != "F" }).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(shown.count > 300 && doc.contains(shown), "docs/research.md shows an outdated regression")
        #expect(result.correlations.count == 2 && result.regressions.count == 1 && result.crosstabs.count == 3 && result.meanComparisons.count == 2)
        let mixed = try #require(markdown.range(of: "## Mixed model of").map { markdown[$0.lowerBound...] })
        let mixedShown = String(mixed.prefix { $0 != "V" }).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(mixedShown.count > 300 && doc.contains(mixedShown), "docs/research.md shows an outdated mixed model")
        #expect(result.mixedModels.count == 2 && result.mixedModels.allSatisfy { $0.fit != nil } && result.mixedModels[1].fit?.singular == true)
    }

    @Test func configurationsAreValidated() throws {
        let base = #"{"format": "hearth-study@1", "name": "n", "inputs": [{"format": "redcap", "path": "a.csv", "mapping": "m.json"}]"#
        #expect(try configuration(base + "}").inputs.count == 1)
        func fails(_ json: String, field: String) {
            let error = researchError { _ = try configuration(json) }
            #expect(error?.code == .invalidMapping || error?.code == .malformedFile)
            #expect(error?.field == field)
        }
        fails(base.replacingOccurrences(of: "@1", with: "@2") + "}", field: "format")
        fails(base.replacingOccurrences(of: #""format": "redcap""#, with: #""format": "sas""#) + "}", field: "inputs[0].format")
        fails(base + #", "tables": [{"table": "7.8"}]}"#, field: "tables[0].table")
        fails(base + #", "tables": [{"table": "8.1"}]}"#, field: "tables[0].table")
        fails(base + #", "formats": ["xlsx"]}"#, field: "formats")
        fails(#"{"format": "hearth-study@1", "name": "n", "inputs": []}"#, field: "inputs")
        fails(base + #", "summaries": [{"column": "ace"}]}"#, field: "summaries[0].column")
        fails(base + #", "tables": [{"table": "4.1", "columnsBy": ["age:9-1"]}]}"#, field: "tables[0].columnsBy[0]")
    }

    /// A study over in-memory files: a FHIR file of ACE responses.
    func memoryRunner(_ extra: String = "", files: [String: String] = [:], secondWave: Bool = false) throws -> StudyRunner {
        let mapping = #"{"format": "hearth-fhir-mapping@1", "questionnaires": [{"canonical": "c", "instrument": "ace", "items": {"# +
            (1...10).map { #""q\#($0)": "\#($0)""# }.joined(separator: ", ") + "}}]}"
        func response(_ id: String, _ yes: Int) -> String {
            #"{"resourceType": "QuestionnaireResponse", "questionnaire": "c", "subject": {"reference": "Patient/\#(id)"}, "item": ["# +
                (1...10).map { #"{"linkId": "q\#($0)", "answer": [{"valueInteger": \#($0 <= yes ? 1 : 0)}]}"# }.joined(separator: ", ") + "]}"
        }
        var all = [
            "/s/map.json": mapping,
            "/s/qr.ndjson": [response("a", 1), response("b", 2), response("c", 6)].joined(separator: "\n"),
            "/s/qr2.ndjson": response("z", 3),
        ]
        all.merge(files) { $1 }
        // With `secondWave`, one more person ("z", in no other wave) at wave 2.
        let second = secondWave ? #", {"format": "fhir", "path": "qr2.ndjson", "mapping": "map.json", "wave": 2, "attributes": {"group": "research"}}"# : ""
        let json = #"{"format": "hearth-study@1", "name": "memory", "inputs": [{"format": "fhir", "path": "qr.ndjson", "mapping": "map.json", "wave": 1, "attributes": {"group": "research"}}\#(second)]\#(extra)}"#
        let snapshot = all
        return StudyRunner(configuration: try configuration(json), baseDirectory: "/s") { path in
            guard let text = snapshot[path] else { throw CocoaError(.fileReadNoSuchFile) }
            return Data(text.utf8)
        }
    }

    @Test func valuesTheDataDoNotHaveAreErrorsNamingTheConfigurationPath() throws {
        let cases: [(extra: String, field: String, says: String)] = [
            (#", "crosstabs": [{"key": "sex", "by": "stad"}]"#, "crosstabs[0]", "no attribute 'stad'"),
            (#", "regressions": [{"outcome": "ace.total", "predictors": ["ace.family_violence"], "where": {"group": ["Research"]}}]"#,
             "regressions[0].where.group", "levels: research"),
            (#", "meanComparisons": [{"column": "ace.total", "by": "group", "wave": 4}]"#, "meanComparisons[0]", "no wave 4"),
            (#", "tables": [{"table": "5.1", "columnsBy": ["city"]}]"#, "tables[0].columnsBy", "no attribute 'city'"),
            (#", "regressions": [{"outcome": "ace.totaal", "predictors": ["ace.family_violence"]}]"#, "regressions[0]: ace.totaal", "its scales: total"),
            (#", "reliability": [{"instrument": "ace", "where": {"group": ["Research"]}}]"#, "reliability[0].where.group", "levels: research"),
        ]
        for (extra, field, says) in cases {
            let error = researchError { _ = try memoryRunner(extra).run() }
            #expect(error?.field == field && error?.message.contains(says) == true, "\(extra): \(String(describing: error))")
        }
        // A value that exists passes, and the result says whom it looked at.
        let result = try memoryRunner(#", "meanComparisons": [{"column": "ace.total", "by": "sex", "where": {"group": ["research"]}}]"#).run()
        #expect(result.meanComparisons[0].filter.description == "group = research")
        #expect(result.markdown().contains("## ace.total by sex (wave 1; group = research)"))
    }

    @Test func excessThresholdsComeFromANormEntryOrAreStated() throws {
        // Built-in entry N282: ACE research mean 2.75, SD 2.43 (Table 5.2) → threshold 5.18.
        let result = try memoryRunner(#", "excess": [{"column": "ace.total", "normEntry": "N282"}, {"column": "ace.total", "threshold": 1}]"#).run()
        #expect(abs(result.excess[0].threshold - 5.18) < 1e-12)
        #expect(result.excess[0].excessive == 1 && result.excess[0].count == 3)
        #expect(result.excess[1].excessive == 2)
        let neither = researchError { _ = try memoryRunner(#", "excess": [{"column": "ace.total"}]"#).run() }
        #expect(neither?.code == .invalidMapping)
        let unknown = researchError { _ = try memoryRunner(#", "excess": [{"column": "ace.total", "normEntry": "N0"}]"#).run() }
        #expect(unknown?.code == .invalidMapping)
    }

    @Test func missingFilesAndLicensedKeysAreNamed() throws {
        let missing = researchError {
            _ = try StudyRunner(configuration: try configuration(#"{"format": "hearth-study@1", "name": "n", "inputs": [{"format": "fhir", "path": "none.json", "mapping": "none.map"}]}"#), baseDirectory: "/nowhere").run()
        }
        #expect(missing?.code == .malformedFile && missing?.source == "none.map")
        let licensed = #"{"format": "hearth-fhir-mapping@1", "questionnaires": [{"canonical": "t", "instrument": "tscc", "items": {}}]}"#
        let error = researchError { _ = try memoryRunner(files: ["/s/map.json": licensed]).run() }
        #expect(error?.code == .invalidMapping && error?.field == "keys.tscc")
        let stray = researchError { _ = try memoryRunner(#", "keys": {"sis": "k.json"}"#).run() }
        #expect(stray?.field == "keys.sis")
    }

    @Test func analysesSayWhatIsUnavailableAndShowPrevalenceOnlyForZeroOneScales() throws {
        // a: 1 yes (family violence yes: item 1), b: 2 yes (yes), c: 6 yes (yes); all at wave 1.
        let result = try memoryRunner(
            #", "summaries": [{"column": "ace.total", "where": {"wave": ["1"]}}, {"column": "ace.family_violence", "where": {"wave": ["1"]}}], "changes": [{"column": "ace.total", "from": 1, "to": 2}]"#,
            secondWave: true
        ).run()
        #expect(result.summaries.map(\.prevalence) == [nil, 1])
        let markdown = result.markdown()
        #expect(markdown.contains("| Column | Group | n | Mean | SD | Prevalence | Missing |"))
        #expect(markdown.contains("| ace.total | all | 3 | 3.00 | 2.65 |  | 0 |"))
        #expect(markdown.contains("| ace.family_violence | all | 3 | 1.00 | 0.00 | 100.0% | 0 |"))
        #expect(result.changes.count == 1)
        #expect(result.changes[0].unavailable == "no one in this group has a value at both wave 1 and wave 2")
        #expect(markdown.contains("| ace.total | all | 1→2 | 0 | n/a | n/a | n/a | n/a | n/a | n/a | no one in this group has a value at both wave 1 and wave 2 |"))
        let counts = try memoryRunner(#", "summaries": [{"column": "ace.total"}]"#).run().markdown()
        #expect(!counts.contains("Prevalence") && !counts.contains("%"))
    }

    @Test func configurationKeysAreStrict() throws {
        let base = #"{"format": "hearth-study@1", "name": "n", "inputs": [{"format": "redcap", "path": "a.csv", "mapping": "m.json"}]"#
        let typo = researchError { _ = try configuration(base + #", "sumaries": []}"#) }
        #expect(typo?.code == .unknownField && typo?.field == "sumaries")
        #expect(typo?.message.contains("did you mean 'summaries'?") == true)
        let nested = researchError { _ = try configuration(base + #", "changes": [{"column": "ace.total", "from": 1, "to": 2, "wehre": {}}]}"#) }
        #expect(nested?.field == "changes[0].wehre")
        let mapping = researchError { _ = try REDCapMapping.decode(Data(#"{"format": "hearth-redcap-mapping@1", "instruments": [], "evnts": {}}"#.utf8), source: "m.json") }
        #expect(mapping?.code == .unknownField && mapping?.field == "evnts")
        let key = researchError { _ = try StudyConfiguration.decode(try Data(contentsOf: repositoryRoot.appendingPathComponent("docs/examples/keys/sis.SYNTHETIC.json")), source: "k.json") }
        #expect(key?.message.contains("this is a scoring key file, not a study configuration") == true)
    }

    @Test func reliabilityWithoutEnoughCasesIsReportedNotThrown() throws {
        // Wave 2 has one respondent: too few cases for alpha (a level the data lack is an error, see above).
        let result = try memoryRunner(#", "reliability": [{"instrument": "ace", "where": {"wave": ["2"]}}]"#, secondWave: true).run()
        #expect(result.reliabilities.count == 1)
        #expect(result.reliabilities[0].estimate == nil && result.reliabilities[0].unavailable != nil)
        #expect(result.markdown().contains("## Reliability"))
    }
}
