/// An error raised by HearthProfiles, with an extensible ``Code``.
public struct ProfilesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
        /// The code's stable name.
        public let rawValue: String
        /// Creates a code from its stable name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's stable name.
        public var description: String { rawValue }

        /// The family input is inconsistent (a child without an age, duplicate member ids …).
        public static let invalidFamily = Code(rawValue: "invalidFamily")
        /// Waves are out of order or repeated.
        public static let invalidWaves = Code(rawValue: "invalidWaves")
        /// A rule set names an unknown indicator or profile, or is otherwise inconsistent.
        public static let invalidRuleSet = Code(rawValue: "invalidRuleSet")
        /// An override lacks a reason or professional, or is dated before an earlier one.
        public static let invalidOverride = Code(rawValue: "invalidOverride")
        /// A file is not valid JSON of the documented format.
        public static let malformedFile = Code(rawValue: "malformedFile")
    }

    /// What went wrong.
    public var code: Code
    /// The field or member involved.
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
