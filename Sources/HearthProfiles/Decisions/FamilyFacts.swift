/// What the profile and safety rules read about one family, reduced over its members as
/// they are added: circumstances, and three-valued summaries of the parents' and
/// children's scores. No strings, no arrays: built and decided per family without
/// allocating (``ProfileClassifier/decide(_:)``, and HearthSafety's `SafetyAssessor.decide`).
///
/// Two ways to fill it: from a ``FamilyInput`` (``init(_:)``, which validates it), or
/// member by member from score tables (``init(circumstances:)``, ``addParent(_:)``,
/// ``addChild(_:)``). Either way the reductions are the ones ``ProfileClassifier/classify(_:)``
/// and the safety rules apply, so the decisions equal those of the full path.
public struct FamilyFacts: Hashable, Sendable {
    /// Circumstances the questionnaires do not measure.
    public var circumstances: Circumstances
    /// The number of parents added.
    public private(set) var parentCount = 0
    /// The number of children added.
    public private(set) var childCount = 0

    // Profile indicators, reduced over parents.
    private var unilateralSevere = KleeneOr()
    private var anyViolence = KleeneOr()
    private var psychological = KleeneOr()
    private var drinkingScores = KleeneOr()
    // Safety rules and risk factors, reduced over parents.
    private var severePhysical = KleeneOr()
    private var physical = KleeneOr()
    private var originViolence = KleeneOr()
    private var partnerDrinking = KleeneOr()
    private var everSevere = KleeneOr()
    // Parenting stress: the largest NOSI-K total, and how many children have one.
    private var stressMaximum = -Double.infinity
    private var stressKnown = 0
    // Trauma domain: whether any member's clinical-scale count is above zero, and how many have one.
    private var traumaPositive = false
    private var traumaKnown = 0

    /// A family with no members yet.
    public init(circumstances: Circumstances = Circumstances()) {
        self.circumstances = circumstances
    }

    /// The facts of a family input, member by member in its order.
    ///
    /// - Throws: the errors of ``FamilyInput/validate()``.
    public init(_ family: FamilyInput) throws(ProfilesError) {
        try family.validate()
        self.init(circumstances: family.circumstances)
        for member in family.members {
            switch member.role {
            case .parent: addParent(ParentScores(member))
            case .child: addChild(ChildScores(member))
            }
        }
    }

    /// Adds a parent.
    public mutating func addParent(_ scores: ParentScores) {
        parentCount += 1
        // A parent's severe violence by each actor: either severe form (1), both absent (0).
        let selfSevere = Answer(strict: scores.selfPsychologicalSevere) || Answer(strict: scores.selfPhysicalSevere)
        let partnerSevere = Answer(strict: scores.partnerPsychologicalSevere) || Answer(strict: scores.partnerPhysicalSevere)
        unilateralSevere.add(selfSevere == .unknown || partnerSevere == .unknown ? .unknown : (selfSevere != partnerSevere ? .yes : .no))
        anyViolence.add(
            (Answer(strict: scores.selfPsychological) || Answer(strict: scores.selfPhysical))
                || (Answer(strict: scores.partnerPsychological) || Answer(strict: scores.partnerPhysical)))
        psychological.add(Answer(strict: scores.selfPsychological) || Answer(strict: scores.partnerPsychological))
        drinkingScores.add(Answer(flag: scores.ownDrinkingRisk))
        drinkingScores.add(Answer(flag: scores.partnerDrinkingRisk))
        severePhysical.add(Answer(strict: scores.selfPhysicalSevere) || Answer(strict: scores.partnerPhysicalSevere))
        physical.add(Answer(strict: scores.selfPhysical))
        physical.add(Answer(strict: scores.partnerPhysical))
        originViolence.add(Answer(strict: scores.childhoodFamilyViolence))
        partnerDrinking.add(Answer(strict: scores.partnerDrinkingRisk))
        everSevere.add(Answer(strict: scores.selfPhysicalEver) || Answer(strict: scores.partnerPhysicalEver))
        addTrauma(scores.traumaClinicalScales)
    }

    /// Adds a child.
    public mutating func addChild(_ scores: ChildScores) {
        childCount += 1
        if let stress = scores.parentingStress {
            stressKnown += 1
            // NaN is above no threshold: it counts as known and not high, as in `classify`.
            if stress > stressMaximum { stressMaximum = stress }
        }
        addTrauma(scores.traumaClinicalScales)
    }

    private mutating func addTrauma(_ value: Double?) {
        guard let value else { return }
        traumaKnown += 1
        if value > 0 { traumaPositive = true }
    }

    // MARK: What the rules read

    /// Severe violence by one partner only in the past year, per any parent's CTS2.
    public var unilateralSevereViolence: Answer { unilateralSevere.answer }
    /// Any psychological or physical partner violence in the past year, per any parent's CTS2.
    public var partnerViolence: Answer { anyViolence.answer }
    /// Psychological partner violence in the past year, per any parent's CTS2.
    public var psychologicalViolence: Answer { psychological.answer }
    /// Problem drinking per the circumstances or any parent's AUDIT-C risk (own or partner's).
    public var problemDrinking: Answer {
        var sources = drinkingScores
        sources.add(circumstances.substanceUse)
        return sources.answer
    }
    /// Severe physical violence by either partner in the past year, per any parent's CTS2.
    public var severePhysicalViolence: Answer { severePhysical.answer }
    /// Physical violence by either partner in the past year, per any parent's CTS2.
    public var physicalViolence: Answer { physical.answer }
    /// Violence in a parent's family of origin, per ACE.
    public var childhoodViolence: Answer { originViolence.answer }
    /// The partner drinks problematically, per a parent's AUDIT-C.
    public var partnerProblemDrinking: Answer { partnerDrinking.answer }
    /// Physical violence ever (not only in the past year), per any parent's CTS2.
    public var priorSevereViolence: Answer { everSevere.answer }

    /// Parenting stress above `threshold` for any child (unknown without a threshold).
    public func highParentingStress(threshold: Double?) -> Answer {
        guard let threshold else { return .unknown }
        if stressKnown > 0, stressMaximum > threshold { return .yes }
        return childCount > 0 && stressKnown == childCount ? .no : .unknown
    }

    /// A member with trauma symptoms on a clinical scale; no only when every member has the score.
    public var traumaProblem: Answer {
        if traumaPositive { return .yes }
        return traumaKnown > 0 && traumaKnown == parentCount + childCount ? .no : .unknown
    }
}
