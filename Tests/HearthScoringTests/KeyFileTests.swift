import Foundation
import HearthCore
import Testing

@testable import HearthScoring

@Suite("Key files")
struct KeyFileTests {
    @Test(arguments: BuiltInInstrument.allCases.filter(\.requiresKeyFile))
    func syntheticKeysLoadAndSayTheyAreSynthetic(_ instrument: BuiltInInstrument) throws {
        let key = try syntheticKey(instrument.rawValue)
        #expect(key.synthetic)
        #expect(key.source.contains("SYNTHETIC"))
        #expect(key.keyVersion.hasPrefix("SYNTHETIC"))
        let definition = try instrument.definition(with: key)
        #expect(definition.key.origin == .keyFile)
        #expect(definition.items.count == instrument.structure?.itemCount)
        _ = try ScoringPlan(definition)
    }

    @Test(arguments: BuiltInInstrument.allCases.filter(\.requiresKeyFile))
    func scoringWithoutAKeyNamesWhatIsMissing(_ instrument: BuiltInInstrument) {
        let error = caught { () throws(ScoringError) in _ = try instrument.definition() }
        #expect(error?.code == .keyRequired)
        #expect(error?.instrument == instrument.rawValue)
        #expect(error?.message.contains("key file") == true)
        for slot in instrument.structure?.slots.filter(\.isRequired) ?? [] {
            #expect(error?.message.contains(slot.id) == true)
        }
    }

    @Test(arguments: [BuiltInInstrument.ace, .auditc, .cts2])
    func builtInInstrumentsTakeNoKey(_ instrument: BuiltInInstrument) throws {
        let key = try syntheticKey("simspr")
        #expect(caught { () throws(ScoringError) in _ = try instrument.definition(with: key) }?.code == .keyMismatch)
        #expect(!instrument.requiresKeyFile)
    }

    func mismatch(_ instrument: BuiltInInstrument, _ edit: (inout ScoringKey) -> Void) throws -> ScoringError? {
        var key = try syntheticKey(instrument.rawValue)
        edit(&key)
        let edited = key
        return caught { () throws(ScoringError) in _ = try instrument.definition(with: edited) }
    }

    @Test func keyMustMatchThePublishedStructure() throws {
        // SIMS-PR overt emotional reactivity has 10 items.
        let short = try mismatch(.simspr) { $0.scales[0].items.removeLast() }
        #expect(short?.code == .keyMismatch)
        #expect(short?.scale == "oer")
        #expect(short?.message.contains("10 items") == true)
        #expect(try mismatch(.simspr) { $0.instrument = "sis" }?.code == .keyMismatch)
        let missing = try mismatch(.tscyc) { $0.scales.removeAll { $0.id == "pts_tot" } }
        #expect(missing?.scale == "pts_tot")
        let unknown = try mismatch(.tscyc) { $0.scales.append(.init(id: "extra", items: [1])) }
        #expect(unknown?.scale == "extra")
        let twice = try mismatch(.nosik) { $0.scales.append($0.scales[0]) }
        #expect(twice?.message.contains("twice") == true)
        let outside = try mismatch(.tscc) { $0.scales[0].items[0] = 55 }
        #expect(outside?.code == .keyMismatch)
        #expect(outside?.message.contains("55") == true)
    }

    @Test func keyFilesAreStrictAboutKeys() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/examples/keys/sis.SYNTHETIC.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\"reverseKeyed\""))
        let typo = caught { () throws(ScoringError) in _ = try ScoringKey.decode(Data(text.replacingOccurrences(of: "\"reverseKeyed\"", with: "\"reverseKeyd\"").utf8)) }
        #expect(typo?.code == .malformedFile && typo?.field == "scales[2].reverseKeyd")  // the first scale with reverse keys
        #expect(typo?.message.contains("did you mean 'reverseKeyed'?") == true)
        #expect(typo?.message.contains("line ") == true)
        let normFile = #"{"name": "t", "entries": [], "tTables": []}"#
        let wrongKind = caught { () throws(ScoringError) in _ = try ScoringKey.decode(Data(normFile.utf8)) }
        #expect(wrongKind?.message == "key file: this is a norm file, not a scoring key file")
    }

    @Test func keyContentsAreValidatedLikeAnyDefinition() throws {
        let reverse = try mismatch(.sis) { $0.scales[0].reverseKeyed = [40] }
        #expect(reverse?.code == .invalidDefinition)
        #expect(reverse?.scale == "oer")
        let values = try mismatch(.tscc) { $0.scales[8].codeValues = [1, 0] }
        #expect(values?.code == .invalidDefinition)
        let rule = try mismatch(.tscyc) { $0.validityRules?[0].scale = "anx" }
        #expect(rule?.code == .invalidDefinition)
        #expect(rule?.message.contains("validity scale") == true)
        let pairs = try mismatch(.tsi) { $0.scales[12].itemPairs = [[1]] }
        #expect(pairs?.code == .invalidDefinition)
        let proportion = try mismatch(.socialisation) { $0.scales[0].missingData = .prorate(maximumMissingProportion: 1.5) }
        #expect(proportion?.code == .invalidDefinition)
        let protocolLimit = try mismatch(.tscyc) { $0.maximumMissingItemsInProtocol = -1 }
        #expect(protocolLimit?.code == .invalidDefinition)
    }

    @Test(arguments: [
        ("{", nil as String?),
        (#"{"format": "hearth-scoring-key"}"#, "formatVersion"),
        (#"{"format": "other", "formatVersion": 1, "instrument": "x", "keyVersion": "1", "synthetic": true, "source": "s", "scales": []}"#, "format"),
        (#"{"format": "hearth-scoring-key", "formatVersion": 2, "instrument": "x", "keyVersion": "1", "synthetic": true, "source": "s", "scales": []}"#, "formatVersion"),
        (#"{"format": "hearth-scoring-key", "formatVersion": 1, "instrument": "x", "keyVersion": "1", "synthetic": true, "source": "s", "scales": [{"id": "a", "items": ["one"]}]}"#, "scales[0].items[0]"),
        (#"{"format": "hearth-scoring-key", "formatVersion": 1, "instrument": "x", "keyVersion": "1", "synthetic": "yes", "source": "s", "scales": []}"#, "synthetic"),
        (#"[1, 2]"#, nil),
    ])
    func malformedFilesNameTheField(_ json: String, _ field: String?) {
        let error = caught { () throws(ScoringError) in _ = try ScoringKey.decode(Data(json.utf8)) }
        #expect(error?.code == .malformedFile)
        if let field { #expect(error?.field == field) }
    }

    @Test func oversizedAndUnreadableFilesAreRejected() {
        let huge = Data(repeating: 0x20, count: ScoringKey.maximumFileSize + 1)
        #expect(caught { () throws(ScoringError) in _ = try ScoringKey.decode(huge) }?.code == .malformedFile)
        let nowhere = URL(fileURLWithPath: "/nonexistent/hearth/key.json")
        #expect(caught { () throws(ScoringError) in _ = try ScoringKey.load(contentsOf: nowhere) }?.code == .unreadableFile)
    }

    @Test func keysRoundTripThroughJSON() throws {
        for instrument in BuiltInInstrument.allCases.filter(\.requiresKeyFile) {
            let key = try syntheticKey(instrument.rawValue)
            #expect(try ScoringKey.decode(key.encoded()) == key)
        }
    }

    @Test func unknownInstrumentListsTheKnownOnes() {
        let error = caught { () throws(ScoringError) in _ = try BuiltInInstrument(identifier: "sdq") }
        #expect(error?.code == .unknownInstrument)
        #expect(error?.message.contains("tscyc") == true)
        #expect(error?.description.hasPrefix("unknownInstrument:") == true)
    }
}
