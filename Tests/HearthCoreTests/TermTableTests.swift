import Foundation
import Testing

@testable import HearthCore
import HearthSynthetic

/// A term table answers exactly as the `[String: String]` it replaced: found keys, missing
/// keys, keys that collide in the table, and keys beyond ASCII (canonical equivalence).
@Suite("Term tables")
struct TermTableTests {
    static let table: TermTable = [
        "coerciveControl": "coercive control", "within24Hours": "within 24 hours", "both": "both partners", "": "empty key",
        "caf\u{E9}": "composed", "K": "kay",
    ]

    @Test func findsEachKeyAndNothingElse() {
        #expect(Self.table.count == 6)
        #expect(Self.table["coerciveControl"] == "coercive control")
        #expect(Self.table["within24Hours"] == "within 24 hours")
        #expect(Self.table["both"] == "both partners")
        #expect(Self.table[""] == "empty key")
        #expect(Self.table["coerciveContro"] == nil)
        #expect(Self.table["coerciveControl "] == nil)
        #expect(Self.table["Both"] == nil)
        #expect(TermTable()["anything"] == nil)
    }

    /// Beyond ASCII a key is compared as a `String`: a decomposed é finds the composed key,
    /// and the Kelvin sign (U+212A, canonically K) finds "K", as a dictionary would.
    @Test func keysBeyondASCIIAreComparedAsStrings() {
        #expect(Self.table["cafe\u{301}"] == "composed")
        #expect(Self.table["caf\u{E9}"] == "composed")
        #expect(Self.table["\u{212A}"] == "kay")
        let dictionary: [String: String] = ["caf\u{E9}": "composed", "K": "kay"]
        #expect(dictionary["cafe\u{301}"] == Self.table["cafe\u{301}"])
        #expect(dictionary["\u{212A}"] == Self.table["\u{212A}"])
        // A table key beyond ASCII is found by an ASCII key it equals, as in a dictionary.
        let kelvin: TermTable = ["\u{212A}": "kelvin", "both": "both partners"]
        #expect(kelvin["K"] == "kelvin")
        #expect(kelvin["both"] == "both partners")
        #expect(kelvin["k"] == nil)
        #expect((["\u{212A}": "kelvin"] as [String: String])["K"] == "kelvin")
    }

    /// 2,000 random keys of 0–24 letters (many sharing prefixes and lengths, so that the table
    /// probes past collisions) in a table of 300: every lookup equals the dictionary's.
    @Test func equalsADictionaryOnRandomKeys() {
        var random = SplitMix64(seed: 0x7E5)
        let letters = Array("abcAB01_")
        func key() -> String { String((0..<Int(random.next() % 25)).map { _ in letters[Int(random.next() % UInt64(letters.count))] }) }
        var dictionary: [String: String] = [:]
        while dictionary.count < 300 { dictionary[key()] = "text \(dictionary.count)" }
        let pairs = Array(dictionary)
        let table = TermTable(pairs)
        #expect(table.count == 300)
        for (key, text) in pairs { #expect(table[key] == text) }
        var misses = 0
        for _ in 0..<2_000 {
            let probe = key()
            #expect(table[probe] == dictionary[probe])
            misses += dictionary[probe] == nil ? 1 : 0
        }
        #expect(misses > 100)
    }
}
