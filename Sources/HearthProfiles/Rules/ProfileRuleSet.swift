/// A clause of a profile rule, over indicators, in three-valued logic.
public struct ProfileRequirement: Hashable, Sendable, Codable {
    /// How the indicators combine.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Every indicator must be met.
        case allOf
        /// At least ``ProfileRequirement/count`` indicators must be met.
        case atLeast
    }

    /// How the indicators combine.
    public var kind: Kind
    /// For ``Kind/atLeast``: how many must be met.
    public var count: Int?
    /// The indicators (``ProfileIndicator`` raw values).
    public var indicators: [String]

    /// Creates a clause.
    public init(_ kind: Kind, count: Int? = nil, _ indicators: [ProfileIndicator]) {
        self.kind = kind
        self.count = count
        self.indicators = indicators.map(\.rawValue)
    }
}

/// One profile as a rule: its clauses (all must hold), approach and source.
public struct ProfileRule: Hashable, Sendable, Codable {
    /// The profile's identifier.
    public var id: String
    /// The profile's name.
    public var name: String
    /// The clauses; the profile applies when every clause is met.
    public var requirements: [ProfileRequirement]
    /// Indicators shown as context for the profile, which do not decide it.
    public var supporting: [String]
    /// The approach the source recommends for it.
    public var approach: String
    /// Where the narrative definition is.
    public var source: String

    /// Creates a profile rule.
    public init(id: String, name: String, requirements: [ProfileRequirement], supporting: [ProfileIndicator] = [], approach: String, source: String) {
        self.id = id
        self.name = name
        self.requirements = requirements
        self.supporting = supporting.map(\.rawValue)
        self.approach = approach
        self.source = source
    }
}

/// A versioned set of profile rules, with the order in which profiles dominate.
///
/// The built-in set is Hearth's own operational reading of the narrative definitions of the
/// five violence profiles (001:197–226); the source gives no cut-offs or algorithm, and no
/// validation exists. Load another set from JSON to use other rules.
public struct ProfileRuleSet: Hashable, Sendable, Codable {
    /// The rule set's identifier.
    public var id: String
    /// Its version; recorded with every result.
    public var version: String
    /// What it is based on.
    public var source: String
    /// The statement every result carries about the rules' status.
    public var disclaimer: String
    /// The profiles.
    public var profiles: [ProfileRule]
    /// Profile ids from most to least dominant.
    public var priority: [String]
    /// Profiles that describe a context and never suppress another profile as dominant
    /// (complex conflict divorce can follow any of the others, 001:226).
    public var overlays: [String]

    /// Creates a rule set. Call ``validate()`` to check it.
    public init(id: String, version: String, source: String, disclaimer: String, profiles: [ProfileRule], priority: [String], overlays: [String]) {
        self.id = id
        self.version = version
        self.source = source
        self.disclaimer = disclaimer
        self.profiles = profiles
        self.priority = priority
        self.overlays = overlays
    }

    /// The id of the intimate-terror profile, which the safety rules of kind
    /// `intimateTerrorProfile` and the safety triage read: a profile rule set used with those
    /// rules must define it (``SafetyRuleSet/validate(against:)`` in HearthSafety checks).
    public static let intimateTerrorID = "intimateTerror"

    /// Checks the rule set.
    ///
    /// - Throws: ``ProfilesError/Code/invalidRuleSet`` for unknown indicators, empty or
    ///   impossible clauses, duplicate profiles, more than 64 profiles, or a priority that is
    ///   not a permutation of the profiles.
    public func validate() throws(ProfilesError) {
        func fail(_ field: String, _ message: String) -> ProfilesError { ProfilesError(.invalidRuleSet, field: field, message: message) }
        let ids = profiles.map(\.id)
        guard !profiles.isEmpty, Set(ids).count == ids.count else { throw fail("profiles", "profiles must be present and unique") }
        // Decisions hold profiles as bits of a 64-bit set.
        guard profiles.count <= 64 else { throw fail("profiles", "a rule set holds at most 64 profiles") }
        guard priority.sorted() == ids.sorted() else { throw fail("priority", "priority must list every profile exactly once") }
        guard Set(overlays).isSubset(of: ids) else { throw fail("overlays", "overlays must be profiles") }
        for profile in profiles {
            guard !profile.requirements.isEmpty else { throw fail(profile.id, "a profile needs at least one clause") }
            for requirement in profile.requirements {
                guard !requirement.indicators.isEmpty else { throw fail(profile.id, "a clause needs indicators") }
                if requirement.kind == .atLeast, !(1...requirement.indicators.count).contains(requirement.count ?? 0) {
                    throw fail(profile.id, "atLeast needs a count between 1 and the number of indicators")
                }
            }
            for indicator in profile.requirements.flatMap(\.indicators) + profile.supporting where ProfileIndicator(rawValue: indicator) == nil {
                throw fail(profile.id, "unknown indicator '\(indicator)'")
            }
        }
    }
}
