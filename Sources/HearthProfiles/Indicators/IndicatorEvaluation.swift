import HearthCore
/// One indicator evaluated for a family: met, not met or unknown, with the evidence.
public struct IndicatorEvaluation: Hashable, Sendable, Codable {
    /// The outcome, in three-valued logic: HearthCore's ``Answer`` spelled `met`, `notMet`,
    /// `unknown` in results (``answer``, ``init(_:)`` convert).
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
    /// The inputs that decided it, as data (member pseudonyms and scale values, no personal data).
    public var evidenceMessages: [Message<ProfileMessage>]
    /// ``evidenceMessages`` in the result's language, joined by "; ".
    public var evidence: String
    /// The works the indicator rests on.
    public var citations: [Citation]
    /// ``citations`` for people.
    public var source: String

    /// Creates an evaluation, its evidence and sources rendered in a language.
    public init(
        indicator: String, status: Status, evidence: [Message<ProfileMessage>], citations: [Citation], bibliography: Bibliography = .builtIn,
        language: Language = .english
    ) {
        self.init(indicator: indicator, status: status, evidence: evidence, citations: citations, source: bibliography.text(citations, in: language), language: language)
    }

    /// An evaluation whose citations are already rendered.
    init(indicator: String, status: Status, evidence: [Message<ProfileMessage>], citations: [Citation], source: String, language: Language) {
        self.indicator = indicator
        self.status = status
        evidenceMessages = evidence
        self.evidence = evidence.joinedText(in: language)
        self.citations = citations
        self.source = source
    }
}

extension IndicatorEvaluation.Status {
    /// The status of an answer: met for yes, not met for no, unknown for unknown (the JSON
    /// spelling of an indicator's ``Answer``).
    @inlinable
    public init(_ answer: Answer) {
        switch answer {
        case .yes: self = .met
        case .no: self = .notMet
        case .unknown: self = .unknown
        }
    }

    /// The status as an answer (met is yes).
    @inlinable
    public var answer: Answer {
        switch self {
        case .met: .yes
        case .notMet: .no
        case .unknown: .unknown
        }
    }
}
