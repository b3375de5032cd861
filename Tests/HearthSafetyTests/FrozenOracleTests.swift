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
        #expect(FrozenExplainedEngine.differences(assessment, of: input, asOf: asOf, assessor: assessor) == [], note)
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
            SafetyRule(id: "weapon.again", kind: .criticalIndicator, parameters: .init(indicator: "weapon"), level: .elevated, description: "", citations: [.init("hearth")]),
            SafetyRule(id: "frequency.one", kind: .incidentFrequency, parameters: .init(windowDays: 30, count: 1), level: .elevated, description: "", citations: [.init("hearth")]),
            SafetyRule(id: "factors.two", kind: .riskFactorCount, parameters: .init(count: 2), level: .high, description: "", citations: [.init("hearth")]),
            SafetyRule(id: "escalation.long", kind: .severityEscalation, parameters: .init(windowDays: 800), level: .elevated, description: "", citations: [.init("hearth")]),
            SafetyRule(id: "severe.long", kind: .recentSevereIncident, parameters: .init(windowDays: 800), level: .elevated, description: "", citations: [.init("hearth")]),
        ]
        for seed in 0..<300 as Range<UInt64> { try Self.compare(SafetyDecisionTests.randomInput(seed), edited, "edited, seed \(seed)") }
    }
}
