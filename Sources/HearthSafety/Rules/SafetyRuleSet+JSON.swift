import Foundation
import HearthCore

extension SafetyRuleSet {
    /// Decodes a rule set from JSON strictly and validates it (``validate()``).
    ///
    /// - Throws: ``SafetyError/Code/malformedInput`` for JSON that does not fit the schema,
    ///   ``SafetyError/Code/invalidRuleSet`` as ``validate()``.
    public init(json data: Data) throws(SafetyError) {
        self = try StrictJSONDecoder().decode(SafetyRuleSet.self, from: data, expecting: .safetyRuleSet, orThrow: SafetyError.init)
        try validate()
    }
}
