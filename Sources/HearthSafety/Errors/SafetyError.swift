/// An error raised by HearthSafety, with an extensible ``Code``.
public struct SafetyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
        /// The code's stable name.
        public let rawValue: String
        /// Creates a code from its stable name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's stable name.
        public var description: String { rawValue }

        /// Incidents or events out of date order, or dated after the assessment date.
        public static let invalidHistory = Code(rawValue: "invalidHistory")
        /// The family input is invalid (see HearthProfiles).
        public static let invalidFamily = Code(rawValue: "invalidFamily")
        /// A rule set is inconsistent.
        public static let invalidRuleSet = Code(rawValue: "invalidRuleSet")
        /// A professional judgement breaks the judgement policy.
        public static let judgementRefused = Code(rawValue: "judgementRefused")
        /// A safety plan entry is invalid.
        public static let invalidPlan = Code(rawValue: "invalidPlan")
        /// A JSON input does not fit the schema: malformed, an unknown key, a missing key or
        /// a value of the wrong type (``SafetyInput/init(json:)``).
        public static let malformedInput = Code(rawValue: "malformedInput")
    }

    /// What went wrong.
    public var code: Code
    /// The field involved.
    public var field: String?
    /// A human-readable explanation without personal data.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, field: String? = nil, message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    /// The message with its location.
    public var description: String { "\(code): \(message)" + (field.map { " [field '\($0)']" } ?? "") }
}
