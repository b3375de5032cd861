import HearthCore
/// A ``ProfileRuleSet`` with indicator names resolved to positions, for deciding families
/// without strings: what ``ProfileClassifier/decide(_:)`` evaluates.
///
/// A class of constants: a struct of four arrays was copied (four retains and releases)
/// into every decision.
final class CompiledProfileRules: Sendable {
    /// One clause of profile `profile`: of its indicators, `needed` must be met. An
    /// indicator named `k` times counts `k` times: its bit is in `mask` and in the first
    /// `k − 1` of the clause's further layers `layers[extraLayers]`; a name the classifier
    /// does not know counts as unknown.
    struct Clause: Hashable, Sendable {
        var profile: Int
        var mask: UInt32
        var extraLayers: Range<Int>
        var needed: Int
        var unknownNames: Int
        /// How the clause is tested: all of its indicators, any of them, or by counting
        /// (only "k of n" clauses count bits: baseline x86-64 has no `popcnt`, so a
        /// population count is a sequence of shifts and masks).
        var test: Test

        enum Test: Hashable, Sendable {
            /// Every indicator, each named once, all known: bit-set comparisons.
            case all
            /// At least one (`needed` is 1): any bit set.
            case any
            /// Counted.
            case count
        }
    }

    /// Every profile's clauses, profile after profile, each profile's in its requirements' order.
    let clauses: [Clause]
    /// The positions in ``clauses`` of each profile's clauses.
    let clauseRanges: [Range<Int>]
    /// Indicator bit sets for indicators named more than once in a clause (rare).
    let layers: [UInt32]
    /// The number of profiles.
    let profileCount: Int
    /// Profile positions in dominance order (overlays last).
    let ranked: [Int]
    /// Per profile, the positions in ``ProfileIndicator/allCases`` of the indicators its result
    /// shows: the deciding ones in requirement order, then the supporting ones not among them
    /// (names the classifier does not know are left out; a name given twice shows twice).
    let shownIndicators: [[Int]]
    /// Per clause (``clauses`` order), the positions of its requirement's known indicators, in order.
    let clauseIndicators: [[Int]]
    /// ``ProfileIndicator/allCases``' names, by position (`allCases` builds its array on every read).
    static let indicatorNames = ProfileIndicator.allCases.map(\.rawValue)
    /// Each profile's citations as text per language (rendered once: every result shows them).
    let citationTexts: PerLanguage<[String]>

    /// Why the rule set cannot be used, if it cannot (``ProfileRuleSet/validate()``, checked
    /// when the rules are compiled, so a classifier whose rules were replaced refuses to
    /// classify or decide).
    let problem: ProfilesError?

    /// The largest number of profiles a decision holds.
    static let maximumProfiles = 64

    /// The rule set's problem, or `nil`.
    private static func problem(of ruleSet: ProfileRuleSet) -> ProfilesError? {
        do { try ruleSet.validate() } catch { return error }
        return nil
    }

    init(_ ruleSet: ProfileRuleSet) {
        problem = Self.problem(of: ruleSet)
        let bibliography = ruleSet.bibliography
        citationTexts = PerLanguage { language in ruleSet.profiles.map { bibliography.text($0.citations, in: language) } }
        let known = Self.indicatorNames
        var clauses: [Clause] = [], layers: [UInt32] = [], clauseRanges: [Range<Int>] = []
        var shownIndicators: [[Int]] = [], clauseIndicators: [[Int]] = []
        for (position, profile) in ruleSet.profiles.enumerated() {
            clauseRanges.append(clauses.count..<(clauses.count + profile.requirements.count))
            let deciding = profile.requirements.flatMap(\.indicators)
            shownIndicators.append((deciding + profile.supporting.filter { !deciding.contains($0) }).compactMap { known.firstIndex(of: $0) })
            for requirement in profile.requirements {
                clauseIndicators.append(requirement.indicators.compactMap { known.firstIndex(of: $0) })
                var clauseLayers: [UInt32] = [0], unknownNames = 0
                for name in requirement.indicators {
                    guard let index = known.firstIndex(of: name) else { unknownNames += 1; continue }
                    let bit = UInt32(1) << index
                    // The first layer without this indicator's bit takes it (a repeat goes one layer up).
                    if let free = clauseLayers.firstIndex(where: { $0 & bit == 0 }) { clauseLayers[free] |= bit } else { clauseLayers.append(bit) }
                }
                let needed = requirement.kind == .allOf ? requirement.indicators.count : (requirement.count ?? 1)
                let test: Clause.Test =
                    if needed == 1 { .any } else if needed == requirement.indicators.count && clauseLayers.count == 1 && unknownNames == 0 { .all } else { .count }
                clauses.append(
                    Clause(
                        profile: position, mask: clauseLayers[0], extraLayers: layers.count..<(layers.count + clauseLayers.count - 1), needed: needed,
                        unknownNames: unknownNames, test: test))
                layers += clauseLayers.dropFirst()
            }
        }
        let order = ruleSet.priority.filter { !ruleSet.overlays.contains($0) } + ruleSet.priority.filter { ruleSet.overlays.contains($0) }
        ranked = order.compactMap { id in ruleSet.profiles.firstIndex { $0.id == id } }
        profileCount = ruleSet.profiles.count
        self.clauses = clauses
        self.clauseRanges = clauseRanges
        self.shownIndicators = shownIndicators
        self.clauseIndicators = clauseIndicators
        self.layers = layers
    }

    /// Every profile's status given the indicators, as bit sets of members and undetermined
    /// profiles (the rest are not members): a profile is a member only if every clause is
    /// met, not a member if any clause cannot be. One pass over all clauses; counting is a
    /// population count. Profiles past ``maximumProfiles`` are left out (decisions refuse them).
    func statuses(_ statuses: IndicatorStatuses) -> (members: UInt64, undetermined: UInt64) {
        var failed: UInt64 = 0, open: UInt64 = 0
        clauses.withUnsafeBufferPointer { clauses in
            for clause in clauses where clause.profile < Self.maximumProfiles {
                let outcome = self.outcome(of: clause, statuses)
                if outcome.met { continue }
                if outcome.possible { open |= 1 << clause.profile } else { failed |= 1 << clause.profile }
            }
        }
        let all: UInt64 = profileCount >= Self.maximumProfiles ? UInt64.max : (1 << profileCount) &- 1
        return (all & ~failed & ~open, open & ~failed)
    }

    /// Whether a clause is met, and whether it still can be (met or open: some of its
    /// indicators are unknown). The one evaluation of a clause, for decisions and their
    /// explanations alike.
    @inline(__always)
    func outcome(of clause: Clause, _ statuses: IndicatorStatuses) -> (met: Bool, possible: Bool) {
        let met = statuses.met & clause.mask, possible = (statuses.met | statuses.unknown) & clause.mask
        switch clause.test {
        case .all: return (met == clause.mask, possible == clause.mask)
        case .any: return (met != 0, possible != 0 || clause.unknownNames > 0)
        case .count: return count(clause, statuses)
        }
    }

    /// Whether a counted clause is met, and whether it still can be.
    private func count(_ clause: Clause, _ statuses: IndicatorStatuses) -> (met: Bool, possible: Bool) {
        var met = (statuses.met & clause.mask).nonzeroBitCount
        var unknown = clause.unknownNames &+ (statuses.unknown & clause.mask).nonzeroBitCount
        for layer in clause.extraLayers {
            met &+= (statuses.met & layers[layer]).nonzeroBitCount
            unknown &+= (statuses.unknown & layers[layer]).nonzeroBitCount
        }
        return (met >= clause.needed, met &+ unknown >= clause.needed)
    }
}
