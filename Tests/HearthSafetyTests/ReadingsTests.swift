import Foundation
import HearthCore
import HearthProfiles
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
                                "parentLongTermCareNeed": "no", "childBehaviourProblems": "no", "coerciveControl": "no", "stalking": "yes", "repeatedReports": "no"}},
             "reportDate": "2026-05-01", "historyConfirmedUntil": "2026-06-01"}
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
        #expect(RiskFactorAnswers(FamilyFacts(), RiskFactors()).present.isEmpty)
    }
}
