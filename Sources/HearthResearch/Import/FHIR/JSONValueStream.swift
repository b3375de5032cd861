import Foundation
import HearthCore

/// A JSON document read in pieces, one value at a time at its top levels (the elements of
/// an array, the members of an object), each value taken whole with its place for a decoder
/// (``JSONInput/decode(_:source:at:)``). Memory holds the read buffer and the largest value
/// taken, not the document.
///
/// Only the structure between the values taken is checked here (separators, brackets
/// around them, text after the document); the decoder parses each value and checks the
/// rest. A value is found by its brackets and strings: a malformed one ends where its
/// brackets balance, and its decoder reports the problem.
struct JSONValueStream {
    private var window: ByteWindow
    /// The line and column of `buffer[start]`, counted as the decoder counts them (lines by
    /// line feeds, columns by characters).
    private(set) var line = 1, column = 1
    /// Every byte passed, while recording (for a document read whole after all).
    private(set) var recorded: [UInt8]?
    let source: String
    /// The largest value taken, and the most bytes recorded.
    let maximumBytes: Int

    /// Reads `unread` (bytes read already), then from `read`, recording from the start.
    init(unread: [UInt8], read: @escaping CSVReader.ByteSource, source: String, maximumBytes: Int = JSONInput.maximumBytes) {
        window = ByteWindow(unread: unread, read: read)
        self.source = source
        self.maximumBytes = maximumBytes
        recorded = []
    }

    /// Stops recording and lets the recorded bytes go.
    mutating func stopRecording() { recorded = nil }

    /// The next byte, `nil` at the end of the input.
    mutating func peek() throws(ResearchError) -> UInt8? {
        if window.start == window.end, try !window.refill(source: source) { return nil }
        return window.buffer[window.start]
    }

    /// Passes `count` bytes (available in the buffer), counting lines and columns.
    private mutating func advance(_ count: Int) throws(ResearchError) {
        let passed = window.start..<(window.start + count)
        for byte in window.buffer[passed] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        if recorded != nil {
            recorded?.append(contentsOf: window.buffer[passed])
            if let recorded, recorded.count > maximumBytes { throw failure("the document is larger than \(maximumBytes) bytes") }
        }
        window.start += count
    }

    /// Passes a UTF-8 byte-order mark at the start.
    mutating func skipByteOrderMark() throws(ResearchError) {
        while window.end - window.start < 3, try window.refill(source: source) {}
        let bytes = window.buffer[window.start...]
        if window.end - window.start >= 3, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { try advance(3) }
    }

    /// Passes spaces, tabs and line ends.
    mutating func skipWhitespace() throws(ResearchError) {
        while let byte = try peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { try advance(1) }
    }

    /// Passes `byte` (after whitespace), or throws `message`.
    mutating func expect(_ byte: UInt8, _ message: String) throws(ResearchError) {
        try skipWhitespace()
        guard try peek() == byte else { throw try failureHere(message) }
        try advance(1)
    }

    /// Passes the byte after whitespace if it is one of `bytes`, and returns it; throws
    /// `message` for any other, or the end.
    mutating func take(oneOf bytes: [UInt8], _ message: String) throws(ResearchError) -> UInt8 {
        try skipWhitespace()
        guard let byte = try peek(), bytes.contains(byte) else { throw try failureHere(message) }
        try advance(1)
        return byte
    }

    /// Whether only whitespace is left.
    mutating func isAtEnd() throws(ResearchError) -> Bool {
        try skipWhitespace()
        return try peek() == nil
    }

    /// The next value (after whitespace), with its place: an object or array to its
    /// balancing bracket, a string to its closing quote, anything else to the next
    /// separator or whitespace.
    mutating func takeValue() throws(ResearchError) -> (data: Data, line: Int, column: Int) {
        try skipWhitespace()
        let (firstLine, firstColumn) = (line, column)
        guard let first = try peek() else { throw failure("not valid JSON: the document ends too early") }
        // A separator where a value belongs (`[1,]`, `{"a":}`), as the parser reports it.
        guard ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":")].contains(first) else {
            throw failure("not valid JSON: expected a JSON value")
        }
        var length = 0, depth = 0, inString = false, escaped = false
        scan: while true {
            if window.start + length == window.end, try !window.refill(source: source) {
                // The input ends: a scalar ends with it; anything open is truncated.
                if first != UInt8(ascii: "{"), first != UInt8(ascii: "["), first != UInt8(ascii: "\"") { break scan }
                throw failure("not valid JSON: the document ends too early")
            }
            let byte = window.buffer[window.start + length]
            switch first {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if inString {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                } else if byte == UInt8(ascii: "\"") {
                    inString = true
                } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { length += 1; break scan }
                }
            case UInt8(ascii: "\""):
                if length > 0 {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { length += 1; break scan }
                }
            default:
                if [UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x0A, 0x0D, 0x09].contains(byte) { break scan }
            }
            length += 1
            guard length <= maximumBytes else { throw failure("a value is larger than \(maximumBytes) bytes") }
        }
        let data = Data(window.buffer[window.start..<(window.start + length)])
        try advance(length)
        return (data, firstLine, firstColumn)
    }

    /// A structural problem at the next byte (or the end of the input).
    private mutating func failureHere(_ message: String) throws(ResearchError) -> ResearchError {
        try peek() == nil ? failure("not valid JSON: the document ends too early") : failure("not valid JSON: " + message)
    }

    /// A problem at the current place, or at `place`, reported as the decoder reports
    /// malformed JSON.
    func failure(_ message: String, at place: (line: Int, column: Int)? = nil) -> ResearchError {
        let (line, column) = place ?? (line, column)
        return JSONInput.researchError(CoreError(.malformedJSON, line: line, column: column, message: message), source: source)
    }

    /// Everything recorded and everything not yet read: the whole document, for reading it
    /// whole after all.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` when it is larger than ``maximumBytes``.
    mutating func wholeDocument() throws(ResearchError) -> Data {
        precondition(recorded != nil, "the whole document is asked for only while recording")
        while try peek() != nil { try advance(window.end - window.start) }
        return Data(recorded ?? [])
    }
}
