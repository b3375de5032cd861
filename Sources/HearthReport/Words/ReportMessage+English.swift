import HearthCore

extension ReportMessage {
    /// The English table.
    var english: String {
        switch self {
        case .title: "Family report {family}"
        case .assessedOn: "Assessed on {date}"
        case .purpose: "Pseudonyms only. Decision support, not a decision: a professional judges, and unknown information is shown, never read as absent."
        case .levelHeading: "Safety level"
        case .levelKnown: "On what is known: {level}"
        case .levelPossible: "Could still be: {level}"
        case .assessableState: "Assessment: {state}"
        case .responseHeading: "What to do"
        case .establishHeading: "To establish {within}"
        case .reasonsHeading: "Why: the rules that apply"
        case .levelColumn: "Level"
        case .reasonColumn: "Reason"
        case .sourceColumn: "Source"
        case .forMembers: "for {members}"
        case .unknownHeading: "Unknown information that could raise the level"
        case .couldMake: "could make it {level}"
        case .none: "none"
        case .membersHeading: "Members and their scores against the reference norms"
        case .memberWithAge: "{member} ({role}, {age} years)"
        case .memberAgedOne: "{member} ({role}, 1 year)"
        case .memberWithoutAge: "{member} ({role})"
        case .memberLevel: "Level: {level}"
        case .scaleColumn: "Scale"
        case .scoreColumn: "Score"
        case .normColumn: "Against the reference norm"
        case .compared: "z {z}, T {t}, percentile {percentile}"
        case .comparedWithoutPercentile: "z {z}, T {t}"
        case .comparedWithoutZ: "percentile {percentile}"
        case .bandLine: "band: {band}"
        case .lowReliability: "not read against the norm: the scale's reliability is too low to read (α {alpha}; below .60 is Hearth's choice)"
        case .notCompared: "not compared: {reason}"
        case .normSource: "reference norm from {source}"
        case .noScore: "no score: {reason}"
        case .noScales: "No questionnaire scale with a reference norm."
        case .otherScales: "{count} other scales have no reference norm (see the JSON output)."
        case .noQuestionnaires: "No questionnaires."
        case .chartMean: "reference mean"
        case .chartScore: "score"
        case .chartDescription: "{scale}: score {score}; {position}"
        case .chartAboveOneSD: "above mean + 1 SD"
        case .chartBorderline: "borderline"
        case .chartClinical: "clinical"
        case .trajectoryHeading: "Partner violence across the measurements"
        case .trajectoryDescription: "CTS2 total violence frequency per measurement: {points}"
        case .waveLabel: "wave {wave}"
        case .waveMonthsLabel: "wave {wave} ({months} mo.)"
        case .populationMean: "general population mean ({value})"
        case .trajectoryAxis: "incidents in the past year (CTS2, both partners)"
        case .profilesHeading: "Profiles and approach"
        case .membershipLine: "{profile}: {status}"
        case .approachHeading: "Approach"
        case .controlHeading: "Who controls whom"
        case .triageHeading: "Triage"
        case .reassessmentHeading: "Reassessment and monitoring"
        case .judgementsHeading: "Professional judgements"
        case .noJudgements: "No professional judgement recorded."
        case .detailsHeading: "Details for specialists"
        case .sourcesHeading: "Sources"
        case .incidentsHeading: "Incidents on record"
        case .dateColumn: "Date"
        case .kindColumn: "What"
        case .severityColumn: "Severity"
        case .byAgainstColumn: "By → against"
        case .childrenPresentColumn: "Children present"
        case .noIncidents: "No incidents recorded."
        case .historyConfirmedUntil: "The incident history is confirmed complete up to {date}."
        case .historyNotConfirmed: "The incident history is not confirmed complete: incidents may be missing."
        }
    }

    /// English words for membership statuses and bands.
    static let englishTerms: TermTable = [
        "minor": "minor", "severe": "severe",
        "member": "applies", "notMember": "does not apply", "undetermined": "undetermined",
        "band.normal": "normal", "band.borderline": "borderline", "band.clinical": "clinical", "band.excessive": "excessive (above mean + 1 SD)",
    ]
}
