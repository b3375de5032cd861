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
        self = try StrictJSONDecoder().decode(SafetyInput.self, from: data, expecting: .safetyInput, orThrow: SafetyError.init)
    }
}
