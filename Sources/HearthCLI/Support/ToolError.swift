/// A failure of a command, with the exit status it maps to.
///
/// Messages name files, lines, columns, fields and JSON paths and the rule broken, never
/// the content of a cell or field (answers and identifiers are personal data). What the
/// user typed as an option (an instrument id, a population) may be named.
struct ToolError: Error, CustomStringConvertible {
    /// The process exit status: 1 for bad input, 2 for bad usage.
    var exitStatus: Int32
    /// What went wrong.
    var message: String

    /// A usage error (exit 2); with `command`, the message points to its help.
    static func usage(_ message: String, command: String? = nil) -> ToolError {
        let hint = command.map { "\n(see 'hearth \($0) --help')" } ?? ""
        return ToolError(exitStatus: 2, message: message + hint)
    }

    /// A bad-input error (exit 1).
    static func data(_ message: String) -> ToolError { ToolError(exitStatus: 1, message: message) }

    var description: String { message }
}
