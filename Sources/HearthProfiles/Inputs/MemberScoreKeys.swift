import HearthScoring

/// The keys a member's precomputed `scores` may use: `<instrument>.<scale>` for every scale
/// of the eleven instruments (built-in definitions and key-file structures), the control
/// scores of the Johnson typology (``JohnsonRule/selfControlKey``) and
/// `trauma.clinicalScales`, the number of clinical trauma scales (read by triage and the
/// child facts).
enum MemberScoreKeys {
    static let all: Set<String> = {
        var keys: Set<String> = [JohnsonRule.selfControlKey, JohnsonRule.partnerControlKey, "trauma.clinicalScales"]
        for instrument in BuiltInInstrument.allCases {
            let scales = instrument.structure?.slots.map(\.id) ?? ((try? instrument.definition())?.scales.map(\.id) ?? [])
            for scale in scales { keys.insert("\(instrument.rawValue).\(scale)") }
        }
        return keys
    }()

    /// The first key of `scores` that names no known scale, in sorted order.
    static func firstUnknown(in scores: [String: Double]) -> String? {
        scores.keys.sorted().first { !all.contains($0) }
    }
}
