/// An opaque pseudonym that identifies a respondent within a data set.
///
/// Hearth never stores names, addresses or free text about people; an identifier is
/// whatever pseudonym the caller's system uses. It is validated so that it can travel
/// safely through CSV and JSON: 1 to 128 UTF-8 bytes, no control characters.
public struct RespondentID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The largest identifier length, in UTF-8 bytes.
    public static let maximumByteCount = 128

    /// The pseudonym as given.
    public let rawValue: String

    /// Creates an identifier, validating its length and characters.
    ///
    /// - Throws: ``CoreError/Code/invalidRespondentID`` when the value is empty, longer
    ///   than ``maximumByteCount`` bytes, or contains a control character. The message
    ///   does not repeat the value.
    public init(_ rawValue: String) throws(CoreError) {
        let bytes = rawValue.utf8.count
        guard bytes > 0 else {
            throw CoreError(.invalidRespondentID, field: "id", message: "identifier is empty")
        }
        guard bytes <= Self.maximumByteCount else {
            throw CoreError(
                .invalidRespondentID, field: "id",
                message: "identifier is \(bytes) bytes; the maximum is \(Self.maximumByteCount)")
        }
        // The control characters (general category Cc) are exactly U+0000–U+001F and
        // U+007F–U+009F, a set Unicode's stability policy fixes: a range check, not a
        // property lookup per scalar.
        guard !Self.containsControlCharacter(rawValue) else {
            throw CoreError(.invalidRespondentID, field: "id", message: "identifier contains a control character")
        }
        self.rawValue = rawValue
    }

    /// Whether `text` has a control character (C0, DEL or C1).
    private static func containsControlCharacter(_ text: String) -> Bool {
        var text = text, nonASCII = false
        // The UTF-8 bytes in place (ids are read a million times per file).
        let asciiControl = text.withUTF8 { bytes in
            var found = false
            for byte in bytes {
                found = found || byte < 0x20 || byte == 0x7F
                nonASCII = nonASCII || byte >= 0x80
            }
            return found
        }
        return asciiControl || (nonASCII && text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    }

    /// Decodes and validates an identifier stored as a plain string.
    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(value) } catch { throw error }
    }

    /// Encodes the identifier as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Orders identifiers by their raw value.
    public static func < (lhs: RespondentID, rhs: RespondentID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The pseudonym as given.
    public var description: String { rawValue }
}
