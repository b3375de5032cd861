import HearthCore
import HearthNorms

/// Classifies families by the five violence profiles, with the typology and trajectory of
/// their violence.
public struct ProfileClassifier: Sendable {
    /// The rules.
    public var ruleSet: ProfileRuleSet { didSet { compiled = CompiledProfileRules(ruleSet) } }
    /// The rules with indicator names resolved, for ``decide(_:)``.
    private(set) var compiled: CompiledProfileRules
    /// Parenting stress above this NOSI-K total counts as high (default: the report's
    /// reference mean + 1 SD, 40.33 + 18.18 = 58.51, Table 5.5).
    public var parentingStressThreshold: Double?
    /// How trajectories are classified.
    public var trajectoryRule: TrajectoryRule
    /// The Johnson typology rule, when a coercive-control measure is available.
    public var johnsonRule: JohnsonRule?
    /// The language of the results' sentences, names and approaches (JSON keys and values
    /// such as statuses stay English).
    public var language: Language = .english

    /// Creates a classifier.
    ///
    /// - Throws: ``ProfilesError/Code/invalidRuleSet`` when the rules are inconsistent.
    public init(
        ruleSet: ProfileRuleSet = .builtIn, parentingStressThreshold: Double? = ProfileClassifier.referenceParentingStressThreshold,
        trajectoryRule: TrajectoryRule = TrajectoryRule(), johnsonRule: JohnsonRule? = nil
    ) throws(ProfilesError) {
        try ruleSet.validate()
        self.ruleSet = ruleSet
        compiled = CompiledProfileRules(ruleSet)
        self.parentingStressThreshold = parentingStressThreshold
        self.trajectoryRule = trajectoryRule
        self.johnsonRule = johnsonRule
    }

    /// The built-in norm entry of the report's NOSI-K reference group, both sexes (Table 5.5:
    /// n 334, mean 40.33, SD 18.18).
    public static let parentingStressNormEntry = "N355"

    /// The report's NOSI-K reference mean + 1 SD (both sexes, Table 5.5), from the built-in norms.
    public static var referenceParentingStressThreshold: Double? {
        try? NormSet.builtIn().entry(id: parentingStressNormEntry)?.excessThreshold()
    }

    /// Classifies a family.
    ///
    /// - Throws: the errors of ``FamilyInput/validate()``; ``ProfilesError/Code/invalidRuleSet``
    ///   when rules set after creation do not validate.
    public func classify(_ family: FamilyInput) throws(ProfilesError) -> ProfileResult {
        try explain(family).result
    }

    /// ``classify(_:)`` with the facts it decided from (the safety assessment reads them too).
    /// `validated`: the caller has validated `family`, or the input it was reconciled from
    /// (``FamilyInput/validate()`` reads, of what reconciliation changes, only coercive
    /// control, which reconciliation makes yes whenever a member is named; debug builds check
    /// that the family still validates).
    /// The members' readings come back too, for words that name a member's scores, and the
    /// decision, so that a safety assessment reads the profiles as decided here.
    package func explain(_ family: FamilyInput, validated: Bool = false) throws(ProfilesError) -> (
        result: ProfileResult, facts: FamilyFacts, readings: MemberReadings, decision: ProfileDecision
    ) {
        if let problem = compiled.problem { throw problem }
        // The facts give every indicator's status and the compiled rules decide the profiles
        // and dominance, as `decide` does; what follows puts the decision and its evidence
        // into words. Each member's scores are read once, for the facts and the words.
        if validated {
            assert((try? family.validate()) != nil, "a family passed as validated does not validate")
        } else {
            try family.validate()
        }
        let scores = MemberReadings(family)
        let facts = FamilyFacts(family.factCircumstances, scores)
        let decision = try decide(facts)
        let control = ControlReading(family, scores, language: language)
        // In ``ProfileIndicator/allCases`` order: the compiled rules name indicators by position.
        let evaluations = ProfileIndicator.allCases.enumerated().map { position, indicator in
            indicator.evaluation(
                at: position, family, scores, control, status: decision.indicators[indicator], parentingStressThreshold: parentingStressThreshold,
                language: language)
        }
        let memberships = ruleSet.profiles.enumerated().map { position, rule in
            membership(rule, at: position, decision: decision, evaluations: evaluations)
        }
        let result = ProfileResult(
            family: family.family, ruleSet: "\(ruleSet.id)@\(ruleSet.version)", disclaimer: ruleSet.disclaimer.text(in: language),
            memberships: memberships, dominant: dominant(decision), approaches: approaches(decision, control),
            typologies: zip(scores.parentMembers, scores.parents).compactMap { ViolenceTypology(parent: $0, scores: $1, johnsonRule: johnsonRule, language: language) },
            control: control, primaryAggressor: PrimaryAggressor(control, language: language),
            trajectory: family.waves.isEmpty ? nil : try ViolenceTrajectory(family.waves, rule: trajectoryRule, language: language))
        return (result, facts, scores, decision)
    }

    /// A profile's membership as the decision has it, with its indicators' evidence and,
    /// when undetermined, the unknown indicators of the clauses left open.
    private func membership(
        _ rule: ProfileRule, at position: Int, decision: ProfileDecision, evaluations: [IndicatorEvaluation]
    ) -> ProfileMembership {
        let status = decision.status(ofProfileAt: position)
        var missing: [String] = []
        if status == .undetermined {
            for index in compiled.clauseRanges[position] {
                let outcome = compiled.outcome(of: compiled.clauses[index], decision.indicators)
                guard !outcome.met, outcome.possible else { continue }
                missing += compiled.clauseIndicators[index].filter { evaluations[$0].status == .unknown }.map { CompiledProfileRules.indicatorNames[$0] }
            }
        }
        return ProfileMembership(
            profile: rule.id, name: rule.name.text(in: language), status: status,
            indicators: compiled.shownIndicators[position].map { evaluations[$0] }, missingInformation: missing,
            approach: rule.approach.text(in: language), citations: rule.citations, source: compiled.citationTexts[language][position])
    }

    /// The approaches of the profiles that apply, the dominant (or highest-ranked) first; one
    /// that conflicts with a profile before it carries that conflict's limit.
    private func approaches(_ decision: ProfileDecision, _ control: ControlReading) -> [ProfileApproach] {
        var listed: [ProfileApproach] = []
        for position in compiled.ranked where decision.status(ofProfileAt: position) == .member {
            let rule = ruleSet.profiles[position]
            let conflict = ruleSet.conflicts.first { conflict in conflict.profile == rule.id && listed.contains { $0.profile == conflict.with } }
            let limit = conflict?.limit
            // Intimate terror's approach, and a limit set by it, say whom "the controlling partner" is.
            let note = rule.id == ProfileRuleSet.intimateTerrorID
                ? Self.controlNote(control) : (conflict?.with == ProfileRuleSet.intimateTerrorID ? Self.limitNote(control) : nil)
            listed.append(
                ProfileApproach(
                    profile: rule.id, name: rule.name.text(in: language), approach: rule.approach.text(in: language), limit: limit?.text(in: language), note: note,
                    noteText: note?.text(in: language)))
        }
        return listed
    }

    /// Whom a limit set by intimate terror ("not with the controlling partner") means: the
    /// named partner, or, while it is open or both are named, neither.
    private static func limitNote(_ control: ControlReading) -> Message<ProfileMessage>? {
        switch control.pattern {
        case .oneSided where control.controlling.count == 1: Message(.controllingPartnerIs, ["controlling": .list(control.controlling)])
        case .mutual: Message(.approachWhileMutual)
        case .controllingMemberUnknown: Message(.approachWhileUnestablished)
        case .oneSided, .controllingPartnerNotNamed, .none, .unknown: nil
        }
    }

    /// What who controls whom adds to the intimate-terror approach: whom the clear limits are
    /// for, what the controlled partner needs, and, while it is not established or both are
    /// named, no joint sessions and no understanding approach about the violence with either.
    private static func controlNote(_ control: ControlReading) -> Message<ProfileMessage>? {
        switch control.pattern {
        case .oneSided where !control.controlled.isEmpty:
            return Message(.approachForControlledPartner, ["controlling": .list(control.controlling), "controlled": .list(control.controlled)])
        case .controllingPartnerNotNamed:
            return Message(.approachForControlledOnly, ["controlled": .list(control.controlled)])
        case .mutual:
            return Message(.approachWhileMutual)
        case .controllingMemberUnknown:
            return Message(.approachWhileUnestablished)
        case .oneSided, .none, .unknown:
            return nil
        }
    }

    /// The dominant profile as the decision has it, in words.
    private func dominant(_ decision: ProfileDecision) -> DominantProfile {
        let undeterminedPositions = compiled.ranked.filter { decision.outranksUndetermined(profileAt: $0) }
        let undetermined = undeterminedPositions.map { ruleSet.profiles[$0].id }
        // People read the profiles' names; the ids stay in `undetermined`.
        let undeterminedNames = MessageArgument.list(undeterminedPositions.map { ruleSet.profiles[$0].name.text(in: language) })
        switch decision.dominantKind {
        case .profile:
            guard let position = decision.dominantProfile else { break }
            let profile = ruleSet.profiles[position]
            return DominantProfile(
                kind: .profile, profile: profile.id, undetermined: [], message: Message(.dominantProfile, ["profile": .text(profile.name.text(in: language))]),
                language: language)
        case .insufficientInformation:
            if let member = compiled.ranked.first(where: { decision.status(ofProfileAt: $0) == .member }) {
                return DominantProfile(
                    kind: .insufficientInformation, profile: nil, undetermined: undetermined,
                    message: Message(.outrankedByUndetermined, ["profile": .text(ruleSet.profiles[member].name.text(in: language)), "undetermined": undeterminedNames]),
                    language: language)
            }
            return DominantProfile(
                kind: .insufficientInformation, profile: nil, undetermined: undetermined, message: Message(.undeterminedOnly, ["undetermined": undeterminedNames]),
                language: language)
        case .none:
            break
        }
        return DominantProfile(kind: .none, profile: nil, undetermined: [], message: Message(.noProfile), language: language)
    }

}
