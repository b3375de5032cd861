import Foundation

/// A CSV file read per RFC 4180: a header record, then data records with as many fields.
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
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard String(validating: bytes, as: UTF8.self) != nil else { throw ResearchError(.malformedFile, source: source, message: "not valid UTF-8 text") }
        var parser = Parser(bytes: bytes, source: source, limits: limits, delimiter: delimiter.rawValue)
        var all: [[String]] = []
        var starts: [Int] = []
        while let (record, line) = try parser.nextRecord() {
            guard all.count <= limits.maximumRecords else {
                throw ResearchError(.malformedFile, source: source, line: line, message: "more than \(limits.maximumRecords) records")
            }
            all.append(record)
            starts.append(line)
        }
        guard let header = all.first else { throw ResearchError(.malformedFile, source: source, message: "empty file, expected a header line") }
        if header.count == 1, let other = CSVDelimiter.allCases.first(where: { $0 != delimiter && header[0].utf8.contains($0.rawValue) }) {
            throw ResearchError(
                .wrongDelimiter, source: source, line: 1,
                message: "the header has no \(delimiter.name) but has \(other.name)s: the file looks \(other.name)-separated"
                    + (other == .semicolon ? " (as Excel writes in Dutch)" : "")
                    + "; read it with the \(other.name) delimiter (with the hearth command: --delimiter \(other.spelling))")
        }
        for (index, record) in all.enumerated().dropFirst() where record.count != header.count {
            throw ResearchError(.malformedFile, source: source, line: starts[index], message: "\(record.count) fields, but the header has \(header.count)")
        }
        self.header = header
        records = Array(all.dropFirst())
        lines = Array(starts.dropFirst())
    }

    private struct Parser {
        let bytes: [UInt8]
        let source: String
        let limits: Limits
        let delimiter: UInt8
        var position = 0
        var line = 1

        init(bytes: [UInt8], source: String, limits: Limits, delimiter: UInt8) {
            self.bytes = bytes
            self.source = source
            self.limits = limits
            self.delimiter = delimiter
        }

        /// The next record and the line it starts on; `nil` at the end. A final line end is
        /// optional, and blank lines between records are not allowed (they would be records
        /// of one empty field).
        mutating func nextRecord() throws(ResearchError) -> ([String], Int)? {
            guard position < bytes.count else { return nil }
            let start = line
            var fields: [String] = []
            while true {
                fields.append(try field())
                guard fields.count <= limits.maximumFields else {
                    throw ResearchError(.malformedFile, source: source, line: start, message: "more than \(limits.maximumFields) fields in a record")
                }
                if position >= bytes.count { return (fields, start) }
                switch bytes[position] {
                case delimiter:
                    position += 1
                case UInt8(ascii: "\r"):
                    guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") else {
                        throw ResearchError(.malformedFile, source: source, line: line, message: "carriage return without line feed")
                    }
                    position += 2
                    line += 1
                    return (fields, start)
                default:  // "\n", the only other way field() stops
                    position += 1
                    line += 1
                    return (fields, start)
                }
            }
        }

        private mutating func field() throws(ResearchError) -> String {
            if position < bytes.count, bytes[position] == UInt8(ascii: "\"") { return try quotedField() }
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == delimiter || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if byte == UInt8(ascii: "\"") { throw ResearchError(.malformedFile, source: source, line: line, message: "quote inside an unquoted field") }
                position += 1
            }
            return try text(bytes[start..<position])
        }

        private mutating func quotedField() throws(ResearchError) -> String {
            let openingLine = line
            position += 1
            var content: [UInt8] = []
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\"") {
                        content.append(byte)
                        position += 2
                        continue
                    }
                    position += 1
                    if position < bytes.count, ![delimiter, UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[position]) {
                        throw ResearchError(.malformedFile, source: source, line: line, message: "text after a closing quote")
                    }
                    return try text(content[...])
                }
                if byte == UInt8(ascii: "\n") { line += 1 }
                content.append(byte)
                position += 1
            }
            throw ResearchError(.malformedFile, source: source, line: openingLine, message: "quoted field is never closed")
        }

        private func text(_ slice: ArraySlice<UInt8>) throws(ResearchError) -> String {
            guard slice.count <= limits.maximumFieldBytes else {
                throw ResearchError(.malformedFile, source: source, line: line, message: "field longer than \(limits.maximumFieldBytes) bytes")
            }
            return String(decoding: slice, as: UTF8.self)
        }
    }
}
