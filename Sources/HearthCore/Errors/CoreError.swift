/// An error raised by HearthCore when a value cannot be built from the input given.
///
/// `CoreError` is a struct rather than an enum so that new codes can be added without
/// breaking a client's `switch`: compare ``code`` with the static members of
/// ``CoreError/Code``. Messages never contain personal data (no identifiers, no free
/// text from the caller), only field names, rows and items.
public struct CoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
        /// The code's stable name.
        public let rawValue: String
        /// Creates a code from its stable name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's stable name.
        public var description: String { rawValue }

        /// A respondent identifier is empty, too long, or contains control characters.
        public static let invalidRespondentID = Code(rawValue: "invalidRespondentID")
        /// An age is negative, beyond the supported maximum, or has impossible months.
        public static let invalidAge = Code(rawValue: "invalidAge")
        /// A wave index or its months since the report are out of range.
        public static let invalidWave = Code(rawValue: "invalidWave")
        /// A sex value is not one of `female`, `male` or `unknown`.
        public static let invalidSex = Code(rawValue: "invalidSex")
        /// A row has a different number of answers than the matrix has items.
        public static let itemCountMismatch = Code(rawValue: "itemCountMismatch")
        /// A code collides with the values reserved for kinds of missing.
        public static let reservedCode = Code(rawValue: "reservedCode")
        /// A row or item index lies outside the matrix.
        public static let indexOutOfRange = Code(rawValue: "indexOutOfRange")
        /// A matrix has no items, or a size beyond the documented limits.
        public static let invalidDimensions = Code(rawValue: "invalidDimensions")
    }

    /// What went wrong.
    public let code: Code
    /// The field involved (for example `age` or `wave`), when there is one.
    public let field: String?
    /// The zero-based row involved, when there is one.
    public let row: Int?
    /// The zero-based item position involved, when there is one.
    public let item: Int?
    /// A human-readable explanation without personal data.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, field: String? = nil, row: Int? = nil, item: Int? = nil, message: String) {
        self.code = code
        self.field = field
        self.row = row
        self.item = item
        self.message = message
    }

    /// The message with its location, for logs and command-line output.
    public var description: String {
        var parts: [String] = []
        if let row { parts.append("row \(row + 1)") }
        if let item { parts.append("item \(item + 1)") }
        if let field { parts.append("field '\(field)'") }
        let location = parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
        return "\(code): \(message)\(location)"
    }
}
