/// A JSON parser (RFC 8259) over UTF-8 bytes that keeps each value's position.
///
/// Rejects what RFC 8259 rejects (trailing commas, comments, single quotes, leading zeros,
/// raw control characters in strings, lone surrogates, invalid UTF-8, text after the value)
/// and, beyond the RFC, a key repeated within one object and nesting deeper than
/// ``maximumDepth`` (which bounds the parser's stack).
struct JSONParser {
    /// A parse failure: the byte offset and the rule broken (never the text itself).
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    /// The deepest nesting of arrays and objects accepted.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    /// Parses a whole document, or a value nested `depth` levels deep in a larger one (its
    /// nesting counts toward ``maximumDepth`` as it would in the whole document).
    static func parse(_ bytes: [UInt8], depth: Int = 0) throws(Failure) -> JSONNode {
        if let bad = invalidUTF8Offset(bytes) { throw Failure(offset: bad, message: "not valid UTF-8") }
        var parser = JSONParser(bytes: bytes)
        parser.depth = depth
        // A byte-order mark starts a document, never a value inside one.
        if depth == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipWhitespace()
        let root = try parser.value()
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw Failure(offset: parser.position, message: "unexpected text after the JSON value") }
        return root
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private func fail(_ message: String, at offset: Int? = nil) -> Failure {
        guard offset != nil || position < bytes.count else { return Failure(offset: position, message: "the document ends too early") }
        return Failure(offset: offset ?? position, message: message)
    }

    private mutating func value() throws(Failure) -> JSONNode {
        let start = position
        guard let byte = current else { throw fail("unexpected end of the document") }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return JSONNode(.string(try string()), offset: start)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(.number(try number()), offset: start)
        default: throw fail("expected a JSON value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw fail("expected a JSON value") }
        for index in 0..<count where bytes[position + index] != word.utf8Start[index] { throw fail("expected a JSON value") }
        position += count
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw fail("nested deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func object() throws(Failure) -> JSONNode {
        let start = position
        try enter()
        position += 1
        let members = JSONObject()
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return JSONNode(.object(members), offset: start)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
            let keyOffset = position
            let key = try string()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
            position += 1
            skipWhitespace()
            let member = try value()
            guard members.append(key: key, keyOffset: keyOffset, value: member) else {
                throw fail("the key '\(JSONPath.printable(key))' appears twice in one object", at: keyOffset)
            }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return JSONNode(.object(members), offset: start)
            default: throw fail("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func array() throws(Failure) -> JSONNode {
        let start = position
        try enter()
        position += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return JSONNode(.array(elements), offset: start)
        }
        while true {
            skipWhitespace()
            elements.append(try value())
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return JSONNode(.array(elements), offset: start)
            default: throw fail("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func number() throws(Failure) -> String {
        let start = position, bytes = bytes
        let (end, problem) = JSONNumberGrammar.scan { offset in start + offset < bytes.count ? bytes[start + offset] : nil }
        position = start + end
        if let problem { throw fail(problem.message) }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func string() throws(Failure) -> String {
        position += 1
        let start = position
        // Fast path: no escapes.
        while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 { position += 1 }
        guard let stop = current else { throw fail("a string is not closed", at: start - 1) }
        if stop == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: bytes[start..<(position - 1)], as: UTF8.self)
        }
        var scalars = Array(bytes[start..<position])
        while true {
            guard let byte = current else { throw fail("a string is not closed", at: start - 1) }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                try escape(into: &scalars)
            case 0..<0x20:
                throw fail("a control character must be escaped in a string")
            default:
                scalars.append(byte)
                position += 1
            }
        }
    }

    private mutating func escape(into output: inout [UInt8]) throws(Failure) {
        guard let byte = current else { throw fail("a string is not closed") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code) {
                guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                    throw fail("a lone surrogate in a \\u escape")
                }
                position += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw fail("a lone surrogate in a \\u escape") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(code) {
                throw fail("a lone surrogate in a \\u escape")
            }
            guard let scalar = Unicode.Scalar(code) else { throw fail("an invalid \\u escape") }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw fail("an invalid escape in a string", at: position - 2)
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("a \\u escape needs four hex digits") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("a \\u escape needs four hex digits")
            }
            code = code << 4 | UInt32(digit)
            position += 1
        }
        return code
    }

    /// The offset of the first byte that breaks UTF-8 (Unicode §3.9, Table 3-7), or `nil`.
    static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                let range = offset == 1 ? low...high : 0x80...0xBF
                guard range.contains(byte) else { return index }
            }
            index += length
        }
        return nil
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    static func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
