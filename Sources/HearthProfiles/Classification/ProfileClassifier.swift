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
        if let problem = compiled.problem { throw problem }
        try family.validate()
        var evaluations: [String: IndicatorEvaluation] = [:]
        for indicator in ProfileIndicator.allCases {
            evaluations[indicator.rawValue] = indicator.evaluate(family, parentingStressThreshold: parentingStressThreshold)
        }
        let memberships = ruleSet.profiles.map { membership($0, evaluations) }
        return ProfileResult(
            family: family.family, ruleSet: "\(ruleSet.id)@\(ruleSet.version)", disclaimer: ruleSet.disclaimer,
            memberships: memberships, dominant: dominant(memberships),
            typologies: family.parents.compactMap { ViolenceTypology(parent: $0, johnsonRule: johnsonRule) },
            trajectory: family.waves.isEmpty ? nil : try ViolenceTrajectory(family.waves, rule: trajectoryRule))
    }

    private func membership(_ rule: ProfileRule, _ evaluations: [String: IndicatorEvaluation]) -> ProfileMembership {
        var outcome: IndicatorEvaluation.Status = .met
        var missing: [String] = []
        for requirement in rule.requirements {
            let statuses = requirement.indicators.map { evaluations[$0]?.status ?? .unknown }
            switch requirement.outcome(statuses) {
            case .notMet: outcome = .notMet
            case .unknown:
                if outcome == .met { outcome = .unknown }
                missing += requirement.indicators.filter { evaluations[$0]?.status == .unknown }
            case .met: break
            }
        }
        let deciding = rule.requirements.flatMap(\.indicators)
        let shown = deciding + rule.supporting.filter { !deciding.contains($0) }
        return ProfileMembership(
            profile: rule.id, name: rule.name,
            status: outcome == .met ? .member : (outcome == .notMet ? .notMember : .undetermined),
            indicators: shown.compactMap { evaluations[$0] }, missingInformation: outcome == .unknown ? missing : [],
            approach: rule.approach, source: rule.source)
    }

    /// The first member in priority order (overlay profiles after all others); if an
    /// undetermined profile would outrank it, unknowns decide.
    private func dominant(_ memberships: [ProfileMembership]) -> DominantProfile {
        let ranked = ruleSet.priority.filter { !ruleSet.overlays.contains($0) } + ruleSet.priority.filter { ruleSet.overlays.contains($0) }
        var undeterminedAbove: [String] = []
        for id in ranked {
            guard let membership = memberships.first(where: { $0.profile == id }) else { continue }
            switch membership.status {
            case .member:
                if undeterminedAbove.isEmpty {
                    return DominantProfile(kind: .profile, profile: id, undetermined: [], reason: "\(membership.name): the highest-ranked profile that applies")
                }
                return DominantProfile(
                    kind: .insufficientInformation, profile: nil, undetermined: undeterminedAbove,
                    reason: "\(membership.name) applies, but \(undeterminedAbove.joined(separator: ", ")) would outrank it and is undetermined")
            case .undetermined: undeterminedAbove.append(id)
            case .notMember: continue
            }
        }
        if undeterminedAbove.isEmpty {
            return DominantProfile(kind: .none, profile: nil, undetermined: [], reason: "no profile applies")
        }
        return DominantProfile(kind: .insufficientInformation, profile: nil, undetermined: undeterminedAbove, reason: "no profile applies yet, but \(undeterminedAbove.joined(separator: ", ")) is undetermined")
    }
}
