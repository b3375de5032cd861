import HearthCore
import HearthScoring

/// Sets scores against norms: a licensed raw→T table when the norm set has one for the
/// respondent's group, else the report's statistics through ``NormLink``s.
///
/// For a cell it picks, among the linked entries of the chosen population, the one for the
/// respondent's sex when the report prints one (else both sexes together), wave 1 for the
/// research group, and only entries whose age band contains the respondent's age; outside
/// every stratum the result is ``NormResult/Status/noNorm``, never an extrapolation.
public struct NormComparator: Sendable {
    /// The norms consulted.
    public var normSet: NormSet
    /// The population compared against: `reference`, `research` or a user-named one.
    public var population: String
    /// How Hearth scales map to the report's statistics.
    public var links: [NormLink]
    /// The clinical ranges of T-scored instruments.
    public var bandRules: [ClinicalBandRule]

    /// Creates a comparator.
    public init(normSet: NormSet, population: String = "reference", links: [NormLink] = NormLink.builtIn, bandRules: [ClinicalBandRule] = ClinicalBandRule.builtIn) {
        self.normSet = normSet
        self.population = population
        self.links = links
        self.bandRules = bandRules
    }

    /// Compares one scale score of one respondent.
    public func compare(_ score: ScaleScore, instrument: String, respondent: Respondent) -> NormResult {
        guard let value = score.value else {
            return .without(.notScored, "score status \(score.status.name)")
        }
        let age = respondent.age?.years
        if let table = normSet.tTable(instrument: instrument, scale: score.scaleID, sex: respondent.sex, age: age) {
            return compare(value, with: table, instrument: instrument)
        }
        guard let link = links.first(where: { $0.instrument == instrument && $0.scale == score.scaleID }) else {
            return .without(.noNorm, "no norm for \(instrument).\(score.scaleID)")
        }
        if link.metric == .tScore {
            return .without(.unavailable, "the report's statistics for this scale are T-scores; load a licensed raw→T table")
        }
        guard let entry = entry(for: link, sex: respondent.sex, age: age) else {
            return .without(.noNorm, "no \(population) norm for this respondent's sex, age or wave")
        }
        return compare(value, with: entry)
    }

    /// Compares every cell of a score table (rows × scales, in the table's scale order).
    ///
    /// - Complexity: O(rows × scales × linked entries).
    public func compare(_ table: ScoreTable) -> [[NormResult]] {
        (0..<table.rowCount).map { row in
            guard let report = try? table.report(row: row) else { return [] }
            return report.scales.map { compare($0, instrument: table.definition.id, respondent: report.respondent) }
        }
    }

    /// The linked entry for a respondent's group, if the report prints one.
    ///
    /// For the report's own populations (`reference`, `research`) only entries from the
    /// link's tables count (the report prints the same statistic for cities, waves and other
    /// subgroups elsewhere); a user-named population's entries need no table.
    public func entry(for link: NormLink, sex: Sex, age: Int?) -> NormEntry? {
        let reportPopulation = population == "reference" || population == "research"
        let candidates = normSet.entries.filter { entry in
            entry.instrument == link.reportInstrument && entry.scale == link.reportScale && entry.statistic == link.statistic
                && entry.population == population
                && (!reportPopulation || link.tables.isEmpty || link.tables.contains(entry.source.table ?? ""))
                && entry.stratum.actor == link.actor && (entry.stratum.wave ?? 1) == 1 && entry.stratum.city == nil
                && (age == nil || entry.stratum.ageBand.map { $0.contains(age ?? 0) } ?? true)
        }
        if sex != .unknown, let own = candidates.first(where: { $0.stratum.sex == sex }) { return own }
        return candidates.first { $0.stratum.sex == nil }
    }

    private func compare(_ value: RawScore, with entry: NormEntry) -> NormResult {
        guard let comparison = try? entry.compare(value) else {
            return .without(.unavailable, "entry \(entry.id) (\(entry.statistic)) has no SD or distribution in the report", normID: entry.id)
        }
        var band: NormBand?
        if let threshold = try? entry.excessThreshold() { band = value.value > threshold ? .excessive : .normal }
        let reason = comparison.unavailable.isEmpty ? nil : comparison.unavailable.joined(separator: "; ")
        return NormResult(
            status: .compared, normID: entry.id, z: comparison.z, t: comparison.t, percentile: comparison.percentile,
            percentileMethod: comparison.percentileMethod, band: band, reason: reason)
    }

    private func compare(_ value: RawScore, with table: RawToTTable, instrument: String) -> NormResult {
        let id = "T:\(table.instrument).\(table.scale) \(table.sex?.rawValue ?? "both") \(table.minimumAge.map(String.init) ?? "")–\(table.maximumAge.map(String.init) ?? "")"
        guard let t = table.tScore(for: value.value) else {
            return .without(.noNorm, "raw score outside the T table (never extrapolated)", normID: id)
        }
        let z = t.zScore
        return NormResult(
            status: .compared, normID: id, z: z, t: t, percentile: PercentileRank(100 * StandardNormal.cumulativeProbability(z.value)),
            percentileMethod: .normalApproximation, band: bandRules.first { $0.instrument == instrument }?.band(for: t), reason: nil)
    }

    /// The report's reliability (Cronbach's α) of a Hearth scale, with its entry, when printed.
    public func reliability(instrument: String, scale: String) -> NormEntry? {
        links.first { $0.instrument == instrument && $0.scale == scale }?.reliabilityEntry.flatMap(normSet.entry(id:))
    }
}
