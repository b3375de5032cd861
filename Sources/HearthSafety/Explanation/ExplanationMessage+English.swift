import HearthCore

extension ExplanationMessage {
    /// The English table.
    var english: String {
        switch self {
        case .headline: "Safety level: {level}"
        case .headlineWithState: "Safety level: {level} ({state})"
        case .headlineNotAssessable: "Safety level: could be {possible}"
        case .headlineCouldBe: "Safety level: could be {possible} — {level} on what is known ({state})"
        case .establishFirst: "; establish what is missing {within}"
        case .levelInForce: "Level in force: {level} ({count} professional judgements)"
        case .levelInForceOne: "Level in force: {level} (1 professional judgement)"
        case .judgement: "{professional}: {level} — {reason}"
        case .judgementReviewed: "{professional}: {level} — {reason} (reviewed by {reviewer})"
        case .computed: "Computed:"
        case .disagreement: "Note: two answers about the same fact disagree ({facts}); read as {readAs}: check which is right."
        case .disagreeingField: "{fact} in {section}"
        case .disagreeingAnswer: "{fact}: {answer} in {section}"
        case .toEstablishHeader: "To establish {within}:"
        case .firedHeader: "Rules that fired:"
        case .none: "none"
        case .firedRule: "[{level}] {reason} — source: {source}"
        case .firedRuleFor: "[{level}] {reason} (for {members}) — source: {source}"
        case .unknownHeader: "Unknown information that could raise the level:"
        case .unknownLine: "{unknown} (could make it {level})"
        case .personsHeader: "Level per member (from the rules about the whole family and those about that member):"
        case .personLine: "{member} ({role}): {level}"
        case .personLevel: "{level}"
        case .personLevelBelowFamily: "under the family's safety plan at {family} (rules about other members); by the rules that concern {member}: {level}"
        case .personLevelCouldBe: "could be up to {possible} — {level} on what is known"
        case .personLevelNotAssessable: "could be up to {possible} — not assessable"
        case .triageLabelled: "Triage: {line}"
        case .triageLine: "{complexity}, care level {care}"
        case .triageLineCareCouldBe: "{complexity}, care level {care}, could be {possibleCare}"
        case .triageLineCouldBe: "could be {possibleComplexity}, {possibleCare} — {complexity}, {care} on what is known"
        case .approachHeader: "Approach:"
        case .childrenWithoutHelp: "Children without help of their own: {children}"
        case .childrenWithInsecurity: "Children with emotional insecurity beyond the reference band: {children}"
        case .childrenWithTrauma: "Children with trauma in the clinical range: {children}"
        case .reassessmentDue: "Reassessment: due now — {triggers}"
        case .datedTrigger: "{reason} ({date})"
        case .reassessmentOverdue: "Reassessment: due since {date}: {interval}"
        case .reassessmentOverdueAlso: "Reassessment: due since {date}: {interval}; also: {triggers}"
        case .reassessmentNotDue: "Reassessment: not due"
        case .nextScheduledMonitoring: "Next scheduled: {next}; monitoring at least until {until}"
        case .nextScheduledMonitoringOngoing: "Next scheduled: {next}; monitoring goes on while the level is above standard or a reassessment is due"
        case .nextScheduledMonitoringMayEnd: "Next scheduled: {next}; monitoring may end (since {until}): record who closes it and why"
        case .dominantProfile: "Dominant profile: {reason}"
        case .controlHeader: "Who controls whom:"
        case .primaryAggressor: "Primary aggressor: {reason}"
        case .courseHeader: "Course of the violence across waves: {course}"
        case .courseHeaderWithIncidents:
            "Course of the violence: incidents on record: {count}, the last on {date} (the measurements across the waves alone say: {course})"
        case .detailsHeader: "Details (identifiers, for specialists):"
        case .ruleSetLine: "Rule set {ruleSet}. {disclaimer}"
        case .firedIDs: "fired rules: {rules}"
        case .unknownIDs: "rules unknown facts could fire: {rules}"
        }
    }

    /// English words for values written as identifiers.
    static let englishTerms: TermTable = [
        "standard": "STANDARD", "elevated": "ELEVATED", "high": "HIGH", "acute": "ACUTE",
        "parent": "parent", "child": "child", "lessComplex": "less complex", "complex": "complex",
        "localTeam": "local team", "specialisedHelp": "specialised help", "multidisciplinary": "multidisciplinary approach",
        "stopped": "stopped", "noLongerExcessive": "no longer excessive", "decreased": "decreased", "unchanged": "unchanged",
        "fluctuated": "fluctuated", "escalated": "escalated", "relapsed": "relapsed: violence came back", "notDeterminable": "not determinable",
        "family.circumstances": "the family's circumstances", "riskFactors": "the risk factors", "dangerSigns": "the danger signs",
        "events": "the events",
    ]
}
