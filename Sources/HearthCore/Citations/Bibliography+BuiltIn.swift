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
        // The instruments (their own works; BuiltInInstrument.citations).
        Source(
            id: "felitti1998",
            authors: ["Felitti, V. J.", "Anda, R. F.", "Nordenberg, D.", "Williamson, D. F.", "Spitz, A. M.", "Edwards, V.", "Koss, M. P.", "Marks, J. S."],
            year: 1998,
            title: "Relationship of childhood abuse and household dysfunction to many of the leading causes of death in adults: The Adverse Childhood Experiences (ACE) Study",
            publisher: "American Journal of Preventive Medicine, 14(4), 245–258"),
        Source(
            id: "bush1998", authors: ["Bush, K.", "Kivlahan, D. R.", "McDonell, M. B.", "Fihn, S. D.", "Bradley, K. A."], year: 1998,
            title: "The AUDIT alcohol consumption questions (AUDIT-C): An effective brief screening test for problem drinking",
            publisher: "Archives of Internal Medicine, 158(16), 1789–1795"),
        Source(
            id: "eysenck1978", authors: ["Eysenck, S. B. G.", "Eysenck, H. J."], year: 1978,
            title: "Impulsiveness and venturesomeness: Their position in a dimensional system of personality description",
            publisher: "Psychological Reports, 43(3), 1247–1255"),
        Source(
            id: "gough1960", authors: ["Gough, H. G."], year: 1960, title: "Theory and measurement of socialization",
            publisher: "Journal of Consulting Psychology, 24(1), 23–30"),
        Source(
            id: "njiNosi", authors: ["Nederlands Jeugdinstituut"], year: nil, title: "Nijmeegse Ouderlijke Stress Index (NOSI, NOSIK): Databank Instrumenten",
            publisher: "Utrecht: Nederlands Jeugdinstituut",
            url: "https://www.nji.nl/nl/Databank/Databank-Instrumenten/Zoek-een-instrument/Nijmeegse-Ouderlijke-Stress-Index-(NOSI)"),
        Source(
            id: "davies2002", authors: ["Davies, P. T.", "Harold, G. T.", "Goeke-Morey, M. C.", "Cummings, E. M."], year: 2002,
            title: "Child emotional security and interparental conflict", publisher: "Monographs of the Society for Research in Child Development, 67(3)"),
        Source(
            id: "daviesForman2002", authors: ["Davies, P. T.", "Forman, E. M.", "Rasi, J. A.", "Stevens, K. I."], year: 2002,
            title: "Assessing children's emotional security in the interparental relationship: The Security in the Interparental Subsystem Scales",
            publisher: "Child Development, 73(2), 544–562"),
        Source(
            id: "briere1995", authors: ["Briere, J."], year: 1995, title: "Trauma Symptom Inventory (TSI): Professional manual",
            publisher: "Odessa, FL: Psychological Assessment Resources"),
        Source(
            id: "briere1996", authors: ["Briere, J."], year: 1996, title: "Trauma Symptom Checklist for Children (TSCC): Professional manual",
            publisher: "Odessa, FL: Psychological Assessment Resources"),
        Source(
            id: "briere2005", authors: ["Briere, J."], year: 2005, title: "Trauma Symptom Checklist for Young Children (TSCYC): Professional manual",
            publisher: "Odessa, FL: Psychological Assessment Resources"),
        Source(
            id: "tierolf2018", authors: ["Tierolf, B.", "Schuengel, C.", "Lamers-Winkelman, F."], year: 2018,
            title: "Validation and standardization of the Dutch TSCYC in a normative and clinical sample",
            publisher: "Journal of Aggression, Maltreatment & Trauma, 27(1), 1–14"),
        Source(
            id: Bibliography.hearthsChoice, authors: [], year: nil, title: "Hearth's choice",
            publisher: "A setting of Hearth itself, not taken from a published source; documented with the rule"),
    ])

    /// The id of the entry cited for thresholds and rules that are Hearth's own setting.
    public static let hearthsChoice = "hearth"
}
