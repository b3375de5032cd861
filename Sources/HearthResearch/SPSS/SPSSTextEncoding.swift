/// The character encodings of SPSS files Hearth reads: UTF-8 (SPSS 16 and later in Unicode
/// mode, PSPP, ReadStat) and Windows-1252 / ISO 8859-1 (older Western European files).
public enum SPSSTextEncoding: String, Hashable, Sendable, Codable {
    /// UTF-8 (code page 65001).
    case utf8 = "UTF-8"
    /// Windows-1252 (code page 1252), ISO 8859-1 read as its superset.
    case windows1252 = "windows-1252"

    /// The encoding an SPSS code page or encoding name stands for, if Hearth reads it.
    static func named(_ name: String) -> SPSSTextEncoding? {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": .utf8
        case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "us-ascii", "ascii", "windows-1252-2000": .windows1252
        default: nil
        }
    }

    /// The encoding of a machine-integer-info character code.
    static func codePage(_ code: Int32) -> SPSSTextEncoding? {
        switch code {
        case 65001: .utf8
        case 1252, 28591, 20127, 2, 3: .windows1252
        default: nil
        }
    }

    /// The characters of Windows-1252's bytes 0x80–0x9F (0 where undefined).
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Decodes bytes (trailing spaces and NULs removed, and in UTF-8 a character cut off at
    /// the end, as SPSS writes text cut to a string's width); `nil` for bytes the encoding
    /// does not allow.
    func decode(_ bytes: some Collection<UInt8>) -> String? {
        let trimmed = trimmed(bytes)
        switch self {
        case .utf8:
            return String(validating: trimmed, as: UTF8.self)
        case .windows1252:
            return Self.windows1252(trimmed, replacing: nil)
        }
    }

    /// Decodes a label: as ``decode(_:)``, with U+FFFD for bytes the encoding does not allow
    /// (a label is shown, never matched, so one bad byte does not refuse the file).
    func decodeLabel(_ bytes: some Collection<UInt8>) -> String {
        if let text = decode(bytes) { return text }
        let trimmed = trimmed(bytes)
        switch self {
        case .utf8:
            return String(decoding: trimmed, as: UTF8.self)
        case .windows1252:
            return Self.windows1252(trimmed, replacing: "\u{FFFD}") ?? ""
        }
    }

    /// Windows-1252 bytes as text; an undefined byte is `replacement`, or makes the result
    /// `nil` without one.
    private static func windows1252(_ bytes: ArraySlice<UInt8>, replacing replacement: Unicode.Scalar?) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            guard let scalar = scalar(byte) ?? replacement else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// The character of a Windows-1252 byte; `nil` for the five undefined ones.
    private static func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        let value = byte >= 0x80 && byte <= 0x9F ? high[Int(byte) - 0x80] : UInt32(byte)
        guard value != 0 || byte == 0 else { return nil }
        return Unicode.Scalar(value)
    }

    /// The bytes without trailing spaces and NULs, and in UTF-8 without a last character
    /// whose bytes are cut off (a lead byte followed by fewer continuation bytes than it needs).
    private func trimmed(_ bytes: some Collection<UInt8>) -> ArraySlice<UInt8> {
        let array = Array(bytes)
        var end = array.count
        while end > 0, array[end - 1] == 0x20 || array[end - 1] == 0 { end -= 1 }
        guard self == .utf8, end > 0, array[end - 1] >= 0x80 else { return array[..<end] }
        // Look back at most three bytes for the last lead byte.
        var lead = end - 1
        while lead > 0, lead > end - 4, array[lead] & 0xC0 == 0x80 { lead -= 1 }
        let byte = array[lead]
        let needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        return needed > end - lead ? array[..<lead] : array[..<end]
    }
}
