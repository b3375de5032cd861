import HearthCore

extension NormMessage {
    /// The Dutch table.
    var dutch: String {
        switch self {
        case .noNormForScale: "geen norm voor {scale}"
        case .tScoresNeedTable: "de norm is in T-scores: hiervoor is de normtabel uit de handleiding van het instrument nodig (ruwe score naar T); laat een gedragswetenschapper de score duiden"
        case .noNormForRespondent: "geen norm ({population}) voor het geslacht, de leeftijd of de meting van deze respondent"
        case .entryWithoutSpread: "de bron van deze norm geeft geen SD of verdeling"
        case .outsideTable: "ruwe score buiten de T-tabel (nooit geëxtrapoleerd)"
        case .scoreStatus: "status van de score: {status}"
        case .noMean: "z en T: geen gemiddelde gepubliceerd"
        case .noSD: "z en T: geen SD gepubliceerd"
        case .zeroSD: "z en T: de SD is nul"
        case .noPercentile: "percentiel: geen verdeling en geen z"
        }
    }

    /// Dutch words for bands, statuses and score statuses.
    static let dutchTerms: TermTable = [
        "band.normal": "normaal", "band.borderline": "grensgebied", "band.clinical": "klinisch", "band.excessive": "overmatig",
        "status.compared": "vergeleken", "status.noNorm": "geen norm", "status.unavailable": "norm niet bruikbaar", "status.notScored": "niet gescoord",
        "complete": "volledig", "prorated": "naar rato aangevuld", "determined": "vastgesteld ondanks ontbrekende antwoorden",
        "insufficient": "te veel ontbrekende antwoorden", "invalid": "ongeldig protocol", "invalidCode": "ongeldige antwoordcode",
        "missingCovariate": "ontbrekend achtergrondgegeven",
    ]
}
