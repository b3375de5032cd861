import HearthCore

/// A rule that marks a protocol invalid when a validity scale's raw score crosses a
/// threshold, optionally different per sex and age band.
///
/// The Briere checklists publish their validity limits as T-scores per norm group; a
/// licence holder converts them to raw thresholds per sex × age band in the key file.
/// When no threshold applies to a respondent (for example sex unknown and no threshold
/// for unknown sex), the rule is reported as not assessed, never as passed.
public struct ValidityRule: Hashable, Sendable, Codable {
    /// The direction in which crossing the threshold invalidates.
    public enum Comparison: String, Hashable, Sendable, Codable, CaseIterable {
        /// Invalid when the score is at or above the threshold.
        case atLeast
        /// Invalid when the score is at or below the threshold.
        case atMost
    }

    /// A threshold for one stratum; `nil` fields match everyone.
    public struct Threshold: Hashable, Sendable, Codable {
        /// The sex the threshold applies to.
        public var sex: Sex?
        /// The lowest age (years, inclusive) it applies to.
        public var minimumAge: Int?
        /// The highest age (years, inclusive) it applies to.
        public var maximumAge: Int?
        /// The raw threshold.
        public var value: Double

        /// Creates a threshold.
        public init(sex: Sex? = nil, minimumAge: Int? = nil, maximumAge: Int? = nil, value: Double) {
            self.sex = sex
            self.minimumAge = minimumAge
            self.maximumAge = maximumAge
            self.value = value
        }

        /// Whether the threshold applies to a respondent.
        public func applies(to respondent: Respondent) -> Bool {
            applies(sex: respondent.sex, years: respondent.age?.years)
        }

        /// Whether the threshold applies to someone of this sex and age (years, when known).
        public func applies(sex respondentSex: Sex, years: Int?) -> Bool {
            if let sex, sex != respondentSex { return false }
            if minimumAge != nil || maximumAge != nil {
                guard let years else { return false }
                if let minimumAge, years < minimumAge { return false }
                if let maximumAge, years > maximumAge { return false }
            }
            return true
        }
    }

    /// The rule's identifier (e.g. `tscc.hyp`).
    public var id: String
    /// The validity scale the rule reads.
    public var scale: String
    /// The direction that invalidates.
    public var comparison: Comparison
    /// Thresholds per stratum; the first that applies is used.
    public var thresholds: [Threshold]
    /// Why crossing it invalidates (e.g. "hyperresponse: possible over-reporting").
    public var reason: String
    /// Where the rule comes from (manual page, key file version).
    public var source: String

    /// Creates a validity rule.
    public init(id: String, scale: String, comparison: Comparison = .atLeast, thresholds: [Threshold], reason: String, source: String) {
        self.id = id
        self.scale = scale
        self.comparison = comparison
        self.thresholds = thresholds
        self.reason = reason
        self.source = source
    }

    /// The threshold that applies to a respondent, if any.
    public func threshold(for respondent: Respondent) -> Double? {
        threshold(sex: respondent.sex, years: respondent.age?.years)
    }

    /// The threshold that applies to someone of this sex and age (years, when known), if any.
    public func threshold(sex: Sex, years: Int?) -> Double? {
        thresholds.first { $0.applies(sex: sex, years: years) }?.value
    }
}
