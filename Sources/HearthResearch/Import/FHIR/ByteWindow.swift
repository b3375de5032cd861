import Foundation

/// Bytes read in pieces from a ``CSVReader/ByteSource`` into one growing buffer: the unread
/// bytes are `buffer[start..<end]`; a reader passes bytes by moving `start`, and ``refill(source:)``
/// moves the unread bytes to the front and reads more after them (``JSONValueStream``'s
/// input).
struct ByteWindow {
    private let read: CSVReader.ByteSource
    private(set) var buffer: [UInt8]
    /// The first unread byte, and the end of the bytes read.
    var start = 0
    private(set) var end = 0
    private var atEnd = false

    /// Reads from `read`, `readSize` bytes at a time.
    init(read: @escaping CSVReader.ByteSource, readSize: Int = 1 << 20) {
        self.read = read
        buffer = [UInt8](repeating: 0, count: max(readSize, 64))
    }

    /// Moves the unread bytes to the front and reads more after them; `false` at the end.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` ("cannot be read") for a failed read.
    mutating func refill(source: String) throws(ResearchError) -> Bool {
        guard !atEnd else { return false }
        if start > 0 {
            buffer.replaceSubrange(0..<(end - start), with: buffer[start..<end])
            end -= start
            start = 0
        }
        if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        let count: Int
        do { count = try buffer.withUnsafeMutableBytes { raw in try read(UnsafeMutableRawBufferPointer(rebasing: raw[end...])) } } catch {
            throw ResearchError(.malformedFile, source: source, message: "cannot be read")
        }
        // A negative count is a failed read (as read(2) reports one), never the end.
        guard count >= 0 else { throw ResearchError(.malformedFile, source: source, message: "cannot be read") }
        guard count > 0 else { atEnd = true; return false }
        end += count
        return true
    }
}
