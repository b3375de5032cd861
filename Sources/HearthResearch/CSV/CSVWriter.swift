import Foundation

/// Writes RFC 4180 CSV with LF line ends, quoting only the fields that need it.
public struct CSVWriter: Sendable {
    /// The CSV written so far.
    public private(set) var data = Data()

    /// Creates an empty writer.
    public init() {}

    /// Appends one record.
    public mutating func writeRecord(_ fields: [String]) {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += Self.escape(field)
        }
        line += "\n"
        data.append(contentsOf: line.utf8)
    }

    /// The field, quoted when it holds a comma, quote or line break.
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Formats a score: whole numbers without decimals, others rounded to 4 decimals with
    /// trailing zeros removed, so output is stable across platforms.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
