import Foundation
import Testing

@testable import HearthResearch

/// A study of one REDCap export that asks only for summaries and excess shares is
/// aggregated chunk by chunk as the export is read; its result and its errors equal those
/// of the same study run over the whole cohort.
@Suite("Studies aggregated as they read")
struct StreamedStudyTests {
    static let exampleDirectory = StudyRunnerTests.exampleDirectory

    /// The worked example's REDCap export alone, with `analyses` (JSON members).
    func configuration(_ analyses: String) throws -> StudyConfiguration {
        let json = #"""
            {"format": "hearth-study@1", "name": "streamed (SYNTHETIC)",
             "keys": {"nosik": "../keys/nosik.SYNTHETIC.json", "simspr": "../keys/simspr.SYNTHETIC.json", "sis": "../keys/sis.SYNTHETIC.json",
                      "tscyc": "../keys/tscyc.SYNTHETIC.json", "tscc": "../keys/tscc.SYNTHETIC.json", "tsi": "../keys/tsi.SYNTHETIC.json",
                      "impulsivity": "../keys/impulsivity.SYNTHETIC.json", "socialisation": "../keys/socialisation.SYNTHETIC.json"},
             "cts2FrequencyMissingData": {"maximumMissingProportion": 0.1},
             "columnOrder": ["research", "reference", "upper-secondary"],
             "inputs": [{"format": "redcap", "path": "EXPORT", "mapping": "redcap-mapping.json"}]
            """# + analyses + "}"
        return try StudyConfiguration.decode(Data(json.replacingOccurrences(of: "EXPORT", with: Self.exportPath).utf8), source: "study.json")
    }

    static let exportPath = exampleDirectory + "/research-redcap-export.csv"

    /// The runner that streams (a file opener, chunks of `chunk` records) and the one that
    /// holds the cohort (no opener), for the same configuration.
    func runners(_ configuration: StudyConfiguration, chunk: Int = 7, export: Data? = nil) -> (streamed: StudyRunner, whole: StudyRunner) {
        Self.runners(configuration, baseDirectory: Self.exampleDirectory, chunk: chunk) { path in
            if path == Self.exportPath, let export { return export }
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
    }

    /// Runners over files `read` gives: one streaming them in pieces (chunks of `chunk`
    /// records), one holding the cohort.
    static func runners(
        _ configuration: StudyConfiguration, baseDirectory: String, chunk: Int, read: @escaping StudyRunner.FileReader
    ) -> (streamed: StudyRunner, whole: StudyRunner) {
        var streamed = StudyRunner(configuration: configuration, baseDirectory: baseDirectory, readFile: read) { path in
            let data = try read(path)
            var offset = 0
            return { buffer in
                let count = min(buffer.count, data.count - offset)
                data.withUnsafeBytes { bytes in buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])) }
                offset += count
                return count
            }
        }
        streamed.chunkRecords = chunk
        return (streamed, StudyRunner(configuration: configuration, baseDirectory: baseDirectory, readFile: read))
    }

    static let analyses = #"""
        , "summaries": [
            {"column": "cts2.total_violence_frequency", "by": ["group", "wave"]},
            {"column": "tscyc.pts_tot", "by": ["group", "age:3-6,7-12"], "where": {"wave": ["1"]}},
            {"column": "cts2.self_physical_prevalence", "by": ["sex", "education"], "where": {"group": ["research"], "city": ["A", "B"]}},
            {"column": "simspr.oer+bd", "by": ["family"]},
            {"column": "ace.total"}
          ],
          "excess": [
            {"column": "cts2.total_violence_frequency", "threshold": 20, "by": ["group", "wave"]},
            {"column": "ace.total", "normEntry": "N282", "where": {"wave": ["1"]}}
          ]
        """#

    @Test(arguments: [1, 7, 64, 4_096])
    func streamedResultsEqualWholeCohortResults(chunk: Int) throws {
        let (streamed, whole) = runners(try configuration(Self.analyses), chunk: chunk)
        #expect(streamed.streams(try streamed.loadMappings()), "the streamed path is the one taken")
        #expect(!whole.streams(try whole.loadMappings()), "without an opener the cohort is held")
        var messages: [String] = []
        let streamedResult = try streamed.run { messages.append($0) }
        let wholeResult = try whole.run()
        #expect(messages.contains("building analyses") && !messages.contains { $0.hasPrefix("scoring") })
        #expect(streamedResult == wholeResult)
        // Real values, not two empty results: every request gave groups with values.
        #expect(streamedResult.summaries.count > 10 && streamedResult.excess.count >= 4)
        #expect(streamedResult.imports.first?.recordsRead == 532)
        #expect(streamedResult.summaries.contains { $0.group.levels == ["research", "1"] && $0.statistics.count > 50 })
        #expect(streamedResult.summaries.contains { $0.prevalence != nil })
    }

    /// Tables or any analysis that reads several instruments or waves together hold the cohort.
    @Test func onlySummariesAndExcessShares() throws {
        for other in [#", "tables": [{"table": "4.1"}]"#, #", "changes": [{"column": "cts2.total_violence_frequency", "from": 1, "to": 2}]"#,
                      #", "correlations": [{"columns": ["cts2.total_violence_frequency", "ace.total"]}]"#] {
            let (streamed, _) = runners(try configuration(Self.analyses + other))
            #expect(!streamed.streams(try streamed.loadMappings()), "\(other)")
        }
    }

    /// The same error, naming the same path, whichever way the study runs; the cases put
    /// the first problem in the import, the references, and each analysis in turn.
    @Test func streamedErrorsEqualWholeCohortErrors() throws {
        let analysisCases = [
            #", "summaries": [{"column": "cts2.total_violence_frequenc"}]"#,
            #", "summaries": [{"column": "ace.total", "where": {"group": ["Research"]}}]"#,
            #", "summaries": [{"column": "ace.total", "by": ["stad"]}]"#,
            #", "summaries": [{"column": "ace.total"}, {"column": "nope.total"}]"#,
            #", "excess": [{"column": "ace.total", "normEntry": "N0"}]"#,
            #", "excess": [{"column": "ace.total"}]"#,
            #", "summaries": [{"column": "ace.totl"}], "excess": [{"column": "ace.total", "where": {"city": ["Z"]}}]"#,
        ]
        for analyses in analysisCases {
            let (streamed, whole) = runners(try configuration(analyses))
            let streamedError = researchError { _ = try streamed.run() }, wholeError = researchError { _ = try whole.run() }
            #expect(streamedError != nil && streamedError == wholeError, "\(analyses): \(String(describing: streamedError)) / \(String(describing: wholeError))")
        }
        // A record repeated in a later chunk (line 41 repeats line 4) and, after it, a bad
        // event, a malformed record, or nothing: the repeat is the error, found from the keys
        // ledger across chunks (chunk 7) and among the records held (one chunk).
        let lines = try String(contentsOfFile: Self.exportPath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for later in ["event", "quote", "none"] {
            var edited = lines
            edited.insert(lines[3], at: 40)
            switch later {
            case "event": edited[60] = edited[60].replacingOccurrences(of: ",", with: ",x", options: [], range: edited[60].range(of: ","))
            case "quote": edited[60] = "\"" + edited[60]
            default: break
            }
            for chunk in [7, 4_096] {
                let (streamed, whole) = runners(try configuration(Self.analyses), chunk: chunk, export: Data(edited.joined(separator: "\n").utf8))
                let streamedError = researchError { _ = try streamed.run() }, wholeError = researchError { _ = try whole.run() }
                #expect(streamedError?.code == .duplicateRecord && streamedError?.line == 41, "\(later) \(chunk): \(String(describing: streamedError))")
                #expect(streamedError == wholeError, "\(later) \(chunk)")
            }
        }
        // The repeating line has a problem of its own (a code off the scale), and the repeat
        // is of an id written in another Unicode form (é composed and decomposed: the same
        // id as text): the repeat both ways.
        func field(_ line: String, _ index: Int, _ value: String) -> String {
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[index] = value
            return fields.joined(separator: ",")
        }
        let header = lines[0].split(separator: ",").map(String.init)
        let item = try #require(header.firstIndex(of: "cts2_s01"))
        var ownProblem = lines
        ownProblem.insert(field(lines[3], item, "77"), at: 40)
        var composed = lines
        composed[3] = field(lines[3], 0, "\u{E9}" + lines[3].prefix { $0 != "," })
        composed.insert(field(lines[3], 0, "e\u{301}" + lines[3].prefix { $0 != "," }), at: 40)
        for (name, edited) in [("own problem", ownProblem), ("Unicode forms", composed)] {
            for chunk in [7, 4_096] {
                let (streamed, whole) = runners(try configuration(Self.analyses), chunk: chunk, export: Data(edited.joined(separator: "\n").utf8))
                let streamedError = researchError { _ = try streamed.run() }, wholeError = researchError { _ = try whole.run() }
                #expect(streamedError?.code == .duplicateRecord && streamedError?.line == 41, "\(name) \(chunk): \(String(describing: streamedError))")
                #expect(streamedError == wholeError, "\(name) \(chunk)")
            }
        }
        // Without the repeat, the later problem is the error, the same both ways.
        var edited = lines
        edited[60] = "\"" + edited[60]
        let (streamed, whole) = runners(try configuration(Self.analyses), export: Data(edited.joined(separator: "\n").utf8))
        let streamedError = researchError { _ = try streamed.run() }, wholeError = researchError { _ = try whole.run() }
        #expect(streamedError?.code == .malformedFile && streamedError == wholeError, "\(String(describing: streamedError))")
    }

    /// An SPSS file read through a REDCap mapping streams the same way: 60 cases of ACE
    /// answers with user-missing values, two groups and two waves; then case 45 repeating
    /// case 3 (in another chunk), and a case after it with an unknown event.
    @Test func spssInputsStreamToTheSameResultsAndErrors() throws {
        var variables = [SPSSVariable(name: "record_id", width: 8), SPSSVariable(name: "redcap_event_name", width: 16), SPSSVariable(name: "arm", width: 10)]
        for item in 1...10 {
            variables.append(SPSSVariable(name: "ace___\(item)", valueLabels: [.number(98): "weigert", .number(99): "weet niet"], missing: SPSSMissingValues(values: [], range: 98...99)))
        }
        let writer = try SPSSWriter(variables: variables)
        func file(_ cases: [(id: String, event: String)]) -> Data {
            var bytes = writer.dictionary(caseCount: cases.count)
            for (number, (id, event)) in cases.enumerated() {
                let answers = (1...10).map { item in Double(number % 5 == 0 && item > 8 ? 89 + item : (number * 7 + item) % 3 == 0 ? 1 : 0) }
                writer.append([.string(id), .string(event), .string(number % 3 == 0 ? "reference" : "research")] + answers.map { .number($0) }, to: &bytes)
            }
            return Data(bytes)
        }
        let plain: [(id: String, event: String)] = (0..<60).map { ("r\($0 / 2)", $0 % 2 == 0 ? "baseline_arm_1" : "follow_arm_1") }
        var repeated = plain
        repeated[44] = plain[2]
        repeated[50].event = "unknown_arm_1"
        let mapping = #"{"format": "hearth-redcap-mapping@1", "events": {"baseline_arm_1": {"wave": 1}, "follow_arm_1": {"wave": 2}}, "attributes": {"group": "arm"}, "instruments": [{"instrument": "ace", "items": {"# + (1...10).map { #""ace___\#($0)": "\#($0)""# }.joined(separator: ", ") + "}}]}"
        let json = #"{"format": "hearth-study@1", "name": "spss", "inputs": [{"format": "spss", "path": "data.sav", "mapping": "map.json"}], "summaries": [{"column": "ace.total", "by": ["group", "wave"]}, {"column": "ace.family_violence", "where": {"group": ["research"]}}], "excess": [{"column": "ace.total", "threshold": 2}]}"#
        let configuration = try StudyConfiguration.decode(Data(json.utf8), source: "study.json")
        for (cases, fails) in [(plain, false), (repeated, true)] {
            let files: [String: Data] = ["/s/map.json": Data(mapping.utf8), "/s/data.sav": file(cases)]
            let (streamed, whole) = Self.runners(configuration, baseDirectory: "/s", chunk: 7) { path in
                guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
                return data
            }
            #expect(streamed.streams(try streamed.loadMappings()))
            if fails {
                let streamedError = researchError { _ = try streamed.run() }, wholeError = researchError { _ = try whole.run() }
                #expect(streamedError?.code == .duplicateRecord && streamedError?.line == 45 && streamedError == wholeError, "\(String(describing: streamedError))")
            } else {
                let result = try streamed.run()
                #expect(result == (try whole.run()))
                #expect(result.summaries.count == 5 && result.summaries.allSatisfy { $0.statistics.count > 0 } && result.summaries.contains { $0.missingValues > 0 })
                #expect(result.imports.first?.instruments["ace"]?.missingAnswers.isEmpty == false)
            }
        }
    }
}
