import Foundation
import HearthResearch
import HearthCore
import HearthNorms
import HearthScoring

/// `hearth score <instrument-id> [--key FILE] [--input FILE] [--output FILE]`.
struct ScoreCommand {
    static let usage = """
        usage: hearth score <instrument-id> [--key FILE] [--input FILE] [--output FILE]
                            [--threads N] [--auditc-cutoff-women N] [--auditc-cutoff-men N]
                            [--norms reference|research|NAME] [--norm-file FILE]
        Reads a CSV (standard input by default) with columns id, optional sex, partner_sex,
        age, wave, and <instrument-id>_<item> for every item; writes id (and wave), then
        <scale> and <scale>_status for every scale (standard output by default).
        With --norms, adds <scale>_z, _t, _percentile, _band and _norm (the entry used, or
        why none applies) against that population; --norm-file adds licensed T tables.
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(
            arguments, options: ["key", "input", "output", "threads", "auditc-cutoff-women", "auditc-cutoff-men", "norms", "norm-file"])
        guard parsed.positional.count == 1, let instrumentID = parsed.positional.first else {
            throw .usage("score needs exactly one instrument id\n" + Self.usage)
        }
        let threads = try parsed.integer("threads")
        if let threads, threads < 1 { throw .usage("--threads must be at least 1") }
        let definition = try InstrumentResolver(io: io).definition(
            id: instrumentID, keyPath: parsed.options["key"],
            auditCCutoffs: (try parsed.integer("auditc-cutoff-women"), try parsed.integer("auditc-cutoff-men")))
        let plan: ScoringPlan
        do { plan = try ScoringPlan(definition) } catch { throw .data(error.description) }

        let source = parsed.options["input"] ?? "standard input"
        let input: Data
        do {
            input = try parsed.options["input"].map { try io.readFile(at: $0) } ?? io.readStandardInput()
        } catch {
            throw .data("cannot read \(source)")
        }
        let table: CSVTable
        do { table = try CSVTable(parsing: input, source: source) } catch { throw .data(error.description) }
        let (matrix, hasWave) = try CohortCSVReader(definition: definition, source: source).read(table)
        let scores: ScoreTable
        do { scores = try plan.score(matrix, options: ScoringOptions(threads: threads)) } catch { throw .data(error.description) }
        if parsed.options["norm-file"] != nil, parsed.options["norms"] == nil { throw .usage("--norm-file needs --norms POPULATION") }
        let comparator = try parsed.options["norms"].map { population throws(ToolError) in
            NormComparator(normSet: try NormLoader(io: io).load(file: parsed.options["norm-file"]), population: population)
        }
        let output = try ScoreCSV(table: scores, includeWave: hasWave, norms: comparator).render()
        // Everything is rendered before anything is written, so a failure never leaves half a file.
        if let path = parsed.options["output"] {
            do { try io.writeFile(output, to: path) } catch { throw .data("cannot write '\(path)'") }
        } else {
            io.writeStandardOutput(output)
        }
    }
}
