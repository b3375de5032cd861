import Foundation
import HearthCore

extension ProfileRuleSet {
    /// Decodes a rule set from JSON strictly and validates it (``validate()``).
    ///
    /// - Throws: ``ProfilesError/Code/malformedFile`` for JSON that does not fit the schema,
    ///   ``ProfilesError/Code/invalidRuleSet`` as ``validate()``.
    public init(json data: Data) throws(ProfilesError) {
        self = try StrictJSONDecoder().decode(ProfileRuleSet.self, from: data, expecting: .profileRuleSet, orThrow: ProfilesError.init)
        try validate()
    }
}
