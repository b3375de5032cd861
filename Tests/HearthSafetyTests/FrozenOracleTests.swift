import Foundation
import HearthCore
import HearthOracle
import HearthProfiles
import Testing

@testable import HearthSafety

/// The one rule engine against the explained evaluation as it was before (the frozen
/// oracle, `Tests/HearthOracle`): on random families and on each one's edits, the same
/// level, fired rules with the same reasons and members, missing information, persons,
/// triage, profile memberships and dominant profile, word for word.
@Suite("The rule engine equals the frozen explained evaluation")
struct FrozenOracleTests {
    static func compare(_ input: SafetyInput, _ assessor: SafetyAssessor, _ note: Comment) throws {
        let assessment = try assessor.assess(input, asOf: asOf)
        let oracle = FrozenExplainedEngine.assess(
            input, asOf: asOf, ruleSet: assessor.ruleSet, profileRules: assessor.profiles.ruleSet, profiles: assessment.profiles)
        #expect(assessment.level == oracle.level, note)
        #expect(assessment.firedRules.map { FrozenExplainedEngine.Fired(rule: $0.rule, level: $0.level, reason: $0.reason, appliesTo: $0.appliesTo) } == oracle.fired, note)
        #expect(assessment.missingInformation.map { "\($0.rule)|\($0.unknown)|\($0.couldRaiseTo)" } == oracle.missing.map { "\($0.rule)|\($0.unknown)|\($0.couldRaiseTo)" }, note)
        #expect(assessment.persons.map { "\($0.member)|\($0.level)|\($0.rules)" } == oracle.persons.map { "\($0.member)|\($0.level)|\($0.rules)" }, note)
        let triage = assessment.triage
        #expect(triage.domains.map { "\($0.name)|\($0.problem)" } == oracle.domains.map { "\($0.name)|\($0.problem)" }, note)
        #expect(triage.violenceSeverity == oracle.violenceSeverity && triage.chronic == oracle.chronic, note)
        #expect(triage.complexity == oracle.complexity && triage.careLevel == oracle.careLevel && triage.reasons == oracle.reasons, note)
        let profiles = FrozenExplainedEngine.profiles(assessment.profiles, ruleSet: assessor.profiles.ruleSet)
        #expect(assessment.profiles.memberships.map(\.status) == profiles.memberships.map(\.status), note)
        #expect(assessment.profiles.memberships.map(\.missingInformation) == profiles.memberships.map(\.missing), note)
        let dominant = assessment.profiles.dominant
        #expect(dominant.kind == profiles.dominant.kind && dominant.profile == profiles.dominant.profile, note)
        #expect(dominant.undetermined == profiles.dominant.undetermined && dominant.reason == profiles.dominant.reason, note)
    }

    @Test func onRandomFamilies() throws {
        let assessor = try SafetyAssessor()
        for seed in 0..<2_000 as Range<UInt64> { try Self.compare(SafetyDecisionTests.randomInput(seed), assessor, "seed \(seed)") }
    }

    @Test func withoutAParentingStressNormAndWithEditedRules() throws {
        let noNorm = try SafetyAssessor(profiles: try ProfileClassifier(parentingStressThreshold: nil))
        for seed in 0..<300 as Range<UInt64> { try Self.compare(SafetyDecisionTests.randomInput(seed), noNorm, "no norm, seed \(seed)") }
        var edited = try SafetyAssessor()
        edited.ruleSet.rules += [
            SafetyRule(id: "weapon.again", kind: .criticalIndicator, parameters: .init(indicator: "weapon"), level: .elevated, description: "", source: ""),
            SafetyRule(id: "frequency.one", kind: .incidentFrequency, parameters: .init(windowDays: 30, count: 1), level: .elevated, description: "", source: ""),
            SafetyRule(id: "factors.two", kind: .riskFactorCount, parameters: .init(count: 2), level: .high, description: "", source: ""),
            SafetyRule(id: "escalation.long", kind: .severityEscalation, parameters: .init(windowDays: 800), level: .elevated, description: "", source: ""),
            SafetyRule(id: "severe.long", kind: .recentSevereIncident, parameters: .init(windowDays: 800), level: .elevated, description: "", source: ""),
        ]
        for seed in 0..<300 as Range<UInt64> { try Self.compare(SafetyDecisionTests.randomInput(seed), edited, "edited, seed \(seed)") }
    }
}
