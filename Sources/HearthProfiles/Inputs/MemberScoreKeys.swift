import HearthScoring

/// The keys a member's precomputed `scores` may use, and the values each may take.
///
/// Keys are `<instrument>.<scale>` for every scale of the eleven instruments (built-in
/// definitions and key-file structures), the control scores of the Johnson typology
/// (``JohnsonRule/selfControlKey``) and `trauma.clinicalScales`, the number of clinical
/// trauma scales (read by triage and the child facts). Values are raw scores: finite, not
/// negative, and for an instrument's scales at most the largest sum its answers can give
/// (items × the largest code or code value), a plausibility bound that is Hearth's choice:
/// it catches a typed-in 99999999 or a T table's value in the wrong place, not every
/// impossible score.
enum MemberScoreKeys {
    static let all: Set<String> = {
        var keys: Set<String> = [JohnsonRule.selfControlKey, JohnsonRule.partnerControlKey, "trauma.clinicalScales"]
        for instrument in BuiltInInstrument.allCases {
            let scales = instrument.structure?.slots.map(\.id) ?? ((try? instrument.definition())?.scales.map(\.id) ?? [])
            for scale in scales { keys.insert("\(instrument.rawValue).\(scale)") }
        }
        return keys
    }()

    /// The largest raw score of any scale of each instrument, by instrument id.
    static let upperBounds: [String: Double] = {
        var bounds: [String: Double] = [:]
        for instrument in BuiltInInstrument.allCases {
            if let structure = instrument.structure {
                bounds[instrument.rawValue] = Double(structure.itemCount) * Double(structure.responseScale.maximum)
            } else if let definition = try? instrument.definition() {
                let largest = max(Int(definition.responseScale.maximum), definition.scales.flatMap { $0.codeValues ?? [] }.max() ?? 0)
                bounds[instrument.rawValue] = Double(definition.items.count * largest)
            }
        }
        return bounds
    }()

    /// The first key of `scores` that names no known scale, in sorted order.
    static func firstUnknown(in scores: [String: Double]) -> String? {
        scores.keys.sorted().first { !all.contains($0) }
    }

    /// The first key of `scores` whose value is negative, infinite or above its instrument's
    /// bound, in sorted order, with the rule it breaks. NaN is allowed: it reads as unknown.
    static func firstImplausible(in scores: [String: Double]) -> (key: String, rule: String)? {
        for key in scores.keys.sorted() {
            guard let value = scores[key], !value.isNaN else { continue }
            guard value.isFinite, value >= 0 else { return (key, "a raw score is a finite number, not negative") }
            let instrument = String(key.prefix { $0 != "." })
            if let bound = upperBounds[instrument], value > bound {
                return (key, "above the largest raw score \(instrument) can give (\(Int(bound)))")
            }
        }
        return nil
    }
}
