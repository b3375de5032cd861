import Foundation
import HearthCore
import HearthCLI
import HearthProfiles
import HearthSafety

/// Rule sets loaded from JSON: decoding, validation, and a run against the example case.
/// The results must carry their reasons whatever the rules say.
enum RuleSetHarness {
    // The fixture is the CLI's example, whose members also carry raw `answers`.
    static let family: FamilyInput? = try? StrictJSONDecoder(rejectsUnknownKeys: false).decode(FamilyInput.self, from: Data(FuzzFixtures.family.utf8))
    static let safetyInput: SafetyInput? = try? StrictJSONDecoder(rejectsUnknownKeys: false).decode(SafetyInput.self, from: Data(FuzzFixtures.safetyInput.utf8))
    static let asOf = Date(timeIntervalSince1970: 1_780_000_000)

    static func profiles(_ data: Data) {
        guard let rules = try? ProfileRuleSet(json: data),
            let classifier = try? ProfileClassifier(ruleSet: rules, parentingStressThreshold: 100), let family
        else { return }
        guard let result = try? classifier.classify(family) else { return }
        require(result.memberships.count == rules.profiles.count, "one membership per profile")
        // The decision path agrees with the explained one, whatever the rules.
        guard rules.profiles.count <= 64, let facts = try? FamilyFacts(family), let decision = try? classifier.decide(facts) else { return }
        for (position, membership) in result.memberships.enumerated() {
            require(decision.status(ofProfileAt: position) == membership.status, "decide and classify agree on every profile")
        }
        require(decision.dominantKind == result.dominant.kind, "decide and classify agree on dominance")
    }

    static func safety(_ data: Data) {
        guard let rules = try? SafetyRuleSet(json: data),
            let assessor = try? SafetyAssessor(ruleSet: rules), let safetyInput
        else { return }
        guard let assessment = try? assessor.assess(safetyInput, asOf: asOf) else { return }
        require(assessment.firedRules.allSatisfy { !$0.reason.isEmpty }, "every fired rule gives its reason")
        guard rules.rules.count <= 64, let facts = try? SafetyFacts(safetyInput), let decision = try? assessor.decide(facts, asOf: asOf) else { return }
        require(decision.level == assessment.level, "decide and assess agree on the level")
        require(decision.firedRulePositions.map { rules.rules[$0].id } == assessment.firedRules.map(\.rule), "decide and assess agree on fired rules")
        require(decision.careLevel == assessment.triage.careLevel, "decide and assess agree on the care level")
    }
}
