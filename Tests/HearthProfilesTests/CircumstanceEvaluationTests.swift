import HearthCore
import Testing

@testable import HearthProfiles

/// Indicators whose evidence is only circumstances are evaluated once per status, answers
/// and language: every entry of that table must be the evaluation made from a family with
/// those circumstances (a wrong key would show another answer's evidence).
@Suite("Circumstance indicators made once")
struct CircumstanceEvaluationTests {
    @Test func everyStatusAnswersAndLanguageEqualsTheMadeEvaluation() {
        let answers: [Answer] = [.yes, .no, .unknown]
        var checked = 0
        for (position, indicator) in ProfileIndicator.allCases.enumerated() {
            let facts = indicator.evidenceFacts
            guard !facts.isEmpty else {
                #expect(ProfileIndicator.circumstanceEvaluation(at: position, Circumstances(), status: .met, language: .english) == nil)
                continue
            }
            let combinations = facts.reduce(1) { product, _ in product * 3 }
            for language in Language.allCases {
                for status in [IndicatorEvaluation.Status.met, .notMet, .unknown] {
                    for combination in 0..<combinations {
                        var circumstances = Circumstances(), rest = combination
                        for fact in facts { circumstances[keyPath: fact.answer] = answers[rest % 3]; rest /= 3 }
                        // Another field set too: the lookup reads only the indicator's own facts.
                        circumstances.repeatedReports = .yes
                        let family = FamilyInput(family: "F", circumstances: circumstances, members: [FamilyMember(id: "P1", role: .parent)])
                        let readings = MemberReadings(family)
                        let made = indicator.made(
                            at: position, family, readings, ControlReading(family, readings, language: language), status: status,
                            parentingStressThreshold: 58.51, language: language)
                        let looked = ProfileIndicator.circumstanceEvaluation(at: position, circumstances, status: status, language: language)
                        #expect(looked == made, "\(indicator) \(status) \(combination) \(language)")
                        checked += 1
                    }
                }
            }
        }
        // Eleven indicators of one fact and one of two, three statuses, two languages.
        #expect(checked == (11 * 3 + 9) * 3 * 2)
        #expect(ProfileIndicator.allCases.filter { !$0.evidenceFacts.isEmpty }.count == 12)
    }
}
