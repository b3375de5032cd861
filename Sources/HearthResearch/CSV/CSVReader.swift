import Foundation

/// Reads CSV (RFC 4180) record by record from bytes that arrive in pieces: a file, a pipe,
/// or data in memory. Memory is bounded by the read size and the longest record, never by
/// the input: a file of any length can be read.
///
/// The rules are ``CSVTable``'s (which is built on this reader): CRLF or LF line ends, an
/// optional UTF-8 byte-order mark, quoted fields with embedded delimiters, line breaks and
/// doubled quotes; a quote inside an unquoted field, text after a closing quote, an
/// unterminated quote, a carriage return without a line feed, invalid UTF-8 and a record
/// whose field count differs from the header's are errors naming the line.
///
/// ```swift
/// var reader = CSVReader(data: data, source: "cohort.csv")
/// let header = try reader.readHeader()
/// var record = CSVRecord()
/// while try reader.read(into: &record) { … record.string(at: 0) … }
/// ```
public struct CSVReader {
    /// The limits a streamed input must stay within. Per field and per record they bound
    /// memory; the totals are off unless set (a stream is never held whole).
    public struct Limits: Hashable, Sendable {
        /// The longest field, in bytes (default 64 KiB).
        public var maximumFieldBytes: Int
        /// The most fields in a record (default 65,536).
        public var maximumFields: Int
        /// The longest record, in bytes as written (default 16 MiB).
        public var maximumRecordBytes: Int
        /// The most data records (default: no limit).
        public var maximumRecords: Int?
        /// The largest input, in bytes (default: no limit).
        public var maximumBytes: Int?

        /// Creates limits.
        public init(
            maximumFieldBytes: Int = 1 << 16, maximumFields: Int = 1 << 16, maximumRecordBytes: Int = 1 << 24, maximumRecords: Int? = nil,
            maximumBytes: Int? = nil
        ) {
            self.maximumFieldBytes = maximumFieldBytes
            self.maximumFields = maximumFields
            self.maximumRecordBytes = maximumRecordBytes
            self.maximumRecords = maximumRecords
            self.maximumBytes = maximumBytes
        }

        /// The defaults.
        public static let standard = Limits()
    }

    /// Where bytes come from: fills the buffer it is given and returns how many bytes it
    /// wrote, 0 at the end of the input (a negative count, or a thrown error, is a failed read).
    public typealias ByteSource = (UnsafeMutableRawBufferPointer) throws -> Int

    /// The input's name in errors.
    public let source: String
    /// The field separator.
    public let delimiter: CSVDelimiter
    /// The limits.
    public let limits: Limits
    private let readBytes: ByteSource
    /// Per byte value, whether it ends or breaks an unquoted field (the delimiter, a line
    /// feed, a carriage return, a quote): one load per byte instead of four compares.
    private let special: [Bool]
    /// Unparsed input: `buffer[start..<end]`.
    private var buffer: [UInt8]
    private var start = 0, end = 0
    private var atEnd = false, checkedByteOrderMark = false
    private var bytesRead = 0
    /// The line the next record starts on.
    private var line = 1
    private var headerCount: Int?
    /// Whether the record just read was a blank line (only a line end).
    private var lastWasBlankLine = false
    /// The first of the blank lines read since the last record, held until a record follows.
    private var pendingBlankLine: Int?
    /// The number of data records read.
    public private(set) var recordCount = 0

    /// Reads from `read`, `readSize` bytes at a time (default 1 MiB).
    public init(
        source: String, delimiter: CSVDelimiter = .comma, limits: Limits = .standard, readSize: Int = 1 << 20,
        read: @escaping ByteSource
    ) {
        self.source = source
        self.delimiter = delimiter
        self.limits = limits
        readBytes = read
        buffer = [UInt8](repeating: 0, count: max(readSize, 64))
        var special = [Bool](repeating: false, count: 256)
        for byte in [delimiter.rawValue, UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\"")] { special[Int(byte)] = true }
        self.special = special
    }

    /// Reads bytes in memory.
    public init(data: Data, source: String, delimiter: CSVDelimiter = .comma, limits: Limits = .standard) {
        var offset = data.startIndex
        self.init(source: source, delimiter: delimiter, limits: limits, readSize: max(data.count, 64)) { target in
            let count = min(target.count, data.endIndex - offset)
            data.copyBytes(to: target.bindMemory(to: UInt8.self), from: offset..<(offset + count))
            offset += count
            return count
        }
    }

    /// Reads the header record and checks that the delimiter is the file's.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` for an empty input or a malformed
    ///   header; ``ResearchError/Code/wrongDelimiter`` when the header has no delimiter
    ///   but another one separates it.
    public mutating func readHeader() throws(ResearchError) -> [String] {
        var record = CSVRecord()
        guard try next(into: &record) else { throw ResearchError(.malformedFile, source: source, message: "empty file, expected a header line") }
        let header = record.strings
        if header.count == 1, let other = CSVDelimiter.allCases.first(where: { $0 != delimiter && header[0].utf8.contains($0.rawValue) }) {
            throw ResearchError(
                .wrongDelimiter, source: source, line: 1,
                message: "the header has no \(delimiter.name) but has \(other.name)s: the file looks \(other.name)-separated"
                    + (other == .semicolon ? " (as Excel writes in Dutch)" : "")
                    + "; read it with the \(other.name) delimiter (with the hearth command: --delimiter \(other.spelling))")
        }
        headerCount = header.count
        return header
    }

    /// Reads the next data record into `record` (reusing its storage); `false` at the end.
    /// Blank lines at the end of the input are not records (spreadsheet programs leave them);
    /// a blank line with records after it is one, of one empty field (an error unless the
    /// header has one field).
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` naming the line, for malformed CSV, a
    ///   field count other than the header's, or a limit exceeded.
    public mutating func read(into record: inout CSVRecord) throws(ResearchError) -> Bool {
        while true {
            let more: Bool
            do { more = try next(into: &record) } catch {
                // A blank line before the problem is the first problem of the file.
                if let blank = pendingBlankLine { throw fieldCountError(count: 1, line: blank) }
                throw error
            }
            guard more else { return false }
            if lastWasBlankLine, let headerCount, headerCount != 1 {
                pendingBlankLine = pendingBlankLine ?? record.line
                continue
            }
            if let blank = pendingBlankLine { throw fieldCountError(count: 1, line: blank) }
            recordCount += 1
            if let maximum = limits.maximumRecords, recordCount > maximum {
                throw ResearchError(.malformedFile, source: source, line: record.line, message: "more than \(maximum) records")
            }
            if let headerCount, record.count != headerCount { throw fieldCountError(count: record.count, line: record.line) }
            return true
        }
    }

    /// A record with another number of fields than the header.
    private func fieldCountError(count: Int, line: Int) -> ResearchError {
        ResearchError(.malformedFile, source: source, line: line, message: "\(count) fields, but the header has \(headerCount ?? 0)")
    }

    /// The next record, header or data; `false` at the end of the input.
    private mutating func next(into record: inout CSVRecord) throws(ResearchError) -> Bool {
        if !checkedByteOrderMark {
            checkedByteOrderMark = true
            // A UTF-8 byte-order mark at the very start is not content (a pipe may deliver it in pieces).
            while end - start < 3, try refill() {}
            if end - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB, buffer[start + 2] == 0xBF { start += 3 }
        }
        while true {
            if start == end {
                guard try refill() else { return false }
                continue
            }
            switch try parse(into: &record) {
            case .record(let next, let nextLine):
                try accept(record, endingAt: next, nextLine: nextLine)
                return true
            case .needMore:
                guard end - start < limits.maximumRecordBytes else {
                    throw ResearchError(.malformedFile, source: source, line: line, message: "record longer than \(limits.maximumRecordBytes) bytes")
                }
                guard try refill() else { return try finishAtEnd(into: &record) }
            }
        }
    }

    /// Takes a parsed record's bytes `start..<next`: checks its length and encoding, notes
    /// whether it was a blank line, and moves on to the next record.
    private mutating func accept(_ record: CSVRecord, endingAt next: Int, nextLine: Int) throws(ResearchError) {
        guard next - start <= limits.maximumRecordBytes else {
            throw ResearchError(.malformedFile, source: source, line: line, message: "record longer than \(limits.maximumRecordBytes) bytes")
        }
        try checkEncoding(start..<next, line: record.line)
        lastWasBlankLine = isBlankLine(start..<next)
        start = next
        line = nextLine
    }

    /// At the end of the input with an unfinished record: it ends there (a final line end
    /// is optional), unless a quote is still open.
    private mutating func finishAtEnd(into record: inout CSVRecord) throws(ResearchError) -> Bool {
        guard start < end else { return false }
        switch try parse(into: &record) {
        case .record(let next, let nextLine):
            try accept(record, endingAt: next, nextLine: nextLine)
            return true
        case .needMore:
            // `atEnd` makes parse finish every record but an open quote, which it reports.
            throw ResearchError(.malformedFile, source: source, line: line, message: "quoted field is never closed")
        }
    }

    /// Moves the unparsed bytes to the front and reads more after them; `false` at the end.
    private mutating func refill() throws(ResearchError) -> Bool {
        guard !atEnd else { return false }
        if start > 0 {
            buffer.withUnsafeMutableBytes { raw in
                guard let base = raw.baseAddress else { return }
                memmove(base, base + start, end - start)
            }
            end -= start
            start = 0
        }
        // A record longer than the buffer grows it (up to the record limit, checked by the caller).
        if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        let read: Int
        do {
            read = try buffer.withUnsafeMutableBytes { raw in try readBytes(UnsafeMutableRawBufferPointer(rebasing: raw[end...])) }
        } catch {
            throw ResearchError(.malformedFile, source: source, message: "cannot be read")
        }
        // A negative count is a failed read (as read(2) reports one), never the end.
        guard read >= 0 else { throw ResearchError(.malformedFile, source: source, message: "cannot be read") }
        guard read > 0 else { atEnd = true; return false }
        end += read
        bytesRead += read
        if let maximum = limits.maximumBytes, bytesRead > maximum {
            throw ResearchError(.malformedFile, source: source, message: "larger than \(maximum) bytes")
        }
        return true
    }

    /// Whether a record's bytes are only a line end.
    private func isBlankLine(_ range: Range<Int>) -> Bool {
        (range.count == 1 && buffer[range.lowerBound] == UInt8(ascii: "\n"))
            || (range.count == 2 && buffer[range.lowerBound] == UInt8(ascii: "\r") && buffer[range.lowerBound + 1] == UInt8(ascii: "\n"))
    }

    /// Refuses a record whose bytes are not UTF-8.
    private func checkEncoding(_ range: Range<Int>, line: Int) throws(ResearchError) {
        let valid = buffer.withUnsafeBufferPointer { UTF8Check.isValid(UnsafeBufferPointer(rebasing: $0[range])) }
        guard valid else { throw ResearchError(.malformedFile, source: source, line: line, message: "not valid UTF-8 text") }
    }

    private enum Parsed {
        /// A whole record; the next one starts at the offset, on the line.
        case record(Int, Int)
        /// The buffer ends inside the record.
        case needMore
    }

    /// Parses one record from `buffer[start..<end]` into `record`. At the end of the input
    /// (`atEnd`) the buffer's end ends the record; otherwise a record must end with a line end.
    /// A record's content is never longer than its bytes, nor has more fields than bytes + 1,
    /// so the record's storage is sized once and written through pointers.
    private func parse(into record: inout CSVRecord) throws(ResearchError) -> Parsed {
        let span = end - start
        var parsed = Parsed.needMore
        try record.refill(line: line, bytes: span, fields: min(span, limits.maximumFields) + 1) {
            (content, ends) throws(ResearchError) -> (bytes: Int, fields: Int) in
            try buffer.withUnsafeBufferPointer { (bytes) throws(ResearchError) -> (bytes: Int, fields: Int) in
                try special.withUnsafeBufferPointer { (special) throws(ResearchError) -> (bytes: Int, fields: Int) in
                    guard let bytes = bytes.baseAddress, let special = special.baseAddress else { return (0, 0) }
                    return try parse(bytes, content, ends, special, &parsed)
                }
            }
        }
        return parsed
    }

    /// The common record, eight bytes at a time: one line (found by `memchr`) without
    /// quotes or carriage returns but a CRLF's, shorter than the field and field-count
    /// limits (so that no limit can be passed). Delimiters are found per 64-bit word, and
    /// each field is copied in 8-byte moves; the content and field ends are what
    /// ``parse(_:_:_:_:_:)`` writes for the record. `nil` for any other record, and where the
    /// buffers lack the 8 bytes of slack the moves need (at the end of the input), so that
    /// the general parser reads (and, when malformed, reports) it.
    private func parseOneLine(
        _ bytes: UnsafePointer<UInt8>, _ content: UnsafeMutablePointer<UInt8>, _ ends: UnsafeMutablePointer<Int>, _ parsed: inout Parsed
    ) -> (bytes: Int, fields: Int)? {
        let from = UnsafeRawPointer(bytes + start)
        guard let found = memchr(from, Int32(UInt8(ascii: "\n")), end - start) else { return nil }
        let newline = start + (UnsafeRawPointer(found) - from)
        var contentEnd = newline
        if contentEnd > start, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
        let count = contentEnd - start
        // Slack: words are read up to 7 bytes past the line's content (inside `buffer`), and
        // stored up to 7 bytes past the record's content (inside the record's `end - start + 1`).
        guard count < limits.maximumFieldBytes, count < limits.maximumFields, contentEnd + 8 <= buffer.count, count + 8 <= end - start + 1 else {
            return nil
        }
        let delimiters = Self.everyByte(delimiter.rawValue), quotes = Self.everyByte(UInt8(ascii: "\"")),
            returns = Self.everyByte(UInt8(ascii: "\r"))
        @inline(__always) func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt64.self)) }
        // Invariant: `length` content bytes and `fields` field ends are written; the field
        // being read starts at raw offset `fieldStart`.
        var length = 0, fields = 0, fieldStart = start, unusual: UInt64 = 0
        @inline(__always) func closeField(at rawEnd: Int) {
            let fieldLength = rawEnd &- fieldStart
            var moved = 0
            repeat {
                UnsafeMutableRawPointer(content + (length &+ moved)).storeBytes(of: word(fieldStart &+ moved), as: UInt64.self)
                moved &+= 8
            } while moved < fieldLength
            length &+= fieldLength
            ends[fields] = length
            fields &+= 1
            fieldStart = rawEnd &+ 1
        }
        /// Closes a field at each delimiter of `found` (``matches(_:_:)``'s bits) in the word at `offset`.
        @inline(__always) func closeFields(_ found: UInt64, inWordAt offset: Int) {
            var found = found
            while found != 0 {
                closeField(at: offset &+ found.trailingZeroBitCount / 8)
                found &= found &- 1
            }
        }
        var offset = start
        // Whole words of the line, then its last part word (masked to the line).
        while offset &+ 8 <= contentEnd {
            let current = word(offset)
            unusual |= Self.matches(current, quotes) | Self.matches(current, returns)
            let found = Self.matches(current, delimiters)
            // Cells of one byte each (a questionnaire's codes: "1,2,1,4,"): a word whose
            // delimiters are its odd bytes, or its even ones, closes the field running into
            // it as usual and three one-byte fields at once.
            if found == Self.oddBytes || found == Self.evenBytes {
                let odd = found == Self.oddBytes
                closeField(at: odd ? offset &+ 1 : offset)
                // The three one-byte fields start at bytes 2, 4, 6 (odd) or 1, 3, 5 (even).
                let packed = Self.evenBytesPacked(current >> (odd ? 16 : 8))
                UnsafeMutableRawPointer(content + length).storeBytes(of: packed, as: UInt64.self)
                ends[fields] = length &+ 1
                ends[fields &+ 1] = length &+ 2
                ends[fields &+ 2] = length &+ 3
                length &+= 3
                fields &+= 3
                fieldStart = offset &+ (odd ? 8 : 7)
                offset &+= 8
                continue
            }
            closeFields(found, inWordAt: offset)
            offset &+= 8
        }
        if offset < contentEnd {
            let inLine: UInt64 = (1 << (UInt64(contentEnd &- offset) &* 8)) &- 1
            let current = word(offset)
            unusual |= (Self.matches(current, quotes) | Self.matches(current, returns)) & inLine
            closeFields(Self.matches(current, delimiters) & inLine, inWordAt: offset)
        }
        guard unusual == 0 else { return nil }
        closeField(at: contentEnd)
        parsed = .record(newline + 1, line + 1)
        return (length, fields)
    }

    /// ``matches(_:_:)``'s result for a word whose delimiters are its bytes 1, 3, 5, 7, and 0, 2, 4, 6.
    private static let oddBytes: UInt64 = 0x8000_8000_8000_8000, evenBytes: UInt64 = 0x0080_0080_0080_0080

    /// A word's bytes 0, 2, 4 and 6 in its low four bytes, in order (the upper four zero).
    @inline(__always)
    private static func evenBytesPacked(_ word: UInt64) -> UInt64 {
        var packed = word & 0x00FF_00FF_00FF_00FF
        packed = (packed | (packed >> 8)) & 0x0000_FFFF_0000_FFFF
        return (packed | (packed >> 16)) & 0x0000_0000_FFFF_FFFF
    }

    /// `byte` in each of a word's eight bytes.
    @inline(__always)
    private static func everyByte(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The top bit of each byte of `word` equal to that byte of `pattern`, every other bit
    /// clear: exact per byte (no carries between bytes, unlike the shorter zero-byte test).
    @inline(__always)
    private static func matches(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let difference = word ^ pattern, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // A byte's top bit is set in `(d & 0x7F) + 0x7F` exactly when its low seven bits are
        // not all zero; or-ing `d` adds its own top bit: the byte is zero when neither is set.
        return ~(((difference & low7) &+ low7) | difference | low7)
    }

    /// The parser over raw memory: writes fields to `content` and their ends to `ends`.
    private func parse(
        _ bytes: UnsafePointer<UInt8>, _ content: UnsafeMutablePointer<UInt8>, _ ends: UnsafeMutablePointer<Int>, _ special: UnsafePointer<Bool>,
        _ parsed: inout Parsed
    ) throws(ResearchError) -> (bytes: Int, fields: Int) {
        let delimiter = delimiter.rawValue, quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let maximumFieldBytes = limits.maximumFieldBytes, maximumFields = limits.maximumFields, source = source, atEnd = atEnd, end = end
        let recordLine = line
        if let fields = parseOneLine(bytes, content, ends, &parsed) { return fields }
        var position = start, line = recordLine, length = 0, fields = 0
        func fail(_ message: String, _ at: Int) -> ResearchError { ResearchError(.malformedFile, source: source, line: at, message: message) }
        while true {
            let fieldStart = length
            // One field.
            if position < end, bytes[position] == quote {
                let openingLine = line
                position += 1
                var closed = false
                while position < end {
                    let byte = bytes[position]
                    if byte == quote {
                        guard position + 1 < end else {
                            if !atEnd { return (0, 0) }
                            position += 1
                            closed = true
                            break
                        }
                        if bytes[position + 1] == quote {
                            content[length] = quote
                            length += 1
                            position += 2
                            continue
                        }
                        position += 1
                        let next = bytes[position]
                        guard next == delimiter || next == newline || next == carriageReturn else { throw fail("text after a closing quote", line) }
                        closed = true
                        break
                    }
                    if byte == newline { line += 1 }
                    content[length] = byte
                    length += 1
                    position += 1
                }
                guard closed else {
                    if !atEnd { return (0, 0) }
                    throw fail("quoted field is never closed", openingLine)
                }
            } else {
                let from = position
                while position < end, !special[Int(bytes[position])] { position &+= 1 }
                if position < end, bytes[position] == quote { throw fail("quote inside an unquoted field", line) }
                if position == end, !atEnd { return (0, 0) }
                // Cells are mostly a byte or two: copied in a loop, not a memmove call each.
                let fieldLength = position - from
                if fieldLength <= 16 {
                    for offset in 0..<fieldLength { content[length &+ offset] = bytes[from &+ offset] }
                } else {
                    (content + length).update(from: bytes + from, count: fieldLength)
                }
                length += fieldLength
            }
            guard length - fieldStart <= maximumFieldBytes else { throw fail("field longer than \(maximumFieldBytes) bytes", line) }
            guard fields < maximumFields else { throw fail("more than \(maximumFields) fields in a record", recordLine) }
            ends[fields] = length
            fields += 1
            // What ends the field.
            if position == end {  // only at the end of the input
                parsed = .record(position, line)
                return (length, fields)
            }
            switch bytes[position] {
            case delimiter:
                position += 1
            case carriageReturn:
                guard position + 1 < end else {
                    if !atEnd { return (0, 0) }
                    throw fail("carriage return without line feed", line)
                }
                guard bytes[position + 1] == newline else { throw fail("carriage return without line feed", line) }
                parsed = .record(position + 2, line + 1)
                return (length, fields)
            default:  // a line feed, the only other way a field stops
                parsed = .record(position + 1, line + 1)
                return (length, fields)
            }
        }
    }
}
