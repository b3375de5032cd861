import Foundation
import HearthCore
import HearthNorms
import HearthScoring
import Testing

@testable import HearthProfiles

@Suite("Violence typology, trajectories, children's change and overrides")
struct TypologyAndTrajectoryTests {
    /// A woman's CTS2 (study codes): psychological minor by both, psychological severe by the
    /// partner only, physical minor by herself only, physical severe by nobody.
    static let selfCodes: [UInt8] = [1, 1, 1, 1, 1, 1, /* psych minor */ 4, 1, 1, 1, /* psych severe */ 1, 1, 1, 1,
        /* phys minor */ 3, 1, 1, 1, 1, /* phys severe */ 1, 1, 1, 1, 1, 1, 2]
    static let partnerCodes: [UInt8] = [1, 1, 1, 1, 1, 1, /* psych minor */ 8, 8, 1, 1, /* psych severe */ 5, 1, 1, 1,
        /* phys minor */ 1, 1, 1, 1, 1, /* phys severe */ 1, 1, 1, 1, 1, 1, 1]

    func parent(sex: Sex, codes: [UInt8?], scores: [String: Double] = [:]) throws -> FamilyMember {
        let respondent = Respondent(id: try RespondentID("P1"), sex: sex)
        let report = try ScoringPlan(BuiltInInstrument.cts2.definition()).score(codes.map { $0.map(ItemAnswer.code) ?? .missing(.skipped) }, for: respondent)
        return FamilyMember(id: "P1", role: .parent, sex: sex, reports: [report], scores: scores)
    }

    @Test func table4_6LayoutFromHandMadeAnswers() throws {
        let typology = try #require(ViolenceTypology(parent: try parent(sex: .female, codes: Self.selfCodes + Self.partnerCodes), johnsonRule: nil))
        #expect(typology.forms.map(\.mutuality) == [.both, .manOnly, .womanOnly, .neither])
        #expect(typology.forms.map { "\($0.type) \($0.severity)" } == ["psychological minor", "psychological severe", "physical minor", "physical severe"])
        #expect(typology.severity["self_psychological"] == .minor)
        #expect(typology.severity["partner_psychological"] == .severe)
        #expect(typology.severity["self_physical"] == .minor)
        #expect(typology.severity["partner_physical"] == ViolenceTypology.Severity.none)  // code 2 was before the past year
        // Own: 2 (twice) + 1 (once) = 3; partner: 25 + 25 + 4 = 54 → ratio 18.
        #expect(typology.partnerToOwnRatio == 18)
        #expect(typology.johnson == .notDeterminable)
        // The same answers from a man: the one-sided forms swap.
        let man = try #require(ViolenceTypology(parent: try parent(sex: .male, codes: Self.selfCodes + Self.partnerCodes), johnsonRule: nil))
        #expect(man.forms.map(\.mutuality) == [.both, .womanOnly, .manOnly, .neither])
        // Sex unknown: one-sided forms cannot be named; a missing answer makes a form unknown.
        var codes: [UInt8?] = Self.selfCodes + Self.partnerCodes
        codes[19] = nil  // self physical severe item 20
        let unknown = try #require(ViolenceTypology(parent: try parent(sex: .unknown, codes: codes), johnsonRule: nil))
        #expect(unknown.forms.map(\.mutuality) == [.both, .notDeterminable, .notDeterminable, .notDeterminable])
    }

    @Test func johnsonNeedsControlForBothPartners() throws {
        let rule = JohnsonRule(id: "control-test", version: "1", source: "test cut-off", controlCutoff: 10)
        func type(_ selfControl: Double?, _ partnerControl: Double?, codes: [UInt8] = Self.selfCodes + Self.partnerCodes) throws -> JohnsonType {
            var scores: [String: Double] = [:]
            scores[JohnsonRule.selfControlKey] = selfControl
            scores[JohnsonRule.partnerControlKey] = partnerControl
            return try #require(ViolenceTypology(parent: try parent(sex: .female, codes: codes, scores: scores), johnsonRule: rule)).johnson
        }
        #expect(try type(nil, 12) == .notDeterminable)
        #expect(try type(2, 12) == .intimateTerrorism)
        #expect(try type(12, 12) == .mutualViolentControl)
        #expect(try type(2, 3) == .situationalCoupleViolence)
        #expect(try type(2, 12, codes: [UInt8](repeating: 1, count: 52)) == .noPartnerViolence)
    }

    @Test func trajectoriesAcrossThreeWaves() throws {
        func course(_ values: [Double?], rule: TrajectoryRule = TrajectoryRule()) throws(ProfilesError) -> ViolenceTrajectory {
            try ViolenceTrajectory(values.enumerated().map { WaveObservation(wave: $0.offset + 1, totalViolenceFrequency: $0.element) }, rule: rule)
        }
        // The report's Table 4.9 means: 122 → 79 → 72 is a decrease.
        #expect(try course([122, 79, 72]).course == .decreased)
        let stopped = try course([122, 0, 0])
        #expect(stopped.course == .stopped && stopped.stoppedForGood)
        let once = try course([122, 40, 0])
        #expect(once.course == .stopped && !once.stoppedForGood)
        let relapse = try course([10, 0, 12])
        #expect(relapse.course == .relapsed && relapse.relapses == [3])  // violence came back: never "unchanged" or "decreased"
        #expect(try course([10, 20, 30]).course == .escalated)
        #expect(try course([0, 0, 5]).course == .escalated)
        #expect(try course([100, nil, 90]).course == .unchanged)  // a wave without CTS2 is skipped
        #expect(try course([100, 20], rule: TrajectoryRule(excessThreshold: 30)).course == .noLongerExcessive)
        #expect(try course([100, 20]).course == .decreased)
        #expect(try course([100]).course == .notDeterminable)
        #expect(try course([100, 80, 60], rule: TrajectoryRule(relativeChange: 0.5)).course == .unchanged)
        #expect(caught { () throws(ProfilesError) in _ = try course([10, -1]) }?.code == .invalidWaves)
        #expect(caught { () throws(ProfilesError) in
            _ = try ViolenceTrajectory([WaveObservation(wave: 1, totalViolenceFrequency: 1), WaveObservation(wave: 1, totalViolenceFrequency: 2)])
        }?.code == .invalidWaves)
    }

    /// SIMS-PR overt emotional reactivity: research wave 1 21.99 (9.44), reference 12.35
    /// (2.55), α .89 (Table 6.1, L3313–3318).
    @Test func childrensChangeAgainstTheReportsNorms() throws {
        let norms = try NormSet.builtIn()
        let c = (2.55 * 21.99 + 9.44 * 12.35) / (2.55 + 9.44)
        let recovered = try ChildChange.assess(instrument: "simspr", scale: "oer", before: 30, after: 12, age: 6, normSet: norms)
        #expect(recovered.classification == .recovered)
        #expect(abs(recovered.standardErrorOfDifference - 2.0.squareRoot() * 9.44 * 0.11.squareRoot()) < 1e-12)
        #expect(try ChildChange.assess(instrument: "simspr", scale: "oer", before: 30, after: 25, age: 6, normSet: norms).classification == .unchanged)
        #expect(try ChildChange.assess(instrument: "simspr", scale: "oer", before: 30, after: c + 0.5, age: 6, normSet: norms).classification == .improved)
        // Constructive family representations: higher is better.
        #expect(try ChildChange.assess(instrument: "sis", scale: "cfr", before: 6, after: 14, age: 13, higherIsWorse: false, normSet: norms).classification == .recovered)
        #expect(caught { () throws(NormsError) in _ = try ChildChange.assess(instrument: "simspr", scale: "oer", before: 30, after: 12, age: 12, normSet: norms) }?.code == .statisticUnavailable)
        // Trauma scales are on the T metric (Table 6.2: research 55.3 (14.1), reference 45.9 (6.4), α .78):
        // 70 → 50 is reliable (RCI −2.14) but stays above c = 48.8.
        let trauma = try ChildChange.assess(instrument: "tscyc", scale: "anx", before: 70, after: 50, age: 6, normSet: norms)
        #expect(abs(trauma.index - (-20 / (2.0.squareRoot() * 14.1 * 0.22.squareRoot()))) < 1e-12)
        #expect(trauma.classification == .improved)
        #expect(caught { () throws(NormsError) in _ = try ChildChange.assess(instrument: "tsi", scale: "aa", before: 70, after: 50, age: 30, normSet: norms) }?.code == .statisticUnavailable)
    }

    @Test func overridesAreAppendOnly() throws {
        let computed = try ProfileClassifier().classify(family { $0.coerciveControl = .yes })
        let assessment = ProfileAssessment(computed: computed)
        #expect(assessment.effectiveDominant == "intimateTerror")
        let day = Date(timeIntervalSince1970: 1_800_000_000)
        let judged = try assessment.overriding(dominantProfile: "familyInStress", by: "prof-17", at: day, reason: "Coercion reported by the police was withdrawn")
        #expect(judged.effectiveDominant == "familyInStress")
        #expect(judged.computed == computed)  // never replaced
        #expect(judged.overrides.count == 1 && assessment.overrides.isEmpty)
        let again = try judged.overriding(dominantProfile: nil, by: "prof-2", at: day.addingTimeInterval(60), reason: "No profile fits after the home visit")
        #expect(again.overrides.map(\.professional) == ["prof-17", "prof-2"])
        #expect(again.effectiveDominant == nil)
        let errors: [ProfilesError?] = [
            caught { () throws(ProfilesError) in _ = try assessment.overriding(dominantProfile: "familyInStress", by: "prof", at: day, reason: "  ") },
            caught { () throws(ProfilesError) in _ = try assessment.overriding(dominantProfile: "familyInStress", by: "", at: day, reason: "r") },
            caught { () throws(ProfilesError) in _ = try assessment.overriding(dominantProfile: "nonsense", by: "prof", at: day, reason: "r") },
            caught { () throws(ProfilesError) in _ = try judged.overriding(dominantProfile: nil, by: "prof", at: day.addingTimeInterval(-1), reason: "r") },
        ]
        #expect(errors.allSatisfy { $0?.code == .invalidOverride })
        let data = try JSONEncoder().encode(again)
        #expect(try JSONDecoder().decode(ProfileAssessment.self, from: data) == again)
    }
}

/// Regressions from the `family` fuzz harness (`Fuzz/corpus/family/finding-huge-wave-frequency.json`):
/// huge but finite numbers trapped a conversion to Int instead of being rejected.
@Suite("Impossible numbers are errors, not traps")
struct ImpossibleNumberTests {
    @Test func frequenciesBeyondTheCTS2RangeAreInvalidWaves() throws {
        for impossible in [1e91, 1000.5, -1] {
            let waves = [WaveObservation(wave: 1, totalViolenceFrequency: 122), WaveObservation(wave: 2, totalViolenceFrequency: impossible)]
            #expect(throws: ProfilesError.self) { try ViolenceTrajectory(waves) }
        }
        let largest = try ViolenceTrajectory([WaveObservation(wave: 1, totalViolenceFrequency: 1e-300), WaveObservation(wave: 2, totalViolenceFrequency: 1000)])
        #expect(largest.course == .escalated)
        #expect(largest.reasons.contains { $0.hasPrefix("from the first to the last wave: 1e+305%") })
        #expect(Message(ProfileMessage.relativeChange, ["change": .percent(-0.5), "threshold": .percent(0.25)]).text() == "from the first to the last wave: -50% (a change counts from ±25%)")
    }

    @Test func hugeScoresInEvidenceDoNotTrap() throws {
        var scores = cts2Scores(partnerSevere: 1)
        scores["auditc.self_risk"] = 1e300
        // Validation refuses the implausible value (above what AUDIT-C can give) …
        #expect(throws: ProfilesError.self) { try family({ _ in }, parent: scores).validate() }
        // … and the evidence text of a large value that passes is printed without trapping.
        scores["auditc.self_risk"] = 24
        let result = try ProfileClassifier(parentingStressThreshold: 58.5).classify(family({ _ in }, parent: scores))
        let alcohol = result.memberships.flatMap(\.indicators).first { $0.indicator == "alcoholOrSubstanceProblem" }
        #expect(alcohol?.evidence.contains("24") == true)
    }
}
