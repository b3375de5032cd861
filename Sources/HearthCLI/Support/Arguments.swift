/// The arguments of one subcommand: positional values and `--name value` options.
struct Arguments {
    var positional: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `arguments`, accepting only the named options (which take a value) and flags.
    init(_ arguments: [String], options allowed: Set<String>, flags allowedFlags: Set<String> = []) throws(ToolError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") {
                let name = String(argument.dropFirst(2))
                if allowedFlags.contains(name) {
                    flags.insert(name)
                } else if allowed.contains(name) {
                    guard index + 1 < arguments.count else { throw .usage("option --\(name) needs a value") }
                    guard options[name] == nil else { throw .usage("option --\(name) is given twice") }
                    options[name] = arguments[index + 1]
                    index += 1
                } else {
                    throw .usage("unknown option \(argument)")
                }
            } else {
                positional.append(argument)
            }
            index += 1
        }
    }

    /// An option's value as a whole number.
    func integer(_ name: String) throws(ToolError) -> Int? {
        guard let text = options[name] else { return nil }
        guard let value = Int(text) else { throw .usage("option --\(name) needs a whole number") }
        return value
    }
}
