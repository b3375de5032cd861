import HearthCore

extension ExplanationMessage {
    /// The Dutch table.
    var dutch: String {
        switch self {
        case .headline: "Veiligheidsniveau: {level}"
        case .headlineWithState: "Veiligheidsniveau: {level} ({state})"
        case .headlineNotAssessable: "Veiligheidsniveau: mogelijk {possible}"
        case .headlineCouldBe: "Veiligheidsniveau: mogelijk {possible} — {level} op grond van wat bekend is ({state})"
        case .establishFirst: "; stel het ontbrekende vast {within}"
        case .levelInForce: "Geldend niveau: {level} ({count} professionele oordelen)"
        case .levelInForceOne: "Geldend niveau: {level} (1 professioneel oordeel)"
        case .judgement: "{professional}: {level} — {reason}"
        case .judgementReviewed: "{professional}: {level} — {reason} (getoetst door {reviewer})"
        case .computed: "Berekend:"
        case .disagreement: "Let op: twee antwoorden over hetzelfde feit verschillen ({facts}); aangehouden als {readAs}: ga na welk antwoord klopt."
        case .disagreeingField: "{fact} bij {section}"
        case .disagreeingAnswer: "{fact}: {answer} bij {section}"
        case .toEstablishHeader: "Vast te stellen {within}:"
        case .firedHeader: "Regels die van toepassing zijn:"
        case .none: "geen"
        case .firedRule: "[{level}] {reason} — bron: {source}"
        case .firedRuleFor: "[{level}] {reason} (voor {members}) — bron: {source}"
        case .unknownHeader: "Onbekende informatie die het niveau kan verhogen:"
        case .unknownLine: "{unknown} (kan het {level} maken)"
        case .personsHeader: "Niveau per gezinslid (op grond van de regels over het hele gezin en die over dat gezinslid):"
        case .personLine: "{member} ({role}): {level}"
        case .personLevel: "{level}"
        case .personLevelBelowFamily: "valt onder het veiligheidsplan van het gezin op {family} (regels over andere gezinsleden); volgens de regels die {member} betreffen: {level}"
        case .personLevelCouldBe: "kan nog {possible} worden — {level} op grond van wat bekend is"
        case .personLevelNotAssessable: "kan nog {possible} worden — niet te beoordelen"
        case .triageLabelled: "Uitkomst triage: {line}"
        case .triageLine: "{complexity}, zorgniveau {care}"
        case .triageLineCareCouldBe: "{complexity}, zorgniveau {care}, mogelijk {possibleCare}"
        case .triageLineCouldBe: "mogelijk {possibleComplexity}, {possibleCare} — {complexity}, {care} op grond van wat bekend is"
        case .approachHeader: "Aanpak:"
        case .childrenWithoutHelp: "Kinderen zonder eigen hulpverlening: {children}"
        case .childrenWithInsecurity: "Kinderen met emotionele onveiligheid buiten de band van de referentiegroep: {children}"
        case .childrenWithTrauma: "Kinderen met traumaklachten in het klinische gebied: {children}"
        case .reassessmentDue: "Herbeoordeling: nu nodig — {triggers}"
        case .datedTrigger: "{reason} ({date})"
        case .reassessmentOverdue: "Herbeoordeling: nodig sinds {date}: {interval}"
        case .reassessmentOverdueAlso: "Herbeoordeling: nodig sinds {date}: {interval}; ook: {triggers}"
        case .reassessmentNotDue: "Herbeoordeling: nu niet nodig"
        case .nextScheduledMonitoring: "Volgende gepland: {next}; monitoring ten minste tot {until}"
        case .nextScheduledMonitoringOngoing: "Volgende gepland: {next}; de monitoring loopt door zolang het niveau boven standaard ligt of een herbeoordeling nodig is"
        case .nextScheduledMonitoringMayEnd: "Volgende gepland: {next}; de monitoring mag eindigen (sinds {until}): leg vast wie haar afsluit en waarom"
        case .dominantProfile: "Dominant profiel: {reason}"
        case .controlHeader: "Wie controleert wie:"
        case .primaryAggressor: "Primaire pleger: {reason}"
        case .courseHeader: "Verloop van het geweld over de metingen: {course}"
        case .courseHeaderWithIncidents:
            "Verloop van het geweld: vastgelegde incidenten: {count}, het laatste op {date} (de metingen alleen zeggen: {course})"
        case .detailsHeader: "Details (kenmerken, voor specialisten):"
        case .ruleSetLine: "Regelset {ruleSet}. {disclaimer}"
        case .firedIDs: "regels die van toepassing zijn: {rules}"
        case .unknownIDs: "regels die onbekende feiten kunnen laten gelden: {rules}"
        }
    }

    /// Dutch words for values written as identifiers.
    static let dutchTerms: TermTable = [
        "standard": "STANDAARD", "elevated": "VERHOOGD", "high": "HOOG", "acute": "ACUUT",
        "parent": "ouder", "child": "kind", "lessComplex": "minder complex", "complex": "complex",
        "localTeam": "lokaal team", "specialisedHelp": "specialistische hulp", "multidisciplinary": "multidisciplinaire aanpak",
        "stopped": "gestopt", "noLongerExcessive": "niet langer overmatig", "decreased": "afgenomen", "unchanged": "onveranderd",
        "fluctuated": "wisselend", "escalated": "toegenomen", "relapsed": "teruggevallen: het geweld kwam terug", "notDeterminable": "niet te bepalen",
        "family.circumstances": "de gezinsomstandigheden", "riskFactors": "de risicofactoren", "dangerSigns": "de gevaarsignalen",
        "events": "de gebeurtenissen",
    ]
}
