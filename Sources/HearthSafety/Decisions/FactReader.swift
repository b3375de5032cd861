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
    private let asOf: Date
    /// The answers rules of one kind share (see ``CompiledSafetyRules``).
    let critical: CriticalIndicators
    let severePhysical: Answer
    /// The cluster of three (Campbell et al. 2003; 002): separation, coercive control,
    /// physical or sexual violence, each in three-valued logic.
    let clusterParts: (separation: Answer, control: Answer, violence: Answer)
    let cluster: Answer
    let intimateTerror: Answer
    let stalking: Answer
    /// The risk factors (the count rules' input).
    let riskFactorAnswers: RiskFactorAnswers
    /// How many risk factors are yes and how many unknown.
    var riskFactors: (yes: Int, unknown: Int) { riskFactorAnswers.counts }
    /// Triage's inputs that do not depend on the level.
    /// Triage's inputs that do not depend on the level: the life domains, and whether the
    /// violence is severe and chronic (``Triage/violence(history:family:)``).
    let lifeDomains: LifeDomains
    let severe: Bool
    let chronic: Bool

    /// Reads a family's facts. Takes the facts' parts, not ``SafetyFacts``: a copy of that
    /// (and of its arrays) was made for every family otherwise.
    init(
        family: FamilyFacts, riskFactors given: RiskFactors, critical: CriticalIndicators, history: History, asOf: Date, profiles: ProfileDecision,
        intimateTerror position: Int?, showsParentingStress: Bool
    ) {
        self.asOf = asOf
        let circumstances = family.circumstances
        self.critical = critical
        severePhysical = family.severePhysicalViolence
        let separation = circumstances.separated || given.separationOrHandovers
        let control = circumstances.coerciveControl || given.controlAndIsolation
        let violence = circumstances.sexualViolence || family.physicalViolence || (history.physicalOrSexual ? .yes : .no)
        clusterParts = (separation, control, violence)
        cluster = separation && control && violence
        intimateTerror = position.map { profiles.status(ofProfileAt: $0).answer } ?? .no
        stalking = circumstances.stalking || given.stalking || (history.stalking ? .yes : .no)
        riskFactorAnswers = RiskFactorAnswers(family, given)
        // Triage reads the parenting-stress status the profiles show (unknown if none shows it).
        let stress = showsParentingStress ? profiles.indicators[.highParentingStress].answer : .unknown
        lifeDomains = LifeDomains(family, given, parentingStress: stress)
        (severe, chronic) = Triage.violence(history: history, family: family)
    }

    /// What several rules and triage read from the incident history.
    struct History {
        var physicalOrSexual = false, stalking = false, severe = false
        /// Days from the first incident to the last.
        var spanDays = 0.0

        /// No incidents.
        init() {}

        init(_ incidents: [Incident]) {
            guard let first = incidents.first, let last = incidents.last else { return }
            for incident in incidents {
                physicalOrSexual = physicalOrSexual || incident.kind == .physical || incident.kind == .sexual
                stalking = stalking || incident.kind == .stalking
                severe = severe || incident.severity == .severe
            }
            spanDays = last.date.timeIntervalSince(first.date) / 86_400
        }
    }

    /// A history rule's answer (and an incident frequency's), from what ``IncidentWitnesses`` finds.
    func evaluate(historyRule rule: CompiledSafetyRules.Rule, _ facts: SafetyFacts) -> Answer {
        let history = IncidentWitnesses(incidents: facts.incidents, asOf: asOf)
        switch rule.kind {
        case .recentSevereIncident: return Answer(history.recentSevere(window: rule.windowDays) != nil)
        case .incidentFrequency: return Answer(history.count(window: rule.windowDays) >= rule.count)
        case .severityEscalation: return Answer(history.escalation(window: rule.windowDays) != nil)
        case .childPresentAtSevereIncident: return facts.family.childCount > 0 ? history.childrenPresentAtSevere().answer : .no
        case .childAbuse: return Answer(!history.abusedChildren(among: facts.childIDs).isEmpty)
        case .criticalIndicator, .severeViolenceReported, .clusterOfThree, .intimateTerrorProfile, .stalking, .riskFactorCount:
            return .no  // set for all their rules at once by the decision, never asked here
        }
    }

    /// Triage's complexity and care level (``Triage``), from the level the rules gave.
    func triage(level: SafetyLevel) -> (complexity: Triage.Complexity, care: Triage.CareLevel) {
        Triage.careLevel(problems: lifeDomains.problems, severe: severe, chronic: chronic, level: level)
    }
}
