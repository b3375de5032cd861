import HearthCore

private let profilesSection = Citation("steketee2020", at: SteketeeSections.profiles)
private let screening = Citation("steketee2020", at: SteketeeSections.screening)

extension ProfileRuleSet {
    /// Hearth's reading of the five violence profiles of the second cohort study
    /// (Steketee & Lünnemann 2020, "Kwestie van lange adem").
    public static let builtIn = ProfileRuleSet(
        id: "hearth-profiles", version: "3",
        citations: [Citation("steketee2020", at: SteketeeSections.profiles), Citation(Bibliography.hearthsChoice, at: "the operational rules")],
        disclaimer: "The operational rules are Hearth's own reading of the source's narrative profile descriptions; the source gives no cut-offs, and the rules are not a validated algorithm. Decision support only: a professional judges.",
        profiles: [
            ProfileRule(
                id: ProfileRuleSet.intimateTerrorID, name: "Intimate terror",
                requirements: [ProfileRequirement(.allOf, [.coerciveControl])],
                supporting: [.severePhysicalViolence, .unilateralSevereViolence, .sexualViolence, .victimFear, .stalking],
                approach: "Set clear limits to the controlling, manipulating partner.",
                citations: [profilesSection, screening, Citation("johnson2008"), Citation("stark2007")]),
            ProfileRule(
                id: "familyInStress", name: "Family in stress",
                requirements: [ProfileRequirement(.allOf, [.partnerViolence]), ProfileRequirement(.atLeast, count: 2, [.debtsOrPoverty, .unemployment, .housingProblems, .alcoholOrSubstanceProblem])],
                approach: "Respond with understanding, to restore calm and room to act differently.", citations: [profilesSection, screening]),
            ProfileRule(
                id: "longTermCare", name: "Long-term care",
                requirements: [ProfileRequirement(.allOf, [.parentLongTermCareNeed])],
                supporting: [.parentPsychiatricProblems, .childNeglect, .partnerViolence, .alcoholOrSubstanceProblem],
                approach: "Psychiatric problems, substance use or mild intellectual disability call for an entirely different approach.", citations: [profilesSection, screening]),
            ProfileRule(
                id: "childBehaviourAndParentingStress", name: "Child behaviour and parenting stress",
                requirements: [ProfileRequirement(.allOf, [.childBehaviourProblems, .highParentingStress])],
                approach: "Attend to the child's behaviour (which may be a reaction to the violence) and to the parenting stress.", citations: [screening]),
            ProfileRule(
                id: "complexConflictDivorce", name: "Complex conflict divorce",
                requirements: [ProfileRequirement(.allOf, [.separated]), ProfileRequirement(.atLeast, count: 1, [.contactOrLegalDispute])],
                supporting: [.psychologicalViolence, .stalking],
                approach: "Address the conflict around contact, and look for the profile it followed: it is not a diagnosis in itself.",
                citations: [screening, Citation("tierolf2014", at: "§10.4.1")]),
        ],
        priority: [ProfileRuleSet.intimateTerrorID, "longTermCare", "familyInStress", "childBehaviourAndParentingStress", "complexConflictDivorce"],
        overlays: ["complexConflictDivorce"],
        conflicts: [
            ApproachConflict(
                profile: "familyInStress", with: ProfileRuleSet.intimateTerrorID,
                limit: "not with the controlling partner: there, clear limits, not understanding, and no joint sessions of both partners (the two approaches must not be mixed)"),
            ApproachConflict(
                profile: "complexConflictDivorce", with: ProfileRuleSet.intimateTerrorID,
                limit: "no mediation or joint parenting talks: assess contact and handovers for safety first, as contact can continue the control"),
        ])
}
