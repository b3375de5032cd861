/// How a Hearth scale corresponds to statistics of the source report.
///
/// The report names its scales its own way (`parentingStressTotal`, `emotionalReactivity`
/// …) and prints some statistics as T-score means; a link says which entries describe a
/// Hearth scale, on which metric, so that scores can be set against them.
public struct NormLink: Hashable, Sendable, Codable {
    /// The metric the linked statistics are on.
    public enum Metric: String, Hashable, Sendable, Codable, CaseIterable {
        /// The scale's own raw metric (sums), comparable with Hearth's raw scores.
        case raw
        /// T-scores: comparable only after a licensed raw→T table converts the raw score.
        case tScore
    }

    /// The Hearth instrument.
    public var instrument: String
    /// The Hearth scale.
    public var scale: String
    /// The report's instrument key.
    public var reportInstrument: String
    /// The report's scale key.
    public var reportScale: String
    /// The statistic compared against (`mean`, `countDistribution`, `meanIncidentsPastYear`).
    public var statistic: String
    /// The report tables the entries come from.
    public var tables: [String]
    /// The actor, for CTS2 violence (`self`, `partner`, `self+partner`).
    public var actor: String?
    /// The metric of the linked statistics.
    public var metric: Metric
    /// The entry giving the scale's reliability (Cronbach's α) in the report, when printed.
    public var reliabilityEntry: String?

    /// Creates a link.
    public init(
        instrument: String, scale: String, reportInstrument: String, reportScale: String, statistic: String = "mean",
        tables: [String], actor: String? = nil, metric: Metric = .raw, reliabilityEntry: String? = nil
    ) {
        self.instrument = instrument
        self.scale = scale
        self.reportInstrument = reportInstrument
        self.reportScale = reportScale
        self.statistic = statistic
        self.tables = tables
        self.actor = actor
        self.metric = metric
        self.reliabilityEntry = reliabilityEntry
    }
}
