/// A ``ProfileRuleSet`` with indicator names resolved to positions, for deciding families
/// without strings: what ``ProfileClassifier/decide(_:)`` evaluates.
///
/// A class of constants: a struct of four arrays was copied (four retains and releases)
/// into every decision.
final class CompiledProfileRules: Sendable {
    /// One clause: indicators `indicators[start..<end]`, of which `needed` must be met.
    struct Clause: Hashable, Sendable {
        var start: Int
        var end: Int
        var needed: Int
    }

    /// Per profile, its clauses `clauses[clauseRanges[p]]`.
    let clauseRanges: [Range<Int>]
    let clauses: [Clause]
    /// Indicator positions in ``ProfileIndicator/allCases``; 255 for a name the classifier
    /// does not know (read as unknown, as ``ProfileClassifier/classify(_:)`` does).
    let indicators: [UInt8]
    /// Profile positions in dominance order (overlays last).
    let ranked: [Int]
    /// Whether any profile shows the parenting-stress indicator (triage reads it from there).
    let showsParentingStress: Bool

    /// The largest number of profiles a decision holds.
    static let maximumProfiles = 64

    init(_ ruleSet: ProfileRuleSet) {
        let known = ProfileIndicator.allCases.map(\.rawValue)
        var clauseRanges: [Range<Int>] = [], clauses: [Clause] = [], indicators: [UInt8] = [], showsParentingStress = false
        for profile in ruleSet.profiles {
            let first = clauses.count
            for requirement in profile.requirements {
                let start = indicators.count
                indicators += requirement.indicators.map { name in known.firstIndex(of: name).map { UInt8($0) } ?? 255 }
                let needed = requirement.kind == .allOf ? requirement.indicators.count : (requirement.count ?? 1)
                clauses.append(Clause(start: start, end: indicators.count, needed: needed))
            }
            clauseRanges.append(first..<clauses.count)
            if (profile.requirements.flatMap(\.indicators) + profile.supporting).contains(ProfileIndicator.highParentingStress.rawValue) {
                showsParentingStress = true
            }
        }
        let order = ruleSet.priority.filter { !ruleSet.overlays.contains($0) } + ruleSet.priority.filter { ruleSet.overlays.contains($0) }
        ranked = order.compactMap { id in ruleSet.profiles.firstIndex { $0.id == id } }
        self.clauseRanges = clauseRanges
        self.clauses = clauses
        self.indicators = indicators
        self.showsParentingStress = showsParentingStress
    }

    /// The status of profile `profile` given the indicators: met only if every clause is,
    /// not met if any clause cannot be.
    func status(profile: Int, _ statuses: IndicatorStatuses) -> ProfileMembership.Status {
        var outcome = ProfileMembership.Status.member
        // Index loops, not slices: a slice retains its array, and this runs per family.
        for clauseIndex in clauseRanges[profile] {
            let clause = clauses[clauseIndex]
            var met = 0, unknown = 0
            for index in clause.start..<clause.end {
                switch statuses.status(at: indicators[index]) {
                case .met: met += 1
                case .unknown: unknown += 1
                case .notMet: break
                }
            }
            if met >= clause.needed { continue }
            if met + unknown < clause.needed { return .notMember }
            outcome = .undetermined
        }
        return outcome
    }
}
