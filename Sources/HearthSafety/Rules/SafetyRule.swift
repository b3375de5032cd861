import HearthCore
import HearthProfiles

/// One rule of a safety rule set. Rules only raise a level; each names what it read.
public struct SafetyRule: Hashable, Sendable, Codable {
    /// What the rule tests (each kind is evaluated by HearthSafety; parameters are data).
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A critical indicator (``parameters/indicator``) is yes.
        case criticalIndicator
        /// A severe physical, sexual or threat incident within ``Parameters/windowDays``.
        case recentSevereIncident
        /// At least ``Parameters/count`` incidents within ``Parameters/windowDays``.
        case incidentFrequency
        /// A severe incident after only minor ones, within ``Parameters/windowDays``.
        case severityEscalation
        /// A parent's CTS2 shows severe physical violence in the past year.
        case severeViolenceReported
        /// Separation, coercive control, and physical or sexual violence together.
        case clusterOfThree
        /// The family fits the intimate-terror profile.
        case intimateTerrorProfile
        /// Stalking.
        case stalking
        /// At least ``Parameters/count`` risk factors are yes.
        case riskFactorCount
        /// A child was present at a severe incident (applies to the children).
        case childPresentAtSevereIncident
        /// A child was the target of an abuse incident (applies to that child).
        case childAbuse
        /// The family's measured waves show violence rising between two consecutive
        /// measurements (``HearthProfiles/WaveChanges``; no waves: does not apply).
        case violenceEscalatedAcrossWaves
        /// Violence returned at a wave after a measured wave without any.
        case violenceReturnedAfterPause
        /// Violence measured at the report's wave and again at a later one: it went on.
        case violencePersistsAcrossWaves
        /// Child neglect (applies to the children).
        case childNeglect
        /// A child younger than ``Parameters/ageYears`` with a caregiver's substance use,
        /// problem drinking or psychiatric problem, or neglect (applies to those children).
        case youngChildWithCaregiverProblems
        /// Children were present at ``Parameters/count`` or more incidents (applies to the children).
        case childrenRepeatedlyPresent
        /// A sign of danger (``Parameters/indicator``, a ``DangerSigns`` name) is yes; for the
        /// children when ``Parameters/appliesToChildren`` is true.
        case dangerSign
        /// The victim is pregnant or had a baby in the last 18 months, and there is physical
        /// or sexual violence.
        case pregnancyWithViolence
    }

    /// The rule's numbers and names.
    public struct Parameters: Hashable, Sendable, Codable {
        /// For ``Kind/criticalIndicator`` and ``Kind/dangerSign``: the indicator's name.
        public var indicator: String?
        /// For ``Kind/dangerSign``: whether the rule applies to the children rather than the
        /// whole family. Each parameter is read by the kinds its comment names; a rule set
        /// giving it to another kind is refused (``SafetyRuleSet/validate()``).
        public var appliesToChildren: Bool?
        /// For ``Kind/recentSevereIncident``, ``Kind/incidentFrequency`` and
        /// ``Kind/severityEscalation``: a window in days before the assessment date.
        public var windowDays: Int?
        /// For ``Kind/incidentFrequency``, ``Kind/riskFactorCount`` and
        /// ``Kind/childrenRepeatedlyPresent``: a count threshold.
        public var count: Int?
        /// For ``Kind/youngChildWithCaregiverProblems``: an age limit in years (a child younger than it).
        public var ageYears: Int?

        /// Creates parameters.
        public init(indicator: String? = nil, windowDays: Int? = nil, count: Int? = nil, ageYears: Int? = nil, appliesToChildren: Bool? = nil) {
            self.indicator = indicator
            self.appliesToChildren = appliesToChildren
            self.windowDays = windowDays
            self.count = count
            self.ageYears = ageYears
        }

        /// The names of the parameters given, in declaration order.
        var given: [String] {
            [("indicator", indicator != nil), ("appliesToChildren", appliesToChildren != nil), ("windowDays", windowDays != nil), ("count", count != nil),
             ("ageYears", ageYears != nil)].filter(\.1).map(\.0)
        }
    }

    /// The rule's identifier.
    public var id: String
    /// What it tests.
    public var kind: Kind
    /// Its parameters.
    public var parameters: Parameters
    /// The level it raises to when it fires.
    public var level: SafetyLevel
    /// A plain statement of the rule.
    public var description: LocalizedText
    /// The works it rests on (ids of the rule set's ``SafetyRuleSet/bibliography``); a
    /// threshold of Hearth's own cites ``Bibliography/hearthsChoice``.
    public var citations: [Citation]

    /// Creates a rule.
    public init(id: String, kind: Kind, parameters: Parameters = Parameters(), level: SafetyLevel, description: LocalizedText, citations: [Citation]) {
        self.id = id
        self.kind = kind
        self.parameters = parameters
        self.level = level
        self.description = description
        self.citations = citations
    }

    /// The citations as text, from the built-in bibliography.
    @available(*, deprecated, message: "rules cite sources by id: use citations, rendered with SafetyRuleSet.bibliography")
    public var source: String { Bibliography.builtIn.text(citations) }
}

/// A versioned set of safety rules.
public struct SafetyRuleSet: Hashable, Sendable, Codable {
    /// The set's identifier.
    public var id: String
    /// Its version; recorded with every assessment.
    public var version: String
    /// What the rules rest on, and their limits.
    public var disclaimer: LocalizedText
    /// The rules.
    public var rules: [SafetyRule]
    /// Works the rules cite beyond Hearth's built-in bibliography (absent in JSON: none).
    public var sources: [Source]

    /// Creates a rule set.
    public init(id: String, version: String, disclaimer: LocalizedText, rules: [SafetyRule], sources: [Source] = []) {
        self.id = id
        self.version = version
        self.disclaimer = disclaimer
        self.rules = rules
        self.sources = sources
    }

    /// The works the rules may cite: the built-in bibliography and ``sources``.
    public var bibliography: Bibliography { Bibliography.builtIn.adding(sources) }

    private enum CodingKeys: String, CodingKey { case id, version, disclaimer, rules, sources }

    /// Decodes a rule set; `sources` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        version = try container.decode(String.self, forKey: .version)
        disclaimer = try container.decode(LocalizedText.self, forKey: .disclaimer)
        rules = try container.decode([SafetyRule].self, forKey: .rules)
        sources = try container.decodeIfPresent([Source].self, forKey: .sources) ?? []
    }

    /// Checks the rule set.
    ///
    /// - Throws: ``SafetyError/Code/invalidRuleSet`` for duplicate ids, unknown indicators,
    ///   missing or non-positive windows and counts, a parameter the rule's kind does not read
    ///   (it would be ignored), a rule that cites nothing or a source the bibliography does
    ///   not have, and sources with the same id.
    public func validate() throws(SafetyError) {
        // Decisions hold rules as bits of a 64-bit set.
        guard rules.count <= 64 else { throw SafetyError(.invalidRuleSet, field: "rules", message: "a rule set holds at most 64 rules") }
        let bibliography = bibliography
        if let problem = bibliography.problem { throw SafetyError(.invalidRuleSet, field: "sources", message: problem) }
        var ids = Set<String>()
        let indicators = Set(CriticalIndicators.names)
        for rule in rules {
            func fail(_ message: String) -> SafetyError { SafetyError(.invalidRuleSet, field: rule.id, message: message) }
            guard ids.insert(rule.id).inserted else { throw fail("duplicate rule id") }
            guard !rule.citations.isEmpty else { throw fail("cites no source: cite a work, or '\(Bibliography.hearthsChoice)' for a setting of Hearth's own") }
            if let unresolved = bibliography.unresolved(rule.citations) {
                throw fail("cites the source '\(unresolved.source)', which is neither built in nor among the rule set's sources")
            }
            if let ignored = rule.parameters.given.first(where: { !rule.kind.parameters.contains($0) }) {
                throw fail("a rule of kind '\(rule.kind.rawValue)' reads no '\(ignored)' parameter: it would be ignored")
            }
            switch rule.kind {
            case .criticalIndicator:
                guard let indicator = rule.parameters.indicator, indicators.contains(indicator) else { throw fail("unknown critical indicator") }
            case .recentSevereIncident, .severityEscalation:
                guard (rule.parameters.windowDays ?? 0) > 0 else { throw fail("needs a positive windowDays") }
            case .incidentFrequency:
                guard (rule.parameters.windowDays ?? 0) > 0, (rule.parameters.count ?? 0) > 0 else { throw fail("needs a positive windowDays and count") }
            case .riskFactorCount, .childrenRepeatedlyPresent:
                guard (rule.parameters.count ?? 0) > 0 else { throw fail("needs a positive count") }
            case .dangerSign:
                guard let sign = rule.parameters.indicator, DangerSigns.names.contains(sign) else { throw fail("unknown danger sign") }
            case .youngChildWithCaregiverProblems:
                guard (1...18).contains(rule.parameters.ageYears ?? 0) else { throw fail("needs an ageYears between 1 and 18") }
            case .severeViolenceReported, .clusterOfThree, .intimateTerrorProfile, .stalking, .childPresentAtSevereIncident, .childAbuse,
                .violenceEscalatedAcrossWaves, .violenceReturnedAfterPause, .violencePersistsAcrossWaves, .childNeglect, .pregnancyWithViolence:
                break
            }
        }
    }

    /// Checks the rule set (``validate()``) and what it refers to in the profile rules: a
    /// rule of kind `intimateTerrorProfile` needs a profile with id
    /// ``ProfileRuleSet/intimateTerrorID`` (without it the rule could never fire, silently).
    ///
    /// - Throws: ``SafetyError/Code/invalidRuleSet`` naming the rule and what it refers to.
    public func validate(against profiles: ProfileRuleSet) throws(SafetyError) {
        try validate()
        let profileIDs = Set(profiles.profiles.map(\.id))
        for rule in rules where rule.kind == .intimateTerrorProfile && !profileIDs.contains(ProfileRuleSet.intimateTerrorID) {
            throw SafetyError(
                .invalidRuleSet, field: rule.id,
                message: "refers to the profile '\(ProfileRuleSet.intimateTerrorID)', which the profile rule set '\(profiles.id)' does not define")
        }
    }
}

extension SafetyRule.Kind {
    /// The parameters a rule of this kind reads; a rule set giving it another is refused
    /// (``SafetyRuleSet/validate()``), since the evaluation would ignore it silently.
    var parameters: Set<String> {
        switch self {
        case .criticalIndicator: ["indicator"]
        case .recentSevereIncident, .severityEscalation: ["windowDays"]
        case .incidentFrequency: ["windowDays", "count"]
        case .riskFactorCount, .childrenRepeatedlyPresent: ["count"]
        case .dangerSign: ["indicator", "appliesToChildren"]
        case .youngChildWithCaregiverProblems: ["ageYears"]
        case .severeViolenceReported, .clusterOfThree, .intimateTerrorProfile, .stalking, .childPresentAtSevereIncident, .childAbuse,
            .violenceEscalatedAcrossWaves, .violenceReturnedAfterPause, .violencePersistsAcrossWaves, .childNeglect, .pregnancyWithViolence:
            []
        }
    }
}
