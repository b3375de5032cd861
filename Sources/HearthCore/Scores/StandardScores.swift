/// A standard score: distance from a norm mean in standard deviations.
public struct ZScore: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The number of standard deviations above (positive) or below the mean.
    public var value: Double
    /// Creates a z-score.
    @inlinable public init(_ value: Double) { self.value = value }
    /// The T-score with the same meaning (50 + 10z).
    @inlinable public var tScore: TScore { TScore(50 + 10 * value) }
    /// Orders scores by value.
    @inlinable public static func < (lhs: ZScore, rhs: ZScore) -> Bool { lhs.value < rhs.value }
    /// The score as a number.
    public var description: String { "\(value)" }
}

/// A T-score: a standard score with mean 50 and standard deviation 10.
///
/// Clinical cut-offs of the Briere trauma checklists (TSCYC, TSCC, TSI) are stated in
/// T-scores, so they compare against this type, never against a ``RawScore``.
public struct TScore: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The T-score.
    public var value: Double
    /// Creates a T-score.
    @inlinable public init(_ value: Double) { self.value = value }
    /// The z-score with the same meaning ((T − 50) / 10).
    @inlinable public var zScore: ZScore { ZScore((value - 50) / 10) }
    /// Orders scores by value.
    @inlinable public static func < (lhs: TScore, rhs: TScore) -> Bool { lhs.value < rhs.value }
    /// The score as a number.
    public var description: String { "\(value)" }
}

/// A percentile rank: the percentage of a reference population scoring at or below a value.
public struct PercentileRank: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The percentile, from 0 to 100.
    public var value: Double
    /// Creates a percentile rank.
    @inlinable public init(_ value: Double) { self.value = value }
    /// Orders ranks by value.
    @inlinable public static func < (lhs: PercentileRank, rhs: PercentileRank) -> Bool { lhs.value < rhs.value }
    /// The rank as a number.
    public var description: String { "\(value)" }
}
