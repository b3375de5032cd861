extension SafetyMessage {
    /// The English table.
    var english: String {
        switch self {
        case .criticalIndicatorYes: "{indicator} = yes"
        case .recentSevereIncident: "severe {kind} incident {days} days before the assessment"
        case .incidentFrequency: "{count} incidents in the last {window} days"
        case .severityEscalation: "a severe {kind} incident after {minor} minor one(s) in the window"
        case .severeViolenceReported: "{member}: severe physical violence by {actor}"
        case .clusterPresent: "coercive control, physical or sexual violence, separation: all present"
        case .intimateTerrorApplies: "the intimate-terror profile applies (HearthProfiles {ruleSet})"
        case .stalkingReported: "stalking reported"
        case .riskFactorsPresent: "{count} risk factors: {factors}"
        case .childrenPresentAtSevere: "children present at a severe {kind} incident {days} days before"
        case .childAbuseIncident: "an abuse incident against {children}"
        case .criticalIndicatorUnknown: "{indicator} is unknown"
        case .noUsableCTS2: "no usable CTS2 from a parent"
        case .clusterPartsUnknown: "{parts} unknown"
        case .intimateTerrorUndetermined: "intimate terror is undetermined: {indicators}"
        case .stalkingUnknown: "stalking is unknown"
        case .riskFactorsUnknown: "{unknown} risk factors unknown ({present} known present)"
        case .childrenPresenceUnknown: "whether children were present at a severe incident"
        case .historyNotKnown: "not known"
        case .noProblemDomains: "{count} life domains with problems"
        case .problemDomains: "{count} life domains with problems: {domains}"
        case .unknownDomains: "{count} domains unknown"
        case .violenceReading: "violence: {severity}, chronic: {chronic}"
        case .structurallyUnsafeChronic: "structurally unsafe: level {level} with chronic violence"
        case .structurallyUnsafeDomains: "structurally unsafe: level {level} with problems in {count} domains"
        case .specialisedHelpFloor: "severe or chronic violence never gets less than specialised help"
        case .responseAcute:
            "today: protective measures (police, restraining order, shelter) and direct safety conditions; do not wait for help to start"
        case .responseHigh: "within 24 hours: outreach contact (a home visit if the family cannot be reached) and a safety plan"
        case .responseElevated: "within 5 working days: an assessment of all life domains and a safety plan"
        case .responseStandard: "regular procedure: intake, and reassessment as scheduled"
        }
    }

    /// English words for vocabulary keys that are not already English as written.
    static let englishTerms: [String: String] = [
        "coerciveControl": "coercive control",
        "physicalOrSexualViolence": "physical or sexual violence",
        "separation": "separation",
    ]
}
