import HearthCore

/// The `--language en|nl` option of the commands that write sentences for people.
enum LanguageOption {
    /// The language an option names (`en`, `nl`; English when absent).
    ///
    /// - Throws: a usage error naming the languages for anything else.
    static func parse(_ text: String?, command: String) throws(ToolError) -> Language {
        guard let text else { return .english }
        guard let language = Language(rawValue: text.lowercased()) else {
            throw .usage("--language must be one of \(Language.allCases.map(\.rawValue).joined(separator: ", "))", command: command)
        }
        return language
    }
}
