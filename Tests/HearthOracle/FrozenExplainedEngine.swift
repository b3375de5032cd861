import Foundation
import HearthCore
import HearthProfiles
import HearthSafety

/// The explained evaluation of profiles and safety as it was before the rule engines were
/// made one (the commit before "One evaluation of profile clauses and dominance", kept
/// here word for word in what it decides and says), frozen as an oracle: tests compare the
/// engines with it on random families. Retire it when the practice-case suite of the
/// safety issue replaces it. Not a product; never used by the library.
public enum FrozenExplainedEngine {
    /// One fired rule as the frozen engine reports it.
    public struct Fired: Hashable, Sendable {
        public var rule: String
        public var level: SafetyLevel
        public var reason: String
        public var appliesTo: [String]?

        public init(rule: String, level: SafetyLevel, reason: String, appliesTo: [String]?) {
            (self.rule, self.level, self.reason, self.appliesTo) = (rule, level, reason, appliesTo)
        }
    }

    /// What the frozen engine decides and says about one family.
    public struct Safety: Hashable, Sendable {
        public var level: SafetyLevel
        public var fired: [Fired]
        public var missing: [(rule: String, unknown: String, couldRaiseTo: SafetyLevel)]
        public var persons: [(member: String, level: SafetyLevel, rules: [String])]
        public var domains: [(name: String, problem: Answer)]
        public var violenceSeverity: String
        public var chronic: Answer
        public var complexity: Triage.Complexity
        public var careLevel: Triage.CareLevel
        public var reasons: [String]

        public static func == (lhs: Safety, rhs: Safety) -> Bool {
            lhs.level == rhs.level && lhs.fired == rhs.fired
                && lhs.missing.map { "\($0.rule)|\($0.unknown)|\($0.couldRaiseTo)" } == rhs.missing.map { "\($0.rule)|\($0.unknown)|\($0.couldRaiseTo)" }
                && lhs.persons.map { "\($0.member)|\($0.level)|\($0.rules)" } == rhs.persons.map { "\($0.member)|\($0.level)|\($0.rules)" }
                && lhs.domains.map { "\($0.name)|\($0.problem)" } == rhs.domains.map { "\($0.name)|\($0.problem)" }
                && lhs.violenceSeverity == rhs.violenceSeverity && lhs.chronic == rhs.chronic && lhs.complexity == rhs.complexity
                && lhs.careLevel == rhs.careLevel && lhs.reasons == rhs.reasons
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(level) }
    }

    /// The dominant profile as the frozen engine decides and says it.
    public struct Dominant: Hashable, Sendable {
        public var kind: DominantProfile.Kind
        public var profile: String?
        public var undetermined: [String]
        public var reason: String
    }

    /// A profile membership as the frozen engine decides it.
    public struct Membership: Hashable, Sendable {
        public var profile: String
        public var status: ProfileMembership.Status
        public var missing: [String]
    }

    /// The frozen profile evaluation: memberships and the dominant profile, from the
    /// indicator evaluations a result carries.
    public static func profiles(_ result: ProfileResult, ruleSet: ProfileRuleSet) -> (memberships: [Membership], dominant: Dominant) {
        var evaluations: [String: IndicatorEvaluation] = [:]
        for membership in result.memberships { for indicator in membership.indicators { evaluations[indicator.indicator] = indicator } }
        let memberships = ruleSet.profiles.map { membership($0, evaluations) }
        return (memberships, dominant(memberships, ruleSet: ruleSet))
    }

    private static func outcome(_ requirement: ProfileRequirement, _ statuses: [IndicatorEvaluation.Status]) -> IndicatorEvaluation.Status {
        let met = statuses.filter { $0 == .met }.count
        let unknown = statuses.filter { $0 == .unknown }.count
        let needed = requirement.kind == .allOf ? statuses.count : (requirement.count ?? 1)
        if met >= needed { return .met }
        return met + unknown < needed ? .notMet : .unknown
    }

    private static func membership(_ rule: ProfileRule, _ evaluations: [String: IndicatorEvaluation]) -> Membership {
        var outcome: IndicatorEvaluation.Status = .met
        var missing: [String] = []
        for requirement in rule.requirements {
            let statuses = requirement.indicators.map { evaluations[$0]?.status ?? .unknown }
            switch Self.outcome(requirement, statuses) {
            case .notMet: outcome = .notMet
            case .unknown:
                if outcome == .met { outcome = .unknown }
                missing += requirement.indicators.filter { evaluations[$0]?.status == .unknown }
            case .met: break
            }
        }
        return Membership(
            profile: rule.id, status: outcome == .met ? .member : (outcome == .notMet ? .notMember : .undetermined),
            missing: outcome == .unknown ? missing : [])
    }

    private static func dominant(_ memberships: [Membership], ruleSet: ProfileRuleSet) -> Dominant {
        let ranked = ruleSet.priority.filter { !ruleSet.overlays.contains($0) } + ruleSet.priority.filter { ruleSet.overlays.contains($0) }
        var undeterminedAbove: [String] = []
        for id in ranked {
            guard let membership = memberships.first(where: { $0.profile == id }), let name = ruleSet.profiles.first(where: { $0.id == id })?.name else { continue }
            switch membership.status {
            case .member:
                if undeterminedAbove.isEmpty {
                    return Dominant(kind: .profile, profile: id, undetermined: [], reason: "\(name): the highest-ranked profile that applies")
                }
                return Dominant(
                    kind: .insufficientInformation, profile: nil, undetermined: undeterminedAbove,
                    reason: "\(name) applies, but \(undeterminedAbove.joined(separator: ", ")) would outrank it and is undetermined")
            case .undetermined: undeterminedAbove.append(id)
            case .notMember: continue
            }
        }
        if undeterminedAbove.isEmpty {
            return Dominant(kind: .none, profile: nil, undetermined: [], reason: "no profile applies")
        }
        return Dominant(kind: .insufficientInformation, profile: nil, undetermined: undeterminedAbove, reason: "no profile applies yet, but \(undeterminedAbove.joined(separator: ", ")) is undetermined")
    }

    /// The frozen safety evaluation of a (valid) input, given the profile result the
    /// assessment shows.
    public static func assess(
        _ input: SafetyInput, asOf: Date, ruleSet: SafetyRuleSet, profileRules: ProfileRuleSet, profiles shown: ProfileResult
    ) -> Safety {
        // The frozen memberships in place of the engine's (the indicators are the same).
        var profiles = shown
        let frozen = Self.profiles(shown, ruleSet: profileRules)
        for index in profiles.memberships.indices {
            profiles.memberships[index].status = frozen.memberships[index].status
            profiles.memberships[index].missingInformation = frozen.memberships[index].missing
        }
        let context = RuleContext(input: input, asOf: asOf, profiles: profiles)
        var fired: [Fired] = []
        var unknowns: [(SafetyRule, String)] = []
        for rule in ruleSet.rules {
            switch context.evaluate(rule) {
            case .fired(let reason, let members): fired.append(Fired(rule: rule.id, level: rule.level, reason: reason, appliesTo: members))
            case .unknown(let what): unknowns.append((rule, what))
            case .notFired: break
            }
        }
        let familyLevel = fired.filter { $0.appliesTo == nil }.map(\.level).max() ?? .standard
        let persons = input.family.members.map { member in
            let own = fired.filter { $0.appliesTo?.contains(member.id) ?? false }
            return (member.id, max(familyLevel, own.map(\.level).max() ?? .standard),
                    fired.filter { $0.appliesTo == nil || $0.appliesTo?.contains(member.id) == true }.map(\.rule))
        }
        let level = max(familyLevel, persons.map(\.1).max() ?? .standard)
        let missing = unknowns
            .filter { $0.0.level > level || ($0.0.kind == .criticalIndicator && level < .acute) }
            .sorted { $0.0.level > $1.0.level }
            .map { ($0.0.id, $0.1, $0.0.level) }
        var safety = Safety(
            level: level, fired: fired, missing: missing, persons: persons, domains: [], violenceSeverity: "", chronic: .unknown,
            complexity: .lessComplex, careLevel: .localTeam, reasons: [])
        triage(input, context: context, level: level, profiles: profiles, into: &safety)
        return safety
    }

    private static func triage(_ input: SafetyInput, context: RuleContext, level: SafetyLevel, profiles: ProfileResult, into safety: inout Safety) {
        let circumstances = input.family.circumstances
        let factors = context.riskFactors()
        func flag(_ value: Bool?) -> Answer { value.map { $0 ? .yes : .no } ?? .unknown }
        let substance = context.any([context.answer(circumstances.substanceUse), factors["partnerProblemDrinking"] ?? nil])
        let stressIndicator = profiles.memberships.flatMap(\.indicators).first { $0.indicator == "highParentingStress" }?.status
        let trauma = input.family.members.compactMap { $0.value("trauma", "clinicalScales") }
        let domains: [(String, Answer)] = [
            ("finances", circumstances.debtsOrPoverty),
            ("work", circumstances.unemployment),
            ("housing", circumstances.housingProblems),
            ("substance use", flag(substance)),
            ("mental health", circumstances.parentPsychiatricProblems),
            ("intellectual disability or long-term care", circumstances.parentLongTermCareNeed),
            ("parenting stress", stressIndicator == .met ? .yes : (stressIndicator == .notMet ? .no : .unknown)),
            ("child problems", circumstances.childBehaviourProblems),
            ("trauma", trauma.contains { $0 > 0 } ? .yes : (!trauma.isEmpty && trauma.count == input.family.members.count ? .no : .unknown)),
            ("isolation", flag(context.any([context.answer(circumstances.coerciveControl), context.answer(input.riskFactors.controlAndIsolation)]))),
        ]
        safety.domains = domains
        let severe = context.input.incidents.contains { $0.severity == .severe } || context.evaluate(
            SafetyRule(id: "", kind: .severeViolenceReported, level: .high, description: "", citations: [])).isFired
        let anyViolence = !input.incidents.isEmpty || context.physicalViolenceReported() == true
            || input.family.parents.contains { $0.value("cts2", "self_psychological_prevalence") == 1 || $0.value("cts2", "partner_psychological_prevalence") == 1 }
        let violenceSeverity = severe ? "severe" : (anyViolence ? "minor" : (context.physicalViolenceReported() == false ? "none" : "unknown"))
        let span = input.incidents.first.flatMap { first in input.incidents.last.map { $0.date.timeIntervalSince(first.date) / 86_400 } } ?? 0
        let chronic: Answer = span >= 365 || circumstances.repeatedReports == .yes ? .yes : (circumstances.repeatedReports == .no && input.incidents.count < 2 ? .no : .unknown)
        let problems = domains.filter { $0.1 == .yes }.map(\.0)
        var reasons = ["\(problems.count) life domains with problems\(problems.isEmpty ? "" : ": " + problems.joined(separator: ", "))",
                       "\(domains.filter { $0.1 == .unknown }.count) domains unknown", "violence: \(violenceSeverity), chronic: \(chronic.rawValue)"]
        // The frozen care-level rule (Triage.careLevel as it was).
        let complexity: Triage.Complexity = problems.count >= 3 || severe || chronic == .yes || level >= .high ? .complex : .lessComplex
        var care: Triage.CareLevel = complexity == .complex ? .specialisedHelp : .localTeam
        if level >= .high && (problems.count >= 3 || chronic == .yes) { care = .multidisciplinary }
        if (severe || chronic == .yes) && care < .specialisedHelp { care = .specialisedHelp }
        if care == .multidisciplinary {
            reasons.append("structurally unsafe: level \(level.rawValue) with \(chronic == .yes ? "chronic violence" : "problems in \(problems.count) domains")")
        }
        reasons.append("severe or chronic violence never gets less than specialised help")
        (safety.violenceSeverity, safety.chronic, safety.complexity, safety.careLevel, safety.reasons) = (violenceSeverity, chronic, complexity, care, reasons)
    }
}

extension RuleOutcome {
    var isFired: Bool { if case .fired = self { true } else { false } }
}
