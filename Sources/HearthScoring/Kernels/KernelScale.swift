/// What the kernel needs to finish one item-based scale for one row, flattened from a
/// ``ScaleDefinition`` so that the row loop reads no optionals, strings or dictionaries.
struct KernelScale: Sendable {
    /// The scale's position among the definition's scales (its output column).
    var output: Int
    /// How item values combine.
    var aggregation: ScaleAggregation
    /// The number of items.
    var itemCount: Int
    /// The number of missing items the missing-data rule allows.
    var allowedMissing: Int
    /// How prorated and mean values are rounded.
    var rounding: RoundingRule
    /// The 0-based gating item of a skip rule, or -1.
    var gateItem: Int
    /// The code of the gating item that implies zero.
    var gateCode: UInt8
}

/// A derived cut-off scale, flattened.
struct KernelCutoff: Sendable {
    var output: Int
    var source: Int
    var rule: CutoffRule
}

/// A pair-difference (inconsistency) scale, flattened.
struct KernelPairScale: Sendable {
    var output: Int
    /// For each pair: the two 0-based items and the offsets of their lookup tables.
    var pairs: [(first: Int, second: Int, firstTable: Int, secondTable: Int)]
    var allowedMissingPairs: Int
    var rounding: RoundingRule
}

/// The accumulator layout shared by every lookup table: one 64-bit add per item sums
/// the value (bits 0–31), counts an answered item (bits 32–47) and counts an
/// out-of-range code (bits 48–63). A missing code adds nothing. With at most 4,096
/// items of value at most 65,535 no field can overflow into the next.
enum PackedEntry {
    static let answered: UInt64 = 1 << 32
    static let invalid: UInt64 = 1 << 48

    @inline(__always) static func value(_ accumulator: UInt64) -> Int { Int(truncatingIfNeeded: accumulator & 0xFFFF_FFFF) }
    @inline(__always) static func answeredCount(_ accumulator: UInt64) -> Int { Int(truncatingIfNeeded: (accumulator >> 32) & 0xFFFF) }
    @inline(__always) static func invalidCount(_ accumulator: UInt64) -> Int { Int(truncatingIfNeeded: accumulator >> 48) }
}
