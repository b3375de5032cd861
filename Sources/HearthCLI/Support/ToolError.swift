import HearthCore

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
    /// The input line it concerns, when one (what orders the errors of a streamed file).
    var line: Int?

    /// A usage error (exit 2); with `command`, the message points to its help.
    static func usage(_ message: String, command: String? = nil) -> ToolError {
        let hint = command.map { "\n(see 'hearth \($0) --help')" } ?? ""
        return ToolError(exitStatus: 2, message: message + hint)
    }

    /// A bad-input error (exit 1).
    static func data(_ message: String, line: Int? = nil) -> ToolError { ToolError(exitStatus: 1, message: message, line: line) }

    /// A JSON input error (exit 1): `'file': line 3, column 7: family.members[0].sex: rule`
    /// (the path is left out where the message already says where, as for unknown keys).
    static func json(_ error: CoreError, in file: String) -> ToolError {
        var parts = ["'\(file)'"]
        if let line = error.line { parts.append("line \(line)" + (error.column.map { ", column \($0)" } ?? "")) }
        if let field = error.field, error.code != .unknownJSONKey, error.code != .missingJSONKey { parts.append(field) }
        return .data((parts + [error.message]).joined(separator: ": "))
    }

    var description: String { message }
}
