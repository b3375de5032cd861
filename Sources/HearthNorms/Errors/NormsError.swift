/// An error raised by HearthNorms.
///
/// A struct with an extensible ``Code`` (new codes do not break a client's `switch`),
/// naming the entry, field and statistic involved.
public struct NormsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
        /// The code's stable name.
        public let rawValue: String
        /// Creates a code from its stable name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's stable name.
        public var description: String { rawValue }

        /// A norm file is not valid JSON of the documented format.
        public static let malformedFile = Code(rawValue: "malformedFile")
        /// A file could not be read at all (missing, a folder, no permission).
        public static let unreadableFile = Code(rawValue: "unreadableFile")
        /// A norm set is inconsistent (duplicate ids, overlapping strata, a non-monotone table).
        public static let invalidNormSet = Code(rawValue: "invalidNormSet")
        /// The entry lacks a statistic the computation needs (e.g. an SD the report never printed).
        public static let statisticUnavailable = Code(rawValue: "statisticUnavailable")
        /// A number passed in is not finite or is out of range (a reliability outside 0..<1).
        public static let invalidValue = Code(rawValue: "invalidValue")
    }

    /// What went wrong.
    public var code: Code
    /// The norm entry involved.
    public var entry: String?
    /// The field involved.
    public var field: String?
    /// A human-readable explanation.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, entry: String? = nil, field: String? = nil, message: String) {
        self.code = code
        self.entry = entry
        self.field = field
        self.message = message
    }

    /// The message with its location.
    public var description: String {
        var parts: [String] = []
        if let entry { parts.append("entry '\(entry)'") }
        if let field { parts.append("field '\(field)'") }
        return "\(code): \(message)" + (parts.isEmpty ? "" : " [" + parts.joined(separator: ", ") + "]")
    }
}
