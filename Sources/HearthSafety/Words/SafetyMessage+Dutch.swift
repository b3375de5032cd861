import HearthCore

extension SafetyMessage {
    /// The Dutch table, in the terms of the meldcode and Veilig Thuis (acute en structurele
    /// onveiligheid, veiligheidsbeoordeling, veiligheidsplan, lokaal team, specialistische hulp,
    /// multidisciplinaire aanpak; see docs/safety.md, "Dutch").
    var dutch: String {
        switch self {
        case .criticalIndicatorYes: "{indicator}: ja"
        case .recentSevereIncident: "ernstig incident ({kind}) {days} dagen vóór de beoordeling"
        case .recentSevereIncidentBetween: "ernstig incident ({kind}) door {by} tegen {against}, {days} dagen vóór de beoordeling"
        case .childrenPresentAtSevereBetween: "kinderen aanwezig bij een ernstig incident ({kind}) door {by} tegen {against}, {days} dagen ervoor"
        case .incidentFrequency: "{count} incidenten in de laatste {window} dagen"
        case .severityEscalation: "een ernstig incident ({kind}) na {minor} lichtere in de periode"
        case .severityEscalationAfterOne: "een ernstig incident ({kind}) na één lichter in de periode"
        case .severeViolenceReported: "{member}: ernstig fysiek geweld door {actor}"
        case .severeViolenceReportedBetween: "CTS2 van {member}: ernstig fysiek geweld door {by} tegen {against}"
        case .severeViolenceBothWithControl:
            "CTS2 van {member}: ernstig fysiek geweld door {controlling} tegen {controlled} en door {controlled} tegen {controlling}; dat van {controlled} kan gewelddadig verzet zijn tegen de controle door {controlling}"
        case .severeViolenceBothControlledNamed:
            "CTS2 van {member}: ernstig fysiek geweld door beide partners; {controlled} is vastgesteld als de gecontroleerde partner: diens geweld kan verzet zijn"
        case .severeViolenceByControlled:
            "CTS2 van {member}: ernstig fysiek geweld door {by} tegen {against}; {by} is vastgesteld als de gecontroleerde partner: het kan gewelddadig verzet zijn"
        case .clusterPresent: "dwingende controle, fysiek of seksueel geweld en scheiding: alle drie aanwezig"
        case .intimateTerrorApplies: "het profiel intieme terreur is van toepassing"
        case .intimateTerrorAppliesWithControl: "het profiel intieme terreur is van toepassing: {controlling} controleert {controlled}"
        case .stalkingReported: "stalking gemeld"
        case .riskFactorsPresent: "{count} risicofactoren: {factors}"
        case .childrenPresentAtSevere: "kinderen aanwezig bij een ernstig incident ({kind}) {days} dagen ervoor"
        case .childAbuseIncident: "een incident van mishandeling tegen {children}"
        case .violenceRoseAcrossWaves: "het geweld nam toe van {from} bij meting {fromWave} tot {to} bij meting {toWave}"
        case .violenceReturned: "het geweld kwam terug bij meting {waves}, na een meting zonder geweld"
        case .violencePersisted: "geweld gemeten bij metingen {waves}, ook na de melding: structurele onveiligheid (ook als een latere meting geen geweld liet zien)"
        case .caregiverProblemsUnknown:
            "{children} jonger dan {age}: onbekend of een verzorger middelen gebruikt, problematisch drinkt, psychiatrische problemen heeft of de kinderen verwaarloost"
        case .violenceUnknownInPregnancy: "zwanger of een baby in de laatste 18 maanden: onbekend of er fysiek of seksueel geweld is"
        case .childNeglected: "verwaarlozing van de kinderen: ja"
        case .youngChildrenWithCaregiverProblems: "jonger dan {age} jaar: {children}; een verzorger met {problems}"
        case .childrenPresentRepeatedly: "kinderen aanwezig bij {count} incidenten"
        case .historyConfirmedOnlyUntil: "de incidentgeschiedenis is alleen tot {date} bevestigd; latere incidenten zijn onbekend"
        case .historyNeverConfirmed: "het is nog niet bevestigd dat de incidentgeschiedenis volledig is; niet vastgelegde incidenten zijn onbekend"
        case .childNeglectUnknown: "onbekend of de kinderen verwaarloosd worden"
        case .youngChildOrCaregiverUnknown:
            "onbekend of een kind jonger is dan {age}, en of een verzorger middelen gebruikt, problematisch drinkt, psychiatrische problemen heeft of verwaarloost"
        case .childrenPresenceCountUnknown: "onbekend of kinderen bij {count} incidenten aanwezig waren"
        case .dangerSignYes: "{sign}: ja"
        case .pregnancyAndViolence: "zwanger of een baby in de laatste 18 maanden, met fysiek of seksueel geweld"
        case .dangerSignUnknown: "{sign}: onbekend"
        case .pregnancyOrViolenceUnknown: "onbekend of zij zwanger is of in de laatste 18 maanden een baby kreeg, en of er fysiek of seksueel geweld is"
        case .criticalIndicatorUnknown: "{indicator}: onbekend"
        case .noUsableCTS2: "geen bruikbare CTS2 van een ouder"
        case .clusterPartsUnknown: "onbekend: {parts}"
        case .intimateTerrorUndetermined: "intieme terreur is onbepaald: {indicators}"
        case .stalkingUnknown: "onbekend of er stalking is"
        case .riskFactorsUnknown: "{unknown} risicofactoren onbekend ({present} bekend aanwezig)"
        case .childrenPresenceUnknown: "of kinderen aanwezig waren bij een ernstig incident"
        case .historyNotKnown: "niet bekend"
        case .noKnownProblemDomains: "op geen enkel levensgebied zijn problemen bekend; {count} nog niet uitgevraagd: {domains}"
        case .noProblemDomainsAllKnown: "geen problemen op de {total} levensgebieden (alle uitgevraagd)"
        case .problemDomainsNoneUnknown: "{count} van de {total} levensgebieden met problemen: {domains}; geen problemen op de overige"
        case .childNeglectBesideViolence: "verwaarlozing van een kind: ja (kindermishandeling)"
        case .traumaNotMeasurableUnder3:
            "trauma bij {children}: onder de 3 jaar meet geen vragenlijst trauma (de TSCYC begint bij 3 jaar; Briere 2005): een professional beoordeelt het op grond van observatie en wat de verzorgers vertellen"
        case .problemDomainsSomeUnknown: "{count} van de {total} levensgebieden met problemen: {domains}; {unknownCount} nog niet uitgevraagd: {unknown}"
        case .conditionOpen: "aan 1 veiligheidsvoorwaarde is niet voldaan"
        case .violenceReading: "geweld: {severity}; chronisch: {chronic}"
        case .violenceReadingChronic: "geweld: {severity}; chronisch: ja ({because})"
        case .violenceReadingSevere: "geweld: als ernstig behandeld, vanwege: {severeBecause}; chronisch: {chronic}"
        case .violenceReadingSevereChronic: "geweld: als ernstig behandeld, vanwege: {severeBecause}; chronisch: ja ({because})"
        case .structurallyUnsafeChronic: "structureel onveilig: niveau {level} en chronisch geweld"
        case .structurallyUnsafeDomains: "structureel onveilig: niveau {level} met problemen op {count} levensgebieden"
        case .complexByLevel: "complex vanwege het veiligheidsniveau {level}"
        case .specialisedHelpFloor: "bij ernstig of chronisch geweld is ten minste specialistische hulp nodig"
        case .triageSettled: "{assessable}; de openstaande vragen kunnen de complexiteit en het zorgniveau niet veranderen"
        case .triageStillOpen: "nog open (in het ergste geval: {complexity}, zorgniveau {care}): {open}"
        case .establish: "{field}"
        case .planEmpty: "het plan heeft geen veiligheidsvoorwaarden: een leeg veiligheidsplan telt niet als voldaan"
        case .conditionsOpen: "aan {count} veiligheidsvoorwaarden is niet voldaan"
        case .levelTooHighForStable: "niveau {level} (stabiele veiligheid vraagt verhoogd of lager)"
        case .assessmentOpen: "de beoordeling is {assessable}: het kan nog {level} worden"
        case .quietTooShort: "{days} dagen zonder incidenten bevestigd bij een contact ({needed} nodig)"
        case .levelTooHighForRecovery: "niveau {level} (voor herstel moet het niveau standaard zijn)"
        case .responseAcute:
            "vandaag: direct beschermende maatregelen in gang zetten: politie (bij direct gevaar 112), tijdelijk huisverbod (burgemeester), contact- of gebiedsverbod, zo nodig veilige opvang; voor de kinderen zo nodig een verzoek tot onderzoek of een spoedmaatregel bij de Raad voor de Kinderbescherming; directe veiligheidsvoorwaarden. Wacht hiermee niet tot de hulpverlening is gestart"
        case .responseAcuteReport:
            "vandaag: melden bij Veilig Thuis (acute onveiligheid) en direct beschermende maatregelen in gang zetten: politie (bij direct gevaar 112), tijdelijk huisverbod (burgemeester), contact- of gebiedsverbod, zo nodig veilige opvang; voor de kinderen zo nodig een verzoek tot onderzoek of een spoedmaatregel bij de Raad voor de Kinderbescherming. Wacht hiermee niet tot de hulpverlening is gestart"
        case .responseHighReport:
            "binnen 24 uur: overleg met Veilig Thuis en weeg af of er sprake is van acute of structurele onveiligheid — zo ja, melden (meldcode); outreachend contact (een huisbezoek als het gezin niet bereikbaar is) en een veiligheidsplan"
        case .responseHigh: "binnen 24 uur: outreachend contact (een huisbezoek als het gezin niet bereikbaar is) en een veiligheidsplan"
        case .responseElevated: "binnen 5 werkdagen: een beoordeling van alle levensgebieden en een veiligheidsplan"
        case .responseElevatedReport:
            "binnen 5 werkdagen: melden bij Veilig Thuis (meldcode: structurele onveiligheid), een beoordeling van alle levensgebieden en een veiligheidsplan"
        case .responseStandard: "reguliere procedure: intake, en herbeoordeling volgens planning"
        case .notAssessableVeiligThuis:
            "niet te beoordelen: er is te weinig bekend om gevaar uit te sluiten; Veilig Thuis onderzoekt en stelt de ontbrekende feiten vast, {within}"
        case .responseAfterOpenFacts:
            "stel eerst {within} de onbekende feiten vast die het niveau {possible} kunnen maken; lukt dat niet op tijd, overleg dan met Veilig Thuis (meldcode). Geldt geen van deze feiten: {response}; geldt er één, handel dan direct op het niveau dat dat feit geeft"
        case .responseAfterOpenFactsVeiligThuis:
            "stel eerst {within} de onbekende feiten vast die het niveau {possible} kunnen maken; lukt dat niet op tijd, handel dan als bij niveau {possible}. Geldt geen van deze feiten: {response}; geldt er één, handel dan direct op het niveau dat dat feit geeft"
        case .notAssessableOther:
            "niet te beoordelen: er is te weinig bekend om gevaar uit te sluiten; overleg met Veilig Thuis of meld (meldcode), en stel {within} de ontbrekende feiten vast"
        case .triggerFirstAssessment: "eerste beoordeling"
        case .triggerIncident: "een {severity} incident met {kind}"
        case .triggerEvent: "{kind}"
        case .triggerRelapse: "het geweld kwam terug tussen de metingen"
        case .triggerInterval: "de vorige beoordeling is meer dan {days} dagen geleden, de termijn zolang het niveau {level} is of kan zijn"
        case .establishChildAge: "de leeftijd van {child}"
        }
    }

    /// Dutch words for every vocabulary key the messages use: levels, answers, incident and
    /// event kinds, indicators, danger signs, risk factors, life domains, fields to establish.
    static let dutchTerms: TermTable = [
        // Levels, answers, states, response times.
        "standard": "standaard", "elevated": "verhoogd", "high": "hoog", "acute": "acuut",
        "yes": "ja", "no": "nee", "unknown": "onbekend",
        "complete": "volledig", "completeMinimumOthersOpen": "minimale informatie volledig; andere feiten nog open",
        "completeAnswersDisagree": "minimale informatie volledig; antwoorden spreken elkaar tegen: ga ze na",
        "completeMinimumOthersOpenAnswersDisagree": "minimale informatie volledig; andere feiten nog open, en antwoorden spreken elkaar tegen: ga ze na", "provisional": "voorlopig", "notAssessable": "niet te beoordelen",
        "today": "vandaag", "within24Hours": "binnen 24 uur", "within5WorkingDays": "binnen 5 werkdagen",
        // Severity of the violence and who used it.
        "none": "geen", "minor": "licht", "atLeastMinor": "ernst niet vastgesteld (ten minste licht)", "minorNothingSevere": "licht (voor zover bekend niets dat het ernstig maakt)",
        "minorPhysicalWithControl": "licht fysiek (de CTS2 meet de ernst van dwingende controle niet)", "severe": "ernstig",
        "self": "zichzelf", "partner": "de partner",
        "both": "beide partners (een van beiden kan zich verzetten: stel vast wie wie controleert voordat u het als wederzijds behandelt)",
        // Incident and event kinds.
        "physical": "fysiek geweld", "psychological": "psychisch geweld", "sexual": "seksueel geweld", "stalking": "stalking",
        "threat": "bedreiging", "childAbuse": "kindermishandeling",
        "separation": "scheiding", "contactHandover": "een overdracht bij de omgang", "perpetratorReturning": "de pleger keert terug",
        "agencyChange": "een wisseling van hulpverlening", "helpClosed": "de hulp is afgesloten",
        // Critical indicators, as found and as to establish.
        "threatToKill": "doodsbedreiging (Danger Assessment, item 6)", "weapon": "een wapen gebruikt of ermee gedreigd (Danger Assessment, item 5)",
        "strangulation": "wurging of verstikking (Danger Assessment, item 10)",
        "extremeFear": "het slachtoffer denkt dat de partner haar of hem kan doden (Danger Assessment, item 18)",
        "escalation": "het geweld wordt erger of frequenter (Danger Assessment, item 1)",
        "criticalIndicators.threatToKill": "of de partner met de dood heeft gedreigd (Danger Assessment, item 6)",
        "criticalIndicators.weapon": "of een wapen is gebruikt of ermee is gedreigd (Danger Assessment, item 5)",
        "criticalIndicators.strangulation": "of er sprake was van wurging of verstikking (Danger Assessment, item 10)",
        "criticalIndicators.extremeFear": "of het slachtoffer denkt dat de partner haar of hem kan doden (Danger Assessment, item 18)",
        "criticalIndicators.escalation": "of het geweld erger of frequenter wordt (Danger Assessment, item 1)",
        "dangerSigns.gunAccess": "of de pleger toegang heeft tot een vuurwapen",
        "dangerSigns.violentJealousy": "of er gewelddadige, voortdurende jaloezie is",
        "dangerSigns.forcedSex": "of er gedwongen seks was",
        "dangerSigns.suicideThreats": "of de pleger dreigde met zelfdoding of een poging deed",
        "dangerSigns.threatsToChildren": "of er is gedreigd de kinderen iets aan te doen",
        "dangerSigns.honourBasedViolence": "of er eergerelateerd geweld is",
        "dangerSigns.breachOfOrder": "of een contactverbod of huisverbod is overtreden",
        "dangerSigns.pregnantOrRecentBirth": "of er een zwangerschap is of een baby van de laatste 18 maanden",
        "dangerSigns.violenceDuringPregnancy": "of er geweld was tijdens een zwangerschap",
        "historyConfirmedUntil": "of er fysiek of seksueel geweld is geweest: vraag het aan het volwassen slachtoffer, alleen en veilig, en bevestig de incidentgeschiedenis tot vandaag (gezin, politie, registratie Veilig Thuis); leg het vast met de CTS2 van het slachtoffer",
        // Triage: complexity, care levels, and the care rule's inputs still open.
        "lessComplex": "minder complex", "complex": "complex", "localTeam": "lokaal team", "specialisedHelp": "specialistische hulp",
        "multidisciplinary": "multidisciplinaire aanpak",
        "openDomainCount": "of er op 3 of meer levensgebieden problemen zijn", "openSeverity": "of het geweld ernstig is",
        "openChronicity": "of het geweld langdurig is (chronisch: 12 maanden of langer, of een patroon over langere tijd)",
        "openChronicityJudgement": "of het geweld langdurig is (chronisch), wat de vastgelegde feiten niet beslissen: een professional oordeelt",
        "chronicRepeatedIncidents": "3 of meer incidenten, volgens SafeLives mogelijke escalatie",
        "openLevelHigh": "de nog onbekende veiligheidsinformatie, die het veiligheidsniveau HOOG kan maken",
        "openLevelAcute": "de nog onbekende veiligheidsinformatie, die het veiligheidsniveau ACUUT kan maken", "noneKnown": "geen bekend",
        "severeIncident": "een geregistreerd ernstig incident", "severeCTS2": "ernstig fysiek geweld in de CTS2 van een ouder",
        "chronicOverAYear": "incidenten over 12 maanden of langer", "chronicRepeatedReports": "herhaalde meldingen",
        "chronicAcrossWaves": "geweld bij de meting van de melding en een latere meting",
        "chronicCoerciveControl": "dwingende controle, een patroon over langere tijd", "chronicStalking": "stalking, een patroon over langere tijd",
        "chronicEscalation": "het geweld wordt erger of frequenter, een patroon over langere tijd",
        "family.circumstances.childNeglect": "of de kinderen verwaarloosd worden",
        // Danger signs.
        "gunAccess": "toegang tot een vuurwapen", "violentJealousy": "gewelddadige, voortdurende jaloezie", "forcedSex": "gedwongen seks",
        "suicideThreats": "de pleger dreigde met of deed een poging tot zelfdoding", "threatsToChildren": "dreigementen om de kinderen iets aan te doen",
        "honourBasedViolence": "eergerelateerd geweld", "breachOfOrder": "overtreding van een contact- of huisverbod",
        "pregnantOrRecentBirth": "zwanger of een baby in de laatste 18 maanden", "violenceDuringPregnancy": "geweld tijdens een zwangerschap",
        // Parts of the cluster of three, caregiver problems.
        "coerciveControl": "dwingende controle", "physicalOrSexualViolence": "fysiek of seksueel geweld",
        "substanceUse": "middelengebruik", "problemDrinking": "problematisch alcoholgebruik", "parentPsychiatricProblems": "psychiatrische problemen",
        "childNeglect": "verwaarlozing",
        // Risk factors.
        "childhoodViolence": "geweld in de eigen jeugd", "povertyIncome": "armoede of laag inkomen", "partnerProblemDrinking": "problematisch alcoholgebruik van de partner",
        "sexualCoercion": "seksuele dwang", "controlAndIsolation": "controle en isolement", "separationOrHandovers": "scheiding of overdrachten bij de omgang",
        "criminalBackground": "strafrechtelijk verleden", "priorSevereViolence": "eerder ernstig geweld", "repeatedReports": "herhaalde meldingen",
        // Profile indicators (what decides intimate terror and the other profiles).
        "sexualViolence": "seksueel geweld", "unilateralSevereViolence": "eenzijdig ernstig geweld", "partnerViolence": "partnergeweld",
        "debtsOrPoverty": "schulden of armoede", "unemployment": "werkloosheid", "housingProblems": "huisvestingsproblemen",
        "alcoholOrSubstanceProblem": "alcohol- of middelenprobleem", "parentLongTermCareNeed": "langdurige zorgbehoefte van een ouder",
        "childBehaviourProblems": "gedragsproblemen van een kind", "highParentingStress": "hoge opvoedstress", "separated": "gescheiden of uit elkaar",
        "contactOrLegalDispute": "strijd over omgang of een juridische procedure", "psychologicalViolence": "psychisch geweld",
        "victimFear": "angst van het slachtoffer", "severePhysicalViolence": "ernstig fysiek geweld",
        // Life domains (triage).
        "finances": "financiën", "work": "werk", "housing": "huisvesting", "substance use": "middelengebruik", "mental health": "psychische gezondheid",
        "intellectual disability or long-term care": "verstandelijke beperking of langdurige zorg", "parenting stress": "opvoedstress",
        "child problems": "problemen van kinderen", "trauma": "trauma", "isolation": "isolement",
    ]
}
