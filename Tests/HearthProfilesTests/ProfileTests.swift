import Foundation
import HearthCore
import HearthNorms
import HearthScoring
import Testing

@testable import HearthProfiles

/// CTS2 prevalence scores for a parent: which forms self and partner used (1) or not (0).
func cts2Scores(selfSevere: Double? = 0, partnerSevere: Double? = 0, selfMinor: Double = 0, partnerMinor: Double = 0) -> [String: Double] {
    var scores: [String: Double] = [:]
    for type in ["psychological", "physical"] {
        scores["cts2.self_\(type)_severe_prevalence"] = selfSevere
        scores["cts2.partner_\(type)_severe_prevalence"] = partnerSevere
        scores["cts2.self_\(type)_minor_prevalence"] = selfMinor
        scores["cts2.partner_\(type)_minor_prevalence"] = partnerMinor
        scores["cts2.self_\(type)_prevalence"] = max(selfMinor, selfSevere ?? 0)
        scores["cts2.partner_\(type)_prevalence"] = max(partnerMinor, partnerSevere ?? 0)
    }
    return scores.compactMapValues { $0 }
}

func family(_ configure: (inout Circumstances) -> Void, parent: [String: Double] = cts2Scores(partnerSevere: 1), children: [FamilyMember] = []) -> FamilyInput {
    var circumstances = Circumstances()
    configure(&circumstances)
    return FamilyInput(family: "F", circumstances: circumstances, members: [FamilyMember(id: "P1", role: .parent, sex: .female, age: 35, scores: parent)] + children)
}

func membership(_ result: ProfileResult, _ profile: String) -> ProfileMembership.Status? {
    result.memberships.first { $0.profile == profile }?.status
}

@Suite("The five profiles")
struct ProfileRuleTests {
    let classifier: ProfileClassifier
    init() throws { classifier = try ProfileClassifier() }

    @Test func intimateTerror() throws {
        let met = try classifier.classify(family { $0.coerciveControl = .yes })
        #expect(membership(met, "intimateTerror") == .member)
        let evidence = try #require(met.memberships.first?.indicators.first { $0.indicator == "unilateralSevereViolence" })
        #expect(evidence.status == .met && evidence.evidence.contains("P1's CTS2: severe psychological or physical violence by P1 no, by the partner yes"))
        // Coercive control is the centre (Stark 2007; Steketee & Lünnemann 2020): a victim who
        // fights back (severe violence on both sides) never takes the family out of it.
        let resisting = try classifier.classify(family({ $0.coerciveControl = .yes; $0.sexualViolence = .no }, parent: cts2Scores(selfSevere: 1, partnerSevere: 1)))
        #expect(membership(resisting, "intimateTerror") == .member)
        #expect(resisting.memberships[0].indicators.map(\.indicator) == ["coerciveControl", "severePhysicalViolence", "unilateralSevereViolence", "sexualViolence", "victimFear", "stalking"])
        // Sexual violence alone can complete it.
        #expect(membership(try classifier.classify(family({ $0.coerciveControl = .yes; $0.sexualViolence = .yes }, parent: cts2Scores())), "intimateTerror") == .member)
        #expect(membership(try classifier.classify(family { $0.coerciveControl = .no }), "intimateTerror") == .notMember)
        // Control unknown decides: undetermined, and it names what to find out.
        let unknown = try classifier.classify(family { _ in })
        #expect(membership(unknown, "intimateTerror") == .undetermined)
        #expect(unknown.memberships[0].missingInformation == ["coerciveControl"])
    }

    @Test func familyInStress() throws {
        let stressed = family({ $0.debtsOrPoverty = .yes; $0.unemployment = .yes }, parent: cts2Scores(selfMinor: 1, partnerMinor: 1))
        #expect(membership(try classifier.classify(stressed), "familyInStress") == .member)
        let one = family({ $0.debtsOrPoverty = .yes; $0.unemployment = .no; $0.housingProblems = .no; $0.substanceUse = .no }, parent: cts2Scores(partnerMinor: 1))
        #expect(membership(try classifier.classify(one), "familyInStress") == .undetermined)  // AUDIT-C unknown could make two
        var withAudit = cts2Scores(partnerMinor: 1)
        withAudit["auditc.self_risk"] = 0
        withAudit["auditc.partner_risk"] = 1
        let drinking = family({ $0.debtsOrPoverty = .yes; $0.unemployment = .no; $0.housingProblems = .no; $0.substanceUse = .no }, parent: withAudit)
        #expect(membership(try classifier.classify(drinking), "familyInStress") == .member)
        withAudit["auditc.partner_risk"] = 0
        let sober = family({ $0.debtsOrPoverty = .yes; $0.unemployment = .no; $0.housingProblems = .no; $0.substanceUse = .no }, parent: withAudit)
        #expect(membership(try classifier.classify(sober), "familyInStress") == .notMember)
        let peaceful = family({ $0.debtsOrPoverty = .yes; $0.unemployment = .yes }, parent: cts2Scores())
        #expect(membership(try classifier.classify(peaceful), "familyInStress") == .notMember)  // no partner violence
    }

    @Test func longTermCare() throws {
        // The profile needs a long-term care need (Steketee & Lünnemann 2020); psychiatric
        // problems support it but do not make it.
        #expect(membership(try classifier.classify(family { $0.parentPsychiatricProblems = .yes }), "longTermCare") == .undetermined)
        #expect(membership(try classifier.classify(family { $0.parentLongTermCareNeed = .yes; $0.parentPsychiatricProblems = .no }), "longTermCare") == .member)
        #expect(membership(try classifier.classify(family { $0.parentLongTermCareNeed = .no; $0.parentPsychiatricProblems = .yes }), "longTermCare") == .notMember)
    }

    @Test func childBehaviourAndParentingStress() throws {
        // NOSI-K above the reference mean + 1 SD (58.51) for at least one child.
        let high = [FamilyMember(id: "C1", role: .child, age: 8, scores: ["nosik.total": 72]), FamilyMember(id: "C2", role: .child, age: 5, scores: ["nosik.total": 40])]
        #expect(membership(try classifier.classify(family({ $0.childBehaviourProblems = .yes }, children: high)), "childBehaviourAndParentingStress") == .member)
        let atThreshold = [FamilyMember(id: "C1", role: .child, age: 8, scores: ["nosik.total": 58.51])]
        #expect(membership(try classifier.classify(family({ $0.childBehaviourProblems = .yes; $0.parentingStressObserved = .no }, children: atThreshold)), "childBehaviourAndParentingStress") == .notMember)
        // Not observed or scored: unknown; a professional's observation counts without a NOSI-K.
        #expect(membership(try classifier.classify(family({ $0.childBehaviourProblems = .yes }, children: atThreshold)), "childBehaviourAndParentingStress") == .undetermined)
        let observed = try classifier.classify(family({ $0.childBehaviourProblems = .yes; $0.parentingStressObserved = .yes }, children: [FamilyMember(id: "C1", role: .child, age: 8)]))
        #expect(membership(observed, "childBehaviourAndParentingStress") == .member)
        #expect(observed.memberships[3].indicators.first { $0.indicator == "highParentingStress" }?.evidence.contains("high parenting stress observed by a professional = yes") == true)
        let unscored = [FamilyMember(id: "C1", role: .child, age: 8)]
        #expect(membership(try classifier.classify(family({ $0.childBehaviourProblems = .yes }, children: unscored)), "childBehaviourAndParentingStress") == .undetermined)
        #expect(membership(try classifier.classify(family({ $0.childBehaviourProblems = .no }, children: unscored)), "childBehaviourAndParentingStress") == .notMember)
        #expect(abs((ProfileClassifier.referenceParentingStressThreshold ?? 0) - 58.51) < 1e-9)
    }

    @Test func complexConflictDivorceNeverSuppressesAnother() throws {
        let divorce = try classifier.classify(family { $0.separated = .yes; $0.contactArrangementDisputed = .yes; $0.coerciveControl = .no; $0.parentPsychiatricProblems = .no; $0.parentLongTermCareNeed = .no; $0.childBehaviourProblems = .no; $0.debtsOrPoverty = .no; $0.unemployment = .no; $0.housingProblems = .no; $0.substanceUse = .no })
        #expect(divorce.profiles == ["complexConflictDivorce"])
        #expect(divorce.dominant.profile == "complexConflictDivorce")
        // With intimate terror as well, both are members and intimate terror dominates.
        let both = try classifier.classify(family { $0.separated = .yes; $0.legalProceedingsOverChildren = .yes; $0.coerciveControl = .yes })
        #expect(both.profiles.contains("complexConflictDivorce") && both.profiles.contains("intimateTerror"))
        #expect(both.dominant.profile == "intimateTerror")
        #expect(membership(try classifier.classify(family { $0.separated = .no }), "complexConflictDivorce") == .notMember)
        #expect(membership(try classifier.classify(family { $0.separated = .yes }), "complexConflictDivorce") == .undetermined)
    }

    @Test func unknownsDecideTheDominantProfile() throws {
        // Family in stress applies, but intimate terror (which would outrank it) is undetermined.
        let result = try classifier.classify(family({ $0.debtsOrPoverty = .yes; $0.unemployment = .yes }, parent: cts2Scores(partnerSevere: 1)))
        #expect(result.dominant.kind == .insufficientInformation)
        #expect(result.dominant.undetermined == ["intimateTerror", "longTermCare"])
        // Everything established to be absent: no profile.
        var none = Circumstances()
        for path in [\Circumstances.coerciveControl, \.sexualViolence, \.parentPsychiatricProblems, \.parentLongTermCareNeed, \.childBehaviourProblems, \.separated, \.debtsOrPoverty, \.unemployment, \.housingProblems, \.substanceUse] {
            none[keyPath: path] = .no
        }
        let quiet = try classifier.classify(FamilyInput(family: "Q", circumstances: none, members: [FamilyMember(id: "P1", role: .parent, sex: .female, scores: cts2Scores(selfMinor: 1, partnerMinor: 1))]))
        #expect(quiet.dominant.kind == .none)
        #expect(quiet.profiles.isEmpty)
        #expect(quiet.ruleSet == "hearth-profiles@3")
        #expect(quiet.disclaimer.contains("not a validated algorithm"))
    }

    @Test func badInputIsATypedError() throws {
        let childWithoutAge = FamilyInput(family: "F", members: [FamilyMember(id: "C1", role: .child)])
        #expect(caught { () throws(ProfilesError) in _ = try classifier.classify(childWithoutAge) }?.code == .invalidFamily)
        let duplicate = FamilyInput(family: "F", members: [FamilyMember(id: "P1", role: .parent), FamilyMember(id: "P1", role: .parent)])
        #expect(caught { () throws(ProfilesError) in _ = try classifier.classify(duplicate) }?.code == .invalidFamily)
        let waves = FamilyInput(family: "F", members: [FamilyMember(id: "P1", role: .parent)], waves: [WaveObservation(wave: 2, totalViolenceFrequency: 5), WaveObservation(wave: 1, totalViolenceFrequency: 9)])
        #expect(caught { () throws(ProfilesError) in _ = try classifier.classify(waves) }?.code == .invalidWaves)
        #expect(caught { () throws(ProfilesError) in _ = try classifier.classify(FamilyInput(family: "F", members: [])) }?.code == .invalidFamily)
        let decoded = caught { () throws(any Error) in _ = try JSONDecoder().decode(Circumstances.self, from: Data(#"{"ethnicity": "yes"}"#.utf8)) }
        #expect(decoded is DecodingError)  // protected attributes are not inputs
    }

    @Test func ruleSetsAreDataAndValidated() throws {
        let data = try JSONEncoder().encode(ProfileRuleSet.builtIn)
        let decoded = try JSONDecoder().decode(ProfileRuleSet.self, from: data)
        #expect(decoded == .builtIn)
        var unknownIndicator = ProfileRuleSet.builtIn
        unknownIndicator.profiles[0].requirements[0].indicators = ["ethnicity"]
        var badPriority = ProfileRuleSet.builtIn
        badPriority.priority.removeLast()
        var badCount = ProfileRuleSet.builtIn
        badCount.profiles[1].requirements[1].count = 5
        for set in [unknownIndicator, badPriority, badCount] {
            #expect(caught { () throws(ProfilesError) in _ = try ProfileClassifier(ruleSet: set) }?.code == .invalidRuleSet)
        }
    }
}

func caught<Failure: Error>(_ body: () throws(Failure) -> Void) -> Failure? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}
