import Foundation

/// Writes RFC 4180 CSV with LF line ends, quoting only the fields that need it: a
/// ``CSVStreamWriter`` that keeps everything written.
public struct CSVWriter: Sendable {
    private var stream = CSVStreamWriter()

    /// The CSV written so far.
    public var data: Data { stream.withUnsafeBytes { Data($0) } }

    /// Creates an empty writer.
    public init() {}

    /// Appends one record.
    public mutating func writeRecord(_ fields: [String]) { stream.writeRecord(fields) }

    /// The field, quoted when it holds a comma, quote or line break.
    public static func escape(_ field: String) -> String {
        var writer = CSVStreamWriter()
        writer.writeRecord { $0.write(field) }
        return String(decoding: writer.bytes.dropLast(), as: UTF8.self)
    }

    /// Formats a score: whole numbers without decimals, others rounded to 4 decimals with
    /// trailing zeros removed, so output is stable across platforms.
    public static func format(_ value: Double) -> String {
        var writer = CSVStreamWriter()
        writer.writeRecord { $0.write(value) }
        return String(decoding: writer.bytes.dropLast(), as: UTF8.self)
    }
}
