import HearthCore
/// The status of every ``ProfileIndicator`` for one family, as two bit sets (no strings).
public struct IndicatorStatuses: Hashable, Sendable {
    /// The met and unknown indicators, one bit per position in ``ProfileIndicator/allCases``.
    private(set) var met: UInt32 = 0
    private(set) var unknown: UInt32 = 0

    /// Every indicator not met.
    public init() {}

    /// The status of every indicator, from a family's facts.
    public init(_ facts: FamilyFacts, parentingStressThreshold: Double?) {
        // Straight-line: `allCases` would build an array for every family.
        let circumstances = facts.circumstances
        add(.coerciveControl, circumstances.coerciveControl)
        add(.sexualViolence, circumstances.sexualViolence)
        add(.unilateralSevereViolence, facts.unilateralSevereViolence)
        add(.partnerViolence, facts.partnerViolence)
        add(.debtsOrPoverty, circumstances.debtsOrPoverty)
        add(.unemployment, circumstances.unemployment)
        add(.housingProblems, circumstances.housingProblems)
        add(.alcoholOrSubstanceProblem, facts.problemDrinking)
        add(.parentPsychiatricProblems, circumstances.parentPsychiatricProblems)
        add(.parentLongTermCareNeed, circumstances.parentLongTermCareNeed)
        add(.childNeglect, circumstances.childNeglect)
        add(.childBehaviourProblems, circumstances.childBehaviourProblems)
        add(.highParentingStress, facts.highParentingStress(threshold: parentingStressThreshold) || circumstances.parentingStressObserved)
        add(.separated, circumstances.separated)
        add(.contactOrLegalDispute, circumstances.contactArrangementDisputed || circumstances.legalProceedingsOverChildren)
        add(.psychologicalViolence, facts.psychologicalViolence)
        add(.stalking, circumstances.stalking)
        add(.victimFear, circumstances.victimFear)
        add(.severePhysicalViolence, facts.severePhysicalViolence)
    }

    /// Sets the bits of an indicator not set before (selects, not a switch: this runs 17
    /// times per family).
    @inline(__always)
    private mutating func add(_ indicator: ProfileIndicator, _ answer: Answer) {
        let bit = Self.bit(indicator)
        met |= answer == .yes ? bit : 0
        unknown |= answer == .unknown ? bit : 0
    }

    /// One indicator's status, spelled as results spell it (met, not met, unknown).
    public subscript(indicator: ProfileIndicator) -> IndicatorEvaluation.Status {
        status(at: UInt8(Self.position(indicator)))
    }

    /// One indicator's answer: yes when met, no when not met, unknown when unknown.
    public func answer(_ indicator: ProfileIndicator) -> Answer { self[indicator].answer }

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

    /// The status at a position of ``ProfileIndicator/allCases`` (unknown past them).
    func status(at position: UInt8) -> IndicatorEvaluation.Status {
        guard position < 32 else { return .unknown }
        let bit = UInt32(1) << position
        if met & bit != 0 { return .met }
        return unknown & bit != 0 ? .unknown : .notMet
    }

    @inline(__always) private static func bit(_ indicator: ProfileIndicator) -> UInt32 { UInt32(1) << position(indicator) }

    /// The indicator's position in ``ProfileIndicator/allCases`` (a test keeps them in step).
    @inline(__always) static func position(_ indicator: ProfileIndicator) -> UInt32 {
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
        case .victimFear: 17
        case .severePhysicalViolence: 18
        }
    }
}
