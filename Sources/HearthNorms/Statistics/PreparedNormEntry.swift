import HearthCore

/// What comparing a score with one ``NormEntry`` needs, read from the entry once: its mean
/// and SD, its count distribution (printed, or kept with a sample's mean) as sorted
/// pairs, and the excess threshold. The one implementation of the comparison:
/// ``NormEntry/compare(_:)`` and ``NormComparator`` prepare an entry per call,
/// ``InstrumentNorms`` keeps one per entry it uses, so a cohort's cells are compared
/// without rereading the entry's text fields per cell.
struct PreparedNormEntry: Sendable {
    /// The entry's id and statistic (for results and messages).
    let id: String, statistic: String
    /// The entry's mean and SD, when printed.
    let mean: Double?, sd: Double?
    /// The count distribution by score, ascending; `nil` without one (or with an unreadable one).
    let counts: [(score: Double, count: Int)]?
    /// The respondents the distribution counts.
    let total: Int
    /// Mean + SD, the report's upper limit of normal (``NormEntry/excessThreshold()``).
    let excessThreshold: Double?

    init(_ entry: NormEntry) {
        id = entry.id
        statistic = entry.statistic
        mean = entry.mean
        sd = entry.sd
        let distribution = entry.countDistribution ?? entry.sampleCountDistribution
        counts = distribution.map { $0.map { (score: Double($0.key), count: $0.value) }.sorted { $0.score < $1.score } }
        total = distribution?.values.reduce(0, +) ?? 0
        excessThreshold = try? entry.excessThreshold()
    }

    /// Whether a finite score can be compared: a mean and a positive SD (z, T), or a count
    /// distribution with at least one respondent (a percentile).
    var supportsComparison: Bool {
        if mean != nil, let sd, sd > 0 { return true }
        return counts != nil && total > 0
    }

    /// ``NormEntry/compare(_:)``.
    func compare(_ score: RawScore) throws(NormsError) -> NormComparison {
        guard score.value.isFinite else {
            throw NormsError(.invalidValue, entry: id, field: "score", message: "score is not a finite number")
        }
        guard supportsComparison else {
            throw NormsError(.statisticUnavailable, entry: id, message: "entry '\(statistic)' has neither mean and SD nor a count distribution")
        }
        var comparison = NormComparison(entryID: id, score: score, z: nil, t: nil, percentile: nil, percentileMethod: nil, missing: [])
        if let mean, let sd, sd > 0 {
            let z = ZScore((score.value - mean) / sd)
            comparison.z = z
            comparison.t = z.tScore
        } else {
            comparison.missing.append(mean == nil ? .noMean : (sd == nil ? .noSD : .zeroSD))
        }
        if let rank = midRankPercentile(score.value) {
            comparison.percentile = PercentileRank(rank)
            comparison.percentileMethod = .distribution
        } else if let z = comparison.z {
            comparison.percentile = PercentileRank(100 * StandardNormal.cumulativeProbability(z.value))
            comparison.percentileMethod = .normalApproximation
        } else {
            comparison.missing.append(.noPercentile)
        }
        return comparison
    }

    /// 100 × (count below + ½ count at) / total, or `nil` without a distribution or respondents.
    func midRankPercentile(_ score: Double) -> Double? {
        guard let counts, total > 0 else { return nil }
        var below = 0, at = 0
        for pair in counts {
            if pair.score < score { below += pair.count } else if pair.score == score { at += pair.count } else { break }
        }
        return 100 * (Double(below) + 0.5 * Double(at)) / Double(total)
    }

    /// The full result of a score against the entry (``NormComparator``'s, for one cell).
    func result(_ value: RawScore) -> NormResult {
        guard let comparison = try? compare(value) else {
            return .without(.unavailable, Message<NormMessage>(.entryWithoutSpread), normID: id)
        }
        let band: NormBand? = excessThreshold.map { value.value > $0 ? .excessive : .normal }
        return NormResult(
            status: .compared, normID: id, z: comparison.z, t: comparison.t, percentile: comparison.percentile,
            percentileMethod: comparison.percentileMethod, band: band, reasonMessages: comparison.missing.map(\.message))
    }
}
