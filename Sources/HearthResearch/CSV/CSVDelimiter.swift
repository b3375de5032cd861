/// The character that separates a CSV record's fields.
///
/// RFC 4180 uses a comma. Spreadsheet programs in locales whose decimal separator is a
/// comma (Dutch Excel among them) write a semicolon instead; some exports use a tab.
public enum CSVDelimiter: UInt8, Hashable, Sendable, CaseIterable {
    /// `,` (RFC 4180).
    case comma = 0x2C
    /// `;` (Excel in Dutch and other comma-decimal locales).
    case semicolon = 0x3B
    /// A horizontal tab.
    case tab = 0x09

    /// Parses the spelling a user types: `,` `;` a tab character, `\t`, or the names
    /// `comma`, `semicolon`, `tab`.
    public init?(spelling text: String) {
        switch text {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "\\t", "tab": self = .tab
        default: return nil
        }
    }

    /// The delimiter's name for messages.
    public var name: String {
        switch self {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        }
    }

    /// How a user writes it on the command line.
    public var spelling: String {
        switch self {
        case .comma: "','"
        case .semicolon: "';'"
        case .tab: "'\\t'"
        }
    }
}
