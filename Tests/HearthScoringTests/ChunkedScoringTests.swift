import HearthCore
import Testing

@testable import HearthScoring

/// `score(_:rows:chunkRows:options:eachChunk:)` and `score(_:rows:options:reusing:)`: the
/// streaming forms that reuse one table's storage.
@Suite("Chunked scoring")
struct ChunkedScoringTests {
    static func cohort(rows: Int) throws -> (ScoringPlan, ResponseMatrix) {
        let definition = try syntheticDefinition(.tscyc)
        var generator = SeededGenerator(seed: 99)
        var matrix = try ResponseMatrix(itemCount: definition.items.count)
        for row in 0..<rows {
            try matrix.append(try randomRespondent(row, using: &generator), answers: randomAnswers(for: definition, missingRate: 0.05, using: &generator))
        }
        return (try ScoringPlan(definition), matrix)
    }

    /// Chunks arrive in row order, cover exactly the rows asked for, and hold the same
    /// values and statuses as scoring the rows in one call.
    @Test func chunksCoverTheRowsAndMatchOneCall() throws {
        let (plan, matrix) = try Self.cohort(rows: 1000)
        let whole = try plan.score(matrix, rows: 37..<1000, options: ScoringOptions(threads: 1))
        var next = 37
        var chunks = 0
        try plan.score(matrix, rows: 37..<1000, chunkRows: 100, options: ScoringOptions(threads: 1)) { table in
            #expect(table.rowCount == min(100, 1000 - next))
            for row in 0..<table.rowCount {
                let streamed = try table.report(row: row), single = try whole.report(row: next - 37 + row)
                #expect(streamed == single)
            }
            next += table.rowCount
            chunks += 1
        }
        #expect(next == 1000)
        #expect(chunks == 10)  // 9 × 100 + 63
    }

    /// A table the caller keeps never changes, though later chunks reuse storage.
    @Test func neverChangesAKeptTable() throws {
        let (plan, matrix) = try Self.cohort(rows: 300)
        var addresses: [UnsafeRawPointer?] = []
        var kept: [ScoreTable] = []
        var keptReports: [ScoreReport] = []
        try plan.score(matrix, chunkRows: 100, options: ScoringOptions(threads: 1)) { table in
            addresses.append(table.sums.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) })
            if kept.isEmpty {
                kept.append(table)
                keptReports = try (0..<table.rowCount).map { try table.report(row: $0) }
            }
        }
        // Chunk 1's table was kept, so chunk 2 was written to new storage, not over it.
        // (That chunk 3 reuses chunk 2's storage is a speed property, seen in hearth-bench's
        // profile; malloc may hand back the same block either way, so no test here.)
        #expect(addresses.count == 3)
        #expect(addresses[1] != addresses[0])
        let first = try #require(kept.first)
        #expect(try (0..<first.rowCount).map { try first.report(row: $0) } == keptReports)
        #expect(try first.report(row: 0) == plan.score(matrix, rows: 0..<1, options: ScoringOptions(threads: 1)).report(row: 0))
    }

    /// Batch after batch through one storage: each result equals a fresh call, a kept
    /// table is never overwritten, and a failed call leaves no storage behind.
    @Test func reusingStorageAcrossBatches() throws {
        let (plan, matrix) = try Self.cohort(rows: 200)
        var storage: ScoreTable?
        let first = try plan.score(matrix, rows: 0..<100, options: ScoringOptions(threads: 1), reusing: &storage)
        let firstReports = try (0..<first.rowCount).map { try first.report(row: $0) }
        #expect(storage?.rowCount == 100)
        for rows in [100..<200, 150..<153, 0..<40] {
            let table = try plan.score(matrix, rows: rows, options: ScoringOptions(threads: 1), reusing: &storage)
            let fresh = try plan.score(matrix, rows: rows, options: ScoringOptions(threads: 1))
            #expect(table.rowCount == rows.count)
            for row in 0..<rows.count {
                let reused = try table.report(row: row), expected = try fresh.report(row: row)
                #expect(reused == expected)
            }
        }
        #expect(try (0..<first.rowCount).map { try first.report(row: $0) } == firstReports)
        #expect(throws: ScoringError.self) { try plan.score(matrix, rows: 190..<201, reusing: &storage) }
        #expect(storage == nil)
    }

    @Test func rejectsBadSettingsAndPassesOnErrors() throws {
        let (plan, matrix) = try Self.cohort(rows: 50)
        var calls = 0
        #expect(throws: ScoringError.self) { try plan.score(matrix, chunkRows: 0) { _ in calls += 1 } }
        #expect(throws: ScoringError.self) { try plan.score(matrix, rows: 40..<51, chunkRows: 8) { _ in calls += 1 } }
        #expect(calls == 0)
        try plan.score(matrix, rows: 20..<20, chunkRows: 8) { _ in calls += 1 }
        #expect(calls == 0)  // no rows, no chunks

        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try plan.score(matrix, chunkRows: 8) { _ in
                calls += 1
                if calls == 2 { throw Stop() }
            }
        }
        #expect(calls == 2)  // stopped at the second chunk
    }
}
