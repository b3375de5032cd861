extension ReportMessage {
    /// The Dutch table.
    var dutch: String {
        switch self {
        case .title: "Gezinsrapport {family}"
        case .assessedOn: "Beoordeeld op {date}"
        case .purpose: "Alleen pseudoniemen. Beslisondersteuning, geen beslissing: een professional oordeelt, en onbekende informatie wordt getoond, nooit als afwezig gelezen."
        case .levelHeading: "Veiligheidsniveau"
        case .levelKnown: "Op grond van wat bekend is: {level}"
        case .levelPossible: "Kan nog worden: {level}"
        case .assessableState: "Beoordeling: {state}"
        case .responseHeading: "Wat te doen"
        case .establishHeading: "Vast te stellen {within}"
        case .reasonsHeading: "Waarom: de regels die van toepassing zijn"
        case .levelColumn: "Niveau"
        case .reasonColumn: "Reden"
        case .sourceColumn: "Bron"
        case .forMembers: "voor {members}"
        case .unknownHeading: "Onbekende informatie die het niveau kan verhogen"
        case .couldMake: "kan het {level} maken"
        case .none: "geen"
        case .membersHeading: "Gezinsleden en hun scores ten opzichte van de referentienormen"
        case .memberWithAge: "{member} ({role}, {age} jaar)"
        case .memberWithoutAge: "{member} ({role})"
        case .memberLevel: "Niveau: {level}"
        case .scaleColumn: "Schaal"
        case .scoreColumn: "Score"
        case .normColumn: "Ten opzichte van de referentienorm"
        case .compared: "z {z}, T {t}, percentiel {percentile}"
        case .comparedWithoutPercentile: "z {z}, T {t}"
        case .comparedWithoutZ: "percentiel {percentile}"
        case .bandLine: "gebied: {band}"
        case .lowReliability: "niet tegen de norm gelezen: de betrouwbaarheid van de schaal is te laag (α {alpha}; de grens .60 is een keuze van Hearth)"
        case .notCompared: "niet vergeleken: {reason}"
        case .noScore: "geen score: {reason}"
        case .noScales: "Geen vragenlijstschaal met een referentienorm."
        case .otherScales: "Nog {count} schalen zonder referentienorm staan in de JSON."
        case .noQuestionnaires: "Geen vragenlijsten."
        case .chartMean: "referentiegemiddelde"
        case .chartScore: "score"
        case .chartDescription: "{scale}: score {score}; {position}"
        case .chartAboveOneSD: "boven gemiddelde + 1 SD"
        case .chartBorderline: "grensgebied"
        case .chartClinical: "klinisch"
        case .trajectoryHeading: "Partnergeweld over de metingen"
        case .trajectoryDescription: "CTS2-totaalfrequentie van geweld per meting: {points}"
        case .waveLabel: "meting {wave}"
        case .waveMonthsLabel: "meting {wave} ({months} mnd.)"
        case .populationMean: "gemiddelde algemene bevolking ({value})"
        case .trajectoryAxis: "incidenten in het afgelopen jaar (CTS2, beide partners)"
        case .profilesHeading: "Profielen en aanpak"
        case .membershipLine: "{profile}: {status}"
        case .approachHeading: "Aanpak"
        case .controlHeading: "Wie controleert wie"
        case .triageHeading: "Triage"
        case .reassessmentHeading: "Herbeoordeling en monitoring"
        case .judgementsHeading: "Professionele oordelen"
        case .noJudgements: "Geen professioneel oordeel vastgelegd."
        case .detailsHeading: "Details voor specialisten"
        case .sourcesHeading: "Bronnen"
        }
    }

    /// Dutch words for membership statuses and bands.
    static let dutchTerms: [String: String] = [
        "member": "van toepassing", "notMember": "niet van toepassing", "undetermined": "onbepaald",
        "band.normal": "normaal", "band.borderline": "grensgebied", "band.clinical": "klinisch", "band.excessive": "overmatig (boven gemiddelde + 1 SD)",
    ]
}
