import Foundation
import HearthCore

/// A JSON document read in pieces, one value at a time at its top levels (the elements of
/// an array, the members of an object) or one line at a time (NDJSON), each value taken
/// whole with its place for a decoder (``JSONInput/decode(_:source:at:limit:)``). Memory holds the
/// read buffer and the largest value taken, not the document.
///
/// The structure between the values taken is checked here (separators, brackets around
/// them, text after the document), with the messages and places the parser gives when it
/// reads the document whole; the decoder parses each value and checks the rest. A value
/// is found by its grammar's boundaries: an object or array by its balancing bracket
/// outside strings, a string by its closing quote, a number by its grammar (with the byte
/// that breaks it, so that the parser reports it), a literal by its length.
struct JSONValueStream {
    private var window: ByteWindow
    /// The line and column of the next byte, counted as the decoder counts them (lines by
    /// line feeds, columns by characters).
    private(set) var line = 1, column = 1
    /// Every byte passed, while recording (for a document read whole after all).
    private(set) var recorded: [UInt8]?
    let source: String
    /// The largest value or line taken, and the most bytes recorded.
    let maximumBytes: Int

    /// Reads from `read`, recording from the start.
    init(read: @escaping CSVReader.ByteSource, source: String, maximumBytes: Int = JSONInput.maximumBytes) {
        window = ByteWindow(read: read)
        self.source = source
        self.maximumBytes = maximumBytes
        recorded = []
    }

    /// Stops recording and lets the recorded bytes go.
    mutating func stopRecording() { recorded = nil }

    /// The next byte, `nil` at the end of the input.
    mutating func peek() throws(ResearchError) -> UInt8? { try byte(at: 0) }

    /// The byte `offset` bytes ahead, `nil` past the end of the input.
    private mutating func byte(at offset: Int) throws(ResearchError) -> UInt8? {
        while window.start + offset >= window.end {
            guard try window.refill(source: source) else { return nil }
        }
        return window.buffer[window.start + offset]
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
            if let recorded, recorded.count > maximumBytes {
                throw ResearchError(.malformedFile, source: source, message: "larger than \(maximumBytes) bytes")
            }
        }
        window.start += count
    }

    /// Passes a UTF-8 byte-order mark at the start of the input; whether there was one.
    mutating func skipByteOrderMark() throws(ResearchError) -> Bool {
        guard try byte(at: 0) == 0xEF, try byte(at: 1) == 0xBB, try byte(at: 2) == 0xBF else { return false }
        try advance(3)
        return true
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

    /// The next value (after whitespace), at `path`: its bytes and its origin.
    mutating func takeValue(at path: [JSONOrigin.Step]) throws(ResearchError) -> (data: Data, origin: JSONOrigin) {
        try skipWhitespace()
        let origin = JSONOrigin(path: path, line: line, column: column)
        guard let first = try peek() else { throw try failureHere("") }
        var length: Int
        switch first {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""): length = try bracketedLength(first)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): length = try numberLength()
        case UInt8(ascii: "t"), UInt8(ascii: "n"): length = try availableLength(upTo: 4)
        case UInt8(ascii: "f"): length = try availableLength(upTo: 5)
        default: throw try failureHere("expected a JSON value")
        }
        // A number or literal cut inside a character (`nulé`) takes the whole character, so
        // that the parser reports the grammar, not broken UTF-8.
        while let next = try byte(at: length), next & 0xC0 == 0x80, first != UInt8(ascii: "{"), first != UInt8(ascii: "["), first != UInt8(ascii: "\"") {
            length += 1
        }
        // A value cut off by the end of the input is taken as it is: its decoder says what
        // is missing, and where.
        let data = Data(window.buffer[window.start..<(window.start + length)])
        try advance(length)
        return (data, origin)
    }

    /// The bytes of an object, array or string at the next byte, to its closing bracket or
    /// quote (brackets inside strings, and escaped quotes, do not count); to the end of the
    /// input when it is cut off.
    private mutating func bracketedLength(_ first: UInt8) throws(ResearchError) -> Int {
        var length = 0, depth = 0, inString = false, escaped = false
        while let byte = try byte(at: length) {
            length += 1
            guard length <= maximumBytes else { throw ResearchError(.malformedFile, source: source, message: "a value is larger than \(maximumBytes) bytes") }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return length }  // a string value ends with its quote
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                depth -= 1
                if depth <= 0 { return length }
            }
        }
        return length
    }

    /// The bytes of a number at the next byte, by JSON's grammar (`-`, digits, a fraction,
    /// an exponent); where the grammar breaks, the breaking byte is included, so that the
    /// parser reports it as it would in the whole document.
    private mutating func numberLength() throws(ResearchError) -> Int {
        let (end, problem) = try JSONNumberGrammar.scan { (offset) throws(ResearchError) in try byte(at: offset) }
        guard problem != nil else { return end }
        return try byte(at: end) == nil ? end : end + 1
    }

    /// `count` bytes, or as many as the input has left.
    private mutating func availableLength(upTo count: Int) throws(ResearchError) -> Int {
        var length = 0
        while length < count, try byte(at: length) != nil { length += 1 }
        return length
    }

    /// The next line of NDJSON (without its line feed) and its number; `nil` at the end.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` naming the line when it is longer
    ///   than ``maximumBytes``.
    mutating func takeLine() throws(ResearchError) -> (line: Data, number: Int)? {
        let number = line
        guard try peek() != nil else { return nil }
        var length = 0
        while let byte = try byte(at: length), byte != 0x0A {
            length += 1
            guard length <= maximumBytes else {
                throw ResearchError(.malformedFile, source: source, line: number, message: "line longer than \(maximumBytes) bytes")
            }
        }
        let data = Data(window.buffer[window.start..<(window.start + length)])
        try advance(try byte(at: length) == nil ? length : length + 1)
        return (data, number)
    }

    /// A structural problem at the next byte, as the parser reports it there: the end of
    /// the input, a byte that breaks UTF-8, or `message`.
    mutating func failureHere(_ message: String) throws(ResearchError) -> ResearchError {
        guard let byte = try peek() else { return failure("not valid JSON: the document ends too early") }
        if byte >= 0x80, try !startsValidUTF8() { return failure("not valid JSON: not valid UTF-8") }
        return failure("not valid JSON: " + message)
    }

    /// Whether the next bytes are one whole UTF-8 sequence.
    private mutating func startsValidUTF8() throws(ResearchError) -> Bool {
        guard let lead = try peek() else { return false }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        var sequence: [UInt8] = []
        for offset in 0..<length {
            guard let next = try byte(at: offset) else { return false }
            sequence.append(next)
        }
        return sequence.withUnsafeBufferPointer { UTF8Check.isValid($0) }
    }

    /// A problem at the current place, or at `place`, reported as the decoder reports
    /// malformed JSON.
    func failure(_ message: String, at place: (line: Int, column: Int)? = nil) -> ResearchError {
        let (line, column) = place ?? (line, column)
        return JSONInput.researchError(CoreError(.malformedJSON, line: line, column: column, message: message), source: source)
    }

    /// Everything recorded and everything not yet read: the whole document, for reading it
    /// whole after all (only while recording).
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` when it is larger than ``maximumBytes``.
    mutating func wholeDocument() throws(ResearchError) -> Data {
        precondition(recorded != nil, "the whole document is asked for only while recording")
        while try peek() != nil { try advance(window.end - window.start) }
        return Data(recorded ?? [])
    }
}
