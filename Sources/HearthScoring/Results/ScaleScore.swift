import HearthCore

/// One scale's result for one respondent: the score, its status, and how it came about.
public struct ScaleScore: Hashable, Sendable, Codable {
    /// The scale's identifier.
    public var scaleID: String
    /// Why the score has the value it has, or none.
    public var status: ScoreStatus
    /// The score computed from answered items (and, with status `determined`, items
    /// implied by skip logic or irrelevant to the result). `nil` when prorated or not computable.
    /// For an invalid protocol it is kept for inspection, but ``value`` is `nil`.
    public var raw: RawScore?
    /// The prorated score (mean of answered items × item count, or the answered mean), when
    /// the missing-data rule allowed proration.
    public var prorated: RawScore?
    /// The number of items (pairs, for a pair-difference scale) answered with a valid code.
    public var answeredItems: Int
    /// The number of items (pairs) without an answer.
    public var missingItems: Int
    /// The missing-data rule that was applied.
    public var rule: MissingDataRule

    /// Creates a scale score.
    public init(
        scaleID: String, status: ScoreStatus, raw: RawScore?, prorated: RawScore?,
        answeredItems: Int, missingItems: Int, rule: MissingDataRule
    ) {
        self.scaleID = scaleID
        self.status = status
        self.raw = raw
        self.prorated = prorated
        self.answeredItems = answeredItems
        self.missingItems = missingItems
        self.rule = rule
    }

    /// The score to interpret: the raw or prorated score when the status allows it, else `nil`.
    public var value: RawScore? {
        status.hasUsableValue ? (raw ?? prorated) : nil
    }
}
