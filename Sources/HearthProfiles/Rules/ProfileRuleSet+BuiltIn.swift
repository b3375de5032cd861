extension ProfileRuleSet {
    /// Hearth's reading of the five violence profiles of the second cohort study
    /// (Steketee & Lünnemann 2020, "Kwestie van lange adem", 001:197–226).
    public static let builtIn = ProfileRuleSet(
        id: "hearth-profiles", version: "1",
        source: "Steketee & Lünnemann (2020), Verwey-Jonker Instituut, lines 001:197–226",
        disclaimer: "The operational rules are Hearth's own reading of the source's narrative profile descriptions; the source gives no cut-offs, and the rules are not a validated algorithm. Decision support only: a professional judges.",
        profiles: [
            ProfileRule(
                id: ProfileRuleSet.intimateTerrorID, name: "Intimate terror",
                requirements: [ProfileRequirement(.allOf, [.coerciveControl]), ProfileRequirement(.atLeast, count: 1, [.unilateralSevereViolence, .sexualViolence])],
                supporting: [.stalking],
                approach: "Set clear limits to the controlling, manipulating partner (001:201).", source: "001:217, 001:201, 001:226"),
            ProfileRule(
                id: "familyInStress", name: "Family in stress",
                requirements: [ProfileRequirement(.allOf, [.partnerViolence]), ProfileRequirement(.atLeast, count: 2, [.debtsOrPoverty, .unemployment, .housingProblems, .alcoholOrSubstanceProblem])],
                approach: "Respond with understanding, to restore calm and room to act differently (001:201).", source: "001:219, 001:201"),
            ProfileRule(
                id: "longTermCare", name: "Long-term care",
                requirements: [ProfileRequirement(.atLeast, count: 1, [.parentPsychiatricProblems, .parentLongTermCareNeed])],
                supporting: [.childNeglect, .partnerViolence, .alcoholOrSubstanceProblem],
                approach: "Psychiatric problems, substance use or mild intellectual disability call for an entirely different approach (001:201).", source: "001:221, 001:201"),
            ProfileRule(
                id: "childBehaviourAndParentingStress", name: "Child behaviour and parenting stress",
                requirements: [ProfileRequirement(.allOf, [.childBehaviourProblems, .highParentingStress])],
                approach: "Attend to the child's behaviour (which may be a reaction to the violence) and to the parenting stress (001:223).", source: "001:223"),
            ProfileRule(
                id: "complexConflictDivorce", name: "Complex conflict divorce",
                requirements: [ProfileRequirement(.allOf, [.separated]), ProfileRequirement(.atLeast, count: 1, [.contactOrLegalDispute])],
                supporting: [.psychologicalViolence, .stalking],
                approach: "Address the conflict around contact, and look for the profile it followed: it is not a diagnosis in itself (001:226; 002:6756–6763).", source: "001:226"),
        ],
        priority: [ProfileRuleSet.intimateTerrorID, "longTermCare", "familyInStress", "childBehaviourAndParentingStress", "complexConflictDivorce"],
        overlays: ["complexConflictDivorce"])
}
