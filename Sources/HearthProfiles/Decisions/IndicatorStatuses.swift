/// The status of every ``ProfileIndicator`` for one family, as two bit sets (no strings).
public struct IndicatorStatuses: Hashable, Sendable {
    private var met: UInt32 = 0
    private var unknown: UInt32 = 0

    /// Every indicator not met.
    public init() {}

    /// The status of every indicator, from a family's facts.
    public init(_ facts: FamilyFacts, parentingStressThreshold: Double?) {
        // Straight-line: `allCases` would build an array for every family.
        let circumstances = facts.circumstances
        set(.coerciveControl, circumstances.coerciveControl)
        set(.sexualViolence, circumstances.sexualViolence)
        set(.unilateralSevereViolence, facts.unilateralSevereViolence)
        set(.partnerViolence, facts.partnerViolence)
        set(.debtsOrPoverty, circumstances.debtsOrPoverty)
        set(.unemployment, circumstances.unemployment)
        set(.housingProblems, circumstances.housingProblems)
        set(.alcoholOrSubstanceProblem, facts.problemDrinking)
        set(.parentPsychiatricProblems, circumstances.parentPsychiatricProblems)
        set(.parentLongTermCareNeed, circumstances.parentLongTermCareNeed)
        set(.childNeglect, circumstances.childNeglect)
        set(.childBehaviourProblems, circumstances.childBehaviourProblems)
        set(.highParentingStress, facts.highParentingStress(threshold: parentingStressThreshold))
        set(.separated, circumstances.separated)
        set(.contactOrLegalDispute, circumstances.contactArrangementDisputed || circumstances.legalProceedingsOverChildren)
        set(.psychologicalViolence, facts.psychologicalViolence)
        set(.stalking, circumstances.stalking)
    }

    private mutating func set(_ indicator: ProfileIndicator, _ answer: Answer) {
        set(indicator, IndicatorEvaluation.Status(answer))
    }

    /// One indicator's status.
    public subscript(indicator: ProfileIndicator) -> IndicatorEvaluation.Status {
        status(at: UInt8(Self.position(indicator)))
    }

    /// Sets one indicator's status.
    public mutating func set(_ indicator: ProfileIndicator, _ status: IndicatorEvaluation.Status) {
        let bit = Self.bit(indicator)
        met &= ~bit
        unknown &= ~bit
        switch status {
        case .met: met |= bit
        case .unknown: unknown |= bit
        case .notMet: break
        }
    }

    /// The status at a position of ``ProfileIndicator/allCases``; a position past them (a
    /// name the classifier does not know) is unknown, as ``ProfileClassifier/classify(_:)`` reads it.
    func status(at position: UInt8) -> IndicatorEvaluation.Status {
        guard position < 32 else { return .unknown }
        let bit = UInt32(1) << position
        if met & bit != 0 { return .met }
        return unknown & bit != 0 ? .unknown : .notMet
    }

    private static func bit(_ indicator: ProfileIndicator) -> UInt32 { UInt32(1) << position(indicator) }

    /// The indicator's position in ``ProfileIndicator/allCases`` (a test keeps them in step).
    static func position(_ indicator: ProfileIndicator) -> UInt32 {
        switch indicator {
        case .coerciveControl: 0
        case .sexualViolence: 1
        case .unilateralSevereViolence: 2
        case .partnerViolence: 3
        case .debtsOrPoverty: 4
        case .unemployment: 5
        case .housingProblems: 6
        case .alcoholOrSubstanceProblem: 7
        case .parentPsychiatricProblems: 8
        case .parentLongTermCareNeed: 9
        case .childNeglect: 10
        case .childBehaviourProblems: 11
        case .highParentingStress: 12
        case .separated: 13
        case .contactOrLegalDispute: 14
        case .psychologicalViolence: 15
        case .stalking: 16
        }
    }
}
