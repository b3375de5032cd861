import HearthCore
import Testing

@testable import HearthScoring

/// NOSI-K, SIMS-PR, SIS, impulsivity and socialisation with SYNTHETIC keys.
@Suite("Parenting, emotional security and personality scales (SYNTHETIC keys)")
struct ParentAndChildScaleTests {
    func score(_ instrument: BuiltInInstrument, _ codes: [UInt8?], age: Int? = nil) throws -> ScoreReport {
        try ScoringPlan(syntheticDefinition(instrument)).score(answers(codes), for: person(age: age))
    }

    @Test func nosikReverseKeysAndRoundsHalfToEven() throws {
        // Items 3, 7, 12 reverse keyed on 1–6: 2 → 5.
        #expect(try score(.nosik, [UInt8?](repeating: 2, count: 25)).value("total") == 22 * 2 + 3 * 5)
        #expect(try score(.nosik, [UInt8?](repeating: 1, count: 25)).value("total") == 22 + 3 * 6)
        // Item 1 missing; the other 24 keyed values sum to 60: 60 / 24 × 25 = 62.5 → 62 (half to even).
        var codes = [UInt8?](repeating: nil, count: 25)
        let straight = (2...25).filter { ![3, 7, 12].contains($0) }
        for (index, item) in straight.enumerated() { codes[item - 1] = index < 12 ? 3 : 2 }  // 12 × 3 + 9 × 2 = 54
        for item in [3, 7, 12] { codes[item - 1] = 5 }  // keyed 2 each: 6
        let report = try score(.nosik, codes)
        #expect(report.value("total") == 62)
        #expect(report.status("total") == .prorated)
        // The same with halves away from zero gives 63.
        var key = try syntheticKey("nosik")
        key.scales[0].rounding = .halfAwayFromZero
        let away = try ScoringPlan(BuiltInInstrument.nosik.definition(with: key)).score(answers(codes), for: person())
        #expect(away.value("total") == 63)
        // Two missing is allowed, three is not.
        codes[1] = nil
        #expect(try score(.nosik, codes).status("total") == .prorated)
        codes[3] = nil
        #expect(try score(.nosik, codes).status("total") == .insufficient)
    }

    @Test func simsprScales() throws {
        let all3 = try score(.simspr, [UInt8?](repeating: 3, count: 28), age: 6)
        #expect(all3.value("oer") == 30)
        #expect(all3.value("bd") == 15)
        #expect(all3.value("oa") == 12)
        #expect(all3.value("oi") == 27)
        var codes = [UInt8?](repeating: 3, count: 28)
        codes[0] = nil  // oer allows one missing
        codes[10] = nil  // bd allows none
        let report = try score(.simspr, codes, age: 6)
        #expect(report.value("oer") == 30)
        #expect(report.status("oer") == .prorated)
        #expect(report.status("bd") == .insufficient)
        // The published ranges: 10–50, 5–25, 4–20, 9–45.
        let low = try score(.simspr, [UInt8?](repeating: 1, count: 28), age: 6)
        let high = try score(.simspr, [UInt8?](repeating: 5, count: 28), age: 6)
        #expect([low.value("oer"), low.value("bd"), low.value("oa"), low.value("oi")] == [10, 5, 4, 9])
        #expect([high.value("oer"), high.value("bd"), high.value("oa"), high.value("oi")] == [50, 25, 20, 45])
    }

    @Test func sisScalesWithUnscoredItems() throws {
        var codes = [UInt8?](repeating: 2, count: 43)
        codes[16] = 1  // item 17, oa, reverse keyed: 1 → 4
        for item in 36...43 { codes[item - 1] = nil }  // unscored items may be missing
        let report = try score(.sis, codes, age: 13)
        let expected: [String: Double] = ["oer": 14, "bd": 6, "oa": 16, "oi": 12, "cfr": 8, "dfr": 8, "csr": 8]
        for (scale, value) in expected {
            #expect(report.value(scale) == value, "\(scale)")
            #expect(report.status(scale) == .complete, "\(scale)")
        }
        #expect(try syntheticDefinition(.sis).scales.first { $0.id == "cfr" }?.direction == .higherIsBetter)
    }

    @Test func impulsivityKeysYesAndNo() throws {
        // Items 2, 5, 9, 14, 20 are keyed "no".
        #expect(try score(.impulsivity, [UInt8?](repeating: 1, count: 22)).value("total") == 17)
        #expect(try score(.impulsivity, [UInt8?](repeating: 0, count: 22)).value("total") == 5)
        var codes = [UInt8?](repeating: 1, count: 22)
        codes[0] = nil
        let report = try score(.impulsivity, codes)
        #expect(report.value("total") == 16.0 / 21.0 * 22.0)  // no rounding in this key
        codes[1] = nil
        codes[2] = nil
        #expect(try score(.impulsivity, codes).status("total") == .insufficient)
    }

    @Test func socialisationProratesByProportion() throws {
        #expect(try score(.socialisation, [UInt8?](repeating: 1, count: 45)).value("total") == 37)
        #expect(try score(.socialisation, [UInt8?](repeating: 0, count: 45)).value("total") == 8)
        var codes = [UInt8?](repeating: 1, count: 45)
        for item in [2, 3, 5, 6] { codes[item - 1] = nil }  // 10 % of 45 allows 4
        let report = try score(.socialisation, codes)
        #expect(report.value("total") == 36)  // 33 / 41 × 45 = 36.22 → 36
        codes[6] = nil
        #expect(try score(.socialisation, codes).status("total") == .insufficient)
    }

    @Test func reverseKeyingIsAReflectionOnTheTheoreticalRange() throws {
        // Scoring reflected answers with every item reverse keyed gives the unreversed score.
        var key = try syntheticKey("simspr")
        var generator = SeededGenerator(seed: 99)
        let forward = try ScoringPlan(BuiltInInstrument.simspr.definition(with: key))
        for index in key.scales.indices { key.scales[index].reverseKeyed = key.scales[index].items }
        let reversed = try ScoringPlan(BuiltInInstrument.simspr.definition(with: key))
        for _ in 0..<200 {
            let codes = (0..<28).map { _ in UInt8.random(in: 1...5, using: &generator) }
            let reflected = codes.map { 6 - $0 }
            let a = try forward.score(answers(codes), for: person())
            let b = try reversed.score(answers(reflected), for: person())
            #expect(a.scales.map(\.value) == b.scales.map(\.value))
            // Reflecting twice is the identity.
            #expect(reflected.map { 6 - $0 } == codes)
        }
    }
}
