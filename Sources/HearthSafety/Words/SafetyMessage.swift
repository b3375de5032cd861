import HearthCore

/// Every sentence HearthSafety shows people, as a typed id with named parameters. Results
/// carry these messages as data; their text is a rendering (``Message/text(in:)``) from the
/// tables in `SafetyMessage+English.swift` (one per language).
public enum SafetyMessage: String, MessageCatalog {
    // Why a rule fired.
    /// A critical indicator is yes.
    case criticalIndicatorYes
    /// A severe incident within the window.
    case recentSevereIncident
    /// A severe incident within the window, with who did it to whom.
    case recentSevereIncidentBetween
    /// Incidents within the window.
    case incidentFrequency
    /// A severe incident after minor ones.
    case severityEscalation
    /// A parent's CTS2 shows severe physical violence.
    case severeViolenceReported
    /// A parent's CTS2 shows severe physical violence, naming who used it against whom.
    case severeViolenceReportedBetween
    /// A parent's CTS2: severe physical violence by both partners, one established as controlling.
    case severeViolenceBothWithControl
    /// A parent's CTS2: severe physical violence by the partner established as controlled.
    case severeViolenceByControlled
    /// A parent's CTS2: severe physical violence by both, one established as controlled.
    case severeViolenceBothControlledNamed
    /// The cluster of three is present.
    case clusterPresent
    /// The intimate-terror profile applies.
    case intimateTerrorApplies
    /// The intimate-terror profile applies, and who controls whom is established.
    case intimateTerrorAppliesWithControl
    /// Stalking is reported.
    case stalkingReported
    /// Risk factors present.
    case riskFactorsPresent
    /// Children were present at a severe incident.
    case childrenPresentAtSevere
    /// Children were present at a severe incident, with who did it to whom.
    case childrenPresentAtSevereBetween
    /// An abuse incident against children.
    case childAbuseIncident
    /// Violence rose between two measured waves.
    case violenceRoseAcrossWaves
    /// Violence returned after a wave without any.
    case violenceReturned
    /// Violence went on across the measurements.
    case violencePersisted
    /// The children are neglected.
    case childNeglected
    /// Young children with a caregiver's problems.
    case youngChildrenWithCaregiverProblems
    /// Children present at several incidents.
    case childrenPresentRepeatedly
    /// A sign of danger is yes.
    case dangerSignYes
    /// Pregnancy or a recent birth with violence.
    case pregnancyAndViolence

    // What a rule that could fire does not know.
    /// A critical indicator is unknown.
    case criticalIndicatorUnknown
    /// No parent has a usable CTS2.
    case noUsableCTS2
    /// Parts of the cluster of three are unknown.
    case clusterPartsUnknown
    /// The intimate-terror profile is undetermined.
    case intimateTerrorUndetermined
    /// Stalking is unknown.
    case stalkingUnknown
    /// Risk factors are unknown.
    case riskFactorsUnknown
    /// Whether children were present at a severe incident is unknown.
    case childrenPresenceUnknown
    /// A rule on the recorded history (which is never unknown).
    case historyNotKnown
    /// The incident history is confirmed only up to a date before the assessment.
    case historyConfirmedOnlyUntil
    /// The incident history was never confirmed.
    case historyNeverConfirmed
    /// Whether the children are neglected is unknown.
    case childNeglectUnknown
    /// A young child's age or a caregiver's problems are unknown.
    case youngChildOrCaregiverUnknown
    /// A young child's caregiver's problems are unknown.
    case caregiverProblemsUnknown
    /// Whether children were present at enough incidents is unknown.
    case childrenPresenceCountUnknown
    /// A sign of danger is unknown.
    case dangerSignUnknown
    /// Pregnancy or violence is unknown.
    case pregnancyOrViolenceUnknown
    /// Violence is unknown during a pregnancy.
    case violenceUnknownInPregnancy

    // Triage.
    /// Life domains with problems, none named.
    /// Life domains with problems, named.
    /// Life domains unknown.
    /// The violence's severity and chronicity.
    case violenceReading
    /// Structurally unsafe with chronic violence.
    case structurallyUnsafeChronic
    /// Structurally unsafe with problems in many domains.
    case structurallyUnsafeDomains
    /// The floor for severe or chronic violence.
    case specialisedHelpFloor
    /// Triage is provisional while the minimum information is unknown.
    case triageSettled
    case triageStillOpen
    case noKnownProblemDomains
    case noProblemDomainsAllKnown
    case problemDomainsNoneUnknown
    case problemDomainsSomeUnknown
    /// Children under 3, whose trauma no questionnaire measures.
    case traumaNotMeasurableUnder3
    /// Child neglect is established, beside the violence.
    case childNeglectBesideViolence
    case violenceReadingChronic
    /// Severe violence, with what shows it, and its chronicity.
    case violenceReadingSevere
    /// Severe, chronic violence, with what shows each.
    case violenceReadingSevereChronic
    /// A fact of the minimum set to establish.
    case establish
    // Phases.
    /// The plan has no conditions.
    case planEmpty
    /// Conditions not met.
    case conditionsOpen
    /// The level is too high for stable safety.
    case levelTooHighForStable
    /// The assessment is not complete.
    case assessmentOpen
    /// The quiet time confirmed is too short.
    case quietTooShort
    /// The level is too high for recovery.
    case levelTooHighForRecovery

    // The response a level implies.
    /// Acute.
    case responseAcute
    /// High.
    case responseHigh
    /// Elevated.
    case responseElevated
    /// Standard.
    case responseStandard
    /// Acute, for professionals who must report (the meldnorm).
    case responseAcuteReport
    /// High, for professionals who must report (the meldnorm).
    case responseHighReport
    /// Not assessable, for Veilig Thuis.
    case notAssessableVeiligThuis
    /// Not assessable, for other professionals.
    case notAssessableOther
    /// The response while unknowns could make the level high or acute: the open facts first.
    case responseAfterOpenFacts
    /// The same for Veilig Thuis.
    case responseAfterOpenFactsVeiligThuis
    /// Elevated with structural unsafety: report to Veilig Thuis too.
    case responseElevatedReport

    // Why a reassessment is due, and facts to establish.
    /// No previous assessment.
    case triggerFirstAssessment
    /// One life domain with problems (the singular of ``problemDomains``).
    /// One domain unknown.
    /// No domain unknown.
    /// Complex because the level is high or acute.
    case complexByLevel
    /// One safety condition not met.
    case conditionOpen
    /// A severe incident after one minor one.
    case severityEscalationAfterOne
    /// An incident since the previous assessment.
    case triggerIncident
    /// An event (separation, contact handover, …) since the previous assessment.
    case triggerEvent
    /// Violence returned across waves.
    case triggerRelapse
    /// The level's reassessment interval has passed.
    case triggerInterval
    /// A child's age is unknown.
    case establishChildAge

    /// The parameters.
    public var parameters: [MessageParameter] {
        switch self {
        case .criticalIndicatorYes: [.term("indicator")]
        case .triggerIncident: [.term("severity"), .term("kind")]
        case .triggerEvent, .severityEscalationAfterOne: [.term("kind")]
        case .triggerInterval: [.integer("days"), .term("level")]
        case .establishChildAge: [.text("child")]
        case .criticalIndicatorUnknown: [.term("indicator")]
        case .recentSevereIncident, .childrenPresentAtSevere: [.term("kind"), .integer("days")]
        case .recentSevereIncidentBetween, .childrenPresentAtSevereBetween: [.term("kind"), .text("by"), .list("against"), .integer("days")]
        case .incidentFrequency: [.integer("count"), .integer("window")]
        case .severityEscalation: [.term("kind"), .integer("minor")]
        case .severeViolenceReported: [.text("member"), .term("actor")]
        case .severeViolenceReportedBetween: [.text("member"), .text("by"), .text("against")]
        case .severeViolenceBothWithControl: [.text("member"), .text("controlling"), .text("controlled")]
        case .severeViolenceByControlled: [.text("member"), .text("by"), .text("against")]
        case .severeViolenceBothControlledNamed: [.text("member"), .text("controlled")]
        case .intimateTerrorAppliesWithControl: [.list("controlling"), .list("controlled")]
        case .riskFactorsPresent: [.integer("count"), .terms("factors")]
        case .childAbuseIncident: [.list("children")]
        case .violenceRoseAcrossWaves: [.number("from"), .integer("fromWave"), .number("to"), .integer("toWave")]
        case .violenceReturned: [.list("waves")]
        case .violencePersisted: [.list("waves")]
        case .caregiverProblemsUnknown: [.list("children"), .integer("age")]
        case .youngChildrenWithCaregiverProblems: [.list("children"), .integer("age"), .terms("problems")]
        case .childrenPresentRepeatedly: [.integer("count")]
        case .historyConfirmedOnlyUntil: [.text("date")]
        case .notAssessableVeiligThuis, .notAssessableOther: [.term("within")]
        case .responseAfterOpenFacts, .responseAfterOpenFactsVeiligThuis: [.term("within"), .term("possible"), .text("response")]
        case .triageSettled: [.term("assessable")]
        case .triageStillOpen: [.terms("open"), .term("complexity"), .term("care")]
        case .noKnownProblemDomains: [.integer("count"), .terms("domains")]
        case .establish: [.term("field")]
        case .conditionsOpen: [.integer("count")]
        case .levelTooHighForStable, .levelTooHighForRecovery: [.term("level")]
        case .assessmentOpen: [.term("assessable"), .term("level")]
        case .quietTooShort: [.integer("days"), .integer("needed")]
        case .childrenPresenceCountUnknown: [.integer("count")]
        case .dangerSignYes, .dangerSignUnknown: [.term("sign")]
        case .youngChildOrCaregiverUnknown: [.integer("age")]
        case .clusterPartsUnknown: [.terms("parts")]
        case .intimateTerrorUndetermined: [.terms("indicators")]
        case .riskFactorsUnknown: [.integer("unknown"), .integer("present")]
        case .noProblemDomainsAllKnown: [.integer("total")]
        case .problemDomainsNoneUnknown: [.integer("count"), .integer("total"), .terms("domains")]
        case .traumaNotMeasurableUnder3: [.list("children")]
        case .childNeglectBesideViolence: []
        case .problemDomainsSomeUnknown: [.integer("count"), .integer("total"), .terms("domains"), .integer("unknownCount"), .terms("unknown")]
        case .violenceReading: [.term("severity"), .term("chronic")]
        case .violenceReadingChronic: [.term("severity"), .term("because")]
        case .violenceReadingSevere: [.terms("severeBecause"), .term("chronic")]
        case .violenceReadingSevereChronic: [.terms("severeBecause"), .term("because")]
        case .structurallyUnsafeChronic, .complexByLevel: [.term("level")]
        case .structurallyUnsafeDomains: [.term("level"), .integer("count")]
        case .clusterPresent, .stalkingReported, .noUsableCTS2, .stalkingUnknown, .childrenPresenceUnknown, .historyNotKnown,
            .childNeglected, .historyNeverConfirmed, .planEmpty, .violenceUnknownInPregnancy, .childNeglectUnknown, .pregnancyAndViolence, .pregnancyOrViolenceUnknown,
            .specialisedHelpFloor, .responseAcute, .responseHigh, .responseElevated, .responseStandard, .responseAcuteReport, .responseHighReport,
            .triggerFirstAssessment, .triggerRelapse, .intimateTerrorApplies, .conditionOpen, .responseElevatedReport:
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

    /// A vocabulary word in a language.
    public static func term(_ key: String, in language: Language) -> String? {
        switch language {
        case .english: englishTerms[key]
        case .dutch: dutchTerms[key]
        }
    }
}
