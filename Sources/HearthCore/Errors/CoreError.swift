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
        /// A JSON document is not well-formed JSON (RFC 8259), too large or too deep.
        public static let malformedJSON = Code(rawValue: "malformedJSON")
        /// A JSON object has a key the schema does not define (a likely typo, or a field
        /// Hearth must not read); ``CoreError/field`` is its JSON path.
        public static let unknownJSONKey = Code(rawValue: "unknownJSONKey")
        /// A JSON object lacks a key the schema requires.
        public static let missingJSONKey = Code(rawValue: "missingJSONKey")
        /// A JSON value has the wrong type or lies outside the schema's vocabulary or range.
        public static let invalidJSONValue = Code(rawValue: "invalidJSONValue")
        /// A JSON document is another kind of Hearth file than the one expected (a scoring
        /// key given as a norm file, say).
        public static let wrongKindOfDocument = Code(rawValue: "wrongKindOfDocument")
    }

    /// What went wrong.
    public let code: Code
    /// The field involved (for example `age` or `wave`), when there is one.
    public let field: String?
    /// The zero-based row involved, when there is one.
    public let row: Int?
    /// The zero-based item position involved, when there is one.
    public let item: Int?
    /// The 1-based line in a text input (JSON), when there is one.
    public let line: Int?
    /// The 1-based column (in Unicode scalars) in a text input, when there is one.
    public let column: Int?
    /// A human-readable explanation without personal data.
    public let message: String

    /// Creates an error.
    public init(
        _ code: Code, field: String? = nil, row: Int? = nil, item: Int? = nil, line: Int? = nil, column: Int? = nil, message: String
    ) {
        self.code = code
        self.field = field
        self.row = row
        self.item = item
        self.line = line
        self.column = column
        self.message = message
    }

    /// Where the problem is, for messages: `line 3, column 7, field 'family.members[0]'`.
    public var location: String {
        var parts: [String] = []
        if let line { parts.append("line \(line)" + (column.map { ", column \($0)" } ?? "")) }
        if let row { parts.append("row \(row + 1)") }
        if let item { parts.append("item \(item + 1)") }
        if let field { parts.append("field '\(field)'") }
        return parts.joined(separator: ", ")
    }

    /// The message with its location, for logs and command-line output.
    public var description: String {
        location.isEmpty ? "\(code): \(message)" : "\(code): \(message) (\(location))"
    }
}
