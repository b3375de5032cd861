import HearthCore

/// An error raised by HearthScoring.
///
/// A struct with an extensible ``Code`` rather than an enum, so new codes do not break a
/// client's `switch`. Every error names what it can of the instrument, scale, item, row
/// and field involved, so that the message is actionable without a debugger. Messages
/// never contain answers or identifiers.
public struct ScoringError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
        /// The code's stable name.
        public let rawValue: String
        /// Creates a code from its stable name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's stable name.
        public var description: String { rawValue }

        /// No instrument has the given identifier.
        public static let unknownInstrument = Code(rawValue: "unknownInstrument")
        /// The instrument's scoring key is licensed or unpublished and must come from a key file.
        public static let keyRequired = Code(rawValue: "keyRequired")
        /// A key file does not match the instrument's built-in structure.
        public static let keyMismatch = Code(rawValue: "keyMismatch")
        /// A key file or definition file is not valid JSON of the documented format.
        public static let malformedFile = Code(rawValue: "malformedFile")
        /// A file could not be read at all (missing, a folder, no permission).
        public static let unreadableFile = Code(rawValue: "unreadableFile")
        /// An instrument definition is inconsistent (duplicate ids, items out of range, ...).
        public static let invalidDefinition = Code(rawValue: "invalidDefinition")
        /// An answer code lies outside the instrument's response scale.
        public static let invalidCode = Code(rawValue: "invalidCode")
        /// The number of answers does not match the instrument's number of items.
        public static let itemCountMismatch = Code(rawValue: "itemCountMismatch")
        /// An item identifier is not part of the instrument.
        public static let unknownItem = Code(rawValue: "unknownItem")
        /// A scale identifier is not part of the instrument.
        public static let unknownScale = Code(rawValue: "unknownScale")
        /// A setting (cut-off, coding, thread count) is out of range.
        public static let invalidSetting = Code(rawValue: "invalidSetting")
        /// A value from HearthCore (identifier, age, wave, matrix) was rejected.
        public static let invalidInput = Code(rawValue: "invalidInput")
    }

    /// What went wrong.
    public var code: Code
    /// The instrument involved.
    public var instrument: String?
    /// The scale involved.
    public var scale: String?
    /// The item involved (its identifier in Hearth's form layout, e.g. `self_7`).
    public var item: String?
    /// The zero-based row involved.
    public var row: Int?
    /// The field of a file involved (a JSON key path or a column name).
    public var field: String?
    /// A human-readable explanation without personal data.
    public var message: String

    /// Creates an error.
    public init(
        _ code: Code, instrument: String? = nil, scale: String? = nil, item: String? = nil,
        row: Int? = nil, field: String? = nil, message: String
    ) {
        self.code = code
        self.instrument = instrument
        self.scale = scale
        self.item = item
        self.row = row
        self.field = field
        self.message = message
    }

    /// Wraps an error raised by HearthCore, keeping its location.
    public init(_ error: CoreError, instrument: String? = nil) {
        self.init(
            .invalidInput, instrument: instrument, item: error.item.map { "\($0 + 1)" },
            row: error.row, field: error.field, message: error.description)
    }

    /// The message with every location that is known.
    public var description: String {
        var parts: [String] = []
        if let instrument { parts.append("instrument '\(instrument)'") }
        if let scale { parts.append("scale '\(scale)'") }
        if let item { parts.append("item '\(item)'") }
        if let row { parts.append("row \(row + 1)") }
        if let field { parts.append("field '\(field)'") }
        let location = parts.isEmpty ? "" : " [" + parts.joined(separator: ", ") + "]"
        return "\(code): \(message)\(location)"
    }
}
