/// A failure of a command, with the exit status it maps to.
///
/// Messages name files, lines and columns, never the content of a cell (answers and
/// identifiers are personal data).
struct ToolError: Error, CustomStringConvertible {
    /// The process exit status: 1 for bad data, 2 for bad usage.
    var exitStatus: Int32
    /// What went wrong.
    var message: String

    static func usage(_ message: String) -> ToolError { ToolError(exitStatus: 2, message: message) }
    static func data(_ message: String) -> ToolError { ToolError(exitStatus: 1, message: message) }

    var description: String { message }
}
