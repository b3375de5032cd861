import Foundation
import Dispatch
import HearthCore
import HearthNorms
import HearthScoring
import HearthSynthetic

/// The workloads and how each is measured. Cohorts are generated before the clock starts;
/// only the work named is timed.
struct Workload {
    static let names = ["plain-row-sum", "tscyc-shape", "cts2", "battery-scoring", "battery", "battery-explained", "sweep", "cli-score", "cli-sweep"]
    /// Rows scored per call when streaming: their scores (≈ 9 bytes × scales × rows, ~100 KB for
    /// TSCYC) stay in L2; 1,024 measured fastest here among 256…8,192.
    static let chunkRows = 1024
    /// Rows the sweep generates and scores at a time: 8,192 TSCYC-shaped rows (737 KB) are
    /// scored from cache at every cohort size alike, wherever other tenants leave the shared
    /// last-level cache (65,536-row pieces, 5.9 MB, had come from cache at 10⁴ rows only).
    static let sweepPieceRows = 8_192

    let options: BenchOptions
    let cohort = SyntheticCohort()
    let blackHole = BlackHole()

    var threadCounts: [Int] {
        options.threads.isEmpty ? Array(Set([1, ProcessInfo.processInfo.activeProcessorCount])).sorted() : options.threads
    }

    func wants(_ name: String) -> Bool { options.only == nil || options.only == name }

    /// One piece of timed work and what its figure reports.
    struct Job {
        var name: String
        var threads: Int
        var respondents: Int
        var items: Int
        var body: () -> Void
    }

    /// Times jobs in turn, round after round (each figure the best of its runs, with at least
    /// `--repetitions` rounds and until every job's runs add up to `--min-time`), so that a
    /// slow spell of the machine falls on all of them alike: the ratios between figures
    /// measured together (kernel against bare sum, all cores against one, battery against
    /// its scoring) are then measured under the same conditions. Jobs measured together
    /// report the group's peak memory.
    func measure(_ jobs: [Job]) -> [BenchResult] {
        Measurement.resetPeakMemory()
        let seconds = Measurement.bestTimes(repetitions: options.repetitions, minimumSeconds: options.minimumSeconds, jobs.map(\.body))
        return zip(jobs, seconds).map { job, seconds in result(job.name, threads: job.threads, respondents: job.respondents, items: job.items, seconds: seconds) }
    }

    /// A bare sum of every code: the memory-bound ceiling the kernel is measured against.
    func plainRowSum(_ matrix: ResponseMatrix, threads: Int) -> Job {
        Job(name: "plain-row-sum", threads: threads, respondents: matrix.rowCount, items: matrix.codes.count) {
            matrix.withUnsafeCodes { codes in
                let shared = Shared(codes)
                let chunks = chunkRanges(count: codes.count, parts: threads)
                let sums = ParallelSums(count: chunks.count)
                DispatchQueue.concurrentPerform(iterations: chunks.count) { part in
                    var sum: UInt64 = 0
                    for index in chunks[part] { sum &+= UInt64(shared.value[index]) }
                    sums.set(part, sum)
                }
                blackHole.consume(sums.total)
            }
        }
    }

    /// Scores a matrix in cache-sized row chunks spread over `threads` threads.
    func streamScore(_ name: String, plan: ScoringPlan, matrix: ResponseMatrix, threads: Int) -> Job {
        // Work is handed out in spans of 16 chunks; each span is streamed chunk by chunk.
        let chunks = chunkRanges(count: matrix.rowCount, size: Self.chunkRows * 16)
        return Job(name: name, threads: threads, respondents: matrix.rowCount, items: matrix.codes.count) {
            let next = Counter()
            // Each worker streams its share of chunks through one reused table, as a server would.
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let chunk = next.take(below: chunks.count) {
                    try? plan.score(matrix, rows: chunks[chunk], chunkRows: Self.chunkRows, options: ScoringOptions(threads: 1, invalidCodes: .markScales)) { table in
                        blackHole.consume(UInt64(table.rowCount))
                    }
                }
            }
        }
    }

    /// What follows scoring in a battery workload.
    enum AfterScoring {
        /// Nothing (`battery-scoring`).
        case nothing
        /// Norm columns and safety decisions (`battery`).
        case decisions(FamilyPipeline)
        /// Norm results and full assessments with reasons (`battery-explained`).
        case explanations(FamilyPipeline)

        var name: String {
            switch self {
            case .nothing: "battery-scoring"
            case .decisions: "battery"
            case .explanations: "battery-explained"
            }
        }
    }

    /// A battery cohort ready to score: every family's members' answers per instrument, in
    /// batches of 2,048 families, and where each family's members sit in them.
    struct BatteryCohort {
        var families: Int
        var plans: [(BuiltInInstrument, ScoringPlan)]
        var batches: [[BuiltInInstrument: ResponseMatrix]]
        var layouts: [FamilyLayout]
        var items: Int
    }

    /// Generates `families` families' batteries (not timed).
    func batteryCohort(families: Int) throws -> BatteryCohort {
        var definitions: [BuiltInInstrument: InstrumentDefinition] = [:]
        for instrument in BuiltInInstrument.allCases { definitions[instrument] = try SyntheticKeys.definition(for: instrument) }
        let plans = try BuiltInInstrument.allCases.compactMap { instrument in try definitions[instrument].map { (instrument, try ScoringPlan($0)) } }
        let familyChunks = chunkRanges(count: families, size: 2048)
        let batches = try familyChunks.map { try cohort.battery(definitions, families: $0) }
        let layouts = familyChunks.map { FamilyLayout(cohort: cohort, families: $0) }
        let items = batches.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.codes.count } }
        return BatteryCohort(families: families, plans: plans, batches: batches, layouts: layouts, items: items)
    }

    /// A whole family battery: every member's instruments, scored per batch of families,
    /// then (`after`) norms, profiles and safety per family.
    func battery(_ battery: BatteryCohort, threads: Int, after: AfterScoring) -> Job {
        Job(name: after.name, threads: threads, respondents: battery.families, items: battery.items) {
            let next = Counter()
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                // Each worker reuses one table per instrument from batch to batch, as a server would.
                var storage = [ScoreTable?](repeating: nil, count: battery.plans.count)
                var pipelineStorage = FamilyPipeline.Storage()
                while let index = next.take(below: battery.batches.count) {
                    var tables: [BuiltInInstrument: ScoreTable] = [:]
                    for (position, (instrument, plan)) in battery.plans.enumerated() {
                        guard let matrix = battery.batches[index][instrument],
                            let table = try? plan.score(matrix, options: ScoringOptions(threads: 1, invalidCodes: .markScales), reusing: &storage[position])
                        else { continue }
                        blackHole.consume(UInt64(table.rowCount))
                        tables[instrument] = table
                    }
                    switch after {
                    case .nothing: break
                    case .decisions(let pipeline): blackHole.consume(pipeline.run(tables, layout: battery.layouts[index], storage: &pipelineStorage))
                    case .explanations(let pipeline): blackHole.consume(pipeline.runExplained(tables, layout: battery.layouts[index]))
                    }
                }
            }
        }
    }

    /// tscyc-shape at growing cohort sizes, generated and scored chunk by chunk so that
    /// memory is bounded by the chunk, not the cohort. Only scoring is timed.
    func sweep(plan: ScoringPlan, sizes: [Int]) throws -> [BenchResult] {
        try sizes.map { size in
            Measurement.resetPeakMemory()
            var seconds = 0.0
            var items = 0
            for chunk in chunkRanges(count: size, size: Self.sweepPieceRows) {
                let matrix = try cohort.matrix(plan.definition, rows: chunk)
                items += matrix.codes.count
                // Every piece of every size the best of the same number of runs, so that the
                // sizes differ only in how many pieces they have (more runs for the small
                // points had let them alone be timed with warm caches and on the machine's
                // best moments). No time floor: a 10⁷-row point has 1,221 pieces.
                let repetitions = max(options.repetitions, 5)
                seconds += Measurement.bestTimes(repetitions: repetitions, minimumSeconds: 0, [{
                    try? plan.score(matrix, chunkRows: Self.chunkRows, options: ScoringOptions(threads: 1, invalidCodes: .markScales)) { table in
                        blackHole.consume(UInt64(table.rowCount))
                    }
                }])[0]
            }
            return result("sweep-tscyc-shape", threads: 1, respondents: size, items: items, seconds: seconds)
        }
    }

    private func result(_ name: String, threads: Int, respondents: Int, items: Int, seconds: Double) -> BenchResult {
        BenchResult(
            name: name, threads: threads, respondents: respondents, items: items, seconds: seconds,
            itemsPerSecond: Double(items) / seconds, peakMemoryBytes: Measurement.peakMemoryBytes())
    }
}

/// `count` indices split into `parts` contiguous ranges.
func chunkRanges(count: Int, parts: Int) -> [Range<Int>] {
    let size = max(1, (count + parts - 1) / max(1, parts))
    return chunkRanges(count: count, size: size)
}

/// `count` indices split into ranges of `size`.
func chunkRanges(count: Int, size: Int) -> [Range<Int>] {
    stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
}

/// A pointer that may be read from concurrent workers (the buffer outlives them).
struct Shared: @unchecked Sendable {
    let value: UnsafeBufferPointer<UInt8>
    init(_ value: UnsafeBufferPointer<UInt8>) { self.value = value }
}

/// Hands out work items to concurrent workers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard current < limit else { return nil }
            defer { current += 1 }
            return current
        }
    }
}

/// One slot per worker, summed at the end.
final class ParallelSums: @unchecked Sendable {
    private let lock = NSLock()
    private var sums: [UInt64]
    init(count: Int) { sums = [UInt64](repeating: 0, count: count) }
    func set(_ index: Int, _ value: UInt64) { lock.withLock { sums[index] = value } }
    var total: UInt64 { lock.withLock { sums.reduce(0, &+) } }
}
