import HearthCore

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
    /// The profile's name (with its Dutch name when given).
    public var name: LocalizedText
    /// The clauses; the profile applies when every clause is met.
    public var requirements: [ProfileRequirement]
    /// Indicators shown as context for the profile, which do not decide it.
    public var supporting: [String]
    /// The approach the source recommends for it.
    public var approach: LocalizedText
    /// The works that describe the profile and its approach (ids of the rule set's
    /// ``ProfileRuleSet/bibliography``).
    public var citations: [Citation]

    /// Creates a profile rule.
    public init(id: String, name: LocalizedText, requirements: [ProfileRequirement], supporting: [ProfileIndicator] = [], approach: LocalizedText, citations: [Citation]) {
        self.id = id
        self.name = name
        self.requirements = requirements
        self.supporting = supporting.map(\.rawValue)
        self.approach = approach
        self.citations = citations
    }

    /// The citations as text, from the built-in bibliography.
    @available(*, deprecated, message: "profiles cite sources by id: use citations, rendered with ProfileRuleSet.bibliography")
    public var source: String { Bibliography.builtIn.text(citations) }
}

/// A versioned set of profile rules, with the order in which profiles dominate.
///
/// The built-in set is Hearth's own operational reading of the narrative definitions of the
/// five violence profiles (Steketee & Lünnemann 2020); the source gives no cut-offs or algorithm, and no
/// validation exists. Load another set from JSON to use other rules.
public struct ProfileRuleSet: Hashable, Sendable, Codable {
    /// The rule set's identifier.
    public var id: String
    /// Its version; recorded with every result.
    public var version: String
    /// The works it is based on.
    public var citations: [Citation]
    /// The statement every result carries about the rules' status.
    public var disclaimer: LocalizedText
    /// The profiles.
    public var profiles: [ProfileRule]
    /// Profile ids from most to least dominant.
    public var priority: [String]
    /// Profiles that describe a context and never suppress another profile as dominant
    /// (complex conflict divorce can follow any of the others, Steketee & Lünnemann 2020).
    public var overlays: [String]
    /// Works the rules cite beyond Hearth's built-in bibliography (absent in JSON: none).
    public var sources: [Source]
    /// Approaches that must not stand side by side (absent in JSON: none).
    public var conflicts: [ApproachConflict]

    /// Creates a rule set. Call ``validate()`` to check it.
    public init(
        id: String, version: String, citations: [Citation], disclaimer: LocalizedText, profiles: [ProfileRule], priority: [String], overlays: [String],
        sources: [Source] = [], conflicts: [ApproachConflict] = []
    ) {
        self.conflicts = conflicts
        self.id = id
        self.version = version
        self.citations = citations
        self.disclaimer = disclaimer
        self.profiles = profiles
        self.priority = priority
        self.overlays = overlays
        self.sources = sources
    }

    /// The works the rules may cite: the built-in bibliography and ``sources``.
    public var bibliography: Bibliography { Bibliography.builtIn.adding(sources) }

    private enum CodingKeys: String, CodingKey { case id, version, citations, disclaimer, profiles, priority, overlays, sources, conflicts }

    /// Decodes a rule set; `sources` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        version = try container.decode(String.self, forKey: .version)
        citations = try container.decode([Citation].self, forKey: .citations)
        disclaimer = try container.decode(LocalizedText.self, forKey: .disclaimer)
        profiles = try container.decode([ProfileRule].self, forKey: .profiles)
        priority = try container.decode([String].self, forKey: .priority)
        overlays = try container.decode([String].self, forKey: .overlays)
        sources = try container.decodeIfPresent([Source].self, forKey: .sources) ?? []
        conflicts = try container.decodeIfPresent([ApproachConflict].self, forKey: .conflicts) ?? []
    }

    /// The id of the intimate-terror profile, which the safety rules of kind
    /// `intimateTerrorProfile` and the safety triage read: a profile rule set used with those
    /// rules must define it (``SafetyRuleSet/validate(against:)`` in HearthSafety checks).
    public static let intimateTerrorID = "intimateTerror"

    /// Checks the rule set.
    ///
    /// - Throws: ``ProfilesError/Code/invalidRuleSet`` for unknown indicators, empty or
    ///   impossible clauses, duplicate profiles, more than 64 profiles, a priority that is
    ///   not a permutation of the profiles, a profile that cites nothing or a source the
    ///   bibliography does not have, and sources with the same id.
    public func validate() throws(ProfilesError) {
        func fail(_ field: String, _ message: String) -> ProfilesError { ProfilesError(.invalidRuleSet, field: field, message: message) }
        let bibliography = bibliography
        if let problem = bibliography.problem { throw fail("sources", problem) }
        guard !citations.isEmpty else { throw fail("citations", "the rule set cites no source: cite the work its profiles come from") }
        if let unresolved = bibliography.unresolved(citations) {
            throw fail("citations", "cites the source '\(unresolved.source)', which is neither built in nor among the rule set's sources")
        }
        let ids = profiles.map(\.id)
        guard !profiles.isEmpty, Set(ids).count == ids.count else { throw fail("profiles", "profiles must be present and unique") }
        // Decisions hold profiles as bits of a 64-bit set.
        guard profiles.count <= 64 else { throw fail("profiles", "a rule set holds at most 64 profiles") }
        guard priority.sorted() == ids.sorted() else { throw fail("priority", "priority must list every profile exactly once") }
        guard Set(overlays).isSubset(of: ids) else { throw fail("overlays", "overlays must be profiles") }
        for conflict in conflicts where !ids.contains(conflict.profile) || !ids.contains(conflict.with) || conflict.limit.english.allSatisfy(\.isWhitespace) {
            throw fail("conflicts", "a conflict names two profiles of the set and a limit")
        }
        for profile in profiles {
            guard !profile.citations.isEmpty else { throw fail(profile.id, "cites no source: cite a work, or '\(Bibliography.hearthsChoice)' for a reading of Hearth's own") }
            if let unresolved = bibliography.unresolved(profile.citations) {
                throw fail(profile.id, "cites the source '\(unresolved.source)', which is neither built in nor among the rule set's sources")
            }
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
