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
        let read: StudyRunner.FileReader = { path in
            if path == Self.exportPath, let export { return export }
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        var streamed = StudyRunner(configuration: configuration, baseDirectory: Self.exampleDirectory, readFile: read) { path in
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
        return (streamed, StudyRunner(configuration: configuration, baseDirectory: Self.exampleDirectory, readFile: read))
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
        // Without the repeat, the later problem is the error, the same both ways.
        var edited = lines
        edited[60] = "\"" + edited[60]
        let (streamed, whole) = runners(try configuration(Self.analyses), export: Data(edited.joined(separator: "\n").utf8))
        let streamedError = researchError { _ = try streamed.run() }, wholeError = researchError { _ = try whole.run() }
        #expect(streamedError?.code == .malformedFile && streamedError == wholeError, "\(String(describing: streamedError))")
    }
}
