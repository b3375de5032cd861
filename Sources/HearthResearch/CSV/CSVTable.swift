import Foundation

/// A CSV file read whole per RFC 4180 (by ``CSVReader``): a header record, then data records with as many fields.
/// The delimiter is a comma unless another is chosen (``CSVDelimiter``).
///
/// Accepts CRLF or LF line ends, an optional UTF-8 byte-order mark, quoted fields with
/// embedded commas, line breaks and doubled quotes. Rejects what RFC 4180 forbids (a quote
/// inside an unquoted field, text after a closing quote, an unterminated quote) and records
/// whose field count differs from the header's, naming the line.
public struct CSVTable: Hashable, Sendable {
    /// The header's field names.
    public var header: [String]
    /// The data records.
    public var records: [[String]]
    /// The 1-based line on which each data record starts, for messages.
    public var lines: [Int]

    /// The limits a CSV input must stay within; beyond them parsing stops with a typed
    /// error, so a hostile or broken file cannot exhaust memory.
    public struct Limits: Hashable, Sendable {
        /// The largest input, in bytes (default 1 GiB).
        public var maximumBytes: Int
        /// The longest field, in bytes (default 64 KiB).
        public var maximumFieldBytes: Int
        /// The most fields in a record (default 65,536).
        public var maximumFields: Int
        /// The most data records (default 10,000,000).
        public var maximumRecords: Int

        /// Creates limits.
        public init(maximumBytes: Int = 1 << 30, maximumFieldBytes: Int = 1 << 16, maximumFields: Int = 1 << 16, maximumRecords: Int = 10_000_000) {
            self.maximumBytes = maximumBytes
            self.maximumFieldBytes = maximumFieldBytes
            self.maximumFields = maximumFields
            self.maximumRecords = maximumRecords
        }

        /// The defaults.
        public static let standard = Limits()
    }

    /// The default largest input accepted, in bytes.
    public static let maximumBytes = Limits.standard.maximumBytes
    /// The default longest field accepted, in bytes.
    public static let maximumFieldBytes = Limits.standard.maximumFieldBytes

    /// Parses CSV text; `source` names the input in errors.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` naming the line of the first problem,
    ///   or the limit exceeded; ``ResearchError/Code/wrongDelimiter`` when the header has
    ///   no `delimiter` but another delimiter separates it (a semicolon-separated file read
    ///   as comma-separated), naming the delimiter to use.
    public init(parsing data: Data, source: String, delimiter: CSVDelimiter = .comma, limits: Limits = .standard) throws(ResearchError) {
        guard data.count <= limits.maximumBytes else { throw ResearchError(.malformedFile, source: source, message: "larger than \(limits.maximumBytes) bytes") }
        var reader = CSVReader(
            data: data, source: source, delimiter: delimiter,
            limits: CSVReader.Limits(maximumFieldBytes: limits.maximumFieldBytes, maximumFields: limits.maximumFields, maximumRecords: limits.maximumRecords))
        header = try reader.readHeader()
        var records: [[String]] = [], lines: [Int] = []
        var record = CSVRecord()
        while try reader.read(into: &record) {
            records.append(record.strings)
            lines.append(record.line)
        }
        self.records = records
        self.lines = lines
    }
}
