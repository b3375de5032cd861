import HearthCore

/// One statistic of a population, with where it was printed.
///
/// The built-in entries are the source report's numbers, field for field as transcribed in
/// the project's transcription (ids `N001`…, `Tests/HearthNormsTests/Fixtures/seed-norms.json`);
/// user-loaded sets use the same format.
/// Absent statistics are absent, never estimated: where the report prints a mean without an
/// SD, ``sd`` is `nil` and every computation that needs it reports
/// ``NormsError/Code/statisticUnavailable``.
public struct NormEntry: Hashable, Sendable, Codable, Identifiable {
    /// Where a statistic was printed.
    public struct Source: Hashable, Sendable, Codable {
        /// The source file.
        public var file: String
        /// The table, when the statistic is in one.
        public var table: String?
        /// The first and last line.
        public var lines: [Int]

        /// Creates a source reference.
        public init(file: String, table: String?, lines: [Int]) {
            self.file = file
            self.table = table
            self.lines = lines
        }
    }

    /// The work this statistic is cited from, for people: the built-in entries are the
    /// report's (Tierolf et al. 2014) and cite its table when they are in one; an entry of a
    /// user's norm file cites nothing Hearth knows (`nil`). The source file's lines stay
    /// provenance (``source``), never the citation.
    public var citation: Citation? {
        guard Self.builtInFiles.contains(source.file) else { return nil }
        return Citation("tierolf2014", at: source.table.map { LocalizedText("Table \($0)", dutch: "tabel \($0)") })
    }

    /// The transcription files of the built-in entries (Tierolf et al. 2014).
    static let builtInFiles: Set<String> = ["002_3fcd6fd1bf82d746.txt"]

    /// A stable identifier (`N001`… for the built-in set).
    public var id: String
    /// The instrument as the report names it (`CTS2`, `NOSI-K`, `TSCYC+TSCC` …).
    public var instrument: String
    /// The report's scale key (`physicalAssault`, `parentingStressTotal` …).
    public var scale: String
    /// The scale's label as printed.
    public var scaleLabel: String?
    /// What the number is: `mean`, `prevalence`, `chronicity`, `cronbachAlpha`,
    /// `countDistribution`, `percentClinical`, `meanIncidentsPastYear` …
    public var statistic: String
    /// `reference` (general population sample), `research` (families reported for partner
    /// violence), `unspecified`, `external`, or a user-named population.
    public var population: String
    /// The subgroup.
    public var stratum: NormStratum
    /// The number of respondents, when printed.
    public var n: Int?
    /// The mean, when printed.
    public var mean: Double?
    /// The standard deviation, when printed.
    public var sd: Double?
    /// A percentage (0–100), when printed.
    public var percent: Double?
    /// A distribution (counts per score, mutuality split, cross-table …), when printed.
    public var distribution: [String: JSONValue]?
    /// The scale's theoretical range, when printed.
    public var theoreticalRange: [Double]?
    /// Cronbach's alpha, when printed.
    public var alpha: Double?
    /// The significance statement printed with the number.
    public var significance: String?
    /// A qualifier printed with the number ("bijna", "ruim" …): the number is approximate.
    public var qualifier: String?
    /// Notes on the transcription (inconsistencies in the report …).
    public var notes: String?
    /// Where the number was printed.
    public var source: Source
    /// Where the theoretical range was printed, when elsewhere.
    public var theoreticalRangeLines: [Int]?

    /// Creates an entry.
    public init(
        id: String, instrument: String, scale: String, scaleLabel: String? = nil, statistic: String, population: String,
        stratum: NormStratum = NormStratum(), n: Int? = nil, mean: Double? = nil, sd: Double? = nil, percent: Double? = nil,
        distribution: [String: JSONValue]? = nil, theoreticalRange: [Double]? = nil, alpha: Double? = nil,
        significance: String? = nil, qualifier: String? = nil, notes: String? = nil, source: Source,
        theoreticalRangeLines: [Int]? = nil
    ) {
        self.id = id
        self.instrument = instrument
        self.scale = scale
        self.scaleLabel = scaleLabel
        self.statistic = statistic
        self.population = population
        self.stratum = stratum
        self.n = n
        self.mean = mean
        self.sd = sd
        self.percent = percent
        self.distribution = distribution
        self.theoreticalRange = theoreticalRange
        self.alpha = alpha
        self.significance = significance
        self.qualifier = qualifier
        self.notes = notes
        self.source = source
        self.theoreticalRangeLines = theoreticalRangeLines
    }

    /// For a `countDistribution` entry: the number of respondents with each score.
    public var countDistribution: [Int: Int]? {
        guard statistic == "countDistribution", let distribution else { return nil }
        var counts: [Int: Int] = [:]
        for (key, cell) in distribution {
            guard let score = Int(key), let count = cell["count"]?.number else { return nil }
            counts[score] = Int(count)
        }
        return counts
    }

    /// The mean, or ``NormsError/Code/statisticUnavailable``.
    public func requireMean() throws(NormsError) -> Double {
        guard let mean else { throw unavailable("mean") }
        return mean
    }

    /// The standard deviation, or ``NormsError/Code/statisticUnavailable`` (the report
    /// prints many means without one, e.g. every CTS2 frequency).
    public func requireSD() throws(NormsError) -> Double {
        guard let sd else { throw unavailable("sd") }
        return sd
    }

    private func unavailable(_ field: String) -> NormsError {
        NormsError(.statisticUnavailable, entry: id, field: field, message: "the source prints no \(field) for this statistic")
    }
}
