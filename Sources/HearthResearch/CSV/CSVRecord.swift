/// One CSV record as ``CSVReader`` gives it: the fields' bytes (quotes removed, doubled
/// quotes undone) in one reused buffer, so that reading a record allocates nothing once
/// the buffer has grown to the longest record.
///
/// Invariant: the first ``count`` entries of `ends` are non-decreasing and at most
/// `length`; field `i` is `storage[(i == 0 ? 0 : ends[i - 1])..<ends[i]]`, valid UTF-8.
public struct CSVRecord: Sendable {
    @usableFromInline var storage: [UInt8] = []
    @usableFromInline var length = 0
    @usableFromInline var ends: [Int] = []
    /// The number of fields.
    public private(set) var count = 0
    /// The 1-based line the record starts on.
    public internal(set) var line = 0

    /// An empty record.
    public init() {}

    /// The byte range of field `index` (in `0..<count`) in ``withUnsafeBytes(_:)``'s buffer.
    @inlinable
    public func range(ofField index: Int) -> Range<Int> {
        precondition(index >= 0 && index < count, "field index out of range")
        return fieldRange(index)
    }

    @usableFromInline
    func fieldRange(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

    /// Calls `body` with the fields' bytes, one after another.
    @inlinable
    public func withUnsafeBytes<Result, Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result) throws(Failure) -> Result {
        try storage.withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in try body(UnsafeBufferPointer(rebasing: buffer[0..<length])) }
    }

    /// Calls `body` with the fields' bytes and where each field ends in them (``count``
    /// entries): field `i` is `bytes[(i == 0 ? 0 : ends[i - 1])..<ends[i]]`. The fastest
    /// way to read many fields of a record. Inlinable: readers in other modules call it per
    /// record, and a generic call across the module boundary cost more than the read.
    @inlinable
    public func withUnsafeFields<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try storage.withUnsafeBufferPointer { (bytes) throws(Failure) -> Result in
            try ends.withUnsafeBufferPointer { (ends) throws(Failure) -> Result in
                try body(UnsafeBufferPointer(rebasing: bytes[0..<length]), UnsafeBufferPointer(rebasing: ends[0..<count]))
            }
        }
    }

    /// What a cell holds, for readers' fast paths: nothing (empty, or spaces and tabs only),
    /// one ASCII digit (spaces and tabs around it allowed), or something else to read as text.
    enum Cell: Equatable {
        case empty
        case digit(Int)
        case other
    }

    /// Field `index`'s bytes in `bytes` (``withUnsafeFields(_:)``'s), and the part of them
    /// left without leading and trailing spaces and tabs.
    @inline(__always)
    package static func trimmedRange(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ ends: UnsafeBufferPointer<Int>) -> (field: Range<Int>, trimmed: Range<Int>) {
        let first = index == 0 ? 0 : ends[index - 1], last = ends[index]
        var start = first, end = last
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return (first..<last, start..<end)
    }

    /// Field `index`'s ``Cell``.
    func cell(_ index: Int) -> Cell {
        withUnsafeFields { bytes, ends in
            let trimmed = Self.trimmedRange(index, bytes, ends).trimmed
            let (start, end) = (trimmed.lowerBound, trimmed.upperBound)
            if start == end { return .empty }
            let digit = Int(bytes[start]) &- 0x30
            return end - start == 1 && (0...9).contains(digit) ? .digit(digit) : .other
        }
    }

    /// Field `index` (in `0..<count`) as a string.
    public func string(at index: Int) -> String {
        String(decoding: storage[range(ofField: index)], as: UTF8.self)
    }

    /// Field `index` (in `0..<count`) as a string without leading and trailing spaces and
    /// tabs: ``string(at:)`` then `trimmingASCIIWhitespace()`, trimmed on the bytes where
    /// that is the same (a space beside a non-ASCII byte may belong to a grapheme cluster,
    /// so such a field is trimmed as text).
    package func trimmedString(at index: Int) -> String {
        precondition(index >= 0 && index < count, "field index out of range")
        return withUnsafeFields { bytes, ends in
            let (field, trimmed) = Self.trimmedRange(index, bytes, ends)
            let (start, end) = (trimmed.lowerBound, trimmed.upperBound)
            let besideNonASCII = (start > field.lowerBound && start < field.upperBound && bytes[start] >= 0x80)
                || (end < field.upperBound && end > start && bytes[end - 1] >= 0x80)
            guard !besideNonASCII else {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self).trimmingASCIIWhitespace()
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed]), as: UTF8.self)
        }
    }

    /// Every field as strings.
    public var strings: [String] { (0..<count).map { string(at: $0) } }

    /// Refills the record at `line`: `body` writes at most `bytes` content bytes and
    /// `fields` field ends through the pointers and returns how many of each it wrote.
    mutating func refill<Failure: Error>(
        line: Int, bytes: Int, fields: Int,
        _ body: (UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<Int>) throws(Failure) -> (bytes: Int, fields: Int)
    ) throws(Failure) {
        if storage.count < bytes + 1 { storage = [UInt8](repeating: 0, count: max(bytes + 1, storage.count * 2)) }
        if ends.count < fields { ends = [Int](repeating: 0, count: max(fields, ends.count * 2)) }
        self.line = line
        length = 0
        count = 0
        var written = (bytes: 0, fields: 0)
        try storage.withUnsafeMutableBufferPointer { (content) throws(Failure) in
            try ends.withUnsafeMutableBufferPointer { (ends) throws(Failure) in
                guard let content = content.baseAddress, let ends = ends.baseAddress else { return }
                written = try body(content, ends)
            }
        }
        length = written.bytes
        count = written.fields
    }
}
