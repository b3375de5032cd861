import HearthCore
import HearthSafety

/// The headings, labels and chart texts of the family report, in every language (the
/// assessment's own sentences come rendered from its messages).
public enum ReportMessage: String, MessageCatalog {
    /// The page title.
    case title
    /// The date of the assessment.
    case assessedOn
    /// What the page is and is not.
    case purpose
    /// The level section.
    case levelHeading
    /// The level the known facts establish.
    case levelKnown
    /// The level the unknown facts could still produce.
    case levelPossible
    /// Whether the assessment is complete.
    case assessableState
    /// The response.
    case responseHeading
    /// What to establish.
    case establishHeading
    /// The fired rules.
    case reasonsHeading
    /// Column: level.
    case levelColumn
    /// Column: reason.
    case reasonColumn
    /// Column: source.
    case sourceColumn
    /// For some members only.
    case forMembers
    /// Unknown facts that could raise the level.
    case unknownHeading
    /// What an unknown fact could make the level.
    case couldMake
    /// Nothing to list.
    case none
    /// The members section.
    case membersHeading
    /// A member's heading with age.
    case memberWithAge
    /// A member aged 1.
    case memberAgedOne
    /// A member's heading without age.
    case memberWithoutAge
    /// A member's level.
    case memberLevel
    /// Column: scale.
    case scaleColumn
    /// Column: score.
    case scoreColumn
    /// Column: against the norm.
    case normColumn
    /// A score compared with a norm.
    case compared
    /// A score compared, without a percentile.
    case comparedWithoutPercentile
    /// A score compared, without z.
    case comparedWithoutZ
    /// The band of a compared score.
    case bandLine
    /// Not read against the norm: reliability too low.
    case lowReliability
    /// The source of the norm a score was compared with.
    case normSource
    /// Not compared, and why.
    case notCompared
    /// No usable score, and why.
    case noScore
    /// No scales with a norm.
    case noScales
    /// Scales without a norm not shown.
    case otherScales
    /// No questionnaires for a member.
    case noQuestionnaires
    /// The chart's label for the reference mean.
    case chartMean
    /// The chart's label for the score.
    case chartScore
    /// The chart's text alternative.
    case chartDescription
    /// The chart's band names.
    case chartAboveOneSD
    /// The borderline range of a T-scored scale.
    case chartBorderline
    /// The clinical range of a T-scored scale.
    case chartClinical
    /// The trajectory section.
    case trajectoryHeading
    /// The trajectory chart's text alternative.
    case trajectoryDescription
    /// A wave on the chart.
    case waveLabel
    /// A wave with its months since the report.
    case waveMonthsLabel
    /// The general population's mean on the trajectory chart.
    case populationMean
    /// The axis of the trajectory chart.
    case trajectoryAxis
    /// The profiles section.
    case profilesHeading
    /// One profile's membership.
    case membershipLine
    /// The approach heading.
    case approachHeading
    /// Who controls whom.
    case controlHeading
    /// The triage section.
    case triageHeading
    /// The reassessment section.
    case reassessmentHeading
    /// The judgements section.
    case judgementsHeading
    /// No judgements recorded.
    case noJudgements
    /// The details section.
    case detailsHeading
    /// The sources heading.
    case sourcesHeading
    /// The incidents section.
    case incidentsHeading
    /// Column: date.
    case dateColumn
    /// Column: what happened.
    case kindColumn
    /// Column: severity.
    case severityColumn
    /// Column: who used violence against whom.
    case byAgainstColumn
    /// Column: children present.
    case childrenPresentColumn
    /// No incidents recorded.
    case noIncidents
    /// The history is confirmed up to a date.
    case historyConfirmedUntil
    /// The history is not confirmed complete.
    case historyNotConfirmed


    /// The parameters.
    public var parameters: [MessageParameter] {
        switch self {
        case .title: [.text("family")]
        case .assessedOn: [.text("date")]
        case .levelKnown, .levelPossible, .couldMake: [.term("level")]
        case .memberLevel: [.text("level")]
        case .assessableState: [.term("state")]
        case .establishHeading: [.term("within")]
        case .forMembers: [.list("members")]
        case .memberWithAge: [.text("member"), .term("role"), .integer("age")]
        case .memberAgedOne: [.text("member"), .term("role")]
        case .memberWithoutAge: [.text("member"), .term("role")]
        case .compared: [.text("z"), .text("t"), .text("percentile")]
        case .comparedWithoutPercentile: [.text("z"), .text("t")]
        case .comparedWithoutZ: [.text("percentile")]
        case .bandLine: [.term("band")]
        case .lowReliability: [.text("alpha")]
        case .notCompared, .noScore: [.text("reason")]
        case .normSource: [.text("source")]
        case .historyConfirmedUntil: [.text("date")]
        case .otherScales: [.integer("count")]
        case .chartDescription: [.text("scale"), .text("score"), .text("position")]
        case .trajectoryDescription: [.list("points")]
        case .waveLabel: [.integer("wave")]
        case .waveMonthsLabel: [.integer("wave"), .integer("months")]
        case .populationMean: [.number("value")]
        case .membershipLine: [.text("profile"), .term("status")]
        case .purpose, .levelHeading, .responseHeading, .reasonsHeading, .levelColumn, .reasonColumn, .sourceColumn, .unknownHeading, .none,
            .membersHeading, .scaleColumn, .scoreColumn, .normColumn, .noScales, .noQuestionnaires, .chartMean, .chartScore, .chartAboveOneSD,
            .chartBorderline, .chartClinical, .trajectoryHeading, .trajectoryAxis, .profilesHeading, .approachHeading, .controlHeading,
            .triageHeading, .reassessmentHeading, .judgementsHeading, .noJudgements, .detailsHeading, .sourcesHeading, .incidentsHeading,
            .dateColumn, .kindColumn, .severityColumn, .byAgainstColumn, .childrenPresentColumn, .noIncidents, .historyNotConfirmed:
            []
        }
    }

    /// The template in a language.
    public func template(in language: Language) -> String {
        switch language {
        case .english: english
        case .dutch: dutch
        }
    }

    /// A vocabulary word: levels, roles, states (the explanation's words), membership statuses, bands.
    public static func term(_ key: String, in language: Language) -> String? {
        switch language {
        case .english: englishTerms[key] ?? ExplanationMessage.term(key, in: language)
        case .dutch: dutchTerms[key] ?? ExplanationMessage.term(key, in: language)
        }
    }
}
