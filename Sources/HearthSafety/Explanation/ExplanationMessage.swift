import HearthCore

/// The labels and lines of a safety assessment's readable explanation
/// (``SafetyAssessment/explanation(in:judged:)``), one typed id per line kind.
public enum ExplanationMessage: String, MessageCatalog {
    /// The level when the known facts give the highest level possible.
    case headline
    /// The level with its state (provisional, not assessable).
    case headlineWithState
    /// The level the unknowns could still produce leads.
    case headlineCouldBe
    /// Not assessable: only the level the unknowns could produce.
    case headlineNotAssessable
    /// What to establish first, by when.
    case establishFirst
    /// The level in force after professional judgements.
    case levelInForce
    /// The level in force after one professional judgement.
    case levelInForceOne
    /// One professional judgement.
    case judgement
    /// One professional judgement with its second reviewer.
    case judgementReviewed
    /// The computed assessment follows.
    case computed
    /// Two answers about the same fact disagree.
    case disagreement
    /// One of the answers that disagree, with where it was given.
    case disagreeingField
    /// One of the answers that disagree, with what it answered and where.
    case disagreeingAnswer
    /// What to establish.
    case toEstablishHeader
    /// The fired rules.
    case firedHeader
    /// Nothing in a list.
    case none
    /// A fired rule.
    case firedRule
    /// A fired rule about some members.
    case firedRuleFor
    /// Information that could raise the level.
    case unknownHeader
    /// One unknown fact and the level it could give.
    case unknownLine
    /// The level per person.
    case personsHeader
    /// One member's level.
    case personLine
    /// A member's level.
    case personLevel
    /// A member's level when unknown facts could still raise the family's.
    case personLevelCouldBe
    /// A member's level below the family's.
    case personLevelBelowFamily
    /// A member of a family that is not assessable.
    case personLevelNotAssessable
    /// The triage line labelled "Triage".
    case triageLabelled
    /// Triage: complexity and care level (``Triage/lineMessage``, unlabelled).
    case triageLine
    /// Triage when the unknowns could make it more complex.
    case triageLineCouldBe
    /// Triage when the unknowns could raise the care level only.
    case triageLineCareCouldBe
    /// The approach.
    case approachHeader
    /// Children without help of their own.
    case childrenWithoutHelp
    /// Children with emotional insecurity.
    case childrenWithInsecurity
    /// Children with trauma.
    case childrenWithTrauma
    /// A reassessment is due.
    case reassessmentDue
    /// What makes a reassessment due, with its date.
    case datedTrigger
    /// A reassessment due since its interval passed.
    case reassessmentOverdue
    /// A reassessment due since its interval passed, and for other reasons too.
    case reassessmentOverdueAlso
    /// No reassessment is due.
    case reassessmentNotDue
    /// The next scheduled reassessment, monitoring active until a date.
    case nextScheduledMonitoring
    /// The next scheduled reassessment, monitoring active while the level or a due reassessment requires it.
    case nextScheduledMonitoringOngoing
    /// The next scheduled reassessment, monitoring may end.
    case nextScheduledMonitoringMayEnd
    /// The dominant profile.
    case dominantProfile
    /// Who controls whom.
    case controlHeader
    /// The primary aggressor.
    case primaryAggressor
    /// The course of the violence across waves.
    case courseHeader
    /// The course across the measurements, which cover it only: incidents are on record.
    case courseHeaderWithIncidents
    /// Details for specialists: identifiers.
    case detailsHeader
    /// The rule set and its disclaimer.
    case ruleSetLine
    /// The fired rules' identifiers.
    case firedIDs
    /// The rules unknown facts could fire.
    case unknownIDs

    /// The parameters.
    public var parameters: [MessageParameter] {
        switch self {
        case .headline: [.term("level")]
        case .headlineWithState: [.term("level"), .term("state")]
        case .headlineCouldBe: [.term("possible"), .term("level"), .term("state")]
        case .headlineNotAssessable: [.term("possible")]
        case .establishFirst: [.term("within")]
        case .levelInForce: [.term("level"), .integer("count")]
        case .levelInForceOne: [.term("level")]
        case .judgement: [.text("professional"), .term("level"), .text("reason")]
        case .judgementReviewed: [.text("professional"), .term("level"), .text("reason"), .text("reviewer")]
        case .disagreement: [.list("facts"), .term("readAs")]
        case .disagreeingField: [.term("fact"), .term("section")]
        case .disagreeingAnswer: [.term("fact"), .term("answer"), .term("section")]
        case .toEstablishHeader: [.term("within")]
        case .firedRule: [.term("level"), .text("reason"), .text("source")]
        case .firedRuleFor: [.term("level"), .text("reason"), .list("members"), .text("source")]
        case .unknownLine: [.text("unknown"), .term("level")]
        case .personLine: [.text("member"), .term("role"), .text("level")]
        case .personLevel: [.term("level")]
        case .personLevelCouldBe: [.term("level"), .term("possible")]
        case .personLevelBelowFamily: [.term("level"), .text("member"), .term("family")]
        case .personLevelNotAssessable: [.term("possible")]
        case .triageLabelled: [.text("line")]
        case .triageLine: [.term("complexity"), .term("care")]
        case .triageLineCareCouldBe: [.term("complexity"), .term("care"), .term("possibleCare")]
        case .triageLineCouldBe: [.term("possibleComplexity"), .term("possibleCare"), .term("complexity"), .term("care")]
        case .childrenWithoutHelp, .childrenWithInsecurity, .childrenWithTrauma: [.list("children")]
        case .reassessmentDue: [.list("triggers")]
        case .datedTrigger: [.text("reason"), .text("date")]
        case .reassessmentOverdue: [.text("date"), .text("interval")]
        case .reassessmentOverdueAlso: [.text("date"), .text("interval"), .list("triggers")]
        case .nextScheduledMonitoring, .nextScheduledMonitoringMayEnd: [.text("next"), .text("until")]
        case .nextScheduledMonitoringOngoing: [.text("next")]
        case .dominantProfile: [.text("reason")]
        case .primaryAggressor: [.text("reason")]
        case .courseHeader: [.term("course")]
        case .courseHeaderWithIncidents: [.term("course"), .integer("count"), .text("date")]
        case .ruleSetLine: [.text("ruleSet"), .text("disclaimer")]
        case .firedIDs, .unknownIDs: [.list("rules")]
        case .computed, .firedHeader, .none, .unknownHeader, .personsHeader, .approachHeader, .reassessmentNotDue, .controlHeader, .detailsHeader: []
        }
    }

    /// The template in a language.
    public func template(in language: Language) -> String {
        switch language {
        case .english: english
        case .dutch: dutch
        }
    }

    /// A vocabulary word in a language: levels, states, roles, triage values, courses (and
    /// the facts of disagreements, from ``SafetyMessage``'s vocabulary).
    public static func term(_ key: String, in language: Language) -> String? {
        switch language {
        case .english: englishTerms[key] ?? SafetyMessage.term(key, in: language)
        case .dutch: dutchTerms[key] ?? SafetyMessage.term(key, in: language)
        }
    }
}
