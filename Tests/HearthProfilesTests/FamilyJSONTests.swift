import Foundation
import HearthCore
import HearthProfiles
import Testing

/// Families and profile rule sets read from JSON: strict keys, vocabularies, line and column.
@Suite("Family and rule-set JSON")
struct FamilyJSONTests {
    static let family = #"""
        {
          "family": "F1",
          "circumstances": {"separated": "yes"},
          "members": [
            {"id": "P1", "role": "parent", "sex": "female", "age": 34, "scores": {"control.self": 1, "nosik.total": 60}},
            {"id": "C1", "role": "child", "age": 7, "scores": {"trauma.clinicalScales": 2}}
          ],
          "waves": [{"wave": 1, "totalViolenceFrequency": 40}]
        }
        """#

    func failure(_ text: String) -> ProfilesError? {
        caught { () throws(ProfilesError) in
            let family = try FamilyInput(json: Data(text.utf8))
            try family.validate()
        }
    }

    @Test func aValidFamilyDecodesAsWithFoundation() throws {
        let strict = try FamilyInput(json: Data(Self.family.utf8))
        #expect(strict == (try JSONDecoder().decode(FamilyInput.self, from: Data(Self.family.utf8))))
        #expect(strict.members[0].scores == ["control.self": 1, "nosik.total": 60])
        try strict.validate()
    }

    @Test func unknownKeysAreErrorsWithPathLineAndColumn() {
        let typo = failure(Self.family.replacingOccurrences(of: #""waves""#, with: #""wave""#))
        #expect(typo?.code == .malformedFile && typo?.field == "wave")
        #expect(typo?.message.hasPrefix("line 8, column 3: unknown key 'wave' at the top level; did you mean 'waves'?") == true)
        let member = failure(Self.family.replacingOccurrences(of: #""age": 34"#, with: #""age": 34, "ethnicity": "x""#))
        #expect(member?.field == "members[0].ethnicity")
        #expect(member?.message.contains("'ethnicity' in members[0] is a protected attribute") == true)
        let circumstance = failure(Self.family.replacingOccurrences(of: #""separated""#, with: #""seperated""#))
        #expect(circumstance?.field == "circumstances.seperated")
        #expect(circumstance?.message.contains("did you mean 'separated'?") == true)
        let wave = failure(Self.family.replacingOccurrences(of: #""totalViolenceFrequency""#, with: #""total""#))
        #expect(wave?.field == "waves[0].total")
    }

    @Test func precomputedScoresNameKnownScales() {
        let typo = failure(Self.family.replacingOccurrences(of: "nosik.total", with: "nosik.totl"))
        #expect(typo?.code == .invalidFamily && typo?.field == "members[0].scores")
        #expect(typo?.message.contains("did you mean 'nosik.total'?") == true)
        for key in ["cts2.self_physical_severe_prevalence", "auditc.self_risk", "tscyc.pts_tot", "control.partner"] {
            #expect(failure(Self.family.replacingOccurrences(of: "\"nosik.total\": 60", with: "\"\(key)\": 1")) == nil, "\(key)")
        }
        // Raw scores are finite, not negative, and within what the instrument's answers give.
        for (value, rule) in [("-5", "a raw score is a finite number, not negative"), ("99999999", "above the largest raw score nosik can give (150)"), ("1e400", "")] {
            let implausible = failure(Self.family.replacingOccurrences(of: "\"nosik.total\": 60", with: "\"nosik.total\": \(value)"))
            #expect(implausible != nil, "\(value)")
            if !rule.isEmpty { #expect(implausible?.field == "members[0].scores.nosik.total" && implausible?.message == rule, "\(value)") }
        }
        #expect(failure(Self.family.replacingOccurrences(of: "\"nosik.total\": 60", with: "\"nosik.total\": 150")) == nil)
    }

    @Test func ruleSetsAreStrictAndValidated() throws {
        let data = try JSONEncoder().encode(ProfileRuleSet.builtIn)
        #expect(try ProfileRuleSet(json: data) == .builtIn)
        var text = String(decoding: data, as: UTF8.self)
        text = text.replacingOccurrences(of: #""overlays""#, with: #""overlay""#)
        let typo = caught { () throws(ProfilesError) in _ = try ProfileRuleSet(json: Data(text.utf8)) }
        // A required key misspelt is first of all missing; the message names the likely typo.
        #expect(typo?.code == .malformedFile && typo?.field == "overlays")
        #expect(typo?.message.contains("missing key 'overlays' at the top level; is 'overlay' a misspelling of it?") == true)
        var invalid = ProfileRuleSet.builtIn
        invalid.priority.removeLast()
        let invalidData = try JSONEncoder().encode(invalid)
        let unchecked = caught { () throws(ProfilesError) in _ = try ProfileRuleSet(json: invalidData) }
        #expect(unchecked?.code == .invalidRuleSet)
        let wrongKind = caught { () throws(ProfilesError) in _ = try ProfileRuleSet(json: Data(Self.family.utf8)) }
        #expect(wrongKind?.message == "this is a family input, not a profile rule set")
    }
}

/// The evidence describes the decision's own reading of a score: a CTS2 prevalence that is
/// neither 0 nor 1 is unknown in both (it had read "no" in the words while the indicator was
/// unknown).
@Test func evidenceNeverContradictsTheIndicatorStatus() throws {
    let family = FamilyInput(family: "F", members: [
        FamilyMember(id: "P1", role: .parent, scores: ["cts2.self_psychological_prevalence": 2, "cts2.partner_psychological_prevalence": 0]),
    ])
    let result = try ProfileClassifier().classify(family)
    let psychological = try #require(result.memberships.flatMap(\.indicators).first { $0.indicator == "psychologicalViolence" })
    #expect(psychological.status == .unknown)
    #expect(psychological.evidence == "P1's CTS2: psychological violence by P1 unknown, by the partner no")
}
