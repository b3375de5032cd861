extension Bibliography {
    /// The works Hearth's built-in rules, indicators, approaches and thresholds cite.
    /// `docs/sources.md` lists them (a test keeps the page and this table equal).
    public static let builtIn = Bibliography([
        Source(
            id: "tierolf2014", authors: ["Tierolf, B.", "Lünnemann, K.", "Steketee, M."], year: 2014,
            title: "Doorbreken geweldspatroon vraagt gespecialiseerde hulp: Onderzoek naar effectiviteit van de aanpak huiselijk geweld in de G4",
            publisher: "Utrecht: Verwey-Jonker Instituut"),
        Source(
            id: "steketee2020", authors: ["Steketee, M.", "Lünnemann, K."], year: 2020,
            title: "Kwestie van lange adem: Verwey-Jonker Instituut licht de werkende elementen toe vanuit het onderzoeksrapport",
            publisher: "Utrecht: Verwey-Jonker Instituut"),
        Source(
            id: "campbell2009", authors: ["Campbell, J. C.", "Webster, D. W.", "Glass, N."], year: 2009,
            title: "The Danger Assessment: Validation of a lethality risk assessment instrument for intimate partner femicide",
            publisher: "Journal of Interpersonal Violence, 24(4), 653–674"),
        Source(
            id: "messing2017", authors: ["Messing, J. T.", "Campbell, J. C.", "Snider, C."], year: 2017,
            title: "Validation and adaptation of the Danger Assessment-5: A brief intimate partner violence risk assessment",
            publisher: "Journal of Advanced Nursing, 73(12), 3220–3230"),
        Source(
            id: "hilton2004", authors: ["Hilton, N. Z.", "Harris, G. T.", "Rice, M. E.", "Lang, C.", "Cormier, C. A.", "Lines, K. J."], year: 2004,
            title: "A brief actuarial assessment for the prediction of wife assault recidivism: The Ontario Domestic Assault Risk Assessment",
            publisher: "Psychological Assessment, 16(3), 267–275"),
        Source(
            id: "safelivesMarac", authors: ["SafeLives"], year: nil,
            title: "Marac referral criteria and form", publisher: "Bristol: SafeLives",
            url: "https://safelives.org.uk/resources-library/marac-referral-criteria-and-form/"),
        Source(
            id: "plymouthDash", authors: ["Plymouth Safeguarding Children Partnership"], year: nil,
            title: "SafeLives DASH risk checklist: standalone indicators for a Marac referral", publisher: "Plymouth",
            url: "https://plymouthscb.co.uk/safe-lives-dash-ric-checklist"),
        Source(
            id: "kentMarac", authors: ["Kent and Medway Domestic Abuse Services"], year: nil,
            title: "Make a referral: Marac referral criteria", publisher: "Kent and Medway",
            url: "https://www.domesticabuseservices.org.uk/practitioners/make-a-referral"),
        Source(
            id: "turner2019", authors: ["Turner, E.", "Medina, J.", "Brown, G."], year: 2019,
            title: "Dashing hopes? The predictive accuracy of domestic abuse risk assessment by police",
            publisher: "British Journal of Criminology, 59(5), 1013–1034"),
        Source(
            id: "straus1996", authors: ["Straus, M. A.", "Hamby, S. L.", "Boney-McCoy, S.", "Sugarman, D. B."], year: 1996,
            title: "The Revised Conflict Tactics Scales (CTS2): Development and preliminary psychometric data",
            publisher: "Journal of Family Issues, 17(3), 283–316"),
        Source(
            id: "johnson2008", authors: ["Johnson, M. P."], year: 2008,
            title: "A typology of domestic violence: Intimate terrorism, violent resistance, and situational couple violence",
            publisher: "Boston: Northeastern University Press"),
        Source(
            id: "stark2007", authors: ["Stark, E."], year: 2007,
            title: "Coercive control: How men entrap women in personal life", publisher: "New York: Oxford University Press"),
        Source(
            id: "nji2009", authors: ["Nederlands Jeugdinstituut"], year: 2009,
            title: "LIRIK: Licht Instrument Risicotaxatie Kindveiligheid (herziene versie)", publisher: "Utrecht: Nederlands Jeugdinstituut",
            url: "https://www.nji.nl/instrumenten/licht-instrument-risicotaxatie-kindveiligheid"),
        Source(
            id: Bibliography.hearthsChoice, authors: [], year: nil, title: "Hearth's choice",
            publisher: "A setting of Hearth itself, not taken from a published source; documented with the rule"),
    ])

    /// The id of the entry cited for thresholds and rules that are Hearth's own setting.
    public static let hearthsChoice = "hearth"
}
