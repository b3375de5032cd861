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
        var text = rawValue
        let problem: CoreError? = text.withUTF8 { bytes in
            do throws(CoreError) { try Self.validate(bytes) } catch { return error }
            return nil
        }
        if let problem { throw problem }
        self.rawValue = rawValue
    }

    /// An identifier from its UTF-8 bytes, validated as ``init(_:)`` validates a string:
    /// what a reader of files uses, which has the bytes (they must be valid UTF-8, as a
    /// checked CSV record's fields are).
    package init(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(CoreError) {
        try Self.validate(bytes)
        rawValue = String(decoding: bytes, as: UTF8.self)
        // Valid UTF-8 decodes without repairs, so the text is the bytes validated.
        assert(rawValue.utf8.count == bytes.count, "an identifier's bytes must be valid UTF-8")
    }

    /// The length and character checks on an identifier's UTF-8 bytes.
    private static func validate(_ bytes: UnsafeBufferPointer<UInt8>) throws(CoreError) {
        guard bytes.count > 0 else {
            throw CoreError(.invalidRespondentID, field: "id", message: "identifier is empty")
        }
        guard bytes.count <= Self.maximumByteCount else {
            throw CoreError(
                .invalidRespondentID, field: "id",
                message: "identifier is \(bytes.count) bytes; the maximum is \(Self.maximumByteCount)")
        }
        guard !Self.containsControlCharacter(bytes) else {
            throw CoreError(.invalidRespondentID, field: "id", message: "identifier contains a control character")
        }
    }

    /// Whether UTF-8 bytes hold a control character (general category Cc: exactly
    /// U+0000–U+001F and U+007F–U+009F, a set Unicode's stability policy fixes). C0 and DEL
    /// are single bytes; C1 is 0xC2 followed by 0x80–0x9F (0xC2 is only ever a lead byte),
    /// so the check is on bytes, with no decoding.
    private static func containsControlCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false, previous: UInt8 = 0
        for byte in bytes {
            found = found || byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte <= 0x9F)
            previous = byte
        }
        return found
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
