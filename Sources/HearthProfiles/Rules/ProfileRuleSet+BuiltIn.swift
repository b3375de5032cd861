import HearthCore

private let profilesSection = Citation("steketee2020", at: SteketeeSections.profiles)
private let screening = Citation("steketee2020", at: SteketeeSections.screening)

extension ProfileRuleSet {
    /// Hearth's reading of the five violence profiles of the second cohort study
    /// (Steketee & Lünnemann 2020, "Kwestie van lange adem").
    public static let builtIn = ProfileRuleSet(
        id: "hearth-profiles", version: "3",
        citations: [Citation("steketee2020", at: SteketeeSections.profiles), Citation(Bibliography.hearthsChoice, at: LocalizedText("the operational rules", dutch: "de operationele regels"))],
        disclaimer: LocalizedText(
            "The operational rules are Hearth's own reading of the source's narrative profile descriptions; the source gives no cut-offs, and the rules are not a validated algorithm. Decision support only: a professional judges.",
            dutch: "De operationele regels zijn Hearths eigen lezing van de verhalende profielbeschrijvingen in de bron; de bron geeft geen grenswaarden, en de regels zijn geen gevalideerd algoritme. Alleen beslisondersteuning: een professional oordeelt."),
        profiles: [
            ProfileRule(
                id: ProfileRuleSet.intimateTerrorID, name: LocalizedText("Intimate terror", dutch: "Intieme terreur"),
                requirements: [ProfileRequirement(.allOf, [.coerciveControl])],
                supporting: [.severePhysicalViolence, .unilateralSevereViolence, .sexualViolence, .victimFear, .stalking],
                approach: LocalizedText("Set clear limits to the controlling, manipulating partner.", dutch: "Stel duidelijke grenzen aan de controlerende en manipulerende pleger."),
                citations: [profilesSection, screening, Citation("johnson2008"), Citation("stark2007")]),
            ProfileRule(
                id: "familyInStress", name: LocalizedText("Family in stress", dutch: "Gezin in stress"),
                requirements: [ProfileRequirement(.allOf, [.partnerViolence]), ProfileRequirement(.atLeast, count: 2, [.debtsOrPoverty, .unemployment, .housingProblems, .alcoholOrSubstanceProblem])],
                approach: LocalizedText("Respond with understanding, to restore calm and room to act differently.", dutch: "Reageer vooral met begrip, zodat er weer rust komt en ruimte om anders te handelen."), citations: [profilesSection, screening]),
            ProfileRule(
                id: "longTermCare", name: LocalizedText("Long-term care", dutch: "Langdurige zorg"),
                requirements: [ProfileRequirement(.allOf, [.parentLongTermCareNeed])],
                supporting: [.parentPsychiatricProblems, .childNeglect, .partnerViolence, .alcoholOrSubstanceProblem],
                approach: LocalizedText("Psychiatric problems, substance use or mild intellectual disability call for an entirely different approach.", dutch: "Psychiatrische problematiek, middelengebruik of een licht verstandelijke beperking vragen om een geheel andere aanpak."), citations: [profilesSection, screening]),
            ProfileRule(
                id: "childBehaviourAndParentingStress", name: LocalizedText("Child behaviour and parenting stress", dutch: "Kindgedrag en opvoedstress"),
                requirements: [ProfileRequirement(.allOf, [.childBehaviourProblems, .highParentingStress])],
                approach: LocalizedText("Attend to the child's behaviour (which may be a reaction to the violence) and to the parenting stress.", dutch: "Besteed aandacht aan het gedrag van het kind (dat een reactie op het geweld kan zijn) en aan de opvoedstress."), citations: [screening]),
            ProfileRule(
                id: "complexConflictDivorce", name: LocalizedText("Complex conflict divorce", dutch: "Complexe conflictscheiding"),
                requirements: [ProfileRequirement(.allOf, [.separated]), ProfileRequirement(.atLeast, count: 1, [.contactOrLegalDispute])],
                supporting: [.psychologicalViolence, .stalking],
                approach: LocalizedText("Address the conflict around contact, and look for the profile it followed: it is not a diagnosis in itself.", dutch: "Pak het conflict rond de omgang aan en zoek naar het profiel dat eraan voorafging: het is op zichzelf geen diagnose."),
                citations: [screening, Citation("tierolf2014", at: "§10.4.1")]),
        ],
        priority: [ProfileRuleSet.intimateTerrorID, "longTermCare", "familyInStress", "childBehaviourAndParentingStress", "complexConflictDivorce"],
        overlays: ["complexConflictDivorce"],
        conflicts: [
            ApproachConflict(
                profile: "familyInStress", with: ProfileRuleSet.intimateTerrorID,
                limit: LocalizedText(
                    "not with the controlling partner: there, clear limits, not understanding, and no joint sessions of both partners (the two approaches must not be mixed)",
                    dutch: "niet bij de controlerende partner: daar duidelijke grenzen, geen begrip, en geen gezamenlijke gesprekken met beide partners (de twee benaderingen mogen niet worden gemengd)")),
            ApproachConflict(
                profile: "complexConflictDivorce", with: ProfileRuleSet.intimateTerrorID,
                limit: LocalizedText(
                    "no mediation or joint parenting talks: assess contact and handovers for safety first, as contact can continue the control",
                    dutch: "geen mediation of gezamenlijke opvoedgesprekken: beoordeel eerst de veiligheid van omgang en overdrachten, want via de omgang kan de controle doorgaan")),
        ])
}
