/// The status of every ``ProfileIndicator`` for one family, as two bit sets (no strings).
public struct IndicatorStatuses: Hashable, Sendable {
    private var met: UInt32 = 0
    private var unknown: UInt32 = 0

    /// Every indicator not met.
    public init() {}

    /// The status of every indicator, from a family's facts.
    public init(_ facts: FamilyFacts, parentingStressThreshold: Double?) {
        let circumstances = facts.circumstances
        for indicator in ProfileIndicator.allCases {
            let answer: Answer
            switch indicator {
            case .coerciveControl: answer = circumstances.coerciveControl
            case .sexualViolence: answer = circumstances.sexualViolence
            case .debtsOrPoverty: answer = circumstances.debtsOrPoverty
            case .unemployment: answer = circumstances.unemployment
            case .housingProblems: answer = circumstances.housingProblems
            case .parentPsychiatricProblems: answer = circumstances.parentPsychiatricProblems
            case .parentLongTermCareNeed: answer = circumstances.parentLongTermCareNeed
            case .childNeglect: answer = circumstances.childNeglect
            case .childBehaviourProblems: answer = circumstances.childBehaviourProblems
            case .separated: answer = circumstances.separated
            case .stalking: answer = circumstances.stalking
            case .contactOrLegalDispute: answer = circumstances.contactArrangementDisputed || circumstances.legalProceedingsOverChildren
            case .unilateralSevereViolence: answer = facts.unilateralSevereViolence
            case .partnerViolence: answer = facts.partnerViolence
            case .psychologicalViolence: answer = facts.psychologicalViolence
            case .alcoholOrSubstanceProblem: answer = facts.problemDrinking
            case .highParentingStress: answer = facts.highParentingStress(threshold: parentingStressThreshold)
            }
            set(indicator, IndicatorEvaluation.Status(answer))
        }
    }

    /// One indicator's status.
    public subscript(indicator: ProfileIndicator) -> IndicatorEvaluation.Status {
        let bit = Self.bit(indicator)
        if met & bit != 0 { return .met }
        return unknown & bit != 0 ? .unknown : .notMet
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

    /// The status at a position of ``ProfileIndicator/allCases`` (`nil` for none: unknown,
    /// as the classifier reads an indicator it does not know).
    func status(at position: UInt8) -> IndicatorEvaluation.Status {
        guard position < 32 else { return .unknown }
        let bit = UInt32(1) << position
        if met & bit != 0 { return .met }
        return unknown & bit != 0 ? .unknown : .notMet
    }

    private static func bit(_ indicator: ProfileIndicator) -> UInt32 {
        UInt32(1) << (ProfileIndicator.allCases.firstIndex(of: indicator) ?? 0)
    }
}
