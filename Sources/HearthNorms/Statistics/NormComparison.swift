import HearthCore

/// A score set against one norm entry: z, T and percentile, with how the percentile was
/// found and what could not be computed.
public struct NormComparison: Hashable, Sendable, Codable {
    /// How a percentile was obtained.
    public enum PercentileMethod: String, Hashable, Sendable, Codable {
        /// From the entry's printed count distribution: the mid-rank percentile
        /// 100 × (count below + ½ count at the score) / n.
        case distribution
        /// From z under a normal approximation: 100 × Φ(z).
        case normalApproximation
    }

    /// The entry compared against.
    public var entryID: String
    /// The score compared.
    public var score: RawScore
    /// The z-score, when the entry has a mean and an SD.
    public var z: ZScore?
    /// The T-score (50 + 10z), when z exists.
    public var t: TScore?
    /// The percentile rank, when it could be found.
    public var percentile: PercentileRank?
    /// How ``percentile`` was found.
    public var percentileMethod: PercentileMethod?
    /// What could not be computed, and why.
    public var missing: [Missing]

    /// What could not be computed against an entry.
    public enum Missing: String, Hashable, Sendable, Codable {
        /// No z or T: the entry prints no mean.
        case noMean
        /// No z or T: the entry prints no SD.
        case noSD
        /// No z or T: the SD is zero.
        case zeroSD
        /// No percentile: neither a printed distribution nor a z.
        case noPercentile

        /// The reason as data.
        public var message: Message<NormMessage> {
            switch self {
            case .noMean: Message(.noMean)
            case .noSD: Message(.noSD)
            case .zeroSD: Message(.zeroSD)
            case .noPercentile: Message(.noPercentile)
            }
        }
    }

    /// ``missing`` in English ("z and T: no SD printed").
    public var unavailable: [String] { missing.map { $0.message.text(in: .english) } }
}

extension NormEntry {
    /// Compares a score with this entry.
    ///
    /// z = (score − mean) / SD and T = 50 + 10z need both a mean and an SD; the percentile
    /// comes from the printed count distribution when there is one, else from z under a
    /// normal approximation. Whatever cannot be computed is listed in
    /// ``NormComparison/missing``, never estimated.
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` for a non-finite score;
    ///   ``NormsError/Code/statisticUnavailable`` when the entry supports neither z nor a
    ///   distribution percentile (e.g. a prevalence or an alpha).
    public func compare(_ score: RawScore) throws(NormsError) -> NormComparison {
        try PreparedNormEntry(self).compare(score)
    }

    /// Whether a finite score can be compared with this entry: it has a mean and a positive
    /// SD (z, T), or a count distribution with at least one respondent (a percentile). The
    /// one test of it, for ``compare(_:)`` and the column comparison (``InstrumentNorms``).
    public var supportsComparison: Bool { PreparedNormEntry(self).supportsComparison }

    /// The report's upper limit of "normal": the mean plus one SD (Tierolf et al. 2014). Scores
    /// above it (strictly) are "excessive".
    ///
    /// - Throws: ``NormsError/Code/statisticUnavailable`` when the entry has no mean or SD
    ///   (the report prints no SD for the reference group's violence frequency, so its own
    ///   threshold cannot be reproduced from the report).
    public func excessThreshold() throws(NormsError) -> Double {
        try requireMean() + requireSD()
    }

    /// Whether a score is above ``excessThreshold()``.
    ///
    /// - Throws: as ``excessThreshold()``.
    public func isExcessive(_ score: RawScore) throws(NormsError) -> Bool {
        score.value > (try excessThreshold())
    }
}
