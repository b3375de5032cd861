import HearthCore
import HearthProfiles

/// A ``SafetyRuleSet`` with names resolved to positions and parameters to numbers, for
/// deciding families without strings: what ``SafetyAssessor/decide(_:asOf:)`` evaluates.
/// A class of constants, so that a decision does not copy it.
///
/// Rules are grouped as bit sets over their positions: rules whose answer is the same
/// family-level fact (a critical indicator, the CTS2's severe violence, the cluster of
/// three, the intimate-terror profile, stalking) are set for all of their positions at
/// once, risk-factor counts by looking up the counts in a table of bit sets; only history
/// rules are evaluated one by one, and only when there is a history.
///
/// What every decision reads is held in SIMD values, not arrays: reading an array out of
/// a class retains and releases it, which had cost a fifth of a decision.
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
        /// The age limit in years (`ageYears`, 0 when absent).
        var ageYears: Int = 0
    }

    let rules: [Rule]
    /// The number of rules (`rules.count`, read without touching the array).
    let ruleCount: Int
    /// The intimate-terror profile's position in the classifier's rule set.
    let intimateTerror: Int?
    /// Why the rule set cannot be used with the profile rules, if it cannot (checked when
    /// the rules are compiled, so an assessor whose rules were replaced refuses to decide).
    let problem: SafetyError?
    /// Each rule's citations as text (rendered once: the assessment shows them for every fired rule).
    let citationTexts: PerLanguage<[String]>

    /// Per critical indicator (``CriticalIndicators/all`` order, five of the eight lanes), the rules that read it.
    let criticalIndicatorRules: SIMD8<UInt64>
    /// Every critical-indicator rule (its unknowns count as missing below the acute level).
    let criticalRules: UInt64
    /// The rules of the kinds that read one family-level fact each.
    let severeViolenceRules: UInt64, clusterRules: UInt64, intimateTerrorRules: UInt64, stalkingRules: UInt64
    let waveEscalationRules: UInt64, waveRelapseRules: UInt64, wavePersistenceRules: UInt64, childNeglectRules: UInt64, pregnancyRules: UInt64
    /// Per danger sign (``DangerSigns/names`` order, nine of sixteen lanes), the rules that read it.
    let dangerSignRules: SIMD16<UInt64>
    /// The danger signs an acute rule reads, one bit per position of ``DangerSigns/names``:
    /// part of the minimum information set, as the critical indicators are.
    let acuteDangerSigns: UInt16
    /// Per number of risk factors `k` (0 ... 15), the risk-factor count rules that `k`
    /// factors satisfy (count ≤ k). The report has ten risk factors, so counts stay in range.
    let countRulesMet: SIMD16<UInt64>
    /// Positions of the rules evaluated one by one: those that read the incident history,
    /// and those that read each child.
    let historyRules: [Int]
    /// Incident-frequency rules with a count of at most 0, which hold without incidents.
    let alwaysFiring: UInt64
    /// Per level (``SafetyLevel/allCases`` order), the rules at that level and the rules above it.
    let rulesAtLevel: SIMD4<UInt64>
    let rulesAboveLevel: SIMD4<UInt64>

    /// The rule set's inconsistency with the profile rules, or `nil`.
    private static func inconsistency(of ruleSet: SafetyRuleSet, with profiles: ProfileRuleSet) -> SafetyError? {
        do { try ruleSet.validate(against: profiles) } catch { return error }
        return nil
    }

    /// The largest number of rules a decision holds.
    static let maximumRules = 64

    init(_ ruleSet: SafetyRuleSet, profiles: ProfileClassifier) {
        let names = CriticalIndicators.names
        rules = ruleSet.rules.map { rule in
            Rule(
                kind: rule.kind, level: rule.level, windowDays: Double(rule.parameters.windowDays ?? 0), count: rule.parameters.count ?? Int.max,
                indicator: rule.parameters.indicator.flatMap { rule.kind == .dangerSign ? DangerSigns.names.firstIndex(of: $0) : names.firstIndex(of: $0) },
                ageYears: rule.parameters.ageYears ?? 0)
        }
        ruleCount = rules.count
        let bibliography = ruleSet.bibliography
        citationTexts = PerLanguage { language in ruleSet.rules.map { bibliography.text($0.citations, in: language) } }
        intimateTerror = profiles.profilePosition(ProfileRuleSet.intimateTerrorID)
        problem = Self.inconsistency(of: ruleSet, with: profiles.ruleSet)
        // Rules past the 64th are refused by `decide`; they are left out of the bit sets.
        let positioned = Array(rules.enumerated().prefix(Self.maximumRules))
        func mask(_ include: (Rule) -> Bool) -> UInt64 {
            positioned.reduce(0) { set, element in include(element.element) ? set | (1 << element.offset) : set }
        }
        criticalIndicatorRules = SIMD8(names.indices.map { index in mask { $0.kind == .criticalIndicator && $0.indicator == index } } + [0, 0, 0])
        criticalRules = mask { $0.kind == .criticalIndicator }
        severeViolenceRules = mask { $0.kind == .severeViolenceReported }
        clusterRules = mask { $0.kind == .clusterOfThree }
        intimateTerrorRules = mask { $0.kind == .intimateTerrorProfile }
        stalkingRules = mask { $0.kind == .stalking }
        waveEscalationRules = mask { $0.kind == .violenceEscalatedAcrossWaves }
        waveRelapseRules = mask { $0.kind == .violenceReturnedAfterPause }
        wavePersistenceRules = mask { $0.kind == .violencePersistsAcrossWaves }
        childNeglectRules = mask { $0.kind == .childNeglect }
        pregnancyRules = mask { $0.kind == .pregnancyWithViolence }
        dangerSignRules = SIMD16(DangerSigns.names.indices.map { index in mask { $0.kind == .dangerSign && $0.indicator == index } } + Array(repeating: 0, count: 16 - DangerSigns.names.count))
        acuteDangerSigns = positioned.reduce(0) { signs, element in
            guard element.element.kind == .dangerSign, element.element.level == .acute, let index = element.element.indicator else { return signs }
            return signs | UInt16(1) << index
        }
        countRulesMet = SIMD16((0..<16).map { factors in mask { $0.kind == .riskFactorCount && $0.count <= factors } })
        historyRules = positioned.filter { $0.element.kind.readsHistory || $0.element.kind == .youngChildWithCaregiverProblems }.map(\.offset)
        alwaysFiring = mask { $0.kind == .incidentFrequency && $0.count <= 0 }
        rulesAtLevel = SIMD4(SafetyLevel.allCases.map { level in mask { $0.level == level } })
        rulesAboveLevel = SIMD4(SafetyLevel.allCases.map { level in mask { $0.level > level } })
    }

    /// The risk-factor count rules that fire and those unknown, given how many risk factors
    /// are yes and how many unknown: a rule fires when the yes count reaches its count, and
    /// is unknown when the unknown ones could make it reach it.
    func countRuleAnswers(yes: Int, unknown: Int) -> (yes: UInt64, unknown: UInt64) {
        let fired = countRulesMet[min(max(yes, 0), 15)]
        return (fired, countRulesMet[min(max(yes &+ unknown, 0), 15)] & ~fired)
    }

    /// The position in ``SafetyLevel/allCases`` of the highest level among a set of rules (0: standard).
    func highestLevelIndex(_ rules: UInt64) -> Int {
        var levelIndex = 0
        for index in 0..<rulesAtLevel.scalarCount where rules & rulesAtLevel[index] != 0 { levelIndex = index }
        return levelIndex
    }

    /// The level at a position of ``SafetyLevel/allCases`` (a switch: `allCases` builds an array).
    static func level(at index: Int) -> SafetyLevel {
        switch index {
        case 0: .standard
        case 1: .elevated
        case 2: .high
        default: .acute
        }
    }
}

extension SafetyRule.Kind {
    /// Whether the rule reads the incident history.
    var readsHistory: Bool {
        switch self {
        case .recentSevereIncident, .incidentFrequency, .severityEscalation, .childPresentAtSevereIncident, .childAbuse, .childrenRepeatedlyPresent: true
        case .criticalIndicator, .severeViolenceReported, .clusterOfThree, .intimateTerrorProfile, .stalking, .riskFactorCount,
            .violenceEscalatedAcrossWaves, .violenceReturnedAfterPause, .violencePersistsAcrossWaves, .childNeglect, .youngChildWithCaregiverProblems,
            .dangerSign,
            .pregnancyWithViolence:
            false
        }
    }
}

extension CriticalIndicators {
    /// The number of critical indicators (``all``'s length).
    static var count: Int { 5 }

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
