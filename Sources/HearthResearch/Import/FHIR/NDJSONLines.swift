import Foundation

/// The lines of bytes read in pieces (NDJSON), one at a time, with their 1-based numbers:
/// memory holds the read buffer and the longest line, not the file.
struct NDJSONLines {
    private let read: CSVReader.ByteSource
    private var buffer: [UInt8]
    private var start = 0, end = 0
    private var atEnd = false
    /// The number of the next line.
    private(set) var nextNumber = 1
    /// The longest line accepted, in bytes (a resource beyond it is a typed error).
    let maximumLineBytes: Int

    init(read: @escaping CSVReader.ByteSource, readSize: Int = 1 << 20, maximumLineBytes: Int = JSONInput.maximumBytes) {
        self.read = read
        buffer = [UInt8](repeating: 0, count: max(readSize, 64))
        self.maximumLineBytes = maximumLineBytes
    }

    /// The next line (without its line feed) and its number; `nil` at the end.
    mutating func next(source: String) throws(ResearchError) -> (line: Data, number: Int)? {
        var scanned = 0  // bytes after `start` known to hold no line feed
        while true {
            if let newline = buffer[(start + scanned)..<end].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Data(buffer[start..<newline])
                start = newline + 1
                defer { nextNumber += 1 }
                return (line, nextNumber)
            }
            scanned = end - start
            guard scanned <= maximumLineBytes else {
                throw ResearchError(.malformedFile, source: source, line: nextNumber, message: "line longer than \(maximumLineBytes) bytes")
            }
            guard try refill(source: source) else {
                guard start < end else { return nil }
                let line = Data(buffer[start..<end])
                start = end
                defer { nextNumber += 1 }
                return (line, nextNumber)
            }
        }
    }

    /// Everything not yet read as lines (for a document that is not NDJSON after all).
    mutating func rest(source: String, limit: Int) throws(ResearchError) -> Data {
        var data = Data(buffer[start..<end])
        start = end
        while try refill(source: source) {
            data.append(contentsOf: buffer[start..<end])
            start = end
            guard data.count <= limit else { throw ResearchError(.malformedFile, source: source, message: "larger than \(limit) bytes") }
        }
        return data
    }

    /// Moves the unread bytes to the front and reads more; `false` at the end.
    private mutating func refill(source: String) throws(ResearchError) -> Bool {
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
        guard count >= 0 else { throw ResearchError(.malformedFile, source: source, message: "cannot be read") }
        guard count > 0 else { atEnd = true; return false }
        end += count
        return true
    }
}
