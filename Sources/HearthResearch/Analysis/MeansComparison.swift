/// A column's means compared among the levels of a grouping key: per group n, mean and SD;
/// with two groups Welch's t-test and Cohen's d (``GroupComparison``); with more, the
/// one-way analysis of variance and every pair by t with the SD pooled over all groups
/// (R's `pairwise.t.test`) under a stated correction — the report's comparisons of means
/// by background characteristics (Table 4.7) and among the four cities (Tables 5.2, 5.6, 6.3).
public struct MeansComparison: Hashable, Sendable, Codable {
    /// The column.
    public var column: ScoreVariable
    /// The grouping key.
    public var by: String
    /// The wave (`nil`: all rows).
    public var wave: Int?
    /// Each group's statistics, in level order.
    public var groups: [GroupSummary]
    /// With two groups: Welch's test and Cohen's d (first minus second).
    public var twoGroups: GroupComparison?
    /// With more than two: the one-way ANOVA F (``OneWayANOVA``).
    public var f: Double?
    /// Its degrees of freedom: groups − 1 and n − groups.
    public var dfBetween: Int?
    /// See ``dfBetween``.
    public var dfWithin: Int?
    /// The F test's p-value.
    public var p: Double?
    /// With more than two groups: every pair.
    public var pairwise: [PairwiseComparison]
    /// The correction of the pairwise p-values.
    public var adjustment: PValueAdjustment
    /// Why a test is missing.
    public var unavailable: String?
    /// Which respondents the analysis looked at (beside its wave).
    public var filter: CohortFilter = CohortFilter()
    /// A caution about the tests (persons with rows at several waves when all waves are pooled).
    public var warning: String?
}

extension CohortAnalysis {
    /// Compares the means of `column` among the levels of `key` (rows without a level left out).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale.
    ///   Too few values are not an error: the result says why a test is missing.
    public func compareMeans(
        _ column: ScoreVariable, by key: GroupingKey, wave: Int? = nil, adjustment: PValueAdjustment = .holm,
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> MeansComparison {
        // A level whose rows all lack a value has nothing to compare (R drops it too).
        let groups = try summarize(column, by: [key], where: restricted(filter, toWave: wave))
            .filter { $0.group.levels != [GroupingKey.missingLevel] && $0.statistics.count > 0 }
        var result = MeansComparison(
            column: column, by: key.description, wave: wave, groups: groups, twoGroups: nil, f: nil, dfBetween: nil, dfWithin: nil, p: nil,
            pairwise: [], adjustment: adjustment, unavailable: nil, filter: filter,
            warning: wave == nil ? Self.pooledWarning(try scored.observations(column, where: filter).filter { $0.value != nil }.map(\.key)) : nil)
        if groups.count == 2 {
            result.twoGroups = Self.comparison(groups[0], groups[1])
            result.unavailable = result.twoGroups?.unavailable
            return result
        }
        guard groups.count > 2 else {
            result.unavailable = "a comparison needs at least two groups"
            return result
        }
        let grouped = try observationsByGroup(column, key: key, levels: groups.map(\.group.levels[0]), where: restricted(filter, toWave: wave))
        do {
            let anova = try OneWayANOVA.test(grouped)
            (result.f, result.dfBetween, result.dfWithin, result.p) = (anova.f, anova.dfBetween, anova.dfWithin, anova.p)
            result.pairwise = try PairwiseComparison.means(grouped, adjustment: adjustment)
        } catch {
            result.unavailable = error.message
        }
        return result
    }

    /// The values of a column per level, in the given level order.
    private func observationsByGroup(
        _ column: ScoreVariable, key: GroupingKey, levels: [String], where filter: CohortFilter
    ) throws(ResearchError) -> [(level: String, values: [Double])] {
        var byLevel: [String: [Double]] = [:]
        for observation in try scored.observations(column, where: filter) {
            guard let value = observation.value else { continue }
            byLevel[level(key, of: observation.respondent), default: []].append(value)
        }
        return levels.map { ($0, byLevel[$0] ?? []) }
    }
}
