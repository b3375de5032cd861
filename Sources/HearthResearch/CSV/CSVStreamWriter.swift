/// Writes RFC 4180 CSV into a byte buffer that the caller drains (``withUnsafeBytes(_:)``,
/// then ``removeAll()``), with LF line ends, quoting only the fields that need it and
/// numbers as ``CSVWriter/format(_:)`` writes them. A record is written through a
/// ``CSVFieldWriter`` on the buffer's memory: nothing is allocated per field once the
/// buffer has grown. ``CSVWriter`` is this writer collecting everything.
///
/// ```swift
/// var writer = CSVStreamWriter()
/// writer.writeRecord { fields in
///     fields.write("R1")
///     fields.write(12.5)
///     fields.writeEmpty()
/// }
/// ```
public struct CSVStreamWriter: Sendable {
    /// The buffer; its first ``count`` bytes are written (the rest is room).
    private var storage: [UInt8]
    /// The number of bytes written since the last ``removeAll()``.
    public private(set) var count = 0

    /// Creates an empty writer with room for `capacity` bytes.
    public init(capacity: Int = 1 << 12) { storage = [UInt8](repeating: 0, count: max(capacity, 256)) }

    /// The bytes written since the last ``removeAll()``.
    public var bytes: [UInt8] { Array(storage[0..<count]) }

    /// Calls `body` with the bytes written since the last ``removeAll()``.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }

    /// Writes one record: `body` writes its fields, the line end follows. A record that
    /// does not fit grows the buffer and is written again, so `body` must only write fields.
    public mutating func writeRecord(_ body: (inout CSVFieldWriter) -> Void) {
        while true {
            let start = count
            let written = storage.withUnsafeMutableBufferPointer { buffer -> Int? in
                guard let base = buffer.baseAddress else { return nil }
                var fields = CSVFieldWriter(base + start, room: buffer.count - start)
                body(&fields)
                fields.endRecord()
                return fields.overflowed ? nil : fields.position
            }
            if let written {
                count = start + written
                return
            }
            storage += [UInt8](repeating: 0, count: storage.count)
        }
    }

    /// Writes a record of text fields.
    public mutating func writeRecord(_ fields: [String]) {
        writeRecord { writer in for field in fields { writer.write(field) } }
    }

    /// Appends bytes as they are: another format's bytes (an SPSS system file's) through the
    /// same buffers and writer thread.
    public mutating func append(raw bytes: some Collection<UInt8>) {
        while storage.count - count < bytes.count { storage += [UInt8](repeating: 0, count: storage.count) }
        storage.replaceSubrange(count..<(count + bytes.count), with: bytes)
        count += bytes.count
    }

    /// Empties the buffer (after its bytes were written out), keeping its capacity.
    public mutating func removeAll() { count = 0 }
}

/// Writes one record's fields into a ``CSVStreamWriter``'s memory (see
/// ``CSVStreamWriter/writeRecord(_:)``). Separators come between fields by themselves.
public struct CSVFieldWriter {
    private let base: UnsafeMutablePointer<UInt8>
    private let room: Int
    /// Bytes written.
    fileprivate private(set) var position = 0
    /// Whether a write did not fit (the record is written again into a larger buffer).
    fileprivate private(set) var overflowed = false
    private var atRecordStart = true

    fileprivate init(_ base: UnsafeMutablePointer<UInt8>, room: Int) {
        self.base = base
        self.room = room
    }

    /// Whether `bytes` more fit; marks the record as overflowed when not.
    @inline(__always)
    private mutating func fits(_ bytes: Int) -> Bool {
        if !overflowed, position + bytes <= room { return true }
        overflowed = true
        return false
    }

    @inline(__always)
    private mutating func separate() {
        guard fits(1) else { return }
        if !atRecordStart { base[position] = UInt8(ascii: ","); position += 1 }
        atRecordStart = false
    }

    /// Appends a text field, quoted when it holds a comma, quote or line break.
    public mutating func write(_ field: String) {
        var field = field
        field.withUTF8 { write(bytes: $0) }
    }

    /// Appends a field given as UTF-8 bytes, quoted when it needs it.
    public mutating func write(bytes field: UnsafeBufferPointer<UInt8>) {
        separate()
        guard fits(2 * field.count + 2), let source = field.baseAddress else { return }
        guard field.contains(where: CSVFieldWriter.needsQuotes) else {
            (base + position).update(from: source, count: field.count)
            position += field.count
            return
        }
        base[position] = UInt8(ascii: "\"")
        position += 1
        for byte in field {
            if byte == UInt8(ascii: "\"") { base[position] = byte; position += 1 }
            base[position] = byte
            position += 1
        }
        base[position] = UInt8(ascii: "\"")
        position += 1
    }

    /// Appends a number: whole numbers without decimals, others to at most four decimals.
    public mutating func write(_ value: Double) {
        separate()
        guard fits(CSVNumberFormat.fastBytes) else { return }
        if let written = CSVNumberFormat.write(value, to: base + position) {
            position += written
        } else {
            var text = CSVNumberFormat.slowText(value)
            text.withUTF8 { bytes in
                guard fits(bytes.count), let source = bytes.baseAddress else { return }
                (base + position).update(from: source, count: bytes.count)
                position += bytes.count
            }
        }
    }

    /// Appends a whole number.
    public mutating func write(_ value: Int) {
        separate()
        guard fits(CSVNumberFormat.fastBytes) else { return }
        position += CSVNumberFormat.writeInteger(Int64(value), to: base + position)
    }

    /// Appends an empty field.
    public mutating func writeEmpty() { separate() }

    /// Appends what `body` writes at the given memory (room for `maximumBytes`), as it is:
    /// `body` writes its own separators and only bytes that need no quoting, and returns how
    /// many it wrote, or `nil` to write nothing. Returns whether it wrote.
    mutating func appendUnquoted(maximumBytes: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int?) -> Bool {
        guard fits(maximumBytes) else { return true }  // the record is written again into a larger buffer
        guard let written = body(base + position) else { return false }
        position += written
        atRecordStart = false
        return true
    }

    /// Ends the record with a line feed.
    fileprivate mutating func endRecord() {
        guard fits(1) else { return }
        base[position] = UInt8(ascii: "\n")
        position += 1
    }

    /// A comma, quote or line break needs quoting.
    @inline(__always)
    static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
