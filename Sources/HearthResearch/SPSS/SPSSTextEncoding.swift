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

    /// Decodes bytes (trailing spaces and NULs removed); `nil` for bytes the encoding does
    /// not allow.
    func decode(_ bytes: some Collection<UInt8>) -> String? {
        var end = bytes.count
        let array = Array(bytes)
        while end > 0, array[end - 1] == 0x20 || array[end - 1] == 0 { end -= 1 }
        let trimmed = array[..<end]
        switch self {
        case .utf8:
            return String(validating: trimmed, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in trimmed {
                let value = byte >= 0x80 && byte <= 0x9F ? Self.high[Int(byte) - 0x80] : UInt32(byte)
                guard value != 0 || byte == 0, let scalar = Unicode.Scalar(value) else { return nil }
                scalars.append(scalar)
            }
            return String(scalars)
        }
    }
}
