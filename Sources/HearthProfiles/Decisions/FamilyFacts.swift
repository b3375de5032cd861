import HearthCore
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

    // The parents' readings reduced with Kleene OR (see ``ParentReadings``): a reading is
    // possibly yes if it is for any parent, possibly no only if it is for every parent.
    private var parentsPossiblyYes: UInt16 = 0
    private var parentsPossiblyNo: UInt16 = .max
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

    /// The facts of a family input.
    ///
    /// - Throws: the errors of ``FamilyInput/validate()``.
    public init(_ family: FamilyInput) throws(ProfilesError) {
        try family.validate()
        self.init(family.factCircumstances, MemberReadings(family))
    }

    /// The facts of members whose scores were read already (the reductions are the same in
    /// any order of members).
    package init(_ circumstances: Circumstances, _ readings: MemberReadings) {
        self.init(circumstances: circumstances)
        for parent in readings.parents { addParent(parent) }
        for child in readings.children { addChild(child) }
    }

    /// Adds a parent.
    public mutating func addParent(_ scores: ParentScores) {
        parentCount += 1
        let readings = ParentReadings(scores)
        parentsPossiblyYes |= readings.possiblyYes
        parentsPossiblyNo &= readings.possiblyNo
        addTrauma(scores.values[ParentScores.Field.traumaClinicalScales.rawValue])
    }

    /// Adds a child.
    public mutating func addChild(_ scores: ChildScores) {
        childCount += 1
        // NaN is no score (unknown), as in `classify`.
        if let stress = scores.parentingStress, !stress.isNaN {
            stressKnown += 1
            if stress > stressMaximum { stressMaximum = stress }
        }
        addTrauma(scores.traumaClinicalScales ?? .nan)
    }

    /// Counts a member's clinical-scale count (NaN: none).
    private mutating func addTrauma(_ value: Double) {
        let answer = Self.clinicalTrauma(value)
        traumaKnown += answer == .unknown ? 0 : 1
        traumaPositive = traumaPositive || answer == .yes
    }

    /// Whether a member's `trauma.clinicalScales` count shows trauma symptoms in the clinical
    /// range: yes above zero, unknown without a count (`nil` or NaN). The trauma domain and
    /// the children named for help of their own read it.
    public static func clinicalTrauma(_ count: Double?) -> Answer {
        guard let count, !count.isNaN else { return .unknown }
        return count > 0 ? .yes : .no
    }

    /// The parents' readings `group` reduced with Kleene OR; unknown without parents.
    private func parents(_ group: UInt16) -> Answer {
        guard parentCount > 0 else { return .unknown }
        let yes = parentsPossiblyYes & group != 0, no = parentsPossiblyNo & group == group
        // Both possible is unknown; neither cannot happen (every reading is possibly one).
        return yes == no ? .unknown : (yes ? .yes : .no)
    }

    // MARK: What the rules read

    /// Severe violence by one partner only in the past year, per any parent's CTS2.
    public var unilateralSevereViolence: Answer { parents(ParentReadings.unilateralSevere) }
    /// Any psychological or physical partner violence in the past year, per any parent's CTS2.
    public var partnerViolence: Answer { parents(ParentReadings.anyViolence) }
    /// Psychological partner violence in the past year, per any parent's CTS2.
    public var psychologicalViolence: Answer { parents(ParentReadings.psychological) }
    /// Problem drinking per any parent's AUDIT-C risk (own or partner's), the questionnaire alone.
    public var drinkingRisk: Answer { parents(ParentReadings.drinkingFlags) }
    /// Problem drinking per the circumstances or any parent's AUDIT-C risk (own or partner's).
    public var problemDrinking: Answer {
        parentCount == 0 ? circumstances.substanceUse : parents(ParentReadings.drinkingFlags) || circumstances.substanceUse
    }
    /// Severe physical violence by either partner in the past year, per any parent's CTS2.
    public var severePhysicalViolence: Answer { parents(ParentReadings.severePhysical) }
    /// Physical violence by either partner in the past year, per any parent's CTS2.
    public var physicalViolence: Answer { parents(ParentReadings.physical) }
    /// Violence in a parent's family of origin, per ACE.
    public var childhoodViolence: Answer { parents(ParentReadings.childhoodViolence) }
    /// The partner drinks problematically, per a parent's AUDIT-C.
    public var partnerProblemDrinking: Answer { parents(ParentReadings.partnerDrinking) }
    /// Physical violence ever (not only in the past year), per any parent's CTS2.
    public var priorSevereViolence: Answer { parents(ParentReadings.physicalEver) }

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
