/// One pair of groups in a post-hoc comparison among several: the test's statistic, its
/// raw p-value and the p-value after the correction for the number of pairs.
public struct PairwiseComparison: Hashable, Sendable, Codable {
    /// The first group's level.
    public var first: String
    /// The second group's level.
    public var second: String
    /// The statistic: t (first minus second) for means, X² for counts.
    public var statistic: Double?
    /// Its degrees of freedom.
    public var df: Double?
    /// The p-value before correction.
    public var p: Double?
    /// The p-value after ``PValueAdjustment`` over every pair that has one.
    public var adjustedP: Double?
    /// Why the pair has no test, if it has none.
    public var unavailable: String?

    /// Every pair of groups of a column, as R's `pairwise.t.test(x, g, pool.sd = TRUE)`: the
    /// SD pooled over all groups, t = (m₁ − m₂)/(s √(1/n₁ + 1/n₂)) on N − k degrees of freedom.
    ///
    /// - Throws: ``ResearchError/Code/insufficientData`` for fewer than two groups, a group
    ///   without values, or no group with two values (no pooled SD).
    public static func means(_ groups: [(level: String, values: [Double])], adjustment: PValueAdjustment) throws(ResearchError) -> [PairwiseComparison] {
        guard groups.count >= 2 else { throw ResearchError(.insufficientData, message: "a pairwise comparison needs at least two groups") }
        var statistics: [SummaryStatistics] = []
        for group in groups {
            let summary = try SummaryStatistics(group.values)
            guard summary.count > 0 else { throw ResearchError(.insufficientData, field: group.level, message: "the group has no values") }
            statistics.append(summary)
        }
        let freedom = statistics.reduce(0) { $0 + $1.count - 1 }
        let pooledVariance = statistics.reduce(0.0) { $0 + ($1.variance ?? 0) * Double($1.count - 1) } / Double(freedom)
        guard freedom > 0, pooledVariance > 0 else {
            throw ResearchError(.insufficientData, message: "the pooled SD needs a group with two different values")
        }
        let distribution = try StudentTDistribution(degreesOfFreedom: Double(freedom))
        var pairs: [PairwiseComparison] = []
        for i in groups.indices {
            for j in groups.indices where j > i {
                let difference = (statistics[i].mean ?? 0) - (statistics[j].mean ?? 0)
                let t = difference / (pooledVariance * (1 / Double(statistics[i].count) + 1 / Double(statistics[j].count))).squareRoot()
                pairs.append(PairwiseComparison(first: groups[i].level, second: groups[j].level, statistic: t, df: Double(freedom), p: distribution.twoSidedPValue(t)))
            }
        }
        return adjusted(pairs, adjustment)
    }

    /// Every pair of columns of a table of counts (rows: categories, columns: groups), each
    /// pair by ``ContingencyTest`` on its two columns (rows empty in both left out; with two
    /// rows and `yatesCorrection` as R's `pairwise.prop.test`).
    public static func counts(
        _ counts: [[Int]], levels: [String], yatesCorrection: Bool = true, adjustment: PValueAdjustment
    ) -> [PairwiseComparison] {
        var pairs: [PairwiseComparison] = []
        for i in levels.indices {
            for j in levels.indices where j > i {
                let table = counts.map { [$0[i], $0[j]] }.filter { $0[0] + $0[1] > 0 }
                var pair = PairwiseComparison(first: levels[i], second: levels[j])
                do {
                    let test = try ContingencyTest.test(table, yatesCorrection: yatesCorrection)
                    pair.statistic = test.chiSquare
                    pair.df = Double(test.df)
                    pair.p = test.p
                } catch {
                    pair.unavailable = error.message
                }
                pairs.append(pair)
            }
        }
        return adjusted(pairs, adjustment)
    }

    private static func adjusted(_ pairs: [PairwiseComparison], _ adjustment: PValueAdjustment) -> [PairwiseComparison] {
        let corrected = adjustment.adjust(pairs.map { $0.p ?? .nan })
        return zip(pairs, corrected).map { pair, p in
            var pair = pair
            pair.adjustedP = p.isNaN ? nil : p
            return pair
        }
    }
}
