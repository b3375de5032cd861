/// A value in an SPSS system file: a number (system-missing is `nil` where cases are read)
/// or a string.
public enum SPSSValue: Hashable, Sendable, Codable {
    /// A numeric value.
    case number(Double)
    /// A string value, trailing spaces removed.
    case string(String)
}

/// The user-missing values of a variable: up to three discrete values, or a range and
/// optionally one discrete value (numeric variables only).
public struct SPSSMissingValues: Hashable, Sendable, Codable {
    /// Discrete missing values.
    public var values: [SPSSValue]
    /// A missing range, both ends inclusive (`-infinity` for LO, `infinity` for HI).
    public var range: ClosedRange<Double>?

    /// No user-missing values.
    public static let none = SPSSMissingValues(values: [], range: nil)

    /// Creates missing values.
    public init(values: [SPSSValue], range: ClosedRange<Double>? = nil) {
        self.values = values
        self.range = range
    }

    /// Whether a value is user-missing.
    public func contains(_ value: SPSSValue) -> Bool {
        if values.contains(value) { return true }
        if case .number(let number) = value, let range { return range.contains(number) }
        return false
    }
}

/// One variable of an SPSS system file, as the dictionary declares it.
public struct SPSSVariable: Hashable, Sendable, Codable {
    /// The name (the long name where the file has one).
    public var name: String
    /// 0 for numeric, else the string width in bytes (very long strings whole).
    public var width: Int
    /// The variable label.
    public var label: String?
    /// Value labels.
    public var valueLabels: [SPSSValue: String]
    /// User-missing values.
    public var missing: SPSSMissingValues
    /// The print format: type code (5 F, 1 A, 20 DATE, 22 DATETIME, 23 ADATE, …), width, decimals.
    public var format: SPSSFormat
    /// The measurement level (the variable display record, subtype 11); `nil` when the file
    /// gives none. Written as given, else nominal for strings and scale for numbers.
    public var measure: SPSSMeasure?

    /// Creates a variable.
    public init(
        name: String, width: Int = 0, label: String? = nil, valueLabels: [SPSSValue: String] = [:], missing: SPSSMissingValues = .none,
        format: SPSSFormat? = nil, measure: SPSSMeasure? = nil
    ) {
        self.name = name
        self.width = width
        self.label = label
        self.valueLabels = valueLabels
        self.missing = missing
        self.format = format ?? (width == 0 ? SPSSFormat(type: 5, width: 8, decimals: 2) : SPSSFormat(type: 1, width: min(max(width, 1), 32767), decimals: 0))
        self.measure = measure
    }

    /// Whether the variable holds strings.
    public var isString: Bool { width > 0 }
}

/// An SPSS print or write format.
public struct SPSSFormat: Hashable, Sendable, Codable {
    /// The format type code.
    public var type: Int
    /// The field width.
    public var width: Int
    /// The decimals.
    public var decimals: Int

    /// Creates a format.
    public init(type: Int, width: Int, decimals: Int) {
        self.type = type
        self.width = width
        self.decimals = decimals
    }

    /// The format packed as the file stores it.
    var packed: Int32 { Int32(truncatingIfNeeded: (type << 16) | (min(width, 255) << 8) | min(decimals, 255)) }

    /// Reads a packed format.
    init(packed: Int32) {
        let value = Int(UInt32(bitPattern: packed))
        self.init(type: (value >> 16) & 0xFF, width: (value >> 8) & 0xFF, decimals: value & 0xFF)
    }

    /// Whether the format shows a date or time of day (values are seconds since 14 October 1582).
    public var isDate: Bool { [20, 22, 23, 24, 28, 29, 30, 38, 39, 41].contains(type) }

    /// Whether the format shows a date and a time.
    var isDateTime: Bool { type == 22 || type == 41 }
}

/// A variable's measurement level, as SPSS and PSPP show it (codes of the variable display
/// record: 1 nominal, 2 ordinal, 3 scale; PSPP's system-file format description).
public enum SPSSMeasure: String, Hashable, Sendable, Codable, CaseIterable {
    /// Categories without order (codes, statuses, names).
    case nominal
    /// Ordered categories.
    case ordinal
    /// Numbers with a metric (scores).
    case scale

    /// The code the variable display record stores.
    public var code: Int32 {
        switch self {
        case .nominal: 1
        case .ordinal: 2
        case .scale: 3
        }
    }

    /// The level of a stored code; `nil` for 0 (unknown) and codes SPSS does not define.
    public init?(code: Int32) {
        switch code {
        case 1: self = .nominal
        case 2: self = .ordinal
        case 3: self = .scale
        default: return nil
        }
    }
}
