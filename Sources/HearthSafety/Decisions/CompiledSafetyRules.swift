import HearthProfiles

/// A ``SafetyRuleSet`` with names resolved to positions and parameters to numbers, for
/// deciding families without strings: what ``SafetyAssessor/decide(_:asOf:)`` evaluates.
/// A class of constants, so that a decision does not copy it.
final class CompiledSafetyRules: Sendable {
    struct Rule: Hashable, Sendable {
        var kind: SafetyRule.Kind
        var level: SafetyLevel
        /// The window in days (`windowDays`, 0 when absent, as the full path reads it).
        var windowDays: Double
        /// The count threshold (`Int.max` when absent).
        var count: Int
        /// For critical indicators: the position in ``CriticalIndicators/all`` (`nil`: unknown name, never fires).
        var indicator: Int?
    }

    let rules: [Rule]
    /// The intimate-terror profile's position in the classifier's rule set.
    let intimateTerror: Int?
    /// Whether the classifier's profiles show the parenting-stress indicator.
    let showsParentingStress: Bool

    /// The largest number of rules a decision holds.
    static let maximumRules = 64

    init(_ ruleSet: SafetyRuleSet, profiles: ProfileClassifier) {
        let names = CriticalIndicators().all.map(\.name)
        rules = ruleSet.rules.map { rule in
            Rule(
                kind: rule.kind, level: rule.level, windowDays: Double(rule.parameters.windowDays ?? 0), count: rule.parameters.count ?? Int.max,
                indicator: rule.parameters.indicator.flatMap { names.firstIndex(of: $0) })
        }
        intimateTerror = profiles.profilePosition("intimateTerror")
        showsParentingStress = profiles.showsParentingStress
    }
}

extension CriticalIndicators {
    /// The answer at a position of ``all``, without building the list.
    func answer(at position: Int) -> Answer {
        switch position {
        case 0: threatToKill
        case 1: weapon
        case 2: strangulation
        case 3: extremeFear
        case 4: escalation
        default: .unknown
        }
    }
}
