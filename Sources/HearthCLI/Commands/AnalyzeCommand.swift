import Foundation
import HearthResearch

/// `hearth analyze --config study.json [--output DIR] [--quiet]`: imports a study's files,
/// scores them and writes the report tables and analyses to a folder.
struct AnalyzeCommand {
    static let usage = """
        usage: hearth analyze --config study.json [--output DIR] [--quiet]

        Imports the study's REDCap and FHIR files through their mappings, scores every
        instrument, and writes the configured report tables (4.1, 4.9, 5.1, 6.1, 6.2) as
        CSV, Markdown and JSON, plus analyses.json and analyses.md, to DIR (default:
        'hearth-analysis' next to the configuration). Progress goes to standard error
        (stages and record counts, never data); --quiet silences it.
        See docs/research.md.
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, options: ["config", "output"], flags: ["quiet"])
        guard parsed.positional.isEmpty, let path = parsed.options["config"] else { throw .usage(Self.usage) }
        let data: Data
        do { data = try io.readFile(at: path) } catch { throw .data("cannot read '\(path)'") }
        let configuration: StudyConfiguration
        do { configuration = try StudyConfiguration.decode(data, source: path) } catch { throw .data(error.description) }
        let base = (path as NSString).deletingLastPathComponent
        let output = parsed.options["output"] ?? (base as NSString).appendingPathComponent("hearth-analysis")
        let io = self.io
        let quiet = parsed.flags.contains("quiet")
        let runner = StudyRunner(configuration: configuration, baseDirectory: base) { try io.readFile(at: $0) }
        let result: StudyResult
        do {
            result = try runner.run { message in if !quiet { io.writeStandardError("hearth: \(message)\n") } }
        } catch {
            throw .data(error.description)
        }
        let files: [(name: String, data: Data)]
        do { files = try result.files(formats: configuration.formats ?? ["csv", "markdown", "json"]) } catch { throw .data(error.description) }
        do { try io.createDirectory(at: output) } catch { throw .data("cannot create the output folder '\(output)'") }
        for file in files {
            let target = (output as NSString).appendingPathComponent(file.name)
            do { try io.writeFile(file.data, to: target) } catch { throw .data("cannot write '\(target)'") }
        }
        io.writeStandardOutput(Data("wrote \(files.count) files to \(output)\n".utf8))
    }
}
