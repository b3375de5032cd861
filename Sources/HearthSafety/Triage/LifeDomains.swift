import HearthCore
import HearthProfiles

/// Triage's ten life domains and whether each has a problem: the one place they are
/// read, for the decision (which counts them) and the assessment (which names them).
///
/// Each domain is an answer a professional gave (circumstances, risk factors) or one the
/// questionnaires give (parenting stress through its profile indicator, trauma, drinking); unknown
/// stays unknown.
struct LifeDomains: Hashable, Sendable {
    /// The domains' names, in order.
    static let names = [
        "finances", "work", "housing", "substance use", "mental health", "intellectual disability or long-term care",
        "parenting stress", "child problems", "trauma", "isolation",
    ]

    /// The domains with a problem and those unknown, one bit per position in ``names``.
    private(set) var yes: UInt16 = 0
    private(set) var unknown: UInt16 = 0

    /// Reads the domains of a family.
    ///
    /// - Parameters:
    ///   - riskFactors: the family's risk factors (the partner's problem drinking is read there).
    ///   - parentingStress: the status of the parenting-stress indicator.
    init(_ family: FamilyFacts, _ given: RiskFactors, _ riskFactors: RiskFactorAnswers, parentingStress: Answer) {
        let circumstances = family.circumstances
        let partnerDrinking = riskFactors.answer(.partnerProblemDrinking)
        add(0, circumstances.debtsOrPoverty)
        add(1, circumstances.unemployment)
        add(2, circumstances.housingProblems)
        // Substance use: the circumstance, or either partner's problem drinking per the AUDIT-C.
        add(3, family.problemDrinking || partnerDrinking)
        add(4, circumstances.parentPsychiatricProblems)
        add(5, circumstances.parentLongTermCareNeed)
        add(6, parentingStress)
        add(7, circumstances.childBehaviourProblems)
        add(8, family.traumaProblem)
        add(9, circumstances.coerciveControl || given.controlAndIsolation)
    }

    @inline(__always)
    private mutating func add(_ position: Int, _ answer: Answer) {
        let bit = UInt16(1) << position
        yes |= answer == .yes ? bit : 0
        unknown |= answer == .unknown ? bit : 0
    }

    /// How many domains have a problem.
    var problems: Int { yes.nonzeroBitCount }

    /// The answer of the domain at `position` in ``names``.
    func answer(at position: Int) -> Answer {
        let bit = UInt16(1) << position
        return yes & bit != 0 ? .yes : (unknown & bit != 0 ? .unknown : .no)
    }

    /// The domains as the assessment lists them.
    var list: [Triage.Domain] { Self.names.indices.map { Triage.Domain(name: Self.names[$0], problem: answer(at: $0)) } }
}
