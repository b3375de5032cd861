import Foundation
import Testing

@testable import HearthCore

/// Hearth's one three-valued type: Kleene's strong logic (K3), checked against its truth
/// tables and against the definitions of "any", "all" and "at least k" by enumeration.
@Suite("Answer: three-valued logic")
struct AnswerTests {
    static let all = Answer.allCases

    /// K3 with yes = 1, unknown = ½, no = 0: AND is the minimum, OR the maximum, NOT 1 − x.
    static func rank(_ answer: Answer) -> Int { answer == .yes ? 2 : (answer == .unknown ? 1 : 0) }
    static func answer(rank: Int) -> Answer { rank == 2 ? .yes : (rank == 1 ? .unknown : .no) }

    @Test func truthTablesAreKleenes() {
        for a in Self.all {
            #expect(!a == Self.answer(rank: 2 - Self.rank(a)))
            for b in Self.all {
                #expect((a && b) == Self.answer(rank: min(Self.rank(a), Self.rank(b))), "\(a) && \(b)")
                #expect((a || b) == Self.answer(rank: max(Self.rank(a), Self.rank(b))), "\(a) || \(b)")
            }
        }
        // The cases the rules rely on, spelled out: unknown is never read as no.
        #expect((Answer.no && .unknown) == .no && (Answer.yes && .unknown) == .unknown)
        #expect((Answer.yes || .unknown) == .yes && (Answer.no || .unknown) == .unknown)
        #expect(!Answer.unknown == .unknown)
    }

    @Test func reductionsAgreeWithEveryResolutionOfTheUnknowns() {
        // For every list of up to four answers and every k, the three-valued result is yes
        // (no) exactly when every way of resolving the unknowns to yes or no gives yes (no).
        var lists: [[Answer]] = [[]]
        for _ in 0..<4 { lists += lists.filter { $0.count == lists.map(\.count).max() }.flatMap { list in Self.all.map { list + [$0] } } }
        for list in lists {
            let unknowns = list.indices.filter { list[$0] == .unknown }
            let resolutions: [[Bool]] = (0..<(1 << unknowns.count)).map { bits in
                var values = list.map { $0 == .yes }
                for (position, index) in unknowns.enumerated() { values[index] = bits & (1 << position) != 0 }
                return values
            }
            func expected(_ predicate: ([Bool]) -> Bool) -> Answer {
                let outcomes = Set(resolutions.map(predicate))
                return outcomes.count == 2 ? .unknown : (outcomes.first == true ? .yes : .no)
            }
            #expect(Answer.any(list) == expected { $0.contains(true) }, "\(list)")
            #expect(Answer.all(list) == expected { $0.allSatisfy { $0 } }, "\(list)")
            for k in -1...(list.count + 1) {
                #expect(Answer.atLeast(k, of: list) == expected { $0.count(where: { $0 }) >= k }, "\(k) of \(list)")
            }
        }
    }

    @Test func conversionsAndCoding() throws {
        #expect(Answer(true) == .yes && Answer(false) == .no && Answer(nil as Bool?) == .unknown)
        #expect(Answer.yes.bool == true && Answer.no.bool == false && Answer.unknown.bool == nil)
        for answer in Self.all {
            let data = try JSONEncoder().encode(answer)
            #expect(String(decoding: data, as: UTF8.self) == "\"\(answer.rawValue)\"")
            #expect(try JSONDecoder().decode(Answer.self, from: data) == answer)
        }
        let wrong = caught { () throws(any Error) in _ = try JSONDecoder().decode(Answer.self, from: Data(#""ja""#.utf8)) }
        #expect(String(describing: wrong).contains("expected yes, no or unknown") && !String(describing: wrong).contains("\"ja\""))
    }
}
