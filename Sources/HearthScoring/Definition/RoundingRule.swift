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
        case .halfAwayFromZero: value.rounded(.toNearestOrAwayFromZero)
        case .halfToEven: value.rounded(.toNearestOrEven)
        case .twoDecimals: (value * 100).rounded(.toNearestOrAwayFromZero) / 100
        }
    }
}
