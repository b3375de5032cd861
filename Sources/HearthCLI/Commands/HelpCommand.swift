import Foundation

/// `hearth help [<command>]`: the overview, or one command's help.
struct HelpCommand: Subcommand {
    static let name = "help"
    static let summary = "show this text, or a command's help"
    static let usage = """
        usage: hearth help [<command>]

        Shows the list of commands, or one command's help (the same as 'hearth <command> --help').

        exit status: 0 success, 2 unknown command
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        switch arguments.count {
        case 0: io.writeStandardOutput(Data((HearthTool.usage + "\n").utf8))
        case 1: io.writeStandardOutput(Data((try HearthTool.command(named: arguments[0]).usage + "\n").utf8))
        default: throw .usage("help takes at most one command", command: Self.name)
        }
    }
}

/// `hearth version`: the tool's version.
struct VersionCommand: Subcommand {
    static let name = "version"
    static let summary = "show the version"
    static let usage = """
        usage: hearth version

        Shows the tool's version (also 'hearth --version').

        exit status: 0 success, 2 bad usage
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        guard arguments.isEmpty else { throw .usage("version takes no arguments", command: Self.name) }
        io.writeStandardOutput(Data("hearth \(HearthTool.version)\n".utf8))
    }
}
