import Foundation

/// Decodes Hearth's JSON inputs strictly: an unknown key is an error, not a silent loss.
///
/// Compared with Foundation's `JSONDecoder`:
/// - **Unknown keys are refused.** Every object a type reads as a keyed container must use
///   all of its keys; a key the type never asked for is ``CoreError/Code/unknownJSONKey``,
///   naming the key, its JSON path, its line and column, and the closest known key. Open
///   maps (a type that lists its keys) check their keys against their own vocabulary.
/// - **Errors say where.** Malformed text is ``CoreError/Code/malformedJSON`` with the line
///   and column; a value of the wrong type or outside a type's vocabulary is
///   ``CoreError/Code/invalidJSONValue`` with its JSON path, line and column. Messages never
///   contain the document's values, only its keys (schema vocabulary) and JSON types.
/// - **A key given twice in one object is an error** (RFC 8259 leaves it undefined).
/// - **Dates** are strings, `YYYY-MM-DD` (midnight UTC) or ISO 8601 date and time with a
///   zone (``date(from:)``).
///
/// ```swift
/// let input = try StrictJSONDecoder().decode(SafetyInput.self, from: data)
/// ```
public struct StrictJSONDecoder: Sendable {
    /// The largest document accepted, in bytes.
    public var maximumBytes: Int
    /// Whether keys a type does not read are errors (`true`, the default). Set `false` only
    /// for documents defined by others that carry more than Hearth reads (FHIR resources).
    public var rejectsUnknownKeys: Bool

    /// Creates a decoder.
    public init(maximumBytes: Int = 16 << 20, rejectsUnknownKeys: Bool = true) {
        self.maximumBytes = maximumBytes
        self.rejectsUnknownKeys = rejectsUnknownKeys
    }

    /// Decodes one value from a JSON document.
    ///
    /// - Throws: ``CoreError`` with code ``CoreError/Code/malformedJSON``,
    ///   ``CoreError/Code/unknownJSONKey``, ``CoreError/Code/invalidJSONValue`` or
    ///   ``CoreError/Code/missingJSONKey``, its `field` the JSON path and `line`/`column`
    ///   the place in the text; or the error a type threw while decoding, located the same way.
    public func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws(CoreError) -> Value {
        try decode(type, from: data, at: .root)
    }

    /// Decodes one value from a piece of a larger JSON document (an element of an array
    /// streamed one at a time): errors name the path, line and column in the whole document.
    ///
    /// - Throws: as ``decode(_:from:)``.
    package func decode<Value: Decodable>(_ type: Value.Type, from data: Data, at origin: JSONOrigin) throws(CoreError) -> Value {
        let document = try JSONDocument(data, maximumBytes: maximumBytes, origin: origin)
        let value = try document.decode(type)
        if rejectsUnknownKeys { try document.checkEveryKeyRead() }
        return value
    }

    /// Decodes two views of one document (a library type and a caller's extension of it),
    /// refusing only the keys neither reads; a document of another kind than `kind` is
    /// named as such (``decode(_:from:expecting:)``).
    package func decode<First: Decodable, Second: Decodable>(
        _ first: First.Type, _ second: Second.Type, from data: Data, expecting kind: JSONDocumentKind
    ) throws(CoreError) -> (First, Second) {
        do {
            let document = try JSONDocument(data, maximumBytes: maximumBytes)
            let values = (try document.decode(first), try document.decode(second))
            if rejectsUnknownKeys { try document.checkEveryKeyRead() }
            return values
        } catch where error.code != .malformedJSON {
            throw JSONDocumentKind.naming(error, of: data, expected: kind)
        }
    }

    /// A date from `YYYY-MM-DD` (midnight UTC) or an ISO 8601 date and time with a zone
    /// (`2026-11-22T09:30:00Z`, `2026-11-22T09:30:00.5+01:00`); `nil` for anything else,
    /// including impossible days such as `2026-02-30`.
    public static func date(from text: String) -> Date? {
        if let day = CalendarDay(text) { return day.date }
        let utf8 = Array(text.utf8)
        guard utf8.count >= 20, utf8.count <= 40, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: "t"),
              CalendarDay(String(decoding: utf8[0..<10], as: UTF8.self)) != nil else { return nil }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}

/// A proleptic Gregorian calendar day written `YYYY-MM-DD`.
struct CalendarDay {
    var year: Int
    var month: Int
    var day: Int

    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1, day <= Self.daysInMonth(month, year: year) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Midnight UTC of the day. Days since 1970-01-01 by Hinnant's `days_from_civil`.
    var date: Date {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: Double(days) * 86_400)
    }
}
