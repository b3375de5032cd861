import HearthCore
import Testing

@testable import HearthScoring

@Suite("ACE")
struct ACETests {
    struct Case: Sendable, CustomStringConvertible {
        var codes: [UInt8?]
        var total: Double?
        var totalStatus: ScoreStatus
        var familyViolence: Double?
        var familyViolenceStatus: ScoreStatus
        var description: String { codes.map { $0.map(String.init) ?? "." }.joined() }
    }

    static let cases: [Case] = [
        Case(codes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], total: 0, totalStatus: .complete, familyViolence: 0, familyViolenceStatus: .complete),
        Case(codes: [1, 0, 0, 1, 0, 1, 0, 0, 0, 0], total: 3, totalStatus: .complete, familyViolence: 1, familyViolenceStatus: .complete),
        Case(codes: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], total: 10, totalStatus: .complete, familyViolence: 1, familyViolenceStatus: .complete),
        Case(codes: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0], total: 1, totalStatus: .complete, familyViolence: 1, familyViolenceStatus: .complete),
        Case(codes: [0, 0, 1, 1, 1, 1, 0, 1, 1, 1], total: 7, totalStatus: .complete, familyViolence: 0, familyViolenceStatus: .complete),
        // A yes on item 7 settles family violence even though item 2 is missing; the total cannot be known.
        Case(codes: [0, nil, 0, 0, 0, 0, 1, 0, 0, 0], total: nil, totalStatus: .insufficient, familyViolence: 1, familyViolenceStatus: .determined),
        // Item 3 is not a family-violence item: that score stays complete.
        Case(codes: [0, 0, nil, 0, 0, 0, 0, 0, 0, 0], total: nil, totalStatus: .insufficient, familyViolence: 0, familyViolenceStatus: .complete),
        // With no yes among the answered family-violence items, a missing one leaves it unknown.
        Case(codes: [nil, 0, 0, 0, 0, 0, 0, 0, 0, 0], total: nil, totalStatus: .insufficient, familyViolence: nil, familyViolenceStatus: .insufficient),
    ]

    @Test(arguments: cases)
    func handComputedScores(_ testCase: Case) throws {
        let report = try ScoringPlan(Instruments.ace()).score(answers(testCase.codes), for: try person())
        #expect(report.value("total") == testCase.total)
        #expect(report.status("total") == testCase.totalStatus)
        #expect(report.value("family_violence") == testCase.familyViolence)
        #expect(report.status("family_violence") == testCase.familyViolenceStatus)
        #expect(report.validity.verdict == .valid)
    }

    @Test func reportsCountsAndRule() throws {
        let report = try ScoringPlan(Instruments.ace()).score(answers([0, nil, 0, 0, 0, 0, 1, 0, nil, 0]), for: try person())
        let total = try #require(report["total"])
        #expect(total.answeredItems == 8)
        #expect(total.missingItems == 2)
        #expect(total.rule == .requireAll)
        #expect(total.raw == nil && total.prorated == nil)
    }

    @Test func outOfRangeAnswerIsATypedErrorNamingTheItem() throws {
        let plan = try ScoringPlan(Instruments.ace())
        let respondent = try person()
        let error = caught { () throws(ScoringError) in
            _ = try plan.score(answers([0, 2, 0, 0, 0, 0, 0, 0, 0, 0]), for: respondent)
        }
        #expect(error?.code == .invalidCode)
        #expect(error?.item == "2")
        #expect(error?.instrument == "ace")
    }

    @Test func wrongNumberOfAnswersIsATypedError() throws {
        let plan = try ScoringPlan(Instruments.ace())
        let respondent = try person()
        let error = caught { () throws(ScoringError) in _ = try plan.score(answers([0, 0, 0]), for: respondent) }
        #expect(error?.code == .itemCountMismatch)
    }

    @Test func answersByItemIdentifier() throws {
        let plan = try ScoringPlan(Instruments.ace())
        var byItem: [String: ItemAnswer] = [:]
        for item in 1...10 { byItem["\(item)"] = .code(item == 7 ? 1 : 0) }
        let report = try plan.score(answersByItem: byItem, for: try person())
        #expect(report.value("total") == 1)
        byItem["11"] = .code(0)
        let respondent = try person()
        let error = caught { () throws(ScoringError) in _ = try plan.score(answersByItem: byItem, for: respondent) }
        #expect(error?.code == .unknownItem)
        #expect(error?.item == "11")
        // Items left out are "not administered", never zero.
        let partial = try plan.score(answersByItem: ["7": .code(1)], for: try person())
        #expect(partial.status("total") == .insufficient)
        #expect(partial["total"]?.missingItems == 9)
        #expect(partial.value("family_violence") == 1)
    }
}
