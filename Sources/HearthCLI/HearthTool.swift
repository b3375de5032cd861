import Foundation
import HearthCore

/// The `hearth` command-line tool: dispatches a subcommand and maps failures to exit codes.
///
/// Exit status: 0 success, 1 bad input (a file that cannot be read or does not fit its
/// format), 2 bad usage (unknown command or option, missing argument). Every command
/// answers `-h`/`--help`, and `hearth help <command>` prints the same text.
public enum HearthTool {
    /// The tool's version.
    public static let version = "0.1.0"

    /// The subcommands, in the order the overview lists them.
    static var commands: [any Subcommand.Type] {
        [
            ScoreCommand.self, InstrumentsCommand.self, NormsCommand.self, ProfileCommand.self, AssessCommand.self, ReportCommand.self,
            AnalyzeCommand.self, HelpCommand.self, VersionCommand.self,
        ]
    }

    /// The overview printed by `hearth`, `hearth help` and `hearth --help`.
    static var usage: String {
        let width = commands.map { $0.name.count }.max() ?? 0
        let lines = commands.map { "  " + $0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
        return """
            usage: hearth <command> [arguments]

            commands:
            \(lines.joined(separator: "\n"))

            'hearth <command> --help' (or -h, or 'hearth help <command>') shows a command's help.
            exit status: 0 success, 1 bad input, 2 bad usage
            """
    }

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
                    try command.init(io: io).run(rest)
                }
            }
            return 0
        } catch {
            io.writeStandardError("hearth: error: \(error.message)\n")
            return error.exitStatus
        }
    }

    /// The subcommand called `name`.
    ///
    /// - Throws: a usage error naming the closest command and listing them all.
    static func command(named name: String) throws(ToolError) -> any Subcommand.Type {
        guard let command = commands.first(where: { $0.name == name }) else {
            let near = EditDistance.suggestions(for: name, among: commands.map { $0.name }).first.map { "; did you mean '\($0)'?" } ?? ""
            throw .usage("unknown command '\(name.prefix(64))'\(near)\n\n" + usage)
        }
        return command
    }
}
