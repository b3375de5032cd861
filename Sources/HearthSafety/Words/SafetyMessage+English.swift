import HearthCore

extension SafetyMessage {
    /// The English table.
    var english: String {
        switch self {
        case .criticalIndicatorYes: "{indicator}: yes"
        case .recentSevereIncident: "severe {kind} incident {days} days before the assessment"
        case .recentSevereIncidentBetween: "severe {kind} incident by {by} against {against} {days} days before the assessment"
        case .childrenPresentAtSevereBetween: "children present at a severe {kind} incident by {by} against {against} {days} days before"
        case .incidentFrequency: "{count} incidents in the last {window} days"
        case .severityEscalation: "a severe {kind} incident after {minor} minor ones in the window"
        case .severityEscalationAfterOne: "a severe {kind} incident after a minor one in the window"
        case .severeViolenceReported: "{member}: severe physical violence by {actor}"
        case .severeViolenceReportedBetween: "{member}'s CTS2: severe physical violence by {by} against {against}"
        case .severeViolenceBothWithControl:
            "{member}'s CTS2: severe physical violence by {controlling} against {controlled} and by {controlled} against {controlling}; {controlled}'s may be violent resistance to {controlling}'s control"
        case .severeViolenceBothControlledNamed:
            "{member}'s CTS2: severe physical violence by both partners; {controlled} is established as the controlled partner: theirs may be violent resistance"
        case .severeViolenceByControlled:
            "{member}'s CTS2: severe physical violence by {by} against {against}; {by} is established as the controlled partner: it may be violent resistance"
        case .clusterPresent: "coercive control, physical or sexual violence, separation: all present"
        case .intimateTerrorApplies: "the intimate-terror profile applies"
        case .intimateTerrorAppliesWithControl: "the intimate-terror profile applies: {controlling} controls {controlled}"
        case .stalkingReported: "stalking reported"
        case .riskFactorsPresent: "{count} risk factors: {factors}"
        case .childrenPresentAtSevere: "children present at a severe {kind} incident {days} days before"
        case .childAbuseIncident: "an abuse incident against {children}"
        case .violenceRoseAcrossWaves: "violence rose from {from} at wave {fromWave} to {to} at wave {toWave}"
        case .violenceReturned: "violence returned at wave {waves} after a wave without any"
        case .violencePersisted: "violence measured at waves {waves}, after the report too: structural unsafety (even if a later wave showed none)"
        case .caregiverProblemsUnknown: "{children} younger than {age}: whether a caregiver has substance use, problem drinking, psychiatric problems or neglects the children is unknown"
        case .violenceUnknownInPregnancy: "pregnant or a baby in the last 18 months: whether there is physical or sexual violence is unknown"
        case .childNeglected: "child neglect = yes"
        case .youngChildrenWithCaregiverProblems: "younger than {age}: {children}; a caregiver with {problems}"
        case .childrenPresentRepeatedly: "children present at {count} incidents"
        case .historyConfirmedOnlyUntil: "the incident history is confirmed only up to {date}; later incidents are unknown"
        case .historyNeverConfirmed: "the incident history has not been confirmed complete; unrecorded incidents are unknown"
        case .childNeglectUnknown: "whether the children are neglected is unknown"
        case .youngChildOrCaregiverUnknown: "whether a child is younger than {age}, or a caregiver's substance use, drinking, psychiatric problems or neglect, is unknown"
        case .childrenPresenceCountUnknown: "whether children were present at {count} incidents is unknown"
        case .dangerSignYes: "{sign}: yes"
        case .pregnancyAndViolence: "pregnant or a baby in the last 18 months, with physical or sexual violence"
        case .dangerSignUnknown: "{sign}: unknown"
        case .pregnancyOrViolenceUnknown: "whether she is pregnant or had a baby in the last 18 months, or whether there is physical or sexual violence, is unknown"
        case .criticalIndicatorUnknown: "{indicator}: unknown"
        case .noUsableCTS2: "no usable CTS2 from a parent"
        case .clusterPartsUnknown: "{parts} unknown"
        case .intimateTerrorUndetermined: "intimate terror is undetermined: {indicators}"
        case .stalkingUnknown: "stalking is unknown"
        case .riskFactorsUnknown: "{unknown} risk factors unknown ({present} known present)"
        case .childrenPresenceUnknown: "whether children were present at a severe incident"
        case .historyNotKnown: "not known"
        case .noKnownProblemDomains: "no life domain known to have problems; {count} not yet known: {domains}"
        case .noProblemDomainsAllKnown: "no problems in any of the {total} life domains (all known)"
        case .problemDomainsNoneUnknown: "{count} of the {total} life domains with problems: {domains}; no problems in the others"
        case .childNeglectBesideViolence: "child neglect: yes (child maltreatment)"
        case .traumaNotMeasurableUnder3:
            "trauma of {children}: no questionnaire measures it under age 3 (the TSCYC starts at 3; Briere 2005): a professional judges it from observation and the caregivers' account"
        case .problemDomainsSomeUnknown: "{count} of the {total} life domains with problems: {domains}; {unknownCount} not yet known: {unknown}"
        case .conditionOpen: "1 safety condition not met"
        case .violenceReading: "violence: {severity}; chronic: {chronic}"
        case .violenceReadingChronic: "violence: {severity}; chronic: yes ({because})"
        case .violenceReadingSevere: "violence: treated as severe, because of: {severeBecause}; chronic: {chronic}"
        case .violenceReadingSevereChronic: "violence: treated as severe, because of: {severeBecause}; chronic: yes ({because})"
        case .structurallyUnsafeChronic: "structurally unsafe: level {level} and chronic violence"
        case .structurallyUnsafeDomains: "structurally unsafe: level {level} with problems in {count} domains"
        case .complexByLevel: "complex because the level is {level}"
        case .specialisedHelpFloor: "severe or chronic violence always calls for at least specialised help"
        case .triageSettled: "{assessable}; the open questions cannot change the complexity or care level"
        case .triageStillOpen: "still open (at worst: {complexity}, care level {care}): {open}"
        case .establish: "{field}"
        case .planEmpty: "the plan has no safety conditions: an empty plan meets nothing"
        case .conditionsOpen: "{count} safety conditions not met"
        case .levelTooHighForStable: "level {level} (stable safety needs elevated or lower)"
        case .assessmentOpen: "the assessment is {assessable}: it could still be {level}"
        case .quietTooShort: "{days} days without incidents confirmed at a contact ({needed} needed)"
        case .levelTooHighForRecovery: "level {level} (recovery needs standard)"
        case .responseAcute:
            "today: set protective measures going at once: police (112 in immediate danger), a temporary house ban (tijdelijk huisverbod, by the mayor), a contact or area ban, safe shelter where needed; for the children, where needed, a request for investigation or an emergency measure to the Raad voor de Kinderbescherming; direct safety conditions. Do not wait for help to start"
        case .responseAcuteReport:
            "today: report to Veilig Thuis (acute unsafety) and set protective measures going at once: police (112 in immediate danger), a temporary house ban (tijdelijk huisverbod, by the mayor), a contact or area ban, safe shelter where needed; for the children, where needed, a request for investigation or an emergency measure to the Raad voor de Kinderbescherming. Do not wait for help to start"
        case .responseHighReport:
            "within 24 hours: consult Veilig Thuis and weigh whether there is acute or structural unsafety — if so, report (meldcode); outreach contact (a home visit if the family cannot be reached) and a safety plan"
        case .responseHigh: "within 24 hours: outreach contact (a home visit if the family cannot be reached) and a safety plan"
        case .responseElevated: "within 5 working days: an assessment of all life domains and a safety plan"
        case .responseElevatedReport:
            "within 5 working days: report to Veilig Thuis (meldcode: structural unsafety), an assessment of all life domains and a safety plan"
        case .responseStandard: "regular procedure: intake, and reassessment as scheduled"
        case .notAssessableVeiligThuis: "not assessable: too little is known to rule out danger; Veilig Thuis investigates, establishing the missing facts {within}"
        case .triggerFirstAssessment: "first assessment"
        case .triggerIncident: "a {severity} {kind} incident"
        case .triggerEvent: "{kind}"
        case .triggerRelapse: "violence returned across waves"
        case .triggerInterval: "the previous assessment was more than {days} days ago, the interval while the level is or could be {level}"
        case .establishChildAge: "the age of {child}"
        case .responseAfterOpenFacts:
            "first establish {within} the unknown facts that could make the level {possible}; if that cannot be done in time, consult Veilig Thuis (meldcode). If none of them holds: {response}; if one does, act at once at the level that fact brings"
        case .responseAfterOpenFactsVeiligThuis:
            "first establish {within} the unknown facts that could make the level {possible}; if that cannot be done in time, act as for level {possible}. If none of them holds: {response}; if one does, act at once at the level that fact brings"
        case .notAssessableOther:
            "not assessable: too little is known to rule out danger; consult Veilig Thuis or report (meldcode), and establish the missing facts {within}"
        }
    }

    /// English words for vocabulary keys that are not already English as written.
    static let englishTerms: TermTable = [
        "coerciveControl": "coercive control",
        "physicalOrSexualViolence": "physical or sexual violence",
        "separation": "separation",
        "self": "self",
        "partner": "partner",
        "both": "both partners (one may be resisting: establish who controls whom before treating it as mutual)",
        "substanceUse": "substance use",
        "problemDrinking": "problem drinking",
        "parentPsychiatricProblems": "psychiatric problems",
        "childNeglect": "neglect",
        "today": "today",
        "within24Hours": "within 24 hours",
        "within5WorkingDays": "within 5 working days",
        "gunAccess": "access to a gun",
        "violentJealousy": "violent, constant jealousy",
        "forcedSex": "forced sex",
        "suicideThreats": "the perpetrator threatened or attempted suicide",
        "threatsToChildren": "threats to harm the children",
        "honourBasedViolence": "honour-based violence",
        "breachOfOrder": "a restraining order or house ban breached",
        "pregnantOrRecentBirth": "pregnant or a baby in the last 18 months",
        "violenceDuringPregnancy": "violence during a pregnancy",
        "provisional": "provisional", "completeMinimumOthersOpen": "minimum information complete; other facts still open",
        "completeAnswersDisagree": "minimum information complete; answers disagree: check them",
        "completeMinimumOthersOpenAnswersDisagree": "minimum information complete; other facts still open, and answers disagree: check them",
        "childAbuse": "child-abuse", "contactHandover": "a contact handover", "perpetratorReturning": "the perpetrator returning",
        "agencyChange": "a change of agency", "helpClosed": "help closed",
        "threatToKill": "a threat to kill (Danger Assessment, item 6)", "weapon": "a weapon used or threatened (Danger Assessment, item 5)",
        "strangulation": "strangulation or choking (Danger Assessment, item 10)",
        "extremeFear": "the victim believes the partner could kill them (Danger Assessment, item 18)",
        "escalation": "violence getting worse or more frequent (Danger Assessment, item 1)",
        "childhoodViolence": "violence in the parent's childhood", "povertyIncome": "poverty or low income",
        "partnerProblemDrinking": "the partner's problem drinking", "sexualCoercion": "sexual coercion", "controlAndIsolation": "control and isolation",
        "separationOrHandovers": "separation or contact handovers", "criminalBackground": "a criminal background",
        "priorSevereViolence": "earlier severe violence", "repeatedReports": "repeated reports",
        "sexualViolence": "sexual violence", "unilateralSevereViolence": "one-sided severe violence", "partnerViolence": "partner violence",
        "debtsOrPoverty": "debts or poverty", "housingProblems": "housing problems", "alcoholOrSubstanceProblem": "an alcohol or substance problem",
        "parentLongTermCareNeed": "a parent's long-term care need", "childBehaviourProblems": "a child's behaviour problems",
        "highParentingStress": "high parenting stress", "contactOrLegalDispute": "a contact or legal dispute",
        "psychologicalViolence": "psychological violence", "victimFear": "the victim's fear", "severePhysicalViolence": "severe physical violence",
        "atLeastMinor": "severity not established (at least minor)", "minorNothingSevere": "minor (nothing known makes it severe)",
        "minorPhysicalWithControl": "minor physical (coercive control is not graded by the CTS2)",
        "notAssessable": "not assessable",
        "criticalIndicators.threatToKill": "whether the partner threatened to kill (Danger Assessment, item 6)",
        "criticalIndicators.weapon": "whether a weapon was used or threatened (Danger Assessment, item 5)",
        "criticalIndicators.strangulation": "whether there was strangulation or choking (Danger Assessment, item 10)",
        "criticalIndicators.extremeFear": "whether the victim believes the partner could kill them (Danger Assessment, item 18)",
        "criticalIndicators.escalation": "whether the violence is getting worse or more frequent (Danger Assessment, item 1)",
        "dangerSigns.gunAccess": "whether the perpetrator has access to a gun",
        "dangerSigns.violentJealousy": "whether there is violent, constant jealousy",
        "dangerSigns.forcedSex": "whether there was forced sex",
        "dangerSigns.suicideThreats": "whether the perpetrator threatened or attempted suicide",
        "dangerSigns.threatsToChildren": "whether anyone has threatened to harm the children",
        "dangerSigns.honourBasedViolence": "whether there is honour-based violence",
        "dangerSigns.breachOfOrder": "whether a restraining order or house ban was breached",
        "dangerSigns.pregnantOrRecentBirth": "whether there is a pregnancy or a baby in the last 18 months",
        "dangerSigns.violenceDuringPregnancy": "whether there was violence during a pregnancy",
        "historyConfirmedUntil": "whether there has been physical or sexual violence: ask the adult victim, alone and safely, and confirm the incident history up to today (family, police, Veilig Thuis records); record it with the victim's CTS2",
        "openDomainCount": "whether 3 or more life domains have problems", "openSeverity": "whether the violence is severe",
        "openChronicity": "whether the violence is long-lasting (chronic: 12 months or more, or a pattern over time)",
        "openChronicityJudgement": "whether the violence is long-lasting (chronic), which the recorded facts do not settle: a professional judges",
        "chronicRepeatedIncidents": "3 or more incidents, SafeLives' potential escalation",
        "openLevelHigh": "the unknown safety facts, which could make the level HIGH",
        "openLevelAcute": "the unknown safety facts, which could make the level ACUTE", "noneKnown": "none known",
        "severeIncident": "a severe incident on record", "severeCTS2": "severe physical violence in a parent's CTS2",
        "chronicOverAYear": "incidents over 12 months or more", "chronicRepeatedReports": "repeated reports",
        "chronicAcrossWaves": "violence at the report's measurement and a later one",
        "chronicCoerciveControl": "coercive control, a pattern over time", "chronicStalking": "stalking, a pattern over time",
        "chronicEscalation": "violence getting worse or more frequent, a pattern over time",
        "lessComplex": "less complex", "localTeam": "local team", "specialisedHelp": "specialised help",
        "multidisciplinary": "multidisciplinary approach",
        "family.circumstances.childNeglect": "whether the children are neglected",
    ]
}
