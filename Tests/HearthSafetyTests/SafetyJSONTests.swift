import Foundation
import HearthCore
import HearthProfiles
@testable import HearthSafety
import Testing

/// Safety inputs and rule sets read from JSON: a misspelled key is an error, never a
/// silently dropped fact that lowers the level.
@Suite("Safety input JSON")
struct SafetyJSONTests {
    static let input = #"""
        {
          "reportDate": "2026-03-02",
          "family": {"family": "F1", "members": [{"id": "P1", "role": "parent"}, {"id": "C1", "role": "child", "age": 4}]},
          "incidents": [{"date": "2026-10-12", "kind": "physical", "severity": "severe", "childrenPresent": "yes"}],
          "riskFactors": {"separationOrHandovers": "yes"},
          "criticalIndicators": {"weapon": "no"}
        }
        """#

    func failure(_ text: String) -> SafetyError? {
        caught { () throws(SafetyError) in _ = try SafetyInput(json: Data(text.utf8)) }
    }

    /// Version 2 gives each fact once; version 1 keeps decoding and its disagreements are
    /// read as yes and reported; other formats are refused; encoding writes version 2.
    @Test func formatsAndFactsGivenTwice() throws {
        let version1 = try SafetyInput(json: Data(Self.input.utf8))
        #expect(version1.formatVersion == 1)
        let twice = Self.input.replacingOccurrences(of: #""reportDate""#, with: #""format": "hearth-safety-input@2", "reportDate""#)
        let refused = failure(twice)
        #expect(refused?.code == .malformedInput && refused?.message.contains("'separationOrHandovers' is given once, as family.circumstances.separated") == true)
        let once = twice.replacingOccurrences(of: #""riskFactors": {"separationOrHandovers": "yes"}"#, with: #""riskFactors": {"criminalBackground": "yes"}"#)
        #expect(try SafetyInput(json: Data(once.utf8)).formatVersion == 2)
        let other = failure(Self.input.replacingOccurrences(of: #""reportDate""#, with: #""format": "hearth-safety-input@3", "reportDate""#))
        #expect(other?.field == "format")
        // Encoded, a version 1 input becomes version 2 with the fact under the circumstance.
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let encoded = try encoder.encode(version1)
        let again = try SafetyInput(json: encoded)
        #expect(again.formatVersion == 2 && again.family.circumstances.separated == .yes && again.riskFactors.separationOrHandovers == .unknown)
        // Disagreeing answers: yes wins, and the disagreement is reported.
        var disagreeing = version1
        disagreeing.family.circumstances.separated = .no
        let (reconciled, disagreements) = disagreeing.reconciled()
        #expect(reconciled.family.circumstances.separated == .yes && reconciled.riskFactors.separationOrHandovers == .yes)
        #expect(disagreements == [InputDisagreement(fields: ["family.circumstances.separated", "riskFactors.separationOrHandovers"], answers: [.no, .yes], readAs: .yes)])
        // A record written before answers were kept still decodes, with none.
        let former = try JSONDecoder().decode(InputDisagreement.self, from: Data(#"{"fields": ["a.b", "c.d"], "readAs": "yes"}"#.utf8))
        #expect(former == InputDisagreement(fields: ["a.b", "c.d"], answers: [], readAs: .yes))
    }

    @Test func aValidInputDecodesWithCalendarDays() throws {
        let input = try SafetyInput(json: Data(Self.input.utf8))
        #expect(input.reportDate == Date(timeIntervalSince1970: 1_772_409_600))  // 2026-03-02T00:00Z
        #expect(input.incidents.count == 1 && input.incidents[0].severity == .severe)
        #expect(input.riskFactors.separationOrHandovers == .yes)
    }

    @Test func theIncidentTypoThatLoweredALevelIsNowAnError() {
        let typo = failure(Self.input.replacingOccurrences(of: #""incidents""#, with: #""incident""#))
        #expect(typo?.code == .malformedInput && typo?.field == "incident")
        #expect(typo?.message.contains("did you mean 'incidents'?") == true)
        #expect(typo?.message.hasPrefix("line 4, column 3:") == true)
        let incident = failure(Self.input.replacingOccurrences(of: #""childrenPresent""#, with: #""childPresent""#))
        #expect(incident?.field == "incidents[0].childPresent")
        #expect(incident?.message.contains("did you mean 'childrenPresent'?") == true)
        let severity = failure(Self.input.replacingOccurrences(of: #""severe""#, with: #""serious""#))
        #expect(severity?.field == "incidents[0].severity" && severity?.message.contains("expected one of: minor, severe") == true)
        let factor = failure(Self.input.replacingOccurrences(of: #""separationOrHandovers""#, with: #""ethnicity""#))
        #expect(factor?.field == "riskFactors.ethnicity" && factor?.message.contains("protected attribute") == true)
        let indicator = failure(Self.input.replacingOccurrences(of: #""weapon""#, with: #""weapons""#))
        #expect(indicator?.field == "criticalIndicators.weapons" && indicator?.message.contains("did you mean 'weapon'?") == true)
        let date = failure(Self.input.replacingOccurrences(of: "2026-10-12", with: "2026-02-30"))
        #expect(date?.field == "incidents[0].date" && date?.message.contains("expected a date") == true)
    }

    @Test func childrenInHelpMustBeChildrenOfTheFamily() throws {
        var input = try SafetyInput(json: Data(Self.input.utf8))
        let asOf = Date(timeIntervalSince1970: 1_795_305_600)  // 2026-11-22
        input.childrenInHelp = ["C1"]
        try input.validate(asOf: asOf)
        for wrong in ["c1", "P1", "NOBODY"] {
            input.childrenInHelp = ["C1", wrong]
            let error = caught { () throws(SafetyError) in try input.validate(asOf: asOf) }
            #expect(error?.code == .invalidFamily && error?.field == "childrenInHelp[1]", "\(wrong)")
            #expect(error?.message == "names no child of the family")
        }
        input.childrenInHelp = []
        input.family.members[1].age = 200
        let age = caught { () throws(SafetyError) in try input.validate(asOf: asOf) }
        #expect(age?.field == "family.members[1].age")
    }

    @Test func ruleSetsAreStrictAndValidated() throws {
        let data = try JSONEncoder().encode(SafetyRuleSet.builtIn)
        #expect(try SafetyRuleSet(json: data) == .builtIn)
        let typo = String(decoding: data, as: UTF8.self).replacingOccurrences(of: #""disclaimer""#, with: #""disclaimr""#)
        let error = caught { () throws(SafetyError) in _ = try SafetyRuleSet(json: Data(typo.utf8)) }
        #expect(error?.code == .malformedInput && error?.field == "disclaimer")
        #expect(error?.message.contains("is 'disclaimr' a misspelling of it?") == true)
        var broken = SafetyRuleSet.builtIn
        broken.rules[0].parameters.indicator = "horoscope"
        let brokenData = try JSONEncoder().encode(broken)
        let invalid = caught { () throws(SafetyError) in _ = try SafetyRuleSet(json: brokenData) }
        #expect(invalid?.code == .invalidRuleSet)
    }

    /// A parameter a rule's kind does not read is refused, naming the rule and the
    /// parameter: the evaluation would ignore it, so the rule would not mean what it says.
    @Test func aParameterTheKindDoesNotReadIsRefused() throws {
        for (kind, parameter, parameters) in [
            (SafetyRule.Kind.stalking, "count", SafetyRule.Parameters(count: 2)),
            (.criticalIndicator, "windowDays", SafetyRule.Parameters(indicator: "weapon", windowDays: 30)),
            (.childNeglect, "appliesToChildren", SafetyRule.Parameters(appliesToChildren: true)),
            (.riskFactorCount, "ageYears", SafetyRule.Parameters(count: 3, ageYears: 4)),
        ] {
            var rules = SafetyRuleSet.builtIn
            rules.rules.append(SafetyRule(id: "extra", kind: kind, parameters: parameters, level: .elevated, description: LocalizedText("extra"), citations: [.init(Bibliography.hearthsChoice)]))
            let error = caught { () throws(SafetyError) in try rules.validate() }
            #expect(error?.code == .invalidRuleSet && error?.field == "extra", "\(kind)")
            #expect(error?.message == "a rule of kind '\(kind.rawValue)' reads no '\(parameter)' parameter: it would be ignored")
        }
        // Every parameter a kind reads is accepted (the built-in rules use each of them).
        try SafetyRuleSet.builtIn.validate()
        #expect(Set(SafetyRuleSet.builtIn.rules.flatMap(\.parameters.given)) == ["indicator", "appliesToChildren", "windowDays", "count", "ageYears"])
    }
}

/// Rule sets are validated as a whole when an assessor is built: a safety rule that refers
/// to a profile the profile rules do not define is an error, never a rule that silently
/// cannot fire.
@Suite("Rule sets validated as a whole")
struct RuleSetConsistencyTests {
    @Test func anIntimateTerrorRuleNeedsTheProfile() throws {
        var profiles = ProfileRuleSet.builtIn
        profiles.profiles.removeAll { $0.id == ProfileRuleSet.intimateTerrorID }
        profiles.priority.removeAll { $0 == ProfileRuleSet.intimateTerrorID }
        profiles.overlays.removeAll { $0 == ProfileRuleSet.intimateTerrorID }
        profiles.conflicts.removeAll { $0.with == ProfileRuleSet.intimateTerrorID }
        let classifier = try ProfileClassifier(ruleSet: profiles)
        let error = caught { () throws(SafetyError) in _ = try SafetyAssessor(profiles: classifier) }
        #expect(error?.code == .invalidRuleSet && error?.field == "profile.intimateTerror")
        #expect(error?.message.contains("refers to the profile 'intimateTerror'") == true)
        // Without a rule of that kind the same profile rules are fine.
        var rules = SafetyRuleSet.builtIn
        rules.rules.removeAll { $0.kind == .intimateTerrorProfile }
        _ = try SafetyAssessor(ruleSet: rules, profiles: classifier)
        // Replacing the profile rules of a built assessor: it refuses to decide or assess.
        var assessor = try SafetyAssessor()
        assessor.profiles = classifier
        let input = try SafetyInput(json: Data(SafetyJSONTests.input.utf8))
        let asOf = Date(timeIntervalSince1970: 1_795_305_600)
        #expect(caught { () throws(SafetyError) in _ = try assessor.assess(input, asOf: asOf) }?.code == .invalidRuleSet)
        let facts = try SafetyFacts(input)
        #expect(caught { () throws(SafetyError) in _ = try assessor.decide(facts, asOf: asOf) }?.code == .invalidRuleSet)
    }

    @Test func theParentingStressThresholdIsTheReportsNOSIKReferenceEntry() throws {
        // Table 5.5: NOSI-K reference group, both sexes, n 334, mean 40.33, SD 18.18.
        let threshold = try #require(ProfileClassifier.referenceParentingStressThreshold)
        #expect(abs(threshold - (40.33 + 18.18)) < 1e-9)
    }
}
