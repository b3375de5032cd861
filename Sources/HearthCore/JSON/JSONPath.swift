/// JSON paths as messages print them: `family.members[0].age`, or `the top level`.
package enum JSONPath {
    /// A coding path as text.
    static func text(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue == "Index \(index)" || key.stringValue == "\(index)" {
                text += "[\(index)]"
            } else {
                let name = printable(key.stringValue)
                text += text.isEmpty ? name : "." + name
            }
        }
        return text
    }

    /// Where a path points, for messages: `at the top level` or `in family.members[0]`.
    static func describe(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "at the top level" : "in " + text(path)
    }

    /// A key as it may appear in a message: control characters replaced, at most 64
    /// characters (keys are schema vocabulary, but a stray key could be anything).
    package static func printable(_ key: String) -> String {
        let cleaned = String(String.UnicodeScalarView(key.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
        return cleaned.count > 64 ? String(cleaned.prefix(64)) + "…" : cleaned
    }
}

/// A coding key for array positions and arbitrary object keys.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }
}
