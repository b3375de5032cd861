import Foundation

/// The lines of bytes read in pieces (NDJSON), one at a time, with their 1-based numbers:
/// memory holds the read buffer and the longest line, not the file.
struct NDJSONLines {
    private var window: ByteWindow
    /// The number of the next line.
    private(set) var nextNumber = 1
    /// The longest line accepted, in bytes (a resource beyond it is a typed error).
    let maximumLineBytes: Int

    init(read: @escaping CSVReader.ByteSource, readSize: Int = 1 << 20, maximumLineBytes: Int = JSONInput.maximumBytes) {
        window = ByteWindow(read: read, readSize: readSize)
        self.maximumLineBytes = maximumLineBytes
    }

    /// The next line (without its line feed), its number, and whether a line feed ended it (the last line may end
    /// with the input instead); `nil` at the end.
    mutating func nextLine(source: String) throws(ResearchError) -> (line: Data, number: Int, ended: Bool)? {
        var scanned = 0  // bytes after `start` known to hold no line feed
        while true {
            if let newline = window.buffer[(window.start + scanned)..<window.end].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Data(window.buffer[window.start..<newline])
                window.start = newline + 1
                defer { nextNumber += 1 }
                return (line, nextNumber, true)
            }
            scanned = window.end - window.start
            guard scanned <= maximumLineBytes else {
                throw ResearchError(.malformedFile, source: source, line: nextNumber, message: "line longer than \(maximumLineBytes) bytes")
            }
            guard try window.refill(source: source) else {
                guard window.start < window.end else { return nil }
                let line = Data(window.buffer[window.start..<window.end])
                window.start = window.end
                defer { nextNumber += 1 }
                return (line, nextNumber, false)
            }
        }
    }

    /// The bytes read but not yet returned as lines, handed over (they are no longer here):
    /// a document that is not NDJSON after all is read on from them.
    mutating func takeUnread() -> [UInt8] {
        defer { window.start = window.end }
        return Array(window.buffer[window.start..<window.end])
    }
}
