import Foundation
import HearthResearch

/// `hearth analyze --config study.json [--output DIR] [--quiet]`: imports a study's files,
/// scores them and writes the report tables and analyses to a folder.
struct AnalyzeCommand: Subcommand {
    static let name = "analyze"
    static let summary = "import REDCap/FHIR files, write the report's tables"
    static let usage = """
        usage: hearth analyze --config study.json [--output DIR] [--quiet]

        Imports the study's REDCap and FHIR files through their mappings, scores every
        instrument, and writes the configured report tables (any of the 33 tables of the
        report's chapters 4-7) as CSV, Markdown and JSON, the configured analyses
        (correlations, regressions, crosstabs, comparisons of means, mixed models) in
        analyses.json and analyses.md, and figures as SVG. Unknown keys in the
        configuration and mappings, and attributes, filter levels and waves the data do
        not have, are refused. See docs/research.md.

        options:
          --config FILE           the study configuration (required)
          --output DIR            where to write (default: 'hearth-analysis' next to the
                                  configuration); no file written may be an input file
          --quiet                 no progress on standard error (stages and record
                                  counts, never data)
          -h, --help              shows this help

        exit status: 0 success, 1 bad input, 2 bad usage
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, command: "analyze", options: ["config", "output"], flags: ["quiet"])
        guard parsed.positional.isEmpty else { throw .usage("analyze takes no positional arguments", command: "analyze") }
        guard let path = parsed.options["config"] else { throw .usage("analyze needs --config FILE", command: "analyze") }
        let data: Data
        do { data = try io.readFile(at: path) } catch { throw .data("cannot read '\(path)'") }
        let configuration: StudyConfiguration
        do { configuration = try StudyConfiguration.decode(data, source: path) } catch { throw .data(error.description) }
        let base = (path as NSString).deletingLastPathComponent
        let output = parsed.options["output"] ?? (base as NSString).appendingPathComponent("hearth-analysis")
        let io = self.io
        let quiet = parsed.flags.contains("quiet")
        // Refused before any work: an output folder that is the configuration itself.
        try OutputGuard(io: io).refuse(output: output, inputs: [path])
        let inputs = ReadFiles(first: path)
        let runner = StudyRunner(
            configuration: configuration, baseDirectory: base,
            readFile: { file in
                inputs.record(file)
                return try io.readFile(at: file)
            },
            openFile: { file in
                inputs.record(file)
                let input = try io.openInput(at: file)
                return { buffer in try input.read(into: buffer) }
            })
        let result: StudyResult
        do {
            result = try runner.run { message in if !quiet { io.writeStandardError("hearth: \(message)\n") } }
        } catch {
            throw .data(error.description)
        }
        let files: [(name: String, data: Data)]
        do { files = try result.files(formats: configuration.formats ?? StudyConfiguration.outputFormats) } catch { throw .data(error.description) }
        // Nor a file the study read (a data or mapping file named as the folder).
        try OutputGuard(io: io).refuse(output: output, inputs: inputs.paths)
        do { try io.createDirectory(at: output) } catch { throw .data("cannot create the output folder '\(output)'") }
        let targets = files.map { (output as NSString).appendingPathComponent($0.name) }
        for target in targets { try OutputGuard(io: io).refuse(output: target, inputs: inputs.paths) }
        for (file, target) in zip(files, targets) {
            do { try io.writeFile(file.data, to: target) } catch { throw .data("cannot write '\(target)'") }
        }
        io.writeStandardOutput(Data("wrote \(files.count) files to \(output)\n".utf8))
    }
}

/// The paths a study run read, so that no output overwrites one of them.
private final class ReadFiles {
    private(set) var paths: [String]
    init(first: String) { paths = [first] }
    func record(_ path: String) { paths.append(path) }
}
