import HearthCore

/// One score set against the norm that applies to its respondent, or why none applies.
public struct NormResult: Hashable, Sendable, Codable {
    /// Whether a norm applied.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Compared: see the scores and band.
        case compared
        /// No norm covers this scale, population, sex or age (never extrapolated).
        case noNorm
        /// A norm exists but lacks what is needed (no SD, T metric without a T table).
        case unavailable
        /// The score itself has no usable value (its status says why).
        case notScored
    }

    /// Whether a norm applied.
    public var status: Status
    /// The entry or T table used (`N355`, `T:tscyc.anx female 3–4 …`).
    public var normID: String?
    /// The z-score.
    public var z: ZScore?
    /// The T-score.
    public var t: TScore?
    /// The percentile rank.
    public var percentile: PercentileRank?
    /// How the percentile was found.
    public var percentileMethod: NormComparison.PercentileMethod?
    /// The band: clinical ranges for T-scored instruments, normal/excessive for raw norms.
    public var band: NormBand?
    /// Why something is missing.
    public var reason: String?

    /// A result without a comparison.
    public static func without(_ status: Status, _ reason: String, normID: String? = nil) -> NormResult {
        NormResult(status: status, normID: normID, z: nil, t: nil, percentile: nil, percentileMethod: nil, band: nil, reason: reason)
    }

    /// The result of a score without a usable value: not compared, naming the score's status.
    static func notScored(_ status: ScoreStatus) -> NormResult {
        if let known = notScoredResults[status] { return known }
        return .without(.notScored, "score status \(status.name)")
    }

    /// ``notScored(_:)`` for every known status, made once (it is the result of most cells
    /// of a cohort with missing answers).
    private static let notScoredResults = Dictionary(
        uniqueKeysWithValues: ScoreStatus.allKnown.map { ($0, NormResult.without(.notScored, "score status \($0.name)")) })
}
