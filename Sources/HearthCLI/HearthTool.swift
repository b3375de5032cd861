import Foundation

/// The `hearth` command-line tool: dispatches a subcommand and maps failures to exit codes.
public enum HearthTool {
    /// The tool's version.
    public static let version = "0.1.0"

    static let usage = """
        usage: hearth <command> [arguments]

        commands:
          score <instrument-id> [--key FILE] [--input FILE] [--output FILE]
                                 score a cohort CSV (see `hearth score --help`)
          instruments            list the instruments and whether each needs a key file
          norms [--norm-file FILE]
                                 list the norm entries (the source report's statistics)
          profile <family.json> [--excess-threshold N]
                                 the family's violence profiles, typology and trajectory (JSON)
          assess <input.json> [--as-of YYYY-MM-DD] [--explain]
                                 a safety assessment (JSON, or a readable explanation)
          analyze --config study.json [--output DIR] [--quiet]
                                 import REDCap/FHIR files, write the report's tables
          help                   show this text
          version                show the version

        Exit status: 0 success, 1 bad data, 2 bad usage.
        """

    /// Runs the tool with `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], io: any CommandIO) -> Int32 {
        guard let command = arguments.first else {
            io.writeStandardError(usage + "\n")
            return 2
        }
        let rest = Array(arguments.dropFirst())
        do throws(ToolError) {
            switch command {
            case "score":
                if rest.contains("--help") {
                    io.writeStandardOutput(Data((ScoreCommand.usage + "\n").utf8))
                } else {
                    try ScoreCommand(io: io).run(rest)
                }
            case "instruments":
                try InstrumentsCommand(io: io).run(rest)
            case "norms":
                try NormsCommand(io: io).run(rest)
            case "profile":
                try ProfileCommand(io: io).run(rest)
            case "assess":
                try AssessCommand(io: io).run(rest)
            case "analyze":
                if rest.contains("--help") {
                    io.writeStandardOutput(Data((AnalyzeCommand.usage + "\n").utf8))
                } else {
                    try AnalyzeCommand(io: io).run(rest)
                }
            case "help", "--help", "-h":
                io.writeStandardOutput(Data((usage + "\n").utf8))
            case "version", "--version":
                io.writeStandardOutput(Data("hearth \(version)\n".utf8))
            default:
                throw .usage("unknown command '\(command)'\n" + usage)
            }
            return 0
        } catch {
            io.writeStandardError("hearth: error: \(error.message)\n")
            return error.exitStatus
        }
    }
}
