import Foundation
import HearthProfiles
import HearthSafety
import Testing

@testable import HearthFuzzing

/// The fuzz harnesses run in every `swift test` over their seed corpus and the inputs of
/// past findings (`Fuzz/corpus/<harness>/`), so a fixed finding stays fixed.
@Suite("Fuzz harnesses replay their corpus")
struct FuzzHarnessTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    static func inputs(_ harness: FuzzHarness) -> [Data] {
        let folder = corpus.appendingPathComponent(harness.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) }
    }

    @Test(arguments: FuzzHarness.allCases)
    func everyHarnessHasSeedsAndReplaysThem(_ harness: FuzzHarness) {
        let inputs = Self.inputs(harness)
        #expect(!inputs.isEmpty, "Fuzz/corpus/\(harness.rawValue) has seeds")
        for input in inputs { harness.run(input) }
        // Degenerate inputs every harness must survive.
        for input in [Data(), Data([0]), Data("{".utf8), Data("[]".utf8), Data(repeating: 0xFF, count: 64)] { harness.run(input) }
    }

    @Test func randomDefinitionsScoreAsTheReferenceScorerDoes() {
        // The scoring harness as a property test: 400 random definitions and matrices.
        var state: UInt64 = 0x5EED
        for _ in 0..<400 {
            let bytes = (0..<600).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            }
            FuzzHarness.scoring.run(Data(bytes))
        }
    }

    @Test func theStreamingCSVReaderAgreesWithTheReference() {
        // The csvReader harness as a property test: 20,000 random inputs over CSV's own bytes
        // (delimiters, quotes, line ends, a BOM, multi-byte and broken UTF-8), read in random pieces.
        let alphabet: [[UInt8]] = [
            [0x61], [0x31], [0x2C], [0x2C], [0x22], [0x22, 0x22], [0x0A], [0x0D, 0x0A], [0x0D], [0x20], [0x3B], [0x09], [0xC3, 0xA9], [0xE2, 0x82, 0xAC],
            [0xF0, 0x9F, 0x98, 0x80], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF],
        ]
        var state: UInt64 = 0xC5F
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<20_000 {
            var bytes: [UInt8] = [UInt8(truncatingIfNeeded: next())]
            if next() % 4 == 0 { bytes += [0xEF, 0xBB, 0xBF] }
            let symbols = next() % 120
            // Mostly well-formed records of two or three fields, so that long files are reached.
            for _ in 0..<symbols { bytes += next() % 3 == 0 ? alphabet[next() % alphabet.count] : [[0x61, 0x2C, 0x62, 0x0A], [0x22, 0x61, 0x22, 0x2C]][next() % 2] }
            FuzzHarness.csvReader.run(Data(bytes))
        }
    }

    @Test func ruleSetSeedsAreTheBuiltInRules() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let profiles = try encoder.encode(ProfileRuleSet.builtIn)
        let safety = try encoder.encode(SafetyRuleSet.builtIn)
        let profileSeed = Self.corpus.appendingPathComponent("profileRules/builtIn.json")
        let safetySeed = Self.corpus.appendingPathComponent("safetyRules/builtIn.json")
        if ProcessInfo.processInfo.environment["HEARTH_WRITE_SEEDS"] == "1" {
            try profiles.write(to: profileSeed)
            try safety.write(to: safetySeed)
        }
        #expect(FileManager.default.contents(atPath: profileSeed.path) == profiles, "regenerate with HEARTH_WRITE_SEEDS=1 swift test")
        #expect(FileManager.default.contents(atPath: safetySeed.path) == safety)
    }

    @Test func fixturesAreTheDocumentedExamples() throws {
        let docs = Self.corpus.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/examples")
        for (fixture, file) in [(FuzzFixtures.family, "family.json"), (FuzzFixtures.safetyInput, "safety-input.json")] {
            let example = try JSONSerialization.jsonObject(with: Data(contentsOf: docs.appendingPathComponent(file))) as? NSDictionary
            let embedded = try JSONSerialization.jsonObject(with: Data(fixture.utf8)) as? NSDictionary
            #expect(example == embedded, "\(file)")
        }
        #expect(RuleSetHarness.family != nil && RuleSetHarness.safetyInput != nil)
    }
}
