import HearthProfiles

/// A ``SafetyRuleSet`` with names resolved to positions and parameters to numbers, for
/// deciding families without strings: what ``SafetyAssessor/decide(_:asOf:)`` evaluates.
/// A class of constants, so that a decision does not copy it.
///
/// Rules are grouped as bit sets over their positions: rules whose answer is the same
/// family-level fact (a critical indicator, the CTS2's severe violence, the cluster of
/// three, the intimate-terror profile, stalking) are set for all of their positions at
/// once; only rules with parameters that depend on the history or a count are evaluated
/// one by one, and history rules only when there is a history.
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

    /// Per critical indicator (``CriticalIndicators/all`` order), the rules that read it.
    let criticalIndicatorRules: [UInt64]
    /// Every critical-indicator rule (its unknowns count as missing below the acute level).
    let criticalRules: UInt64
    /// The rules of the kinds that read one family-level fact each.
    let severeViolenceRules: UInt64, clusterRules: UInt64, intimateTerrorRules: UInt64, stalkingRules: UInt64
    /// Positions of the rules evaluated one by one: risk-factor counts (always) and history
    /// rules (only when the family has incidents: they answer no without any).
    let countRules: [Int]
    let historyRules: [Int]
    /// Incident-frequency rules with a count of at most 0, which hold without incidents.
    let alwaysFiring: UInt64
    /// The levels, lowest first (``SafetyLevel/allCases``, built once).
    static let levels = SafetyLevel.allCases
    /// Per level (``levels`` order), the rules at that level and the rules above it.
    let rulesAtLevel: [UInt64]
    let rulesAboveLevel: [UInt64]

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
        // Rules past the 64th are refused by `decide`; they are left out of the bit sets.
        let positioned = Array(rules.enumerated().prefix(Self.maximumRules))
        func mask(_ include: (Rule) -> Bool) -> UInt64 {
            positioned.reduce(0) { set, element in include(element.element) ? set | (1 << element.offset) : set }
        }
        criticalIndicatorRules = names.indices.map { index in mask { $0.kind == .criticalIndicator && $0.indicator == index } }
        criticalRules = mask { $0.kind == .criticalIndicator }
        severeViolenceRules = mask { $0.kind == .severeViolenceReported }
        clusterRules = mask { $0.kind == .clusterOfThree }
        intimateTerrorRules = mask { $0.kind == .intimateTerrorProfile }
        stalkingRules = mask { $0.kind == .stalking }
        countRules = positioned.filter { $0.element.kind == .riskFactorCount }.map(\.offset)
        historyRules = positioned.filter { $0.element.kind.readsHistory }.map(\.offset)
        alwaysFiring = mask { $0.kind == .incidentFrequency && $0.count <= 0 }
        rulesAtLevel = Self.levels.map { level in mask { $0.level == level } }
        rulesAboveLevel = Self.levels.map { level in mask { $0.level > level } }
    }
}

extension SafetyRule.Kind {
    /// Whether the rule reads the incident history.
    var readsHistory: Bool {
        switch self {
        case .recentSevereIncident, .incidentFrequency, .severityEscalation, .childPresentAtSevereIncident, .childAbuse: true
        case .criticalIndicator, .severeViolenceReported, .clusterOfThree, .intimateTerrorProfile, .stalking, .riskFactorCount: false
        }
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
