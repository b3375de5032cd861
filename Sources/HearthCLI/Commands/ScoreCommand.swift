import Foundation
import HearthResearch
import HearthCore
import HearthNorms
import HearthScoring

/// `hearth score <instrument-id> [options]`: scores a cohort CSV.
struct ScoreCommand: Subcommand {
    static let name = "score"
    static let summary = "score a cohort CSV for one instrument"
    static let usage = """
        usage: hearth score <instrument-id> [--input FILE] [--output FILE] [--key FILE]
                            [--delimiter D] [--threads N] [--norms POPULATION] [--norm-file FILE]
                            [--auditc-cutoff-women N] [--auditc-cutoff-men N] [--mapping FILE]

        Reads a cohort CSV with the columns id, optional sex, partner_sex, age, wave, and
        <instrument-id>_<item> for every item (an empty cell is a skipped item); writes id
        (and wave), then <scale> and <scale>_status for every scale. Instrument ids ignore
        case; 'hearth instruments' lists them. An input or output named *.sav is an SPSS
        system file: variables named as the columns (system- and user-missing values are
        skipped items); scores as numeric variables labelled with their scale, statuses
        as codes with the status names as value labels.

        options:
          --input FILE            the CSV (or .sav) to read (default: standard input)
          --output FILE           where to write the scores, as CSV or, for *.sav, SPSS
                                  (default: standard output, CSV); never an input file
          --key FILE              the scoring key of an instrument that needs one
                                  (docs/key-files.md)
          --delimiter D           the input's field separator: ',' (default), ';' (Excel in
                                  Dutch) or '\\t' (tab)
          --threads N             scoring threads (default: every core)
          --norms POPULATION      adds <scale>_z, _t, _percentile, _band and _norm (the entry
                                  used, or why none applies) against POPULATION: reference
                                  (the general population), research (the reported
                                  families), or another population the norms define
                                  ('hearth norms' lists them; a --norm-file may add one)
          --norm-file FILE        adds a norm file's entries and licensed T tables
                                  (with --norms)
          --mapping FILE          reads the input as a project's export through a REDCap
                                  mapping (hearth-redcap-mapping@1, docs/research.md): a
                                  REDCap CSV export or an SPSS file whose variables the
                                  mapping names; its other instruments are left unread,
                                  events become waves, user-missing values keep their kind
          --auditc-cutoff-women N, --auditc-cutoff-men N
                                  AUDIT-C risk cut-offs (auditc only; default: women 3,
                                  men 4, the study's)
          -h, --help              shows this help

        exit status: 0 success, 1 bad input, 2 bad usage
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(
            arguments, command: "score",
            options: ["key", "input", "output", "threads", "auditc-cutoff-women", "auditc-cutoff-men", "norms", "norm-file", "delimiter", "mapping"])
        guard parsed.positional.count == 1, let instrumentID = parsed.positional.first else {
            throw .usage("score needs exactly one instrument id", command: "score")
        }
        let threads = try parsed.integer("threads", command: "score")
        if let threads, threads < 1 { throw .usage("--threads must be at least 1", command: "score") }
        let delimiter = try parsed.options["delimiter"].map { text throws(ToolError) in
            guard let delimiter = CSVDelimiter(spelling: text) else { throw .usage("--delimiter takes ',', ';' or '\\t'", command: "score") }
            return delimiter
        } ?? .comma
        if parsed.options["output"]?.lowercased().hasSuffix(".zsav") == true {
            throw .usage("Hearth writes SPSS files uncompressed (.sav); name the output .sav", command: "score")
        }
        if parsed.options["norm-file"] != nil, parsed.options["norms"] == nil {
            throw .usage("--norm-file needs --norms POPULATION", command: "score")
        }
        try OutputGuard(io: io).refuse(
            output: parsed.options["output"], inputs: [parsed.options["input"], parsed.options["key"], parsed.options["norm-file"], parsed.options["mapping"]].compactMap { $0 })
        let definition = try InstrumentResolver(io: io).definition(
            id: instrumentID, keyPath: parsed.options["key"],
            auditCCutoffs: (try parsed.integer("auditc-cutoff-women", command: "score"), try parsed.integer("auditc-cutoff-men", command: "score")))
        let comparator = try parsed.options["norms"].map { population throws(ToolError) in
            try NormLoader(io: io).comparator(population: population, file: parsed.options["norm-file"])
        }
        let plan: ScoringPlan
        do { plan = try ScoringPlan(definition) } catch { throw .data(error.description) }

        let source = parsed.options["input"] ?? "standard input"
        let input: any ByteInput
        do { input = try io.openInput(at: parsed.options["input"]) } catch {
            throw .data("cannot read " + (parsed.options["input"].map { "'\($0)'" } ?? source))
        }
        let outputPath = parsed.options["output"]
        let output: any StagedOutput
        do { output = try io.stageOutput(to: outputPath) } catch {
            throw .data((error as? OutputError)?.description ?? "cannot write " + (outputPath.map { "'\($0)'" } ?? "standard output"))
        }
        // A .zsav goes to the SPSS reader too, which refuses zlib compression by name.
        let inputIsSPSS = Self.isSPSS(parsed.options["input"]) || parsed.options["input"]?.lowercased().hasSuffix(".zsav") == true
        if let mappingPath = parsed.options["mapping"] {
            var stream = ScoreStream(plan: plan, definition: definition, options: ScoringOptions(threads: threads), norms: comparator)
            stream.format = Self.isSPSS(outputPath) ? .sav(inputID: nil) : .csv
            let mapped = MappedInput(
                mappingPath: mappingPath, input: input, source: source,
                isSPSS: inputIsSPSS, delimiter: delimiter)
            let scored: (rows: Int, notes: [String])
            do { scored = try scoreThroughMapping(mapped, stream: stream, to: output) } catch {
                output.discard()
                throw error
            }
            try finish(output, outputPath: outputPath, rows: scored.rows, notes: scored.notes)
            return
        }
        // The stream is specialised for each kind of reader (records are read a million times).
        func score(_ reader: some RecordSource, inputID: SPSSVariable?) throws(ToolError) {
            var stream = ScoreStream(plan: plan, definition: definition, options: ScoringOptions(threads: threads), norms: comparator)
            stream.format = Self.isSPSS(outputPath) ? .sav(inputID: inputID) : .csv
            let summary: ScoreStream.Summary
            do { summary = try stream.run(reader, source: source, to: output) } catch {
                // Nothing is delivered: a failure never leaves half a file.
                output.discard()
                throw error
            }
            try finish(output, outputPath: outputPath, rows: summary.rows, notes: [Self.unreadColumns(summary.ignoredColumns, source: source)].compactMap { $0 })
        }
        if inputIsSPSS {
            // An SPSS system file: variables named as the CSV columns; missing values of any kind are skipped answers.
            var spss: SPSSRecordSource
            do { spss = SPSSRecordSource(try SPSSReader(source: source) { buffer in try input.read(into: buffer) }) } catch {
                output.discard()
                throw .data(error.description)
            }
            // SPSS names are case-insensitive; a labelled numeric sex reads as its label's word.
            spss.expectedNames = CohortCSVReader.respondentColumns + definition.items.map { definition.id + "_" + $0.id }
            spss.sexColumns = ["sex", "partner_sex"]
            try score(spss, inputID: spss.reader.dictionary.variables.first { $0.name.lowercased() == "id" })
        } else {
            try score(CSVReader(source: source, delimiter: delimiter) { buffer in try input.read(into: buffer) }, inputID: nil)
        }
    }

    /// Delivers the output: an SPSS file's header gets its number of cases, known now (to a
    /// pipe it stays "unknown"); notes go to standard error; then the staged output is committed.
    private func finish(_ output: any StagedOutput, outputPath: String?, rows: Int, notes: [String]) throws(ToolError) {
        if Self.isSPSS(outputPath), rows <= Int(Int32.max) {
            _ = output.overwrite(withUnsafeBytes(of: Int32(rows).littleEndian) { Array($0) }, at: SPSSWriter.caseCountOffset)
        }
        for note in notes { io.writeStandardError("hearth: note: \(note)\n") }
        do { try output.commit() } catch {
            throw .data((error as? OutputError)?.description ?? "cannot write " + (outputPath.map { "'\($0)'" } ?? "standard output"))
        }
    }

    /// The note naming columns that were not read (at most 20 by name), if any.
    static func unreadColumns(_ columns: [String], source: String) -> String? {
        guard !columns.isEmpty else { return nil }
        return "\(source): columns not read: \(columns.prefix(20).joined(separator: ", "))" + (columns.count > 20 ? " and \(columns.count - 20) more" : "")
    }

    /// Whether a path names an SPSS system file (by its `.sav` extension).
    static func isSPSS(_ path: String?) -> Bool {
        path.map { $0.lowercased().hasSuffix(".sav") } ?? false
    }
}
