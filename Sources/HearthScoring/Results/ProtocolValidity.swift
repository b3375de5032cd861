/// Whether a protocol (one respondent's completed form) may be interpreted, and why.
public struct ProtocolValidity: Hashable, Sendable, Codable {
    /// The overall verdict.
    public enum Verdict: String, Hashable, Sendable, Codable {
        /// No validity rule fired and every rule could be assessed.
        case valid
        /// A validity rule fired or too many items were missing: do not interpret the scores.
        case invalid
        /// No rule fired, but at least one could not be assessed (its scale was incomplete,
        /// or no threshold exists for the respondent's sex or age).
        case notAssessed
    }

    /// One observation about the protocol.
    public struct Finding: Hashable, Sendable, Codable {
        /// What was found.
        public enum Kind: String, Hashable, Sendable, Codable {
            /// A validity rule fired.
            case validityRuleFired
            /// A validity rule could not be assessed.
            case validityNotAssessed
            /// More items were missing than the protocol allows.
            case tooManyMissingItems
            /// The respondent's age lies outside the instrument's intended range (a warning;
            /// norms for such ages will not exist).
            case outsideAgeRange
        }

        /// What was found.
        public var kind: Kind
        /// The validity rule involved.
        public var ruleID: String?
        /// The scale involved.
        public var scaleID: String?
        /// Why it matters.
        public var reason: String

        /// Creates a finding.
        public init(kind: Kind, ruleID: String? = nil, scaleID: String? = nil, reason: String) {
            self.kind = kind
            self.ruleID = ruleID
            self.scaleID = scaleID
            self.reason = reason
        }
    }

    /// The overall verdict.
    public var verdict: Verdict
    /// Everything that led to it, plus warnings that do not change it.
    public var findings: [Finding]

    /// Creates a validity record.
    public init(verdict: Verdict, findings: [Finding]) {
        self.verdict = verdict
        self.findings = findings
    }

    /// Whether the protocol's scores may be interpreted (not `invalid`).
    public var isInterpretable: Bool { verdict != .invalid }
}
