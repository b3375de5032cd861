import Foundation
import HearthCore
import Testing

@testable import HearthProfiles
import HearthSynthetic

/// The decision path of the classifier (facts, no text) against `classify`.
@Suite("Profile decisions")
struct ProfileDecisionTests {
    static func randomFamily(_ seed: UInt64) -> FamilyInput {
        var random = SplitMix64(seed: seed)
        func answer() -> Answer { Answer.allCases.randomElement(using: &random) ?? .unknown }
        // Out-of-range values and NaN too: strict readings make them unknown, flag readings
        // make 2 no and NaN (no score) unknown.
        func score() -> Double? { [nil, 0, 1, 0, 1, 2, .nan].randomElement(using: &random) ?? nil }
        var circumstances = Circumstances()
        for path in [\Circumstances.separated, \.contactArrangementDisputed, \.legalProceedingsOverChildren, \.coerciveControl, \.sexualViolence, \.stalking,
                     \.debtsOrPoverty, \.unemployment, \.housingProblems, \.parentPsychiatricProblems, \.parentLongTermCareNeed, \.substanceUse,
                     \.childNeglect, \.childBehaviourProblems, \.repeatedReports] {
            circumstances[keyPath: path] = answer()
        }
        var members: [FamilyMember] = []
        for index in 0..<(1 + Int(random.next() % 2)) {
            var scores: [String: Double] = [:]
            for scale in ParentScores.cts2Scales { scores["cts2.\(scale)"] = score() }
            scores["auditc.self_risk"] = score()
            scores["auditc.partner_risk"] = score()
            members.append(FamilyMember(id: "P\(index)", role: .parent, scores: scores))
        }
        for index in 0..<Int(random.next() % 3) {
            let stress: Double? = random.next() % 3 == 0 ? nil : (random.next() % 8 == 0 ? .nan : Double(random.next() % 90))
            members.append(FamilyMember(id: "C\(index)", role: .child, age: 8, scores: stress.map { ["nosik.total": $0] } ?? [:]))
        }
        return FamilyInput(family: "F", circumstances: circumstances, members: members)
    }

    static func check(_ classifier: ProfileClassifier, _ family: FamilyInput, _ note: Comment) throws {
        let result = try classifier.classify(family)
        let decision = try classifier.decide(try FamilyFacts(family))
        #expect(decision.profileCount == result.memberships.count, note)
        for (position, membership) in result.memberships.enumerated() {
            #expect(decision.status(ofProfileAt: position) == membership.status, note)
            #expect(decision.answer(forProfileAt: position) == membership.status.answer, note)
            for evaluation in membership.indicators {
                guard let indicator = ProfileIndicator(rawValue: evaluation.indicator) else { continue }
                #expect(decision.indicators[indicator] == evaluation.status, note)
                #expect(decision.indicators.answer(indicator) == evaluation.status.answer, note)
            }
        }
        #expect(decision.dominantKind == result.dominant.kind, note)
        #expect(decision.dominantProfile.map { classifier.ruleSet.profiles[$0].id } == result.dominant.profile, note)
    }

    @Test func indicatorPositionsFollowAllCases() {
        for (position, indicator) in ProfileIndicator.allCases.enumerated() {
            #expect(IndicatorStatuses.position(indicator) == UInt32(position))
        }
        var statuses = IndicatorStatuses()
        for (index, indicator) in ProfileIndicator.allCases.enumerated() {
            let status: IndicatorEvaluation.Status = [.met, .notMet, .unknown][index % 3]
            statuses.set(indicator, status)
            #expect(statuses[indicator] == status)
            #expect(statuses.answer(indicator) == status.answer)
        }
        statuses.set(.stalking, .notMet)
        #expect(statuses[.stalking] == .notMet && statuses[.coerciveControl] == .met)
    }

    @Test func decisionsEqualClassificationsOnRandomFamilies() throws {
        let classifier = try ProfileClassifier()
        var dominants = Set<DominantProfile.Kind>()
        for seed in 0..<2_000 as Range<UInt64> {
            let family = Self.randomFamily(seed)
            try Self.check(classifier, family, "seed \(seed)")
            dominants.insert(try classifier.decide(try FamilyFacts(family)).dominantKind)
        }
        #expect(dominants == [.profile, .none, .insufficientInformation])
    }

    @Test func decisionsFollowEditedRuleSets() throws {
        // Edited after creation: repeated indicators and atLeast clauses.
        var classifier = try ProfileClassifier()
        classifier.ruleSet.profiles[0].requirements = [
            ProfileRequirement(.allOf, [.coerciveControl, .coerciveControl]), ProfileRequirement(.atLeast, count: 2, [.stalking, .separated, .sexualViolence]),
        ]
        // Each way a clause is tested: any of (a repeat), all of, counted with a repeat (it
        // counts twice), and a count of every indicator.
        classifier.ruleSet.profiles[2].requirements = [ProfileRequirement(.atLeast, count: 1, [.separated, .separated, .stalking])]
        classifier.ruleSet.profiles[3].requirements = [
            ProfileRequirement(.atLeast, count: 3, [.stalking, .stalking, .separated]), ProfileRequirement(.allOf, [.separated, .psychologicalViolence]),
        ]
        classifier.ruleSet.profiles[4].requirements = [ProfileRequirement(.atLeast, count: 2, [.stalking, .separated])]
        for seed in 0..<500 as Range<UInt64> { try Self.check(classifier, Self.randomFamily(seed), "seed \(seed)") }
        // Invalid edits (an indicator no rule knows, an impossible count) are refused by
        // classify and decide alike, as when the classifier is built.
        var unknownName = classifier
        unknownName.ruleSet.profiles[1].requirements[0].indicators.append("notAnIndicator")
        var impossible = classifier
        impossible.ruleSet.profiles[4].requirements = [ProfileRequirement(.atLeast, count: 4, [.stalking, .separated])]
        for edited in [unknownName, impossible] {
            let family = Self.randomFamily(1)
            #expect(caught { () throws(ProfilesError) in _ = try edited.classify(family) }?.code == .invalidRuleSet)
            #expect(caught { () throws(ProfilesError) in _ = try edited.decide(try FamilyFacts(family)) }?.code == .invalidRuleSet)
        }
    }

    @Test func factsReduceLikeTheRules() throws {
        var facts = FamilyFacts()
        #expect(facts.partnerViolence == .unknown && facts.severePhysicalViolence == .unknown, "no parent: unknown, not no")
        #expect(facts.highParentingStress(threshold: 58.51) == .unknown && facts.traumaProblem == .unknown)
        var quiet = ParentScores()
        (quiet.selfPsychological, quiet.partnerPsychological, quiet.selfPhysical, quiet.partnerPhysical) = (0, 0, 0, 0)
        facts.addParent(quiet)
        #expect(facts.partnerViolence == .no && facts.physicalViolence == .no)
        var unknown = quiet
        unknown.partnerPhysical = nil
        facts.addParent(unknown)
        #expect(facts.partnerViolence == .unknown, "one parent with an unknown keeps it unknown")
        var violent = ParentScores()
        violent.partnerPhysical = 1
        facts.addParent(violent)
        #expect(facts.partnerViolence == .yes && facts.physicalViolence == .yes, "any yes is yes")
        #expect(facts.parentCount == 3 && facts.childCount == 0)
        facts.addChild(ChildScores(parentingStress: 50, traumaClinicalScales: 0))
        #expect(facts.highParentingStress(threshold: 58.51) == .no)
        facts.addChild(ChildScores(parentingStress: .nan))
        #expect(facts.highParentingStress(threshold: 58.51) == .unknown, "NaN is no score: unknown, as in classify")
        facts.addChild(ChildScores(parentingStress: 58.52))
        #expect(facts.highParentingStress(threshold: 58.51) == .yes)
        #expect(facts.traumaProblem == .unknown, "trauma no only when every member has the score")
        // AUDIT-C risk is read as a flag (any value but 1 is no), the circumstance joins it.
        var drinking = FamilyFacts()
        var parent = ParentScores()
        (parent.ownDrinkingRisk, parent.partnerDrinkingRisk) = (2, 0)
        drinking.addParent(parent)
        drinking.circumstances.substanceUse = .no
        #expect(drinking.problemDrinking == .no)
        drinking.circumstances.substanceUse = .unknown
        #expect(drinking.problemDrinking == .unknown)
        // A NaN risk is no score: unknown, never "no" (and it reads back as none).
        var nanRisk = FamilyFacts(circumstances: Circumstances())
        nanRisk.circumstances.substanceUse = .no
        parent.ownDrinkingRisk = .nan
        #expect(parent.ownDrinkingRisk == nil && parent == { var none = parent; none.ownDrinkingRisk = nil; return none }())
        nanRisk.addParent(parent)
        #expect(nanRisk.problemDrinking == .unknown && nanRisk.partnerProblemDrinking == .no)
        // Without parents the circumstance alone decides.
        var noParents = FamilyFacts()
        noParents.circumstances.substanceUse = .no
        #expect(noParents.problemDrinking == .no && noParents.partnerProblemDrinking == .unknown)
    }

    @Test func severeViolenceByOnePartnerOnly() {
        // Per parent: unknown if either side's severe violence is unknown, yes when the sides
        // differ; over parents, any yes is yes.
        func parent(_ selfSevere: (Double?, Double?), _ partnerSevere: (Double?, Double?)) -> ParentScores {
            var scores = ParentScores()
            (scores.selfPsychologicalSevere, scores.selfPhysicalSevere) = selfSevere
            (scores.partnerPsychologicalSevere, scores.partnerPhysicalSevere) = partnerSevere
            return scores
        }
        func unilateral(_ parents: ParentScores...) -> Answer {
            var facts = FamilyFacts()
            for scores in parents { facts.addParent(scores) }
            return facts.unilateralSevereViolence
        }
        #expect(unilateral(parent((0, 1), (0, 0))) == .yes)
        #expect(unilateral(parent((0, 0), (1, 0))) == .yes)
        #expect(unilateral(parent((1, 0), (0, 1))) == .no, "both sides severe")
        #expect(unilateral(parent((0, 0), (0, 0))) == .no)
        #expect(unilateral(parent((1, nil), (0, 0))) == .yes, "one form severe is severe, whatever the other")
        #expect(unilateral(parent((0, nil), (0, 0))) == .unknown)
        #expect(unilateral(parent((0, 0), (.nan, 0))) == .unknown)
        #expect(unilateral(parent((0, 0), (2, 0))) == .unknown, "out of range is unknown")
        #expect(unilateral(parent((0, nil), (0, 0)), parent((1, 1), (0, 0))) == .yes)
        #expect(unilateral(parent((0, 0), (0, 0)), parent((1, 1), (1, 0))) == .no)
        #expect(unilateral(parent((0, 0), (0, 0)), parent((nil, 0), (0, 0))) == .unknown)
        #expect(unilateral() == .unknown, "no parent")
    }

    @Test func parentScoresFieldsCodingAndEquality() throws {
        var scores = ParentScores()
        #expect(ParentScores.Field.allCases.allSatisfy { scores[$0] == nil })
        for field in ParentScores.Field.allCases { scores[field] = Double(field.rawValue) / 2 }
        // The named properties are the fields.
        #expect(scores.selfPsychological == 0 && scores.partnerPhysicalEver == 4.5 && scores.traumaClinicalScales == 6.5)
        #expect(scores.ownDrinkingRisk == 5 && scores.partnerDrinkingRisk == 5.5 && scores.childhoodFamilyViolence == 6)
        // Coded by field name; absent fields are left out and decode as absent.
        scores.partnerPhysical = nil
        let data = try JSONEncoder().encode(scores)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Double]
        #expect(object?["selfPhysical"] == 1 && object?["partnerPhysical"] == nil && object?.count == 13)
        #expect(try JSONDecoder().decode(ParentScores.self, from: data) == scores)
        #expect(try JSONDecoder().decode(ParentScores.self, from: Data(#"{"selfPhysical": 1, "partnerPhysical": null}"#.utf8)).selfPhysical == 1)
        // Equal and same hash whether a field was never set or set to nil or NaN.
        var a = ParentScores(), b = ParentScores()
        a.selfPhysical = .nan
        b.selfPhysical = nil
        #expect(a == b && a.hashValue == b.hashValue)
        b.selfPhysical = 0
        #expect(a != b)
        // From a member: CTS2, AUDIT-C and ACE values, and the trauma score, with NaN as none.
        let member = FamilyMember(
            id: "P", role: .parent, scores: ["cts2.partner_physical_prevalence": 1, "auditc.self_risk": .nan, "ace.family_violence": 0, "trauma.clinicalScales": 2])
        let read = ParentScores(member)
        #expect(read.partnerPhysical == 1 && read.ownDrinkingRisk == nil && read.childhoodFamilyViolence == 0 && read.traumaClinicalScales == 2)
        #expect(read.selfPhysical == nil)
    }

    @Test func crowdedRuleSetsAreRefused() throws {
        var classifier = try ProfileClassifier()
        let template = classifier.ruleSet.profiles[0]
        classifier.ruleSet.profiles = (0..<65).map { index in
            var profile = template
            profile.id = "p\(index)"
            return profile
        }
        #expect(caught { () throws(ProfilesError) in _ = try classifier.decide(FamilyFacts()) }?.code == .invalidRuleSet)
    }
}

/// The CTS2 evidence of an indicator is the reading its status is made of: on random
/// families, the Kleene OR of every parent's "self" and "partner" answers in the evidence is
/// the indicator's status (a parent with severe psychological violence only once read "severe
/// violence self yes" beside severe physical violence "not met").
@Suite("Profile evidence")
struct ProfileEvidenceTests {
    @Test func cts2EvidenceIsTheStatusReading() throws {
        let classifier = try ProfileClassifier()
        for seed in 0..<400 {
            let family = ProfileDecisionTests.randomFamily(UInt64(seed))
            let indicators = try classifier.classify(family).memberships.flatMap(\.indicators)
            for name in ["severePhysicalViolence", "partnerViolence", "psychologicalViolence"] {
                let evaluation = try #require(indicators.first { $0.indicator == name })
                let answers = evaluation.evidenceMessages.flatMap { message in
                    ["self", "partner"].compactMap { parameter -> Answer? in
                        guard case .term(let word)? = message[parameter: parameter] else { return nil }
                        return Answer(rawValue: word)
                    }
                }
                // A parent without a usable CTS2 is an unknown reading.
                let withoutCTS2 = evaluation.evidenceMessages.contains { $0.id == .noUsableCTS2 || $0.id == .noParent }
                let read = answers.reduce(Answer.no) { $0 || $1 } || (withoutCTS2 ? .unknown : .no)
                #expect(read == evaluation.status.answer, "seed \(seed), \(name): \(evaluation.evidence)")
            }
        }
    }

    @Test func severePsychologicalViolenceIsNotSeverePhysical() throws {
        var scores = Dictionary(uniqueKeysWithValues: ParentScores.cts2Scales.map { ("cts2.\($0)", 0.0) })
        scores["cts2.self_psychological_prevalence"] = 1
        scores["cts2.self_psychological_severe_prevalence"] = 1
        let family = FamilyInput(family: "F", members: [FamilyMember(id: "P1", role: .parent, scores: scores)])
        let indicators = try ProfileClassifier().classify(family).memberships.flatMap(\.indicators)
        let physical = try #require(indicators.first { $0.indicator == "severePhysicalViolence" })
        #expect(physical.status == .notMet)
        #expect(physical.evidence == "P1's CTS2: severe physical violence by P1 no, by the partner no")
        let unilateral = try #require(indicators.first { $0.indicator == "unilateralSevereViolence" })
        #expect(unilateral.status == .met)
        #expect(unilateral.evidence == "P1's CTS2: severe psychological or physical violence by P1 yes, by the partner no")
        var dutch = try ProfileClassifier()
        dutch.language = .dutch
        let dutchPhysical = try #require(try dutch.classify(family).memberships.flatMap(\.indicators).first { $0.indicator == "severePhysicalViolence" })
        #expect(dutchPhysical.evidence == "CTS2 van P1: eigen ernstig fysiek geweld: nee; ernstig fysiek geweld door de partner: nee")
    }
}
