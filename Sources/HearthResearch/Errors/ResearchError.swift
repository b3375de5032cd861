/// An error raised by HearthResearch: importing cohort files, analysing them and writing
/// report tables.
///
/// A struct with an extensible ``Code`` (new codes do not break a client's `switch`).
/// It names the file, line, field and instrument involved, never the content of a cell:
/// answers and identifiers are personal data.
public struct ResearchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
        /// The code's stable name.
        public let rawValue: String
        /// Creates a code from its stable name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's stable name.
        public var description: String { rawValue }

        /// A file is not well-formed CSV or JSON, or is too large.
        public static let malformedFile = Code(rawValue: "malformedFile")
        /// A CSV file is separated by another delimiter than the one it is read with.
        public static let wrongDelimiter = Code(rawValue: "wrongDelimiter")
        /// A mapping or study configuration is inconsistent or names something that does not exist.
        public static let invalidMapping = Code(rawValue: "invalidMapping")
        /// An input field (column, linkId) that the mapping neither maps nor ignores.
        public static let unknownField = Code(rawValue: "unknownField")
        /// A value that is not a code the mapping or the response scale allows.
        public static let invalidValue = Code(rawValue: "invalidValue")
        /// The same respondent, wave and instrument appear twice, or an item is answered twice.
        public static let duplicateRecord = Code(rawValue: "duplicateRecord")
        /// A required field (record id, wave, questionnaire) is absent.
        public static let missingField = Code(rawValue: "missingField")
        /// Too few observations, or no variance, for the statistic asked for.
        public static let insufficientData = Code(rawValue: "insufficientData")
        /// A scoring, norm or core error met while building a cohort or a table.
        public static let scoring = Code(rawValue: "scoring")
        /// Temporary storage (the record keys a streamed import checks for repeats) could not
        /// be written or read.
        public static let temporaryStorage = Code(rawValue: "temporaryStorage")
    }

    /// What went wrong.
    public var code: Code
    /// The file involved, as the caller named it.
    public var source: String?
    /// The 1-based line (CSV) or resource index (FHIR) involved.
    public var line: Int?
    /// What ``line`` counts: `line` (CSV, FHIR) or `case` (SPSS).
    public var recordName = "line"
    /// The field (column, linkId, JSON path, configuration key) involved.
    public var field: String?
    /// The instrument involved.
    public var instrument: String?
    /// A human-readable explanation.
    public var message: String

    /// This error, naming `file` as its source when it names none (a mapping's own problem,
    /// found as it meets the definitions, is the mapping file's).
    public func naming(file: String) -> ResearchError {
        var named = self
        if named.source == nil { named.source = file }
        return named
    }

    /// Creates an error.
    public init(
        _ code: Code, source: String? = nil, line: Int? = nil, field: String? = nil,
        instrument: String? = nil, message: String
    ) {
        self.code = code
        self.source = source
        self.line = line
        self.field = field
        self.instrument = instrument
        self.message = message
    }

    /// The message with its location: `file: line 3: message [code, field 'x']` (`case 3` in an SPSS file).
    public var description: String {
        var location: [String] = []
        if let source { location.append(source) }
        if let line { location.append("\(recordName) \(line)") }
        var parts = [code.rawValue]
        if let field { parts.append("field '\(field)'") }
        if let instrument { parts.append("instrument '\(instrument)'") }
        let prefix = location.isEmpty ? "" : location.joined(separator: ": ") + ": "
        return prefix + message + " [" + parts.joined(separator: ", ") + "]"
    }
}
