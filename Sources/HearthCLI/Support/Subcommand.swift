/// One `hearth` subcommand: its name, a line for the overview, its full help, and its work.
protocol Subcommand {
    /// The word that selects it (`hearth <name>`).
    static var name: String { get }
    /// One line for `hearth help`.
    static var summary: String { get }
    /// The text of `hearth <name> --help`: synopsis, description, options, exit status.
    static var usage: String { get }
    /// A command that reads and writes through `io`.
    init(io: any CommandIO)
    /// Runs the command with its arguments (without the command's name).
    func run(_ arguments: [String]) throws(ToolError)
}
