import HearthProfiles

/// A family's safety decided without its explanation: the level, which rules fired and
/// which unknowns could raise it (the reasons, as rule positions), the profiles, and the
/// triage complexity and care level.
///
/// ``SafetyAssessor/decide(_:asOf:)`` makes it; ``SafetyAssessor/assess(_:asOf:closure:plan:)``
/// on the same family gives the same level, rules, profiles and triage with every reason
/// in words, for the families a professional opens.
public struct SafetyDecision: Hashable, Sendable {
    /// The family's level: what the known facts establish, the highest of any fired rule's.
    public let level: SafetyLevel
    /// The highest level the unknown facts could still produce (at least ``level``).
    public let possibleLevel: SafetyLevel
    /// Whether the minimum information for an assessment is known.
    public let assessable: Assessability
    /// The profiles.
    public let profiles: ProfileDecision
    /// How complex the situation is (triage).
    public let complexity: Triage.Complexity
    /// The recommended care level (triage).
    public let careLevel: Triage.CareLevel
    /// The complexity unknown facts could still make it (``Triage/possibleComplexity``).
    public let possibleComplexity: Triage.Complexity
    /// The care level unknown facts could still make it (``Triage/possibleCareLevel``).
    public let possibleCareLevel: Triage.CareLevel
    private let fired: UInt64
    private let missing: UInt64

    init(
        level: SafetyLevel, possibleLevel: SafetyLevel, assessable: Assessability, profiles: ProfileDecision, complexity: Triage.Complexity,
        careLevel: Triage.CareLevel, possibleComplexity: Triage.Complexity, possibleCareLevel: Triage.CareLevel, fired: UInt64, missing: UInt64
    ) {
        self.level = level
        self.possibleLevel = possibleLevel
        self.assessable = assessable
        self.profiles = profiles
        self.complexity = complexity
        self.careLevel = careLevel
        self.possibleComplexity = possibleComplexity
        self.possibleCareLevel = possibleCareLevel
        self.fired = fired
        self.missing = missing
    }

    /// Whether the rule at `position` in the rule set fired.
    public func fired(ruleAt position: Int) -> Bool { Self.contains(fired, position) }

    /// Whether the rule at `position` could raise the level if its unknown information
    /// were known (listed as missing information by the full assessment).
    public func couldRaise(ruleAt position: Int) -> Bool { Self.contains(missing, position) }

    /// The positions of the fired rules, in rule-set order.
    public var firedRulePositions: [Int] { Self.positions(fired) }

    /// The positions of the rules whose unknown information could raise the level, in rule-set order.
    public var missingInformationPositions: [Int] { Self.positions(missing) }

    private static func contains(_ set: UInt64, _ position: Int) -> Bool {
        (0..<CompiledSafetyRules.maximumRules).contains(position) && set & (1 << position) != 0
    }

    private static func positions(_ set: UInt64) -> [Int] {
        (0..<CompiledSafetyRules.maximumRules).filter { set & (1 << $0) != 0 }
    }
}
