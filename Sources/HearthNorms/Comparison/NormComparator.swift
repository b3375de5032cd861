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
    public var normSet: NormSet { didSet { index = Index(self) } }
    /// The population compared against: `reference`, `research` or a user-named one.
    public var population: String { didSet { index = Index(self) } }
    /// How Hearth scales map to the report's statistics.
    public var links: [NormLink] { didSet { index = Index(self) } }
    /// The clinical ranges of T-scored instruments.
    public var bandRules: [ClinicalBandRule]
    /// Links by instrument and scale, and each link's candidate entries (all but the sex and
    /// age conditions), computed once: a comparison then looks at a handful of entries
    /// instead of filtering the whole norm set per score.
    private var index: Index

    /// Creates a comparator.
    public init(normSet: NormSet, population: String = "reference", links: [NormLink] = NormLink.builtIn, bandRules: [ClinicalBandRule] = ClinicalBandRule.builtIn) {
        self.normSet = normSet
        self.population = population
        self.links = links
        self.bandRules = bandRules
        index = Index(links: links, normSet: normSet, population: population)
    }

    private struct Index: Sendable {
        var links: [String: [String: Int]] = [:]
        var candidates: [[Int]] = []

        init(_ comparator: NormComparator) {
            self.init(links: comparator.links, normSet: comparator.normSet, population: comparator.population)
        }

        init(links: [NormLink], normSet: NormSet, population: String) {
            for (position, link) in links.enumerated() where self.links[link.instrument]?[link.scale] == nil {
                self.links[link.instrument, default: [:]][link.scale] = position
            }
            candidates = links.map { link in
                normSet.entries.indices.filter { NormComparator.isCandidate(normSet.entries[$0], for: link, population: population) }
            }
        }
    }

    /// Whether an entry can serve a link for some respondent (sex and age are checked per respondent).
    private static func isCandidate(_ entry: NormEntry, for link: NormLink, population: String) -> Bool {
        let reportPopulation = population == "reference" || population == "research"
        return entry.instrument == link.reportInstrument && entry.scale == link.reportScale && entry.statistic == link.statistic
            && entry.population == population
            && (!reportPopulation || link.tables.isEmpty || link.tables.contains(entry.source.table ?? ""))
            && entry.stratum.actor == link.actor && (entry.stratum.wave ?? 1) == 1 && entry.stratum.city == nil
    }

    /// Compares one scale score of one respondent.
    public func compare(_ score: ScaleScore, instrument: String, respondent: Respondent) -> NormResult {
        guard let value = score.value else {
            return NormResult.notScored(score.status)
        }
        let age = respondent.age?.years
        if let table = normSet.tTable(instrument: instrument, scale: score.scaleID, sex: respondent.sex, age: age) {
            return compare(value, with: table, instrument: instrument)
        }
        guard let position = index.links[instrument]?[score.scaleID] else { return Self.noLinkResult(instrument: instrument, scale: score.scaleID) }
        if links[position].metric == .tScore { return Self.tMetricResult }
        guard let entry = entry(among: index.candidates[position], sex: respondent.sex, age: age) else { return noStratumResult }
        return compare(value, with: entry)
    }

    /// The result for a scale with neither a link nor a T table.
    static func noLinkResult(instrument: String, scale: String) -> NormResult {
        .without(.noNorm, Message<NormMessage>(.noNormForScale, ["scale": .text("\(instrument).\(scale)")]))
    }

    /// The result for a scale whose linked statistics are T-scores, without a T table.
    static let tMetricResult = NormResult.without(.unavailable, Message<NormMessage>(.tScoresNeedTable))

    /// The result for a linked scale without an entry for the respondent's group.
    var noStratumResult: NormResult { .without(.noNorm, Message<NormMessage>(.noNormForRespondent, ["population": .text(population)])) }

    /// The clinical band rule of a T-scored instrument, if any.
    package func bandRule(instrument: String) -> ClinicalBandRule? { bandRules.first { $0.instrument == instrument } }

    /// The position in ``links`` of the link of a scale, if any.
    package func link(instrument: String, scale: String) -> Int? { index.links[instrument]?[scale] }

    /// The position in the norm set of the entry a link gives a respondent group, if any.
    package func entryPosition(link: Int, sex: Sex, age: Int?) -> Int? { position(among: index.candidates[link], sex: sex, age: age) }

    /// Compares every cell of a score table (rows × scales, in the table's scale order):
    /// the table's columns through ``InstrumentNorms`` (the norm search resolved once per
    /// scale and respondent group), each cell's full result built from them — the same
    /// result ``compare(_:instrument:respondent:)`` gives the cell's score.
    ///
    /// - Complexity: O(scales × respondent groups + rows × scales).
    public func compare(_ table: ScoreTable) -> [[NormResult]] {
        InstrumentNorms(self, definition: table.definition).results(table)
    }

    /// The linked entry for a respondent's group, if the report prints one.
    ///
    /// For the report's own populations (`reference`, `research`) only entries from the
    /// link's tables count (the report prints the same statistic for cities, waves and other
    /// subgroups elsewhere); a user-named population's entries need no table.
    public func entry(for link: NormLink, sex: Sex, age: Int?) -> NormEntry? {
        let candidates = normSet.entries.indices.filter { Self.isCandidate(normSet.entries[$0], for: link, population: population) }
        return entry(among: candidates, sex: sex, age: age)
    }

    /// The entry for a respondent among a link's candidates (positions in the norm set):
    /// the respondent's own sex when printed, else both sexes; only age bands that contain
    /// the age.
    private func entry(among candidates: [Int], sex: Sex, age: Int?) -> NormEntry? {
        position(among: candidates, sex: sex, age: age).map { normSet.entries[$0] }
    }

    private func position(among candidates: [Int], sex: Sex, age: Int?) -> Int? {
        func fits(_ position: Int) -> Bool {
            age == nil || normSet.entries[position].stratum.ageBand.map { $0.contains(age ?? 0) } ?? true
        }
        if sex != .unknown, let own = candidates.first(where: { fits($0) && normSet.entries[$0].stratum.sex == sex }) {
            return own
        }
        return candidates.first { fits($0) && normSet.entries[$0].stratum.sex == nil }
    }

    func compare(_ value: RawScore, with entry: NormEntry) -> NormResult {
        PreparedNormEntry(entry).result(value)
    }

    func compare(_ value: RawScore, with table: RawToTTable, instrument: String) -> NormResult {
        let id = "T:\(table.instrument).\(table.scale) \(table.sex?.rawValue ?? "both") \(table.minimumAge.map(String.init) ?? "")–\(table.maximumAge.map(String.init) ?? "")"
        guard let t = table.tScore(for: value.value) else {
            return .without(.noNorm, Message<NormMessage>(.outsideTable), normID: id)
        }
        let z = t.zScore
        return NormResult(
            status: .compared, normID: id, z: z, t: t, percentile: PercentileRank(100 * StandardNormal.cumulativeProbability(z.value)),
            percentileMethod: .normalApproximation, band: bandRule(instrument: instrument)?.band(for: t))
    }

    /// The report's reliability (Cronbach's α) of a Hearth scale, with its entry, when printed.
    public func reliability(instrument: String, scale: String) -> NormEntry? {
        links.first { $0.instrument == instrument && $0.scale == scale }?.reliabilityEntry.flatMap(normSet.entry(id:))
    }
}
