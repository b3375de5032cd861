import Foundation
import HearthCore
import HearthScoring

extension FamilyInput {
    /// Decodes a family from JSON strictly (``StrictJSONDecoder``): an unknown or misspelled
    /// key anywhere is an error naming it, its JSON path, line and column.
    ///
    /// - Throws: ``ProfilesError/Code/malformedFile`` with the JSON path as `field`.
    public init(json data: Data) throws(ProfilesError) {
        do {
            self = try StrictJSONDecoder().decode(FamilyInput.self, from: data, expecting: .family)
        } catch {
            throw ProfilesError(error)
        }
    }
}

extension ProfilesError {
    /// A JSON decoding error as a profiles error: `malformedFile`, the JSON path as `field`,
    /// the line and column in the message.
    package init(_ error: CoreError) {
        self.init(.malformedFile, field: error.field, message: error.positionedMessage)
    }
}

extension ProfileRuleSet {
    /// Decodes a rule set from JSON strictly and validates it (``validate()``).
    ///
    /// - Throws: ``ProfilesError/Code/malformedFile`` for JSON that does not fit the schema,
    ///   ``ProfilesError/Code/invalidRuleSet`` as ``validate()``.
    public init(json data: Data) throws(ProfilesError) {
        do {
            self = try StrictJSONDecoder().decode(ProfileRuleSet.self, from: data, expecting: .profileRuleSet)
        } catch {
            throw ProfilesError(error)
        }
        try validate()
    }
}

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
