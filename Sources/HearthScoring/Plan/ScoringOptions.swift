/// How a cohort is scored.
public struct ScoringOptions: Hashable, Sendable {
    /// What to do when an answer code lies outside the response scale.
    public enum InvalidCodePolicy: Hashable, Sendable {
        /// Throw ``ScoringError/Code/invalidCode`` naming the first such row and item.
        case reject
        /// Give every scale that uses the item the status ``HearthCore/ScoreStatus/invalidCode``
        /// and go on; ``ScoringPlan/firstInvalidCode(in:)`` finds the cells.
        case markScales
    }

    /// The number of threads; `nil` uses every active processor.
    public var threads: Int?
    /// What to do with out-of-range codes.
    public var invalidCodes: InvalidCodePolicy

    /// Creates options.
    public init(threads: Int? = nil, invalidCodes: InvalidCodePolicy = .reject) {
        self.threads = threads
        self.invalidCodes = invalidCodes
    }
}
