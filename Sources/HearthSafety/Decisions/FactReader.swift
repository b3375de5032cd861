import Foundation
import HearthProfiles

/// The safety rules evaluated on ``SafetyFacts`` in three-valued logic: the statuses
/// ``RuleContext`` computes, without the reasons in words.
struct FactReader {
    let facts: SafetyFacts
    let asOf: Date
    let profiles: ProfileDecision
    let intimateTerror: Int?

    private var circumstances: Circumstances { facts.family.circumstances }

    /// Whether an incident lies within `days` whole days before the assessment date.
    private func within(_ incident: Incident, _ days: Double) -> Bool {
        (asOf.timeIntervalSince(incident.date) / 86_400).rounded(.down) <= days
    }

    func evaluate(_ rule: CompiledSafetyRules.Rule) -> Answer {
        switch rule.kind {
        case .criticalIndicator:
            guard let indicator = rule.indicator else { return .no }
            return facts.criticalIndicators.answer(at: indicator)
        case .recentSevereIncident:
            return facts.incidents.contains { within($0, rule.windowDays) && $0.severity == .severe && [.physical, .sexual, .threat].contains($0.kind) } ? .yes : .no
        case .incidentFrequency:
            return facts.incidents.lazy.filter { within($0, rule.windowDays) }.count >= rule.count ? .yes : .no
        case .severityEscalation:
            let recent = facts.incidents.lazy.filter { within($0, rule.windowDays) }
            guard let first = recent.firstIndex(where: { $0.severity == .severe }) else { return .no }
            return first != recent.startIndex ? .yes : .no
        case .severeViolenceReported:
            return facts.family.severePhysicalViolence
        case .clusterOfThree:
            let separation = circumstances.separated || facts.riskFactors.separationOrHandovers
            let control = circumstances.coerciveControl || facts.riskFactors.controlAndIsolation
            let violence = circumstances.sexualViolence || facts.family.physicalViolence || physicalOrSexualIncident
            return Self.all(separation, control, violence)
        case .intimateTerrorProfile:
            switch intimateTerror.map(profiles.status(ofProfileAt:)) {
            case .member: return .yes
            case .undetermined: return .unknown
            default: return .no
            }
        case .stalking:
            return circumstances.stalking || facts.riskFactors.stalking || (facts.incidents.contains { $0.kind == .stalking } ? .yes : .no)
        case .riskFactorCount:
            let (yes, unknown) = riskFactorCounts
            if yes >= rule.count { return .yes }
            return yes + unknown < rule.count ? .no : .unknown
        case .childPresentAtSevereIncident:
            guard facts.family.childCount > 0 else { return .no }
            let severe = facts.incidents.lazy.filter { $0.severity == .severe && $0.kind != .childAbuse }
            if severe.contains(where: { $0.childrenPresent == .yes }) { return .yes }
            return severe.contains { $0.childrenPresent == .unknown } ? .unknown : .no
        case .childAbuse:
            return facts.incidents.contains { $0.kind == .childAbuse && $0.against.contains(where: facts.childIDs.contains) } ? .yes : .no
        }
    }

    private var physicalOrSexualIncident: Answer {
        facts.incidents.contains { $0.kind == .physical || $0.kind == .sexual } ? .yes : .no
    }

    /// Kleene AND.
    private static func all(_ a: Answer, _ b: Answer, _ c: Answer) -> Answer {
        if a == .no || b == .no || c == .no { return .no }
        return a == .yes && b == .yes && c == .yes ? .yes : .unknown
    }

    /// How many of the report's risk factors are yes and how many unknown, each as
    /// answered or else derived from the scores and circumstances (``RuleContext/riskFactors()``).
    /// Counted without building a list: this runs for every family.
    var riskFactorCounts: (yes: Int, unknown: Int) {
        let given = facts.riskFactors, family = facts.family
        var counts = AnswerCounts()
        counts.add(given.childhoodViolence, else: family.childhoodViolence)
        counts.add(given.povertyIncome, else: circumstances.debtsOrPoverty)
        counts.add(given.partnerProblemDrinking, else: family.partnerProblemDrinking)
        counts.add(given.sexualCoercion, else: circumstances.sexualViolence)
        counts.add(given.controlAndIsolation, else: circumstances.coerciveControl)
        counts.add(given.separationOrHandovers, else: circumstances.separated)
        counts.add(given.stalking, else: circumstances.stalking)
        counts.add(given.criminalBackground)
        counts.add(given.priorSevereViolence, else: family.priorSevereViolence)
        counts.add(given.repeatedReports, else: circumstances.repeatedReports)
        return (counts.yes, counts.unknown)
    }

    /// Triage's complexity and care level (``Triage``), from the level the rules gave.
    func triage(level: SafetyLevel, showsParentingStress: Bool) -> (complexity: Triage.Complexity, care: Triage.CareLevel) {
        let given = facts.riskFactors, family = facts.family
        let partnerDrinking = given.partnerProblemDrinking == .unknown ? family.partnerProblemDrinking : given.partnerProblemDrinking
        // Triage reads the parenting-stress status the profiles show (unknown if none shows it).
        let stress = showsParentingStress ? Answer(profiles.indicators[.highParentingStress]) : .unknown
        var domains = AnswerCounts()
        // The ten life domains, in ``Triage/domains`` order.
        domains.add(circumstances.debtsOrPoverty)
        domains.add(circumstances.unemployment)
        domains.add(circumstances.housingProblems)
        domains.add(circumstances.substanceUse || partnerDrinking)
        domains.add(circumstances.parentPsychiatricProblems)
        domains.add(circumstances.parentLongTermCareNeed)
        domains.add(stress)
        domains.add(circumstances.childBehaviourProblems)
        domains.add(family.traumaProblem)
        domains.add(circumstances.coerciveControl || given.controlAndIsolation)
        let problems = domains.yes
        let severe = facts.incidents.contains { $0.severity == .severe } || family.severePhysicalViolence == .yes
        let span = facts.incidents.first.flatMap { first in facts.incidents.last.map { $0.date.timeIntervalSince(first.date) / 86_400 } } ?? 0
        let chronic = span >= 365 || circumstances.repeatedReports == .yes
        return Triage.careLevel(problems: problems, severe: severe, chronic: chronic, level: level)
    }

}

/// Counts of yes and unknown answers.
private struct AnswerCounts {
    var yes = 0
    var unknown = 0

    /// Counts an answer.
    mutating func add(_ answer: Answer) {
        switch answer {
        case .yes: yes += 1
        case .unknown: unknown += 1
        case .no: break
        }
    }

    /// Counts an answer given, or else a derived one.
    mutating func add(_ answer: Answer, else fallback: Answer) { add(answer == .unknown ? fallback : answer) }
}
