import Dispatch
import HearthCore
import Testing

@testable import HearthScoring

/// Shared plans used from many threads at once, and multi-threaded cohort scoring. `.ci/run`
/// runs this suite under ThreadSanitizer (`swift test --sanitize=thread`).
@Suite("Concurrent scoring")
struct ConcurrencyTests {
    @Test func onePlanSharedByManyThreadsGivesEveryThreadTheSameScores() throws {
        let definition = try syntheticDefinition(.tscyc)
        let plan = try ScoringPlan(definition)
        var generator = SeededGenerator(seed: 77)
        var matrix = try ResponseMatrix(itemCount: definition.items.count)
        for row in 0..<300 {
            try matrix.append(try randomRespondent(row, using: &generator), answers: randomAnswers(for: definition, missingRate: 0.05, using: &generator))
        }
        let shared = matrix
        let expected = try plan.score(shared, options: ScoringOptions(threads: 1))
        let reference = try (0..<matrix.rowCount).map { row in try expected.report(row: row) }
        let results = Results(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            let matrix = shared
            // Half the workers score the whole matrix on several threads of their own, half
            // score single respondents through the same plan.
            if index % 2 == 0 {
                let table = try? plan.score(matrix, options: ScoringOptions(threads: 3))
                results.set(index, (0..<matrix.rowCount).allSatisfy { row in (try? table?.report(row: row)) == reference[row] })
            } else {
                let same = (0..<matrix.rowCount).allSatisfy { row in
                    let answers = (try? matrix.matrixCodes(row: row)).map { $0.map(ItemAnswer.init(matrixCode:)) } ?? []
                    return (try? plan.score(answers, for: matrix.respondents[row])) == reference[row]
                }
                results.set(index, same)
            }
        }
        #expect(results.all)
    }

    /// Thread-safe result slots.
    final class Results: @unchecked Sendable {
        private var values: [Bool]
        private let lock = DispatchQueue(label: "results")
        init(count: Int) { values = Array(repeating: false, count: count) }
        func set(_ index: Int, _ value: Bool) { lock.sync { values[index] = value } }
        var all: Bool { lock.sync { values.allSatisfy { $0 } } }
    }
}
