import Foundation
import HearthCore
import HearthProfiles

extension SafetyInput {
    /// Decodes a safety input from JSON strictly (``StrictJSONDecoder``): an unknown or
    /// misspelled key anywhere (`"incident"` for `"incidents"`) is an error naming it, its
    /// JSON path, line and column, never a silently dropped fact. Dates are `YYYY-MM-DD` or
    /// ISO 8601 (``StrictJSONDecoder/date(from:)``).
    ///
    /// - Throws: ``SafetyError/Code/malformedInput`` with the JSON path as `field`.
    public init(json data: Data) throws(SafetyError) {
        do {
            self = try StrictJSONDecoder().decode(SafetyInput.self, from: data, expecting: .safetyInput)
        } catch {
            throw SafetyError(error)
        }
    }
}

extension SafetyError {
    /// A JSON decoding error as a safety error: `malformedInput`, the JSON path as `field`,
    /// the line and column in the message.
    package init(_ error: CoreError) {
        self.init(.malformedInput, field: error.field, message: error.positionedMessage)
    }
}

extension SafetyRuleSet {
    /// Decodes a rule set from JSON strictly and validates it (``validate()``).
    ///
    /// - Throws: ``SafetyError/Code/malformedInput`` for JSON that does not fit the schema,
    ///   ``SafetyError/Code/invalidRuleSet`` as ``validate()``.
    public init(json data: Data) throws(SafetyError) {
        do {
            self = try StrictJSONDecoder().decode(SafetyRuleSet.self, from: data, expecting: .safetyRuleSet)
        } catch {
            throw SafetyError(error)
        }
        try validate()
    }
}
