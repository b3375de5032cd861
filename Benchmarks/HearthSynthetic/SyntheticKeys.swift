import HearthCore
import HearthScoring

/// The SYNTHETIC keys of `docs/examples/keys`, built in code so that benchmarks need no
/// files. They are made up: they exercise every rule (reverse keys, proration by count and
/// by proportion, value tables, overlapping scales, pair differences, stratified validity
/// thresholds) and mean nothing clinically. A test keeps them identical to the JSON files.
package enum SyntheticKeys {
    package static let note =
        "SYNTHETIC key made up by Hearth for tests and demonstrations. It is NOT the publisher's key and gives meaningless scores for real answers."

    /// The SYNTHETIC key of a keyed instrument (`nil` for the built-in ones).
    package static func key(for instrument: BuiltInInstrument) -> ScoringKey? {
        switch instrument {
        case .tscyc: tscyc
        case .tscc: tscc
        case .tsi: tsi
        case .nosik: key("nosik", [scale("total", 1...25, reverse: [3, 7, 12], missing: .prorate(maximumMissingItems: 2), rounding: .halfToEven)])
        case .simspr:
            key("simspr", [
                scale("oer", 1...10, missing: .prorate(maximumMissingItems: 1)), scale("bd", 11...15), scale("oa", 16...19),
                scale("oi", 20...28, missing: .prorate(maximumMissingItems: 1)),
            ])
        case .sis:
            key("sis", [
                scale("oer", 1...7), scale("bd", 8...10), scale("oa", 11...17, reverse: [17]), scale("oi", 18...23),
                scale("cfr", 24...27), scale("dfr", 28...31), scale("csr", 32...35),
            ])
        case .impulsivity:
            key("impulsivity", [scale("total", 1...22, reverse: [2, 5, 9, 14, 20], missing: .prorate(maximumMissingItems: 2))])
        case .socialisation:
            key("socialisation", [
                scale("total", 1...45, reverse: [1, 4, 8, 15, 16, 23, 30, 42], missing: .prorate(maximumMissingProportion: 0.1), rounding: .halfAwayFromZero)
            ])
        case .cts2, .ace, .auditc: nil
        }
    }

    /// Every built-in instrument's definition, with the synthetic key where it needs one.
    package static func definitions() throws(ScoringError) -> [BuiltInInstrument: InstrumentDefinition] {
        var definitions: [BuiltInInstrument: InstrumentDefinition] = [:]
        for instrument in BuiltInInstrument.allCases { definitions[instrument] = try definition(for: instrument) }
        return definitions
    }

    /// The definition of any instrument: built in, or with its SYNTHETIC key.
    package static func definition(for instrument: BuiltInInstrument) throws(ScoringError) -> InstrumentDefinition {
        guard let key = key(for: instrument) else { return try instrument.definition() }
        return try instrument.definition(with: key)
    }

    private static var tscyc: ScoringKey {
        let one = MissingDataRule.prorate(maximumMissingItems: 1)
        return key("tscyc", [
            scale("anx", 1...9, reverse: [9], missing: one), scale("dep", 10...18, missing: one), scale("ang", 19...27, missing: one),
            scale("pts_i", 28...35, missing: one), scale("pts_av", 36...43, missing: one), scale("pts_ar", 44...51, missing: one),
            scale("pts_tot", 28...51, missing: .prorate(maximumMissingProportion: 0.125), rounding: .halfAwayFromZero),
            scale("sc", 52...61, missing: one), scale("dis", 62...71, reverse: [71], missing: one),
            scale("rl", 72...79, values: [1, 0, 0, 0]), scale("atr", 80...87),
        ], validity: [
            rule("tscyc.rl", "rl", [.init(sex: .female, minimumAge: 3, maximumAge: 12, value: 7), .init(sex: .male, minimumAge: 3, maximumAge: 12, value: 6)],
                 "response level: possible denial of symptoms"),
            rule("tscyc.atr", "atr", [.init(value: 24)], "atypical response: possible over-reporting"),
        ], protocolMissing: 9)
    }

    private static var tscc: ScoringKey {
        key("tscc", [
            scale("anx", 1...9), scale("dep", 10...18), scale("ang", 19...27),
            scale("pts", 28...37, missing: .prorate(maximumMissingItems: 1)), scale("dis", 38...47),
            scale("dis_o", 38...42), scale("dis_f", 43...47), scale("sc", 48...54), scale("sc_p", 48...51), scale("sc_d", 52...54),
            ScoringKey.Scale(id: "und", items: [1, 10, 19, 28, 38, 48], codeValues: [1, 0, 0, 0]),
            ScoringKey.Scale(id: "hyp", items: [2, 11, 20, 29, 39, 49], codeValues: [0, 0, 0, 1]),
        ], validity: [
            rule("tscc.und", "und", [.init(value: 6)], "underresponse: possible denial"),
            rule("tscc.hyp", "hyp", [.init(value: 4)], "hyperresponse: possible over-reporting"),
        ])
    }

    private static var tsi: ScoringKey {
        let names = ["aa", "d", "ai", "ie", "da", "dis", "sc", "dsb", "isr", "trb"]
        var scales = names.enumerated().map { scale($0.element, (1 + 8 * $0.offset)...(8 + 8 * $0.offset)) }
        let pairs = [[1, 9], [2, 10], [17, 25], [33, 41], [49, 57], [65, 73], [3, 11]]
        scales += [
            scale("rl", 81...90, values: [1, 0, 0, 0]), scale("atr", 91...100),
            ScoringKey.Scale(id: "inc", items: Array(Set(pairs.joined())).sorted(), itemPairs: pairs),
        ]
        return key("tsi", scales, validity: [
            rule("tsi.rl", "rl", [.init(value: 9)], "response level: possible denial"),
            rule("tsi.atr", "atr", [.init(value: 20)], "atypical response: possible over-endorsement"),
            rule("tsi.inc", "inc", [.init(value: 10)], "inconsistent response"),
        ])
    }

    private static func key(_ instrument: String, _ scales: [ScoringKey.Scale], validity: [ValidityRule]? = nil, protocolMissing: Int? = nil) -> ScoringKey {
        ScoringKey(
            instrument: instrument, keyVersion: "SYNTHETIC-1", synthetic: true, source: note, scales: scales,
            validityRules: validity, maximumMissingItemsInProtocol: protocolMissing)
    }

    private static func scale(
        _ id: String, _ items: ClosedRange<Int>, reverse: [Int]? = nil, values: [Int]? = nil,
        missing: MissingDataRule? = nil, rounding: RoundingRule? = nil
    ) -> ScoringKey.Scale {
        ScoringKey.Scale(id: id, items: Array(items), reverseKeyed: reverse, codeValues: values, missingData: missing, rounding: rounding)
    }

    private static func rule(_ id: String, _ scale: String, _ thresholds: [ValidityRule.Threshold], _ reason: String) -> ValidityRule {
        ValidityRule(id: id, scale: scale, thresholds: thresholds, reason: reason, source: "SYNTHETIC threshold for tests")
    }
}
