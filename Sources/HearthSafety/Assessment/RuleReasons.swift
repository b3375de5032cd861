import Foundation
import HearthCore
import HearthProfiles

/// The words for a decision: why each fired rule fired and what each rule that could raise
/// the level does not know, read from what the evaluation found (``FactReader``,
/// ``IncidentWitnesses``, the profiles). Nothing here decides: the rules are evaluated once,
/// by ``SafetyAssessor/evaluate(_:asOf:)``.
struct RuleReasons {
    let input: SafetyInput
    let reader: FactReader
    let profiles: ProfileResult
    let history: IncidentWitnesses

    init(input: SafetyInput, reader: FactReader, profiles: ProfileResult, asOf: Date) {
        self.input = input
        self.reader = reader
        self.profiles = profiles
        history = IncidentWitnesses(incidents: input.incidents, asOf: asOf)
    }

    private var children: [String] { input.family.children.map(\.id) }

    /// A rule the decision fired, with what it found and whom it applies to.
    func fired(_ rule: SafetyRule) -> FiredRule {
        let window = rule.parameters.windowDays ?? 0
        var appliesTo: [String]?
        let reason: String
        switch rule.kind {
        case .criticalIndicator:
            reason = "\(rule.parameters.indicator ?? "") = yes"
        case .recentSevereIncident:
            let incident = history.recentSevere(window: Double(window))
            reason = "severe \(incident?.kind.rawValue ?? "") incident \(incident.map { history.daysBefore($0.date) } ?? 0) days before the assessment"
        case .incidentFrequency:
            reason = "\(history.count(window: Double(window))) incidents in the last \(window) days"
        case .severityEscalation:
            let found = history.escalation(window: Double(window))
            reason = "a severe \(found?.incident.kind.rawValue ?? "") incident after \(found?.before ?? 0) minor one(s) in the window"
        case .severeViolenceReported:
            let witness = input.family.parents.lazy.compactMap { parent in ParentScores(parent).severePhysicalActor.map { (parent.id, $0) } }.first
            reason = "\(witness?.0 ?? ""): severe physical violence by \(witness?.1 ?? "")"
        case .clusterOfThree:
            reason = "coercive control, physical or sexual violence, separation: all present"
        case .intimateTerrorProfile:
            reason = "the intimate-terror profile applies (HearthProfiles \(profiles.ruleSet))"
        case .stalking:
            reason = "stalking reported"
        case .riskFactorCount:
            let present = reader.riskFactorAnswers.present
            reason = "\(present.count) risk factors: \(present.joined(separator: ", "))"
        case .childPresentAtSevereIncident:
            let incident = history.childrenPresentAtSevere().incident
            reason = "children present at a severe \(incident?.kind.rawValue ?? "") incident \(incident.map { history.daysBefore($0.date) } ?? 0) days before"
            appliesTo = children
        case .childAbuse:
            let targets = history.abusedChildren(among: children)
            reason = "an abuse incident against \(targets.joined(separator: ", "))"
            appliesTo = targets
        }
        return FiredRule(rule: rule.id, level: rule.level, reason: reason, source: rule.source, appliesTo: appliesTo)
    }

    /// What a rule that could fire does not know.
    func unknown(_ rule: SafetyRule) -> String {
        switch rule.kind {
        case .criticalIndicator:
            return "\(rule.parameters.indicator ?? "") is unknown"
        case .severeViolenceReported:
            return "no usable CTS2 from a parent"
        case .clusterOfThree:
            let parts = reader.clusterParts
            let unknown = [("coercive control", parts.control), ("physical or sexual violence", parts.violence), ("separation", parts.separation)]
                .filter { $0.1 == .unknown }.map(\.0)
            return unknown.joined(separator: ", ") + " unknown"
        case .intimateTerrorProfile:
            let membership = profiles.memberships.first { $0.profile == ProfileRuleSet.intimateTerrorID }
            return "intimate terror is undetermined: \(membership?.missingInformation.joined(separator: ", ") ?? "")"
        case .stalking:
            return "stalking is unknown"
        case .riskFactorCount:
            let (yes, unknown) = reader.riskFactorAnswers.counts
            return "\(unknown) risk factors unknown (\(yes) known present)"
        case .childPresentAtSevereIncident:
            return "whether children were present at a severe incident"
        case .recentSevereIncident, .incidentFrequency, .severityEscalation, .childAbuse:
            return "not known"  // these read the recorded history, which is never unknown
        }
    }
}
