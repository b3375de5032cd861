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
    /// Why something is missing, in English (``reasonMessages`` joined by "; ").
    public var reason: String?
    /// Why something is missing, as data (``reason(in:)`` renders it in a language).
    public var reasonMessages: [Message<NormMessage>]

    /// Creates a result; `reason` is rendered from `reasonMessages` (none: `nil`).
    init(
        status: Status, normID: String?, z: ZScore? = nil, t: TScore? = nil, percentile: PercentileRank? = nil,
        percentileMethod: NormComparison.PercentileMethod? = nil, band: NormBand? = nil, reasonMessages: [Message<NormMessage>] = []
    ) {
        self.status = status
        self.normID = normID
        self.z = z
        self.t = t
        self.percentile = percentile
        self.percentileMethod = percentileMethod
        self.band = band
        self.reasonMessages = reasonMessages
        reason = reasonMessages.isEmpty ? nil : reasonMessages.joinedText(in: .english)
    }

    /// Why something is missing, in a language (`nil` when nothing is).
    public func reason(in language: Language) -> String? {
        reasonMessages.isEmpty ? nil : reasonMessages.joinedText(in: language)
    }

    /// A result without a comparison.
    public static func without(_ status: Status, _ reason: String, normID: String? = nil) -> NormResult {
        var result = NormResult(status: status, normID: normID)
        result.reason = reason
        return result
    }

    /// A result without a comparison, its reason as data.
    static func without(_ status: Status, _ reason: Message<NormMessage>, normID: String? = nil) -> NormResult {
        NormResult(status: status, normID: normID, reasonMessages: [reason])
    }

    /// The result of a score without a usable value: not compared, naming the score's status.
    static func notScored(_ status: ScoreStatus) -> NormResult {
        let known = notScoredResults
        if Int(status.code) < known.count, let result = known[Int(status.code)] { return result }
        return .without(.notScored, Message(.scoreStatus, ["status": .term(status.name)]))
    }

    /// ``notScored(_:)`` for every known status, by status code, made once (it is the result
    /// of most cells of a cohort with missing answers; an array, not a dictionary: hashing the
    /// status cost more than the rest of the lookup).
    private static let notScoredResults: [NormResult?] = {
        var results = [NormResult?](repeating: nil, count: Int(ScoreStatus.allKnown.map(\.code).max() ?? 0) + 1)
        for status in ScoreStatus.allKnown {
            results[Int(status.code)] = NormResult.without(.notScored, Message<NormMessage>(.scoreStatus, ["status": .term(status.name)]))
        }
        return results
    }()

    private enum CodingKeys: String, CodingKey { case status, normID, z, t, percentile, percentileMethod, band, reason, reasonMessages }

    /// Decodes a result; `reasonMessages` may be absent (results written before they were kept).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(Status.self, forKey: .status)
        normID = try container.decodeIfPresent(String.self, forKey: .normID)
        z = try container.decodeIfPresent(ZScore.self, forKey: .z)
        t = try container.decodeIfPresent(TScore.self, forKey: .t)
        percentile = try container.decodeIfPresent(PercentileRank.self, forKey: .percentile)
        percentileMethod = try container.decodeIfPresent(NormComparison.PercentileMethod.self, forKey: .percentileMethod)
        band = try container.decodeIfPresent(NormBand.self, forKey: .band)
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
        reasonMessages = try container.decodeIfPresent([Message<NormMessage>].self, forKey: .reasonMessages) ?? []
    }
}
