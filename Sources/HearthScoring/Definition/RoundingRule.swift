/// How a prorated or mean score is rounded before it is reported.
///
/// Stated per scale because instruments differ and because languages differ: Swift's
/// `rounded()` takes halves away from zero, R and NumPy take them to even.
public enum RoundingRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// No rounding: the exact value is reported.
    case none
    /// To the nearest whole number, halves away from zero (2.5 → 3).
    case halfAwayFromZero
    /// To the nearest whole number, halves to even (2.5 → 2, 3.5 → 4).
    case halfToEven
    /// To two decimals, halves away from zero.
    case twoDecimals

    /// Applies the rule.
    @inlinable public func apply(_ value: Double) -> Double {
        switch self {
        case .none: value
        case .halfAwayFromZero: Self.halfAwayFromZero(value)
        case .halfToEven: Self.halfToEven(value)
        case .twoDecimals: Self.halfAwayFromZero(value * 100) / 100
        }
    }

    // Rounding by arithmetic, equal to `rounded(.toNearestOrEven)` and
    // `rounded(.toNearestOrAwayFromZero)` for every Double (a test compares them on ties,
    // extremes, NaN and infinities): baseline x86-64 has no rounding instruction, so
    // `rounded` is a library call, which also keeps the scoring kernel's per-lane value
    // selection from being branch-free.

    /// Below 2⁵², where every larger Double is a whole number already.
    @usableFromInline static var wholeFrom: Double { 4_503_599_627_370_496 }

    /// To the nearest whole number, halves to even: adding and subtracting 2⁵² rounds in
    /// the processor's default mode, which is exactly this rule.
    @inlinable @inline(__always)
    static func halfToEven(_ value: Double) -> Double {
        let magnitude = abs(value)
        let rounded = (magnitude + wholeFrom) - wholeFrom
        return magnitude < wholeFrom ? Double(signOf: value, magnitudeOf: rounded) : value
    }

    /// To the nearest whole number, halves away from zero: the whole part (exact below
    /// 2⁵²), plus one where the fraction is at least a half.
    @inlinable @inline(__always)
    static func halfAwayFromZero(_ value: Double) -> Double {
        let magnitude = abs(value)
        let whole = Double(Int64(magnitude < wholeFrom ? magnitude : 0))
        let rounded = whole + (magnitude - whole >= 0.5 ? 1 : 0)
        return magnitude < wholeFrom ? Double(signOf: value, magnitudeOf: rounded) : value
    }
}
