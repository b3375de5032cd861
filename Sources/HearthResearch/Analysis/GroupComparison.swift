import HearthNorms

/// Two groups compared on one column: their statistics, Welch's test and Cohen's d.
public struct GroupComparison: Hashable, Sendable, Codable {
    /// The first group's statistics.
    public var first: GroupSummary
    /// The second group's statistics.
    public var second: GroupSummary
    /// Welch's test (first minus second); `nil` with ``unavailable`` saying why.
    public var test: TTest?
    /// Cohen's d with the pooled SD (first minus second); `nil` with
    /// ``effectSizeUnavailable`` saying why.
    public var cohensD: Double?
    /// Why the test is missing, if it is.
    public var unavailable: String?
    /// Why Cohen's d is missing, if it is.
    public var effectSizeUnavailable: String?
}

extension CohortAnalysis {
    /// Compares two levels of a grouping key on a column (research against reference).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale.
    ///   Too few observations are not an error: the comparison says why its test is missing.
    public func compare(
        _ column: ScoreVariable, on key: GroupingKey, _ firstLevel: String, against secondLevel: String,
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> GroupComparison {
        let summaries = try summarize(column, by: [key], where: filter.requiring(key, in: [firstLevel, secondLevel]))
        func find(_ level: String) throws(ResearchError) -> GroupSummary {
            if let found = summaries.first(where: { $0.group.levels == [level] }) { return found }
            return GroupSummary(
                group: GroupLabel(keys: [key.description], levels: [level]), column: column, statistics: try SummaryStatistics([Double]()),
                missingValues: 0, prevalence: nil)
        }
        return Self.comparison(try find(firstLevel), try find(secondLevel))
    }

    /// Compares a group with published statistics (a norm entry's n, mean and SD).
    static func comparison(_ first: GroupSummary, _ second: GroupSummary) -> GroupComparison {
        var result = GroupComparison(first: first, second: second, test: nil, cohensD: nil, unavailable: nil, effectSizeUnavailable: nil)
        do {
            result.test = try TTest.welch(first.statistics, second.statistics)
        } catch {
            result.unavailable = error.message
        }
        if let m1 = first.statistics.mean, let s1 = first.statistics.standardDeviation,
            let m2 = second.statistics.mean, let s2 = second.statistics.standardDeviation
        {
            do {
                result.cohensD = try EffectSize.cohensD(
                    mean1: m1, sd1: s1, n1: first.statistics.count, mean2: m2, sd2: s2, n2: second.statistics.count)
            } catch {
                result.effectSizeUnavailable = error.message
            }
        } else {
            result.effectSizeUnavailable = "each group needs at least two values for a standard deviation"
        }
        return result
    }
}
