import Foundation

/// The `hearth` command-line tool: dispatches a subcommand and maps failures to exit codes.
///
/// Exit status: 0 success, 1 bad input (a file that cannot be read or does not fit its
/// format), 2 bad usage (unknown command or option, missing argument). Every command
/// answers `-h`/`--help`, and `hearth help <command>` prints the same text.
public enum HearthTool {
    /// The tool's version.
    public static let version = "0.1.0"

    /// One subcommand: its name, one line for the overview, its full usage, and its work.
    struct Command: Sendable {
        var name: String
        var summary: String
        var usage: String
        var run: @Sendable (any CommandIO, [String]) throws(ToolError) -> Void
    }

    static let commands: [Command] = [
        Command(name: "score", summary: "score a cohort CSV for one instrument", usage: ScoreCommand.usage) { io, arguments throws(ToolError) in
            try ScoreCommand(io: io).run(arguments)
        },
        Command(name: "instruments", summary: "list the instruments and whether each needs a key file", usage: InstrumentsCommand.usage) { io, arguments throws(ToolError) in
            try InstrumentsCommand(io: io).run(arguments)
        },
        Command(name: "norms", summary: "list the norm entries (the source report's statistics)", usage: NormsCommand.usage) { io, arguments throws(ToolError) in
            try NormsCommand(io: io).run(arguments)
        },
        Command(name: "profile", summary: "a family's violence profiles, typology and trajectory (JSON)", usage: ProfileCommand.usage) { io, arguments throws(ToolError) in
            try ProfileCommand(io: io).run(arguments)
        },
        Command(name: "assess", summary: "a safety assessment (JSON, or a readable explanation)", usage: AssessCommand.usage) { io, arguments throws(ToolError) in
            try AssessCommand(io: io).run(arguments)
        },
        Command(name: "analyze", summary: "import REDCap/FHIR files, write the report's tables", usage: AnalyzeCommand.usage) { io, arguments throws(ToolError) in
            try AnalyzeCommand(io: io).run(arguments)
        },
        Command(name: "help", summary: "show this text, or a command's help", usage: helpUsage) { io, arguments throws(ToolError) in
            try help(arguments, io: io)
        },
        Command(name: "version", summary: "show the version", usage: versionUsage) { io, arguments throws(ToolError) in
            guard arguments.isEmpty else { throw .usage("version takes no arguments", command: "version") }
            io.writeStandardOutput(Data("hearth \(version)\n".utf8))
        },
    ]

    /// The overview printed by `hearth`, `hearth help` and `hearth --help`.
    static var usage: String {
        let width = commands.map(\.name.count).max() ?? 0
        let lines = commands.map { "  " + $0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
        return """
            usage: hearth <command> [arguments]

            commands:
            \(lines.joined(separator: "\n"))

            'hearth <command> --help' (or -h, or 'hearth help <command>') shows a command's help.
            exit status: 0 success, 1 bad input, 2 bad usage
            """
    }

    static let helpUsage = """
        usage: hearth help [<command>]

        Shows the list of commands, or one command's help (the same as 'hearth <command> --help').

        exit status: 0 success, 2 unknown command
        """

    static let versionUsage = """
        usage: hearth version

        Shows the tool's version (also 'hearth --version').

        exit status: 0 success, 2 bad usage
        """

    /// Runs the tool with `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], io: any CommandIO) -> Int32 {
        guard let name = arguments.first else {
            io.writeStandardError(usage + "\n")
            return 2
        }
        let rest = Array(arguments.dropFirst())
        do throws(ToolError) {
            switch name {
            case "--help", "-h":
                io.writeStandardOutput(Data((usage + "\n").utf8))
            case "--version":
                io.writeStandardOutput(Data("hearth \(version)\n".utf8))
            default:
                let command = try self.command(named: name)
                if rest.contains("--help") || rest.contains("-h") {
                    io.writeStandardOutput(Data((command.usage + "\n").utf8))
                } else {
                    try command.run(io, rest)
                }
            }
            return 0
        } catch {
            io.writeStandardError("hearth: error: \(error.message)\n")
            return error.exitStatus
        }
    }

    private static func command(named name: String) throws(ToolError) -> Command {
        guard let command = commands.first(where: { $0.name == name }) else {
            let near = EditDistanceHint.closest(to: name, among: commands.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
            throw .usage("unknown command '\(name.prefix(64))'\(near)\n\n" + usage)
        }
        return command
    }

    private static func help(_ arguments: [String], io: any CommandIO) throws(ToolError) {
        switch arguments.count {
        case 0: io.writeStandardOutput(Data((usage + "\n").utf8))
        case 1: io.writeStandardOutput(Data((try command(named: arguments[0]).usage + "\n").utf8))
        default: throw .usage("help takes at most one command", command: "help")
        }
    }
}
