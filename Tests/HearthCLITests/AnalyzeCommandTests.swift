import Foundation
import HearthResearch
import Testing

@Suite("hearth analyze")
struct AnalyzeCommandTests {
    @Test func writesEveryTableAndTheAnalyses() throws {
        let io = CapturedIO()
        let status = run(["analyze", "--config", examplePath("research/study.json"), "--output", "/out"], io)
        #expect(status == 0, "\(io.standardError)")
        #expect(io.directories == ["/out"])
        let names = Set(io.files.keys.map { ($0 as NSString).lastPathComponent })
        for table in StudyRunner.tableIDs {
            for suffix in ["csv", "md", "json"] { #expect(names.contains("table-\(table).\(suffix)")) }
        }
        #expect(names.contains("analyses.json") && names.contains("analyses.md"))
        #expect(io.output == "wrote 105 files to /out\n")
        #expect(io.standardError.contains("hearth: importing research-redcap-export.csv"))
        let table = try JSONDecoder().decode(ReportTable.self, from: try #require(io.files["/out/table-4.9.json"]))
        #expect(table.columns.first == "Measure (theoretical range)")
    }

    @Test func quietSilencesProgressAndOutputDefaultsNextToTheConfiguration() {
        let io = CapturedIO()
        #expect(run(["analyze", "--config", examplePath("research/study.json"), "--quiet"], io) == 0)
        #expect(io.standardError.isEmpty)
        #expect(io.directories == [examplePath("research/hearth-analysis")])
    }

    @Test func usageAndDataErrorsHaveTheirExitStatus() {
        let help = CapturedIO()
        #expect(run(["analyze", "--help"], help) == 0 && help.output.contains("usage: hearth analyze"))
        #expect(run(["analyze"], CapturedIO()) == 2)
        #expect(run(["analyze", "--config", "a", "--bogus", "b"], CapturedIO()) == 2)
        let missing = CapturedIO()
        #expect(run(["analyze", "--config", "/nowhere/study.json"], missing) == 1)
        #expect(missing.standardError.contains("cannot read '/nowhere/study.json'"))
        let wrong = CapturedIO(files: ["/s/study.json": #"{"format": "hearth-study@0", "name": "x", "inputs": []}"#])
        #expect(run(["analyze", "--config", "/s/study.json"], wrong) == 1)
        #expect(wrong.standardError.contains("field 'format'"))
        let noInput = CapturedIO(files: ["/s/study.json": #"{"format": "hearth-study@1", "name": "x", "inputs": [{"format": "redcap", "path": "x.csv", "mapping": "m.json"}]}"#])
        #expect(run(["analyze", "--config", "/s/study.json"], noInput) == 1)
        #expect(noInput.standardError.contains("m.json: cannot be read"))
    }

    @Test func unwritableOutputIsADataError() {
        let io = CapturedIO()
        io.failWrites = true
        #expect(run(["analyze", "--config", examplePath("research/study.json"), "--output", "/out", "--quiet"], io) == 1)
        #expect(io.standardError.contains("cannot create the output folder"))
    }
}
