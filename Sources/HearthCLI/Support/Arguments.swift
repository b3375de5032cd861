import HearthCore

/// The arguments of one subcommand: positional values, `--name value` (or `--name=value`)
/// options and `--flag`s.
struct Arguments {
    var positional: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `arguments`, accepting only the named options (which take a value) and flags.
    ///
    /// - Throws: a usage error for an unknown option (naming the closest known one), an
    ///   option without its value, or an option given twice.
    init(_ arguments: [String], command: String, options allowed: Set<String>, flags allowedFlags: Set<String> = []) throws(ToolError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.count > 1, argument.hasPrefix("-") else {
                positional.append(argument)
                index += 1
                continue
            }
            var name = String(argument.drop { $0 == "-" })
            var inline: String?
            if let equals = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if allowedFlags.contains(name), argument.hasPrefix("--") {
                guard inline == nil else { throw .usage("--\(name) takes no value", command: command) }
                guard flags.insert(name).inserted else { throw .usage("option --\(name) is given twice", command: command) }
            } else if allowed.contains(name), argument.hasPrefix("--") {
                let value: String
                if let inline {
                    value = inline
                } else {
                    guard index + 1 < arguments.count else { throw .usage("option --\(name) needs a value", command: command) }
                    value = arguments[index + 1]
                    index += 1
                }
                guard options[name] == nil else { throw .usage("option --\(name) is given twice", command: command) }
                options[name] = value
            } else {
                let known = (allowed.union(allowedFlags)).sorted()
                let near = EditDistance.suggestions(for: name, among: known).first.map { "; did you mean --\($0)?" } ?? ""
                throw .usage("unknown option \(argument.prefix(64))\(near)", command: command)
            }
            index += 1
        }
    }

    /// An option's value as a whole number.
    func integer(_ name: String, command: String) throws(ToolError) -> Int? {
        guard let text = options[name] else { return nil }
        guard let value = Int(text) else { throw .usage("option --\(name) needs a whole number", command: command) }
        return value
    }
}
