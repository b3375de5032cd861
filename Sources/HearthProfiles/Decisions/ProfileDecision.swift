import HearthCore
/// A family's profiles decided without their explanation: each profile's status, the
/// dominant one, and the indicator statuses that decided them (the reasons, as data).
///
/// ``ProfileClassifier/decide(_:)`` makes it from ``FamilyFacts``; the same family's
/// ``ProfileClassifier/classify(_:)`` gives the same statuses with evidence in words, for
/// the families a professional opens.
public struct ProfileDecision: Hashable, Sendable {
    /// The indicators' statuses.
    public let indicators: IndicatorStatuses
    /// The number of profiles in the rule set.
    public let profileCount: Int
    private let members: UInt64
    private let undetermined: UInt64
    /// The kind of dominance outcome.
    public let dominantKind: DominantProfile.Kind
    /// The dominant profile's position in the rule set's profiles (for ``DominantProfile/Kind/profile``).
    public let dominantProfile: Int?
    private let undeterminedAbove: UInt64

    init(indicators: IndicatorStatuses, rules: borrowing CompiledProfileRules) {
        self.indicators = indicators
        profileCount = rules.profileCount
        let (members, undetermined) = rules.statuses(indicators)
        self.members = members
        self.undetermined = undetermined
        // The first member in rank order, unless an undetermined profile outranks it.
        var above: UInt64 = 0
        var kind = DominantProfile.Kind.none, dominant: Int?
        rules.ranked.withUnsafeBufferPointer { ranked in
            for profile in ranked where profile < CompiledProfileRules.maximumProfiles {
                let bit = UInt64(1) << profile
                if members & bit != 0 {
                    if above == 0 { dominant = profile; kind = .profile } else { kind = .insufficientInformation }
                    break
                }
                above |= undetermined & bit
            }
        }
        if kind == .none, above != 0 { kind = .insufficientInformation }
        dominantKind = kind
        dominantProfile = dominant
        undeterminedAbove = above
    }

    /// The status of the profile at `position` in the rule set's profiles, spelled as
    /// results spell it (member, not a member, undetermined: ``answer(forProfileAt:)``).
    public func status(ofProfileAt position: Int) -> ProfileMembership.Status {
        switch answer(forProfileAt: position) {
        case .yes: .member
        case .unknown: .undetermined
        case .no: .notMember
        }
    }

    /// Whether the family has the profile at `position` in the rule set's profiles: yes for a
    /// member, unknown while undetermined, no otherwise (and for a position past them).
    public func answer(forProfileAt position: Int) -> Answer {
        guard (0..<min(profileCount, CompiledProfileRules.maximumProfiles)).contains(position) else { return .no }
        if members & (1 << position) != 0 { return .yes }
        return undetermined & (1 << position) != 0 ? .unknown : .no
    }

    /// Whether the profile at `position` is undetermined and would outrank the outcome
    /// (the profiles that ``DominantProfile/undetermined`` names).
    public func outranksUndetermined(profileAt position: Int) -> Bool {
        (0..<CompiledProfileRules.maximumProfiles).contains(position) && undeterminedAbove & (1 << position) != 0
    }
}

extension CompiledProfileRules {
    /// The decision for a family's indicator statuses.
    func decide(_ indicators: IndicatorStatuses) -> ProfileDecision { ProfileDecision(indicators: indicators, rules: self) }
}

extension ProfileClassifier {
    /// Decides a family's profiles from its facts, without building evidence text: the
    /// statuses and dominant profile ``classify(_:)`` gives the same family.
    ///
    /// - Throws: ``ProfilesError/Code/invalidRuleSet`` when rules set after creation do not
    ///   validate (more than 64 profiles among them).
    public func decide(_ facts: FamilyFacts) throws(ProfilesError) -> ProfileDecision {
        if let problem = compiled.problem { throw problem }
        // A method of the compiled rules, which borrows them: passing them as an argument
        // copied the struct (and retained its arrays) for every family.
        return compiled.decide(IndicatorStatuses(facts, parentingStressThreshold: parentingStressThreshold))
    }

    /// The position of a profile in the rule set.
    package func profilePosition(_ id: String) -> Int? { ruleSet.profiles.firstIndex { $0.id == id } }
}
