/// A score on an instrument's own metric (a sum, mean, count or frequency of items).
///
/// Raw, z, T and percentile scores are distinct types so that a raw score can never be
/// passed where a T-score is expected.
public struct RawScore: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The score.
    public var value: Double
    /// Creates a raw score.
    @inlinable public init(_ value: Double) { self.value = value }
    /// Orders scores by value.
    @inlinable public static func < (lhs: RawScore, rhs: RawScore) -> Bool { lhs.value < rhs.value }
    /// The score as a number.
    public var description: String { "\(value)" }
}
