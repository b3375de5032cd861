import Foundation
import HearthCore
import HearthProfiles
import HearthSynthetic
import Testing

@testable import HearthSafety

/// The decision path (facts, no text) against the full assessment, family by family.
@Suite("Safety decisions equal full assessments")
struct SafetyDecisionTests {
    /// A random family: 0–2 parents and 0–3 children (at least one member), scores 0, 1,
    /// out-of-range, NaN or absent, random circumstances, factors, indicators and incidents
    /// (child abuse against children or parents).
    static func randomInput(_ seed: UInt64) -> SafetyInput {
        var random = SplitMix64(seed: seed ^ 0x5EED)
        func answer() -> Answer { Answer.allCases.randomElement(using: &random) ?? .unknown }
        func score() -> Double? {
            switch random.next() % 10 {
            case 0, 1, 2: nil
            case 3, 4, 5: 0
            case 6, 7, 8: 1
            default: random.next() % 2 == 0 ? 2 : .nan
            }
        }
        var members: [FamilyMember] = []
        let parents = Int(random.next() % 3), children = Int(random.next() % 4)
        for index in 0..<parents {
            var scores: [String: Double] = [:]
            for scale in ParentScores.cts2Scales { scores["cts2.\(scale)"] = score() }
            scores["auditc.self_risk"] = score()
            scores["auditc.partner_risk"] = score()
            scores["ace.family_violence"] = score()
            scores["trauma.clinicalScales"] = score()
            members.append(FamilyMember(id: "P\(index)", role: .parent, sex: index == 0 ? .female : .male, scores: scores))
        }
        for index in 0..<(parents + children == 0 ? 1 : children) {
            var scores: [String: Double] = [:]
            if random.next() % 4 != 0 { scores["nosik.total"] = Double(random.next() % 100) }
            scores["trauma.clinicalScales"] = score().map { $0 * 3 }
            members.append(FamilyMember(id: "C\(index)", role: .child, sex: .male, age: 3 + Int(random.next() % 14), scores: scores))
        }
        var circumstances = Circumstances()
        for path in [\Circumstances.separated, \.contactArrangementDisputed, \.legalProceedingsOverChildren, \.coerciveControl, \.sexualViolence, \.stalking,
                     \.debtsOrPoverty, \.unemployment, \.housingProblems, \.parentPsychiatricProblems, \.parentLongTermCareNeed, \.substanceUse,
                     \.childNeglect, \.childBehaviourProblems, \.repeatedReports] {
            circumstances[keyPath: path] = answer()
        }
        var input = SafetyInput(family: FamilyInput(family: "F", circumstances: circumstances, members: members), reportDate: daysAgo(500))
        for path in [\RiskFactors.childhoodViolence, \.povertyIncome, \.partnerProblemDrinking, \.sexualCoercion, \.controlAndIsolation,
                     \.separationOrHandovers, \.stalking, \.criminalBackground, \.priorSevereViolence, \.repeatedReports] {
            input.riskFactors[keyPath: path] = answer()
        }
        // Mostly no critical indicator, so that the lower levels are reached too.
        for path in SafetyInvariantTests.indicators { input.criticalIndicators[keyPath: path] = random.next() % 4 == 0 ? answer() : .no }
        let ids = members.map(\.id)
        input.incidents = (0..<Int(random.next() % 6)).map { _ in
            Incident(
                date: daysAgo(Double(random.next() % 800)), kind: Incident.Kind.allCases.randomElement(using: &random) ?? .physical,
                severity: random.next() % 2 == 0 ? .minor : .severe, against: random.next() % 2 == 0 ? [ids.randomElement(using: &random) ?? "P0"] : [],
                childrenPresent: answer())
        }.sorted { $0.date < $1.date }
        return input
    }

    /// Checks one family: every part of the decision against the assessment.
    static func check(_ input: SafetyInput, _ assessor: SafetyAssessor, _ note: Comment) throws {
        let assessment = try assessor.assess(input, asOf: asOf)
        let decision = try assessor.decide(try SafetyFacts(input), asOf: asOf)
        let rules = assessor.ruleSet.rules
        #expect(decision.level == assessment.level, note)
        #expect(decision.firedRulePositions.map { rules[$0].id } == assessment.firedRules.map(\.rule), note)
        #expect(Set(decision.missingInformationPositions.map { rules[$0].id }) == Set(assessment.missingInformation.map(\.rule)), note)
        #expect(decision.complexity == assessment.triage.complexity, note)
        #expect(decision.careLevel == assessment.triage.careLevel, note)
        #expect(decision.possibleComplexity == assessment.triage.possibleComplexity, note)
        #expect(decision.possibleCareLevel == assessment.triage.possibleCareLevel, note)
        let profiles = assessment.profiles
        for (position, membership) in profiles.memberships.enumerated() {
            #expect(decision.profiles.status(ofProfileAt: position) == membership.status, note)
            for indicator in membership.indicators {
                #expect(decision.profiles.indicators[ProfileIndicator(rawValue: indicator.indicator) ?? .stalking] == indicator.status, note)
            }
        }
        #expect(decision.profiles.dominantKind == profiles.dominant.kind, note)
        #expect(decision.profiles.dominantProfile.map { assessor.profiles.ruleSet.profiles[$0].id } == profiles.dominant.profile, note)
        let undetermined = assessor.profiles.ruleSet.profiles.indices.filter { decision.profiles.outranksUndetermined(profileAt: $0) }
        #expect(Set(undetermined.map { assessor.profiles.ruleSet.profiles[$0].id }) == Set(profiles.dominant.undetermined), note)
    }

    @Test func decisionsEqualAssessmentsOnRandomFamilies() throws {
        let assessor = try SafetyAssessor()
        var levels = Set<SafetyLevel>(), care = Set<Triage.CareLevel>()
        for seed in 0..<3_000 as Range<UInt64> {
            let input = Self.randomInput(seed)
            try Self.check(input, assessor, "seed \(seed)")
            let decision = try assessor.decide(try SafetyFacts(input), asOf: asOf)
            levels.insert(decision.level)
            care.insert(decision.careLevel)
        }
        // The random families reach every level and care level: the comparison is not vacuous.
        #expect(levels == Set(SafetyLevel.allCases))
        #expect(care == [.localTeam, .specialisedHelp, .multidisciplinary])
    }

    @Test func decisionsEqualAssessmentsWithoutAParentingStressNorm() throws {
        let assessor = try SafetyAssessor(profiles: try ProfileClassifier(parentingStressThreshold: nil))
        for seed in 0..<300 as Range<UInt64> { try Self.check(Self.randomInput(seed), assessor, "seed \(seed)") }
    }

    @Test func decisionsFollowEditedRuleSets() throws {
        // A rule set edited after the assessor was made: the compiled rules follow it.
        var assessor = try SafetyAssessor()
        assessor.ruleSet.rules.removeFirst(3)
        // An invalid edit (an unknown indicator, a count of zero) is refused when deciding
        // and assessing, as when the assessor is built: never a rule that silently misfires.
        for invalid in [
            SafetyRule(id: "unknown.indicator", kind: .criticalIndicator, parameters: .init(indicator: "nonsense"), level: .acute, description: "", citations: [.init("hearth")]),
            SafetyRule(id: "frequency.zero", kind: .incidentFrequency, parameters: .init(windowDays: 30, count: 0), level: .elevated, description: "", citations: [.init("hearth")]),
            SafetyRule(id: "factors.0", kind: .riskFactorCount, parameters: .init(count: 0), level: .elevated, description: "", citations: [.init("hearth")]),
        ] {
            var edited = assessor
            edited.ruleSet.rules.append(invalid)
            let input = Self.randomInput(3)
            #expect(caught { () throws(SafetyError) in _ = try edited.decide(try SafetyFacts(input), asOf: asOf) }?.field == invalid.id)
            #expect(caught { () throws(SafetyError) in _ = try edited.assess(input, asOf: asOf) }?.field == invalid.id)
        }
        // Rules sharing a fact (set together by the decision), at other levels; a second
        // risk-factor count.
        assessor.ruleSet.rules += [
            SafetyRule(id: "weapon.again", kind: .criticalIndicator, parameters: .init(indicator: "weapon"), level: .elevated, description: "", citations: [.init("hearth")]),
            SafetyRule(id: "stalking.again", kind: .stalking, level: .acute, description: "", citations: [.init("hearth")]),
            SafetyRule(id: "cluster.again", kind: .clusterOfThree, level: .elevated, description: "", citations: [.init("hearth")]),
            SafetyRule(id: "frequency.one", kind: .incidentFrequency, parameters: .init(windowDays: 30, count: 1), level: .elevated, description: "", citations: [.init("hearth")]),
            SafetyRule(id: "factors.two", kind: .riskFactorCount, parameters: .init(count: 2), level: .high, description: "", citations: [.init("hearth")]),
        ]
        // Risk-factor counts at and past the ends of the decision's table of counts (0 … 15):
        // all ten factors; more than there are factors never holds.
        for count in [1, 10, 11, 16, 1_000] {
            assessor.ruleSet.rules.append(
                SafetyRule(id: "factors.\(count)", kind: .riskFactorCount, parameters: .init(count: count), level: .elevated, description: "", citations: [.init("hearth")]))
        }
        for seed in 0..<300 as Range<UInt64> { try Self.check(Self.randomInput(seed), assessor, "seed \(seed)") }
        // Counts beyond the factors there are never hold.
        let rules = assessor.ruleSet.rules
        let decision = try assessor.decide(try SafetyFacts(Self.randomInput(7)), asOf: asOf)
        let fired = Set(decision.firedRulePositions.map { rules[$0].id })
        #expect(fired.isDisjoint(with: ["factors.11", "factors.16", "factors.1000"]))
    }

    @Test func criticalIndicatorPositionsFollowTheList() {
        // The decision reads critical indicators by position; the positions are `all`'s order.
        var indicators = CriticalIndicators()
        for path in SafetyInvariantTests.indicators { indicators[keyPath: path] = .no }
        #expect(CriticalIndicators.count == indicators.all.count)
        for (position, path) in SafetyInvariantTests.indicators.enumerated() {
            var one = indicators
            one[keyPath: path] = .yes
            #expect((0..<CriticalIndicators.count).map { one.answer(at: $0) } == one.all.map(\.answer))
            #expect(one.answer(at: position) == .yes)
        }
        #expect(indicators.answer(at: CriticalIndicators.count) == .unknown)
        // Danger signs likewise, by ``DangerSigns/names``' positions.
        #expect(DangerSigns.count == DangerSigns.names.count && DangerSigns().answer(at: DangerSigns.count) == .unknown)
        var signs = DangerSigns()
        signs.violenceDuringPregnancy = .yes
        #expect(signs.answer(at: DangerSigns.names.firstIndex(of: "violenceDuringPregnancy") ?? -1) == .yes)
    }

    @Test func handDecidedFamily() throws {
        // Coercive control, severe violence by the mother's partner only, separation with a
        // contact dispute: intimate terror dominates; cts2 and the cluster of three fire.
        var facts = FamilyFacts(circumstances: quietInput().family.circumstances)
        facts.circumstances.coerciveControl = .yes
        facts.circumstances.separated = .yes
        facts.circumstances.contactArrangementDisputed = .yes
        var mother = ParentScores()
        (mother.selfPsychological, mother.partnerPsychological, mother.selfPhysical, mother.partnerPhysical) = (0, 1, 0, 1)
        (mother.selfPsychologicalSevere, mother.partnerPsychologicalSevere, mother.selfPhysicalSevere, mother.partnerPhysicalSevere) = (0, 0, 0, 1)
        facts.addParent(mother)
        facts.addChild(ChildScores(parentingStress: 70))
        #expect(facts.unilateralSevereViolence == .yes && facts.partnerViolence == .yes && facts.severePhysicalViolence == .yes)
        #expect(facts.highParentingStress(threshold: 58.51) == .yes && facts.highParentingStress(threshold: nil) == .unknown)
        let assessor = try SafetyAssessor()
        let decision = try assessor.decide(SafetyFacts(family: facts, criticalIndicators: quietInput().criticalIndicators), asOf: asOf)
        let fired = Set(decision.firedRulePositions.map { assessor.ruleSet.rules[$0].id })
        #expect(fired == ["cts2.severePhysical", "pattern.clusterOfThree", "profile.intimateTerror"])
        #expect(decision.level == .high)
        #expect(decision.profiles.dominantKind == .profile && decision.profiles.dominantProfile == 0)
        #expect(decision.profiles.status(ofProfileAt: 4) == .member)  // complex conflict divorce, an overlay
        // Coercive control is a pattern over time: chronic, and with a high level structurally unsafe.
        #expect(decision.complexity == .complex && decision.careLevel == .multidisciplinary)
    }

    @Test func decisionsRejectWhatAssessmentsReject() throws {
        let assessor = try SafetyAssessor()
        var late = SafetyFacts(family: FamilyFacts())
        late.incidents = [Incident(date: asOf.addingTimeInterval(day), kind: .physical, severity: .minor)]
        #expect(caught { () throws(SafetyError) in _ = try assessor.decide(late, asOf: asOf) }?.code == .invalidHistory)
        var unordered = SafetyFacts(family: FamilyFacts())
        unordered.incidents = [Incident(date: daysAgo(1), kind: .physical, severity: .minor), Incident(date: daysAgo(2), kind: .physical, severity: .minor)]
        #expect(caught { () throws(SafetyError) in _ = try assessor.decide(unordered, asOf: asOf) }?.field == "incidents[1].date")
        let childless = SafetyInput(family: FamilyInput(family: "F", members: [FamilyMember(id: "C", role: .child)]), reportDate: asOf)
        #expect(caught { () throws(SafetyError) in _ = try SafetyFacts(childless) }?.code == .invalidFamily)
        var crowded = assessor
        crowded.ruleSet.rules = (0..<65).map { SafetyRule(id: "r\($0)", kind: .stalking, level: .high, description: "", citations: [.init("hearth")]) }
        #expect(caught { () throws(SafetyError) in _ = try crowded.decide(SafetyFacts(family: FamilyFacts()), asOf: asOf) }?.code == .invalidRuleSet)
    }
}
