import HearthCore
/// One indicator evaluated for a family: met, not met or unknown, with the evidence.
public struct IndicatorEvaluation: Hashable, Sendable, Codable {
    /// The outcome, in three-valued logic.
    public enum Status: String, Hashable, Sendable, Codable {
        /// The indicator is present.
        case met
        /// The indicator is established to be absent.
        case notMet
        /// The information needed is missing.
        case unknown
    }

    /// The indicator's identifier.
    public var indicator: String
    /// The outcome.
    public var status: Status
    /// The inputs that decided it (no personal data: member pseudonyms and scale values).
    public var evidence: String
    /// Where the indicator comes from in the source documents.
    public var source: String

    /// Creates an evaluation.
    public init(indicator: String, status: Status, evidence: String, source: String) {
        self.indicator = indicator
        self.status = status
        self.evidence = evidence
        self.source = source
    }
}

extension IndicatorEvaluation.Status {
    /// Met when any is met, not met when all are not met, else unknown (Kleene OR).
    static func any(_ statuses: [Self]) -> Self {
        if statuses.contains(.met) { return .met }
        return !statuses.isEmpty && statuses.allSatisfy { $0 == .notMet } ? .notMet : .unknown
    }

    /// The status of a yes/no/unknown answer.
    init(_ answer: Answer) {
        switch answer {
        case .yes: self = .met
        case .no: self = .notMet
        case .unknown: self = .unknown
        }
    }
}
