import Foundation
import HearthCore
import HearthScoring
import HearthSynthetic

// hearth-bench: scores synthetic cohorts through the hot path and reports rates and ratios.
// Figures from a debug build would be meaningless, so it refuses to run one.

func standardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

#if DEBUG
standardError("hearth-bench: refusing to report figures from a debug build; run `swift run -c release hearth-bench`")
exit(2)
#else
do {
    let options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
    if options.check { exit(try Check.run(options)) }
    let workload = Workload(options: options)
    var results: [BenchResult] = []
    func progress(_ text: String) { if !options.json { standardError(text) } }

    if workload.wants("plain-row-sum") || workload.wants("tscyc-shape") {
        let plan = try ScoringPlan(SyntheticKeys.definition(for: .tscyc))
        progress("generating \(options.respondents) TSCYC-shaped rows…")
        let matrix = try workload.cohort.matrix(plan.definition, rows: 0..<options.respondents)
        // Measured together, in turn: the ratios between them come from the same conditions.
        var jobs: [Workload.Job] = []
        for threads in workload.threadCounts {
            if workload.wants("plain-row-sum") { jobs.append(workload.plainRowSum(matrix, threads: threads)) }
            if workload.wants("tscyc-shape") { jobs.append(workload.streamScore("tscyc-shape", plan: plan, matrix: matrix, threads: threads)) }
        }
        results += workload.measure(jobs)
    }
    if workload.wants("cts2") {
        let plan = try ScoringPlan(Instruments.cts2())
        progress("generating \(options.respondents) CTS2 rows…")
        let matrix = try workload.cohort.matrix(plan.definition, rows: 0..<options.respondents)
        results += workload.measure(workload.threadCounts.map { workload.streamScore("cts2", plan: plan, matrix: matrix, threads: $0) })
    }
    if workload.wants("battery-scoring") || workload.wants("battery") {
        let families = max(1000, options.respondents / 10)
        progress("generating \(families) families…")
        let pipeline = try FamilyPipeline(definitions: try SyntheticKeys.definitions())
        let battery = try workload.batteryCohort(families: families)
        var jobs: [Workload.Job] = []
        for threads in workload.threadCounts {
            if workload.wants("battery-scoring") { jobs.append(workload.battery(battery, threads: threads, after: .nothing)) }
            if workload.wants("battery") { jobs.append(workload.battery(battery, threads: threads, after: .decisions(pipeline))) }
        }
        results += workload.measure(jobs)
    }
    if workload.wants("battery-explained") {
        // Reasons in words cost far more per family than deciding: a smaller cohort.
        let families = max(1000, options.respondents / 100)
        progress("generating \(families) families for the explained pipeline…")
        let pipeline = try FamilyPipeline(definitions: try SyntheticKeys.definitions())
        let battery = try workload.batteryCohort(families: families)
        results += workload.measure(workload.threadCounts.map { workload.battery(battery, threads: $0, after: .explanations(pipeline)) })
    }
    if workload.wants("sweep") {
        let plan = try ScoringPlan(SyntheticKeys.definition(for: .tscyc))
        let largest = max(10_000, options.respondents * 10)
        let sizes = sequence(first: 10_000) { $0 * 10 }.prefix { $0 <= largest }
        progress("sweep: \(Array(sizes))…")
        results += try workload.sweep(plan: plan, sizes: Array(sizes))
    }
    if workload.wants("cli-score") {
        // The command line's whole job on files: read, score on one thread, write.
        let directory = try workload.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("cohort.csv").path
        progress("writing a \(options.respondents)-row CTS2 CSV…")
        try workload.writeCohortFile(rows: options.respondents, to: input)
        results += workload.measure([workload.cliScore("cli-score", rows: options.respondents, input: input, output: directory.appendingPathComponent("scores.csv").path)])
    }
    if options.only == "cli-sweep" {
        // Only when asked: 10⁷ rows are 1.2 GB in and 4.5 GB out.
        let sizes = [100_000, 1_000_000, 10_000_000].filter { $0 <= max(options.respondents, 100_000) }
        progress("cli sweep: \(sizes)…")
        results += try workload.cliSweep(sizes: sizes)
    }
    print(options.json ? Report.json(results) : Report.table(results))
} catch let error as BenchError {
    standardError(error.message)
    exit(error.exitStatus)
} catch {
    standardError("hearth-bench: \(error)")
    exit(1)
}
#endif
