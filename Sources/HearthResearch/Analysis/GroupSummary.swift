/// The levels that name a group, one per grouping key (`["female", "research"]`).
public struct GroupLabel: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The grouping keys, in order.
    public var keys: [String]
    /// The group's level of each key.
    public var levels: [String]

    /// Creates a label.
    public init(keys: [String], levels: [String]) {
        self.keys = keys
        self.levels = levels
    }

    /// Orders by levels, comparing whole numbers numerically (wave 2 before wave 10).
    public static func < (lhs: GroupLabel, rhs: GroupLabel) -> Bool {
        for (a, b) in zip(lhs.levels, rhs.levels) where a != b {
            if let x = Int(a), let y = Int(b) { return x < y }
            return a < b
        }
        return lhs.levels.count < rhs.levels.count
    }

    /// `female · research`, or `all` without keys.
    public var description: String { levels.isEmpty ? "all" : levels.joined(separator: " · ") }
}

/// One group's statistics of one score column.
public struct GroupSummary: Hashable, Sendable, Codable {
    /// The group.
    public var group: GroupLabel
    /// The column.
    public var column: ScoreVariable
    /// n, mean, SD, minimum and maximum of the rows with a value.
    public var statistics: SummaryStatistics
    /// Rows of the group without a value (missing items beyond the rule, invalid protocol).
    public var missingValues: Int
    /// The share (0...1) of rows with the value 1, for a 0/1 prevalence scale (one scale
    /// aggregated by `any`, such as CTS2's `_prevalence` scales or ACE's
    /// `family_violence`); `nil` for other columns and for groups without values.
    public var prevalence: Double?
}
