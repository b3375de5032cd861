import HearthCore

extension ProfileMessage {
    /// The Dutch table, in the terms of the source (Steketee & Lünnemann 2020: intieme terreur,
    /// gezin in stress, langdurige zorg, kindgedrag en opvoedstress, complexe conflictscheiding).
    var dutch: String {
        switch self {
        case .factAnswer: "{fact}: {answer}"
        case .auditcScore: "{member} AUDIT-C, {scale}: {value}"
        case .auditcUnknown: "{member} AUDIT-C {scale}: onbekend"
        case .nosikScore: "{member} NOSI-K: {value}"
        case .nosikUnknown: "{member} NOSI-K: onbekend"
        case .parentingStressThreshold: "grens {threshold} (gemiddelde van de referentiegroep + 1 SD)"
        case .noParentingStressNorm: "geen NOSI-K-referentienorm beschikbaar"
        case .cts2Severe: "CTS2 van {member}: eigen ernstig psychisch of fysiek geweld: {self}; ernstig psychisch of fysiek geweld door de partner: {partner}"
        case .cts2SeverePhysical: "CTS2 van {member}: eigen ernstig fysiek geweld: {self}; ernstig fysiek geweld door de partner: {partner}"
        case .cts2Violence: "CTS2 van {member}: eigen geweld: {self}; geweld door de partner: {partner}"
        case .cts2Psychological: "CTS2 van {member}: eigen psychisch geweld: {self}; psychisch geweld door de partner: {partner}"
        case .noUsableCTS2: "{member}: geen bruikbare CTS2"
        case .noParent: "geen ouder"
        case .dominantProfile: "{profile}: weegt het zwaarst van de profielen die van toepassing zijn"
        case .outrankedByUndetermined: "{profile} is van toepassing, maar een profiel dat nog onbepaald is zou voorgaan: {undetermined}"
        case .undeterminedOnly: "nog geen profiel van toepassing; nog onbepaald: {undetermined}"
        case .noProfile: "geen van de vijf profielen is van toepassing (zij beschrijven soorten geweld, niet de veiligheid: lees het veiligheidsniveau)"
        case .tooFewWaves: "minder dan twee metingen met een CTS2-totaal"
        case .firstAndLastWave: "meting {firstWave}: {first}, meting {lastWave}: {last}"
        case .stoppedForGood: "geen incident bij de laatste {waves} metingen: blijvend gestopt"
        case .stoppedAtLastWave: "geen geweld gemeld bij de laatste meting (CTS2); blijvend gestopt vraagt {waves} opeenvolgende metingen"
        case .noLongerExcessive: "van boven naar op of onder de grens voor overmatig geweld {threshold}"
        case .fromNoViolence: "van geen geweld naar geweld"
        case .relativeChange: "van de eerste tot de laatste meting: {change} (een verandering telt vanaf ±{threshold})"
        case .relapse: "terugval bij meting {waves}"
        case .fluctuated: "het geweld nam tussendoor toe of kwam terug: het verloop was niet gelijkmatig"
        case .peakBetween: "hoogste punt bij meting {wave}: {value}"
        case .escalationBetweenWaves: "toegenomen van meting {fromWave} naar meting {toWave}: {from} → {to}"
        case .escalationBetweenWavesInMonths: "toegenomen van meting {fromWave} naar meting {toWave} ({months} maanden): {from} → {to}"
        case .decreaseBetweenWaves: "afgenomen van meting {fromWave} naar meting {toWave}: {from} → {to}"
        case .decreaseBetweenWavesInMonths: "afgenomen van meting {fromWave} naar meting {toWave} ({months} maanden): {from} → {to}"
        case .stopBetweenWaves: "gestopt van meting {fromWave} naar meting {toWave}: {from} → {to}"
        case .stopBetweenWavesInMonths: "gestopt van meting {fromWave} naar meting {toWave} ({months} maanden): {from} → {to}"
        case .onsetBetweenWaves: "geweld begonnen van meting {fromWave} naar meting {toWave}: {from} → {to}"
        case .onsetBetweenWavesInMonths: "geweld begonnen van meting {fromWave} naar meting {toWave} ({months} maanden): {from} → {to}"
        case .noCoerciveControl: "vastgesteld: geen dwingende controle"
        case .noCoerciveControlButStalking:
            "dwingende controle is met nee beantwoord, terwijl stalking is gemeld: stalking is vaak een middel van dwingende controle (Stark 2007); ga na of dat antwoord klopt, en wie wie controleert"
        case .coerciveControlUnknown: "onbekend of er dwingende controle is: stel het vast, en wie de controle uitoefent"
        case .controllingMemberUnknown: "dwingende controle, maar niet vastgesteld wie de controle uitoefent: stel het vast (ga intussen uit van intieme terreur)"
        case .controlsPartner: "{controlling} oefent dwingende controle uit over {controlled}"
        case .controlsPartnerNotInFamily: "{controlling} oefent dwingende controle uit over een partner die niet tot de gezinsleden behoort"
        case .controlsPartnerNotNamed: "{controlling} oefent dwingende controle uit; over welke partner is niet vastgesteld (noem het gecontroleerde gezinslid)"
        case .controlledByUnnamedPartner: "onder dwingende controle: {controlled}, door een partner die niet tot de gezinsleden behoort"
        case .controlledByPartnerToEstablish: "onder dwingende controle: {controlled}; de controlerende partner is niet genoemd: stel vast of het {others} is"
        case .mutualControl:
            "beide partners ({controlling}) worden als controlerend genoemd: wederzijdse gewelddadige controle is zeldzaam; ga na wie bang is voor wie en of een partner zich verzet"
        case .controllingPartnerSevereViolence: "ernstig geweld door {member} (controlerend) in het afgelopen jaar: {answer}"
        case .possibleViolentResistance:
            "ernstig geweld door {member} tegen {partner}: {answer}; dit kan gewelddadig verzet zijn en verandert niets aan het profiel intieme terreur"
        case .primaryAggressorByControl: "{member} (bij {member} is dwingende controle vastgesteld)"
        case .primaryAggressorMutual: "onbepaald: beide partners worden als controlerend genoemd"
        case .primaryAggressorNotAMember: "onbepaald binnen het gezin: de controlerende partner hoort niet bij de gezinsleden; nooit {controlled}, vastgesteld als gecontroleerd"
        case .primaryAggressorNotNamed: "onbepaald: de controlerende partner is niet genoemd; nooit {controlled}, vastgesteld als gecontroleerd"
        case .approachForControlledPartner:
            "de grenzen gelden voor {controlling}; bescherming en een veiligheidsplan voor {controlled}, wiens eventuele geweld verzet kan zijn: verwijs {controlled} hiervoor niet naar plegerhulp"
        case .approachForControlledOnly:
            "bescherming en een veiligheidsplan voor {controlled}; de grenzen gelden voor de controlerende partner, en eventueel geweld door {controlled} kan verzet zijn: verwijs {controlled} hiervoor niet naar plegerhulp"
        case .approachWhileMutual:
            "beide partners worden als controlerend genoemd: ga na wie wie controleert (wederzijdse gewelddadige controle is zeldzaam); tot dan geen gezamenlijke gesprekken en met geen van beiden een begripvolle benadering van het geweld"
        case .controllingPartnerIs: "de controlerende partner hier: {controlling}"
        case .approachWhileUnestablished:
            "wie wie controleert is niet vastgesteld: stel het vast; tot dan geen gezamenlijke gesprekken en met geen van beiden een begripvolle benadering van het geweld"
        case .primaryAggressorWithoutControl:
            "niet benoemd: er is geen dwingende controle vastgesteld, dus geen patroon van controle om een primaire pleger uit af te leiden (een primaire pleger wordt nooit afgeleid uit wie wie sloeg volgens de CTS2, of uit iemands sekse)"
        case .primaryAggressorUndetermined:
            "onbepaald: wie wie controleert is niet vastgesteld (nooit bepaald uit wie wie sloeg volgens de CTS2, of uit iemands sekse)"
        case .noControlMeasure: "geen maat voor dwingende controle ingesteld: de CTS2 meet geen controle ({source})"
        case .controlScoresNeeded: "controlescores van beide partners zijn nodig ({selfKey}, {partnerKey})"
        case .violenceUnknown: "geweld onbekend"
        case .noViolence: "geen geweld in het afgelopen jaar; {rule}, grens {cutoff} ({source})"
        case .bothViolentAndControlling: "beiden gewelddadig en controlerend; {rule}, grens {cutoff} ({source})"
        case .oneViolentAndControlling: "één partner gewelddadig en controlerend, de ander niet controlerend; {rule}, grens {cutoff} ({source})"
        case .violenceWithoutControl: "geweld zonder patroon van controle; {rule}, grens {cutoff} ({source})"
        }
    }

    /// Dutch words for vocabulary keys: answers, facts, scales.
    static let dutchTerms: TermTable = [
        "yes": "ja", "no": "nee", "unknown": "onbekend",
        "separated": "gescheiden of uit elkaar", "contactArrangementDisputed": "omgangsregeling betwist",
        "legalProceedingsOverChildren": "juridische procedure over de kinderen", "coerciveControl": "dwingende controle",
        "sexualViolence": "seksueel geweld", "stalking": "stalking", "debtsOrPoverty": "schulden of armoede", "unemployment": "werkloosheid",
        "housingProblems": "huisvestingsproblemen", "parentPsychiatricProblems": "psychiatrische problemen van een ouder",
        "parentLongTermCareNeed": "langdurige zorgbehoefte van een ouder", "substanceUse": "middelengebruik",
        "childNeglect": "verwaarlozing van de kinderen", "childBehaviourProblems": "gedragsproblemen van een kind",
        "repeatedReports": "herhaalde meldingen", "victimFear": "angst van het slachtoffer voor de partner",
        "parentingStressObserved": "hoge opvoedstress, waargenomen door een professional",
        "self_risk": "risico eigen drinken", "partner_risk": "risico drinken partner",
    ]

    /// English words for vocabulary keys that are identifiers as written.
    static let englishTerms: TermTable = [
        "separated": "separated", "contactArrangementDisputed": "contact arrangement disputed",
        "legalProceedingsOverChildren": "legal proceedings over the children", "coerciveControl": "coercive control",
        "sexualViolence": "sexual violence", "debtsOrPoverty": "debts or poverty", "housingProblems": "housing problems",
        "parentPsychiatricProblems": "a parent's psychiatric problems", "parentLongTermCareNeed": "a parent's long-term care need",
        "substanceUse": "substance use", "childNeglect": "neglect of the children", "childBehaviourProblems": "a child's behaviour problems",
        "repeatedReports": "repeated reports", "victimFear": "the victim's fear of the partner",
        "parentingStressObserved": "high parenting stress observed by a professional",
        "self_risk": "own drinking risk", "partner_risk": "partner's drinking risk",
    ]
}
