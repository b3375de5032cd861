import HearthCore
import HearthScoring

/// The analyses of the source report on any scored cohort: group statistics, prevalence
/// and chronicity, group comparisons, change between waves for the people measured at
/// both, the share above an "excessive" threshold, correlations and reliabilities.
///
/// Every method takes a ``CohortFilter`` (e.g. the research group at wave 1) and returns
/// values with their n, so a table can always say what it rests on.
public struct CohortAnalysis: Sendable {
    /// The scored cohort.
    public let scored: ScoredCohort
    /// Levels that sort first, in this order, within each grouping key (default
    /// `research`, `reference`: the order of the report's columns); other levels follow in
    /// natural order (numbers numerically).
    public var columnOrder: [String] = Self.defaultColumnOrder
    /// The default ``columnOrder``.
    public static let defaultColumnOrder = ["research", "reference"]

    /// Creates an analysis of `scored`.
    public init(_ scored: ScoredCohort) { self.scored = scored }

    /// n, mean, SD and prevalence of a column per group, groups in level order.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale.
    public func summarize(
        _ column: ScoreVariable, by keys: [GroupingKey] = [], where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> [GroupSummary] {
        let grouped = group(try scored.observations(column, where: filter), by: keys)
        var result: [GroupSummary] = []
        for (label, observations) in grouped {
            result.append(try summary(observations, column: column, label: label))
        }
        return result
    }

    /// CTS2 chronicity per group: the mean frequency among those with prevalence 1 (the
    /// CTS2 convention; the report's Table 4.1). Rows lacking either score are left out.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale,
    ///   or two columns of different instruments.
    public func chronicity(
        frequency: ScoreVariable, prevalence: ScoreVariable, by keys: [GroupingKey] = [], where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> [GroupSummary] {
        guard frequency.instrument == prevalence.instrument else {
            throw ResearchError(.invalidMapping, field: prevalence.description, message: "frequency and prevalence must be scales of one instrument")
        }
        let frequencies = try scored.observations(frequency, where: filter)
        let prevalences = try scored.observations(prevalence, where: filter)
        var among: [ScoredCohort.Observation] = []
        for (row, observation) in frequencies.enumerated() where prevalences[row].value == 1 && observation.value != nil {
            among.append(observation)
        }
        return try group(among, by: keys).map { label, observations throws(ResearchError) in
            try summary(observations, column: frequency, label: label)
        }
    }

    // MARK: - Shared

    func group(_ observations: [ScoredCohort.Observation], by keys: [GroupingKey]) -> [(GroupLabel, [ScoredCohort.Observation])] {
        var groups: [GroupLabel: [ScoredCohort.Observation]] = [:]
        let names = keys.map(\.description)
        for observation in observations {
            let attributes = scored.cohort.attributes[observation.key]
            let label = GroupLabel(keys: names, levels: keys.map { $0.level(of: observation.respondent, attributes: attributes) })
            groups[label, default: []].append(observation)
        }
        return groups.sorted { precedes($0.key, $1.key) }.map { ($0.key, $0.value) }
    }

    /// Group order: by ``columnOrder`` rank, level by level, then ``GroupLabel``'s order.
    func precedes(_ lhs: GroupLabel, _ rhs: GroupLabel) -> Bool { Self.precedes(lhs, rhs, columnOrder: columnOrder) }

    /// Group order: by rank in `columnOrder`, level by level, then ``GroupLabel``'s order.
    static func precedes(_ lhs: GroupLabel, _ rhs: GroupLabel, columnOrder: [String]) -> Bool {
        for (a, b) in zip(lhs.levels, rhs.levels) where a != b {
            let rankA = columnOrder.firstIndex(of: a) ?? Int.max
            let rankB = columnOrder.firstIndex(of: b) ?? Int.max
            if rankA != rankB { return rankA < rankB }
            return GroupLabel(keys: [], levels: [a]) < GroupLabel(keys: [], levels: [b])
        }
        return lhs.levels.count < rhs.levels.count
    }

    func summary(_ observations: [ScoredCohort.Observation], column: ScoreVariable, label: GroupLabel) throws(ResearchError) -> GroupSummary {
        let values = observations.compactMap(\.value)
        return try Self.summary(
            values: values, missing: observations.count - values.count, column: column, label: label,
            isPrevalence: Self.isPrevalence(column, definitions: scored.cohort.definitions))
    }

    /// One group's summary of its values (in row order) and its rows without a value.
    static func summary(values: [Double], missing: Int, column: ScoreVariable, label: GroupLabel, isPrevalence: Bool) throws(ResearchError) -> GroupSummary {
        let statistics = try SummaryStatistics(values)
        let positive = values.count(where: { $0 > 0 })
        return GroupSummary(
            group: label, column: column, statistics: statistics, missingValues: missing,
            prevalence: values.isEmpty || !isPrevalence ? nil : Double(positive) / Double(values.count))
    }

    /// Whether a column is a 0/1 prevalence scale (one scale aggregated by ``ScaleAggregation/any``).
    func isPrevalence(_ column: ScoreVariable) -> Bool { Self.isPrevalence(column, definitions: scored.cohort.definitions) }

    /// Whether a column is a 0/1 prevalence scale of the instruments `definitions` holds.
    static func isPrevalence(_ column: ScoreVariable, definitions: [String: InstrumentDefinition]) -> Bool {
        guard column.scales.count == 1, let definition = definitions[column.instrument] else { return false }
        return definition.scales.first { $0.id == column.scales[0] }?.aggregation == .any
    }
}
