import HearthCore
import Foundation
import HearthProfiles

/// The safety rules evaluated on ``SafetyFacts`` in three-valued logic: the statuses
/// ``RuleContext`` computes, without the reasons in words.
///
/// Built once per family: the answers several rules and triage read are derived up front,
/// and incidents are read in plain loops (an empty history, the common case, costs a
/// length check), so that deciding a family neither copies its arrays nor allocates.
struct FactReader {
    private let asOf: Date
    /// The answers rules of one kind share (see ``CompiledSafetyRules``).
    let critical: CriticalIndicators
    let severePhysical: Answer
    let cluster: Answer
    let intimateTerror: Answer
    let stalking: Answer
    /// How many risk factors are yes and how many unknown (the count rules' input).
    let riskFactors: (yes: Int, unknown: Int)
    /// Triage's inputs that do not depend on the level.
    private let problemDomains: Int
    private let severe: Bool
    private let chronic: Bool

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
        cluster = Self.all(separation, control, violence)
        switch position.map(profiles.status(ofProfileAt:)) {
        case .member: intimateTerror = .yes
        case .undetermined: intimateTerror = .unknown
        default: intimateTerror = .no
        }
        stalking = circumstances.stalking || given.stalking || (history.stalking ? .yes : .no)
        riskFactors = Self.riskFactorCounts(family, given)
        // Triage reads the parenting-stress status the profiles show (unknown if none shows it).
        let stress = showsParentingStress ? Answer(profiles.indicators[.highParentingStress]) : .unknown
        problemDomains = LifeDomains(family, given, parentingStress: stress).problems
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

    /// A history rule's answer (and an incident frequency's).
    func evaluate(historyRule rule: CompiledSafetyRules.Rule, _ facts: SafetyFacts) -> Answer {
        switch rule.kind {
        case .recentSevereIncident:
            return Self.contains(facts.incidents) { within($0, rule.windowDays) && $0.severity == .severe && ($0.kind == .physical || $0.kind == .sexual || $0.kind == .threat) } ? .yes : .no
        case .incidentFrequency:
            return Self.count(facts.incidents) { within($0, rule.windowDays) } >= rule.count ? .yes : .no
        case .severityEscalation:
            // Yes when the first severe incident in the window is not the window's first incident.
            var seenRecent = false
            for incident in facts.incidents where within(incident, rule.windowDays) {
                if incident.severity == .severe { return seenRecent ? .yes : .no }
                seenRecent = true
            }
            return .no
        case .childPresentAtSevereIncident:
            guard facts.family.childCount > 0 else { return .no }
            var unknown = false
            for incident in facts.incidents where incident.severity == .severe && incident.kind != .childAbuse {
                if incident.childrenPresent == .yes { return .yes }
                if incident.childrenPresent == .unknown { unknown = true }
            }
            return unknown ? .unknown : .no
        case .childAbuse:
            return Self.contains(facts.incidents) { $0.kind == .childAbuse && $0.against.contains(where: facts.childIDs.contains) } ? .yes : .no
        case .criticalIndicator, .severeViolenceReported, .clusterOfThree, .intimateTerrorProfile, .stalking, .riskFactorCount:
            return .no  // set for all their rules at once by the decision, never asked here
        }
    }

    /// Triage's complexity and care level (``Triage``), from the level the rules gave.
    func triage(level: SafetyLevel) -> (complexity: Triage.Complexity, care: Triage.CareLevel) {
        Triage.careLevel(problems: problemDomains, severe: severe, chronic: chronic, level: level)
    }

    /// Whether an incident lies within `days` whole days before the assessment date.
    private func within(_ incident: Incident, _ days: Double) -> Bool {
        (asOf.timeIntervalSince(incident.date) / 86_400).rounded(.down) <= days
    }

    /// Whether any incident satisfies `predicate` (a plain loop: no closure context is kept).
    @inline(__always)
    private static func contains(_ incidents: [Incident], where predicate: (Incident) -> Bool) -> Bool {
        for incident in incidents where predicate(incident) { return true }
        return false
    }

    @inline(__always)
    private static func count(_ incidents: [Incident], where predicate: (Incident) -> Bool) -> Int {
        var count = 0
        for incident in incidents where predicate(incident) { count += 1 }
        return count
    }

    /// Kleene AND.
    private static func all(_ a: Answer, _ b: Answer, _ c: Answer) -> Answer {
        if a == .no || b == .no || c == .no { return .no }
        return a == .yes && b == .yes && c == .yes ? .yes : .unknown
    }

    /// How many of the report's risk factors are yes and how many unknown, each as
    /// answered or else derived from the scores and circumstances (``RuleContext/riskFactors()``).
    /// Counted without building a list: this runs for every family.
    private static func riskFactorCounts(_ family: FamilyFacts, _ given: RiskFactors) -> (yes: Int, unknown: Int) {
        let circumstances = family.circumstances
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
}

/// Counts of yes and unknown answers.
private struct AnswerCounts {
    var yes = 0
    var unknown = 0

    /// Counts an answer.
    @inline(__always)
    mutating func add(_ answer: Answer) {
        switch answer {
        case .yes: yes += 1
        case .unknown: unknown += 1
        case .no: break
        }
    }

    /// Counts an answer given, or else a derived one.
    @inline(__always)
    mutating func add(_ answer: Answer, else fallback: Answer) { add(answer == .unknown ? fallback : answer) }
}
