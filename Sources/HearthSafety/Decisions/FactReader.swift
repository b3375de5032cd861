import HearthCore
import Foundation
import HearthProfiles

/// The safety rules evaluated on ``SafetyFacts`` in three-valued logic: the statuses
/// the decision reads; ``RuleReasons`` puts what it found into words for the assessment.
///
/// Built once per family: the answers several rules and triage read are derived up front,
/// and incidents are read in plain loops (an empty history, the common case, costs a
/// length check), so that deciding a family neither copies its arrays nor allocates.
struct FactReader {
    let asOf: Date
    /// The answers rules of one kind share (see ``CompiledSafetyRules``).
    let critical: CriticalIndicators
    let severePhysical: Answer
    /// The cluster of three (Campbell et al. 2003; 002): separation, coercive control,
    /// physical or sexual violence, each in three-valued logic.
    let clusterParts: (separation: Answer, control: Answer, violence: Answer)
    let cluster: Answer
    let intimateTerror: Answer
    let stalking: Answer
    /// Escalation between measured waves, a relapse after a wave without violence, and
    /// neglect of the children (no children: does not apply).
    let waveEscalation: Answer
    let waveRelapse: Answer
    let childNeglect: Answer
    /// Pregnancy or a recent birth with physical or sexual violence.
    let pregnancyWithViolence: Answer
    /// A caregiver problem that puts a young child at risk: substance use, problem drinking,
    /// psychiatric problems, or neglect (``CaregiverProblems/any``, read once per family).
    let caregiverProblem: Answer
    /// The caregiver problems, each as answered.
    let caregiverProblems: CaregiverProblems
    /// Whether the incident history is confirmed complete up to the assessment date: only
    /// then does a history rule that finds nothing answer no (else unknown).
    let historyConfirmed: Bool
    /// Violence measured at the report's wave and again at a later one.
    let wavePersistence: Answer
    /// The risk factors (the count rules' input).
    let riskFactorAnswers: RiskFactorAnswers
    /// How many risk factors are yes and how many unknown.
    var riskFactors: (yes: Int, unknown: Int) { riskFactorAnswers.counts }
    /// Triage's inputs that do not depend on the level: the life domains, and the violence's
    /// severity and chronicity (``Triage/violence(history:historyConfirmed:patterns:family:critical:priorSevere:waves:signs:)``).
    let lifeDomains: LifeDomains
    let violence: Triage.ViolenceReading

    /// Reads a family's facts. Takes the facts' parts, not ``SafetyFacts``: a copy of that
    /// (and of its arrays) was made for every family otherwise.
    init(
        family: FamilyFacts, riskFactors given: RiskFactors, critical: CriticalIndicators, history: History, asOf: Date, profiles: ProfileDecision,
        intimateTerror position: Int?, waves: borrowing WaveChanges = WaveChanges(), historyConfirmedUntil: Date? = nil,
        pregnant: Answer = .unknown, signs: DangerSigns = DangerSigns()
    ) {
        self.asOf = asOf
        let circumstances = family.circumstances
        self.critical = critical
        severePhysical = family.severePhysicalViolence
        // The cluster reads every fact that means each part (a given answer, a circumstance,
        // a score, a logged incident).
        let separation = circumstances.separated || given.separationOrHandovers
        let control = circumstances.coerciveControl || given.controlAndIsolation
        let violence = circumstances.sexualViolence || given.sexualCoercion || family.physicalViolence || given.priorSevereViolence
            || family.priorSevereViolence || (history.physicalOrSexual ? .yes : .no)
        clusterParts = (separation, control, violence)
        cluster = separation && control && violence
        intimateTerror = position.map { profiles.answer(forProfileAt: $0) } ?? .no
        stalking = circumstances.stalking || given.stalking || (history.stalking ? .yes : .no)
        riskFactorAnswers = RiskFactorAnswers(family, given, severePhysicalIncident: history.severePhysical)
        waveEscalation = Answer(waves.escalation != nil)
        waveRelapse = Answer(!waves.relapses.isEmpty)
        childNeglect = family.childCount > 0 ? circumstances.childNeglect : .no
        pregnancyWithViolence = pregnant && violence
        caregiverProblems = CaregiverProblems(
            substanceUse: circumstances.substanceUse, problemDrinking: family.drinkingRisk, psychiatricProblems: circumstances.parentPsychiatricProblems,
            childNeglect: circumstances.childNeglect)
        caregiverProblem = caregiverProblems.any
        historyConfirmed = historyConfirmedUntil.map { $0 >= asOf } ?? false
        // Triage reads the parenting-stress indicator's status, whether or not a profile of the
        // rule set names it (a rule set without it must not make the domain unknown).
        lifeDomains = LifeDomains(family, riskFactorAnswers, coerciveControl: control, parentingStress: profiles.indicators.answer(.highParentingStress))
        self.violence = Triage.violence(
            history: history, historyConfirmed: historyConfirmed,
            patterns: Triage.Patterns(
                control: control, stalking: stalking, escalation: critical.escalation, jealousy: signs.violentJealousy, breachOfOrder: signs.breachOfOrder),
            family: family, critical: critical, priorSevere: riskFactorAnswers.answer(.priorSevereViolence), waves: waves, signs: signs)
        wavePersistence = Answer(waves.persistent)
    }

    /// What several rules and triage read from the incident history.
    struct History {
        var physicalOrSexual = false, stalking = false, severe = false, severePhysical = false
        /// Days from the first incident to the last.
        var spanDays = 0.0
        /// Days from the earlier of the first incident and the first report to the later of
        /// the last incident and the report (0 without incidents): a report and an incident a
        /// year apart may be violence over a year, or a report about something else.
        var spanWithReportDays = 0.0
        /// The number of incidents.
        var count = 0

        /// No incidents.
        init() {}

        init(_ incidents: [Incident], reportDate: Date? = nil) {
            guard let first = incidents.first, let last = incidents.last else { return }
            // Fields read in place: an `Incident` copy would retain its strings.
            for index in incidents.indices {
                let kind = incidents[index].kind, isSevere = incidents[index].severity == .severe
                physicalOrSexual = physicalOrSexual || kind == .physical || kind == .sexual
                stalking = stalking || kind == .stalking
                severe = severe || isSevere
                severePhysical = severePhysical || (isSevere && kind == .physical)
            }
            spanDays = last.date.timeIntervalSince(first.date) / 86_400
            if let reportDate {
                spanWithReportDays = max(last.date, reportDate).timeIntervalSince(min(first.date, reportDate)) / 86_400
            }
            count = incidents.count
        }
    }

    /// The answer of a rule evaluated one by one (history and per-child rules), from what
    /// ``IncidentWitnesses`` finds. A history rule that finds nothing answers no only when the
    /// history is confirmed up to the assessment date; a rule about children, no when there
    /// are none.
    func evaluate(historyRule rule: CompiledSafetyRules.Rule, _ facts: SafetyFacts, _ history: IncidentWitnesses) -> Answer {
        let found: Answer
        switch rule.kind {
        case .recentSevereIncident: found = Answer(history.recentSevere(window: rule.windowDays) != nil)
        case .incidentFrequency: found = Answer(history.count(window: rule.windowDays) >= rule.count)
        case .severityEscalation: found = Answer(history.escalation(window: rule.windowDays) != nil)
        case .childPresentAtSevereIncident:
            guard facts.family.childCount > 0 else { return .no }
            found = history.childrenPresentAtSevere().answer
        case .childAbuse:
            guard facts.family.childCount > 0 else { return .no }
            found = Answer(history.abusesAChild(among: facts.childIDs))
        case .childrenRepeatedlyPresent:
            guard facts.family.childCount > 0 else { return .no }
            found = history.childrenPresent(atLeast: rule.count)
        case .youngChildWithCaregiverProblems:
            return Self.youngChild(facts, below: rule.ageYears) && caregiverProblem
        case .criticalIndicator, .severeViolenceReported, .clusterOfThree, .intimateTerrorProfile, .stalking, .riskFactorCount,
            .violenceEscalatedAcrossWaves, .violenceReturnedAfterPause, .violencePersistsAcrossWaves, .childNeglect, .dangerSign, .pregnancyWithViolence:
            return .no  // set for all their rules at once by the decision, never asked here
        }
        return found == .no && !historyConfirmed ? .unknown : found
    }

    /// Whether the family has a child younger than `years`: yes if any is, unknown if an age
    /// is unknown (or children were counted without ages), else no.
    static func youngChild(_ facts: SafetyFacts, below years: Int) -> Answer {
        guard facts.family.childCount > 0 else { return .no }
        if facts.childAges.contains(where: { young($0, below: years) == .yes }) { return .yes }
        return facts.childAges.count < facts.family.childCount || facts.childAges.contains(nil) ? .unknown : .no
    }

    /// Whether a child of age `age` (years; `nil`: unknown) is younger than `years`.
    static func young(_ age: Int?, below years: Int) -> Answer {
        guard let age else { return .unknown }
        return age < years ? .yes : .no
    }

    /// The caregiver problems the young-child rule reads, each as answered: the one reading
    /// of them, for the rule (any is yes) and its reason (those that are yes).
    struct CaregiverProblems {
        let substanceUse, problemDrinking, psychiatricProblems, childNeglect: Answer

        /// Whether any problem is present (Kleene OR).
        var any: Answer { substanceUse || problemDrinking || psychiatricProblems || childNeglect }

        /// The names of the problems that are yes, in a fixed order.
        var present: [String] {
            [("substanceUse", substanceUse), ("problemDrinking", problemDrinking), ("parentPsychiatricProblems", psychiatricProblems), ("childNeglect", childNeglect)]
                .filter { $0.1 == .yes }.map(\.0)
        }
    }

    /// Triage's complexity and care level (``Triage``), from the level the rules gave.
    func triage(level: SafetyLevel, possibleLevel: SafetyLevel) -> Triage.CareDecision {
        Triage.careLevel(domains: lifeDomains, violence: violence, level: level, possibleLevel: possibleLevel)
    }
}
