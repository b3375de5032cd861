import Foundation
import HearthCore
import HearthNorms
import HearthProfiles
import HearthSynthetic
import Testing

@testable import HearthSafety

/// The readings the explanation and the family report share: reasons and unknown facts each
/// said once, and the monitoring line never showing a past date as its end.
@Suite("Shared readings of an assessment")
struct ReadingsTests {
    @Test func theSameReasonIsSaidOnceAtItsHighestLevel() throws {
        // A severe incident 20 days ago fires the 90-day rule (high) and the 12-month rule
        // (elevated) with the same reason; six or more risk factors fire the count rules twice.
        for case let (name, input, asOf) in try DutchTests.inputs().prefix(80) {
            let assessment = try SafetyAssessor().assess(input, asOf: asOf)
            let reasons = assessment.firedReasons
            #expect(reasons.flatMap(\.rules).sorted() == assessment.firedRules.map(\.rule).sorted(), "\(name)")
            #expect(Set(reasons.map { "\($0.text)|\($0.appliesTo ?? [])" }).count == reasons.count, "\(name)")
            for reason in reasons {
                let rules = assessment.firedRules.filter { reason.rules.contains($0.rule) }
                #expect(reason.level == rules.map(\.level).max(), "\(name)")
                for rule in rules { for part in rule.source.components(separatedBy: "; ") { #expect(reason.source.contains(part)) } }
            }
            let facts = assessment.unknownFacts
            #expect(facts.flatMap(\.rules).sorted() == assessment.missingInformation.map(\.rule).sorted(), "\(name)")
        }
    }

    @Test func complexWithoutDomainsOrSevereViolenceSaysTheLevel() throws {
        let input = try SafetyInput(json: Data(#"""
            {"family": {"family": "F", "members": [{"id": "P1", "role": "parent", "sex": "female"}],
              "circumstances": {"debtsOrPoverty": "no", "unemployment": "no", "housingProblems": "no", "substanceUse": "no", "parentPsychiatricProblems": "no",
                                "parentLongTermCareNeed": "no", "childBehaviourProblems": "no", "coerciveControl": "no", "stalking": "no", "repeatedReports": "no"}},
             "dangerSigns": {"suicideThreats": "yes"}, "reportDate": "2026-05-01", "historyConfirmedUntil": "2026-06-01"}
            """#.utf8))
        let assessment = try SafetyAssessor().assess(input, asOf: StrictJSONDecoder.date(from: "2026-06-01") ?? Date())
        #expect(assessment.triage.complexity == .complex)
        #expect(assessment.level == .high && assessment.triage.reasons.contains("complex because the level is high"))
    }

    /// The risk factors named as present are those answered yes, in alphabetical order
    /// (the assessment's words list them so), whatever their order in the report.
    @Test func presentRiskFactorsAreSorted() {
        var given = RiskFactors()
        given.stalking = .yes
        given.childhoodViolence = .yes
        given.repeatedReports = .yes
        given.criminalBackground = .no
        let answers = RiskFactorAnswers(FamilyFacts(), given)
        #expect(answers.present == ["childhoodViolence", "repeatedReports", "stalking"])
        var all = RiskFactors()
        for path: WritableKeyPath<RiskFactors, Answer> in [
            \.childhoodViolence, \.povertyIncome, \.partnerProblemDrinking, \.sexualCoercion, \.controlAndIsolation, \.separationOrHandovers,
            \.stalking, \.criminalBackground, \.priorSevereViolence, \.repeatedReports,
        ] { all[keyPath: path] = .yes }
        #expect(RiskFactorAnswers(FamilyFacts(), all).present == RiskFactorAnswers.names.sorted())
        // The names are the keys of the input (a case's name), in the report's order.
        #expect(RiskFactorAnswers.names == [
            "childhoodViolence", "povertyIncome", "partnerProblemDrinking", "sexualCoercion", "controlAndIsolation",
            "separationOrHandovers", "stalking", "criminalBackground", "priorSevereViolence", "repeatedReports",
        ])
        #expect(RiskFactorAnswers.names == RiskFactors().all.map(\.name))
        #expect(CriticalIndicators.names == CriticalIndicators().all.map(\.name))
        // Every life domain has its name, in order.
        #expect(LifeDomains.names.count == LifeDomains.Domain.allCases.count)
        #expect(LifeDomains.names[LifeDomains.Domain.parentingStress.rawValue] == "parenting stress")
        #expect(LifeDomains.names[LifeDomains.Domain.isolation.rawValue] == "isolation")
        #expect(RiskFactorAnswers(FamilyFacts(), RiskFactors()).present.isEmpty)
    }

    /// The wave rules read the waves with the classifier's trajectory rule, as its trajectory
    /// does: a rise of 6 incidents escalates under a rule of 5 and not under the default 10,
    /// in the trajectory and the rules alike (the rules once read every input with the default).
    @Test func waveRulesReadTheClassifiersTrajectoryRule() throws {
        let input = quietInput { $0.family.waves = [WaveObservation(wave: 1, totalViolenceFrequency: 10), WaveObservation(wave: 2, totalViolenceFrequency: 16)] }
        for (absoluteChange, escalates) in [(10.0, false), (5.0, true)] {
            var profiles = try ProfileClassifier()
            profiles.trajectoryRule = TrajectoryRule(absoluteChange: absoluteChange)
            let assessor = try SafetyAssessor(profiles: profiles)
            let assessment = try assessor.assess(input, asOf: asOf)
            let trajectory = try #require(assessment.profiles.trajectory)
            #expect(trajectory.steps.contains { $0.change == .escalated } == escalates, "absolute change \(absoluteChange)")
            #expect(assessment.firedRules.contains { $0.rule == "waves.escalation" } == escalates, "absolute change \(absoluteChange)")
            let facts = try SafetyFacts(input, trajectoryRule: profiles.trajectoryRule)
            let decision = try assessor.decide(facts, asOf: asOf)
            #expect(decision.firedRulePositions.map { assessor.ruleSet.rules[$0].id } == assessment.firedRules.map(\.rule))
        }
    }

    /// Triage's parenting-stress domain is the indicator's status, whether or not a profile
    /// names the indicator: a rule set without it once made the domain unknown.
    @Test func parentingStressDomainDoesNotDependOnTheProfiles() throws {
        let stressed = quietInput { input in
            if let child = input.family.members.firstIndex(where: { $0.role == .child }) { input.family.members[child].scores["nosik.total"] = 90 }
        }
        var rules = ProfileRuleSet.builtIn
        for index in rules.profiles.indices {
            rules.profiles[index].requirements = rules.profiles[index].requirements.map { requirement in
                var kept = requirement
                kept.indicators.removeAll { $0 == ProfileIndicator.highParentingStress.rawValue }
                return kept
            }
            rules.profiles[index].supporting.removeAll { $0 == ProfileIndicator.highParentingStress.rawValue }
        }
        #expect(!rules.profiles.contains { ($0.requirements.flatMap(\.indicators) + $0.supporting).contains("highParentingStress") })
        for ruleSet in [ProfileRuleSet.builtIn, rules] {
            let assessment = try SafetyAssessor(profiles: try ProfileClassifier(ruleSet: ruleSet)).assess(stressed, asOf: asOf)
            #expect(assessment.triage.domains.first { $0.name == "parenting stress" }?.problem == .yes)
        }
    }

    /// "Complete" means nothing to establish: the assessability and the fields to establish
    /// are one reading (``MinimumFacts``), on random inputs and the practice cases, and a
    /// family that is not assessable always has something to establish.
    @Test func completeMeansNothingToEstablish() throws {
        var inputs = (0..<300).map { SafetyDecisionTests.randomInput(UInt64($0)) }.map { ($0, asOf) }
        inputs += try DutchTests.inputs().map { ($0.1, $0.2) }
        var seen = Set<Assessability>()
        for (input, date) in inputs {
            guard let assessment = try? SafetyAssessor().assess(input, asOf: date) else { continue }
            seen.insert(assessment.assessable)
            #expect((assessment.assessable == .complete) == assessment.toEstablish.isEmpty, "\(assessment.toEstablish.map(\.field))")
        }
        #expect(seen == Set(Assessability.allCases))
    }

    /// Every scale the children's insecurity reads has a norm link in the built-in norms: a
    /// scale without one would drop out of the reading silently.
    @Test func everyInsecurityScaleIsLinked() throws {
        let insecurity = ChildInsecurity(comparator: NormComparator(normSet: try NormSet.builtIn()))
        #expect(insecurity.links.map { "\($0.instrument).\($0.scale)" } == ChildInsecurity.scales.map { "\($0.instrument).\($0.scale)" })
    }

    /// The children's insecurity read by scale position equals a plain reading by name
    /// (`FamilyMember.value`) on random children: SIS and SIMS-PR scores on either side of
    /// the band, missing, or only in reports' absence.
    @Test func insecurityReadsEachScaleAsByName() throws {
        let comparator = NormComparator(normSet: try NormSet.builtIn())
        let insecurity = ChildInsecurity(comparator: comparator)
        var random = SplitMix64(seed: 61)
        var answers = Set<Answer>()
        for _ in 0..<3_000 {
            var scores: [String: Double] = [:]
            for (instrument, scale, _) in ChildInsecurity.scales where random.next() % 3 != 0 {
                scores["\(instrument).\(scale)"] = Double(random.next() % 60)
            }
            let sex: Sex = [.female, .male, .unknown][Int(random.next() % 3)]
            let child = FamilyMember(id: "C", role: .child, sex: sex, age: Int(random.next() % 18), scores: scores)
            var compared = false, insecure = false
            for (instrument, scale, higherIsLessSecure, link) in insecurity.links {
                guard let value = child.value(instrument, scale), let position = comparator.entryPosition(link: link, sex: child.sex, age: child.age) else { continue }
                let entry = comparator.normSet.entries[position]
                guard let mean = entry.mean, let sd = entry.sd, sd > 0 else { continue }
                compared = true
                insecure = insecure || (higherIsLessSecure ? (try? entry.isExcessive(RawScore(value))) == true : value < mean - sd)
            }
            let expected: Answer = insecure ? .yes : (compared ? .no : .unknown)
            #expect(insecurity.answer(child) == expected, "\(scores)")
            answers.insert(expected)
        }
        #expect(answers == Set(Answer.allCases))
    }
}
