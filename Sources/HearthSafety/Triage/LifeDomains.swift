import HearthCore
import HearthProfiles

/// Triage's ten life domains and whether each has a problem: the one place they are
/// read, for the decision (which counts them) and the assessment (which names them).
///
/// Each domain is an answer a professional gave (circumstances, risk factors) or one the
/// questionnaires give (parenting stress through its profile indicator, trauma, drinking); unknown
/// stays unknown.
struct LifeDomains: Hashable, Sendable {
    /// The domains, in order (``names`` spells them).
    enum Domain: Int, CaseIterable {
        case finances, work, housing, substanceUse, mentalHealth, careNeed, parentingStress, childProblems, trauma, isolation
    }

    /// The domains' names, in ``Domain`` order.
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
    ///   - coerciveControl: coercive control as the fact reader read it (isolation).
    ///   - parentingStress: the status of the parenting-stress indicator.
    init(_ family: FamilyFacts, _ riskFactors: RiskFactorAnswers, coerciveControl: Answer, parentingStress: Answer) {
        let circumstances = family.circumstances
        let partnerDrinking = riskFactors.answer(.partnerProblemDrinking)
        add(.finances, circumstances.debtsOrPoverty)
        add(.work, circumstances.unemployment)
        add(.housing, circumstances.housingProblems)
        // Substance use: the circumstance, or either partner's problem drinking per the AUDIT-C.
        add(.substanceUse, family.problemDrinking || partnerDrinking)
        add(.mentalHealth, circumstances.parentPsychiatricProblems)
        add(.careNeed, circumstances.parentLongTermCareNeed)
        add(.parentingStress, parentingStress)
        add(.childProblems, circumstances.childBehaviourProblems)
        add(.trauma, family.traumaProblem)
        add(.isolation, coerciveControl)
    }

    @inline(__always)
    private mutating func add(_ domain: Domain, _ answer: Answer) {
        let bit = UInt16(1) << domain.rawValue
        yes |= answer == .yes ? bit : 0
        unknown |= answer == .unknown ? bit : 0
    }

    /// How many domains have a problem.
    var problems: Int { yes.nonzeroBitCount }
    /// How many domains are unknown.
    var unknownCount: Int { unknown.nonzeroBitCount }

    /// The answer of the domain at `position` in ``names``.
    func answer(at position: Int) -> Answer {
        let bit = UInt16(1) << position
        return yes & bit != 0 ? .yes : (unknown & bit != 0 ? .unknown : .no)
    }

    /// The domains as the assessment lists them.
    var list: [Triage.Domain] { Self.names.indices.map { Triage.Domain(name: Self.names[$0], problem: answer(at: $0)) } }
}
