import Foundation
import HearthProfiles
import HearthSafety

extension FrozenExplainedEngine {
    /// What differs between an assessment and the frozen engine's evaluation of the same
    /// input (empty when they agree): the level, fired rules with their reasons and members,
    /// missing information, persons, triage, profile memberships and the dominant profile,
    /// word for word. The one comparison the tests and `hearth-bench --check` use.
    public static func differences(_ assessment: SafetyAssessment, of input: SafetyInput, asOf: Date, assessor: SafetyAssessor) -> [String] {
        let oracle = assess(input, asOf: asOf, ruleSet: assessor.ruleSet, profileRules: assessor.profiles.ruleSet, profiles: assessment.profiles)
        var differences: [String] = []
        func check(_ equal: Bool, _ aspect: String) { if !equal { differences.append(aspect) } }
        check(assessment.level == oracle.level, "level")
        check(assessment.firedRules.map { Fired(rule: $0.rule, level: $0.level, reason: $0.reason, appliesTo: $0.appliesTo) } == oracle.fired, "fired rules")
        check(
            assessment.missingInformation.map { "\($0.rule)|\($0.unknown)|\($0.couldRaiseTo)" } == oracle.missing.map { "\($0.rule)|\($0.unknown)|\($0.couldRaiseTo)" },
            "missing information")
        check(assessment.persons.map { "\($0.member)|\($0.level)|\($0.rules)" } == oracle.persons.map { "\($0.member)|\($0.level)|\($0.rules)" }, "persons")
        let triage = assessment.triage
        check(triage.domains.map { "\($0.name)|\($0.problem)" } == oracle.domains.map { "\($0.name)|\($0.problem)" }, "triage domains")
        check(triage.violenceSeverity == oracle.violenceSeverity && triage.chronic == oracle.chronic, "triage violence")
        check(triage.complexity == oracle.complexity && triage.careLevel == oracle.careLevel && triage.reasons == oracle.reasons, "triage care")
        let profiles = profiles(assessment.profiles, ruleSet: assessor.profiles.ruleSet)
        check(assessment.profiles.memberships.map(\.status) == profiles.memberships.map(\.status), "profile statuses")
        check(assessment.profiles.memberships.map(\.missingInformation) == profiles.memberships.map(\.missing), "profile missing information")
        let dominant = assessment.profiles.dominant
        check(
            dominant.kind == profiles.dominant.kind && dominant.profile == profiles.dominant.profile && dominant.undetermined == profiles.dominant.undetermined
                && dominant.reason == profiles.dominant.reason, "dominant profile")
        return differences
    }
}
