/// A small writer of well-formed HTML: every text is escaped, every element closed, so a
/// report is valid XML as well as HTML (a test parses it). Attribute values are escaped too.
struct HTML {
    private(set) var text = ""

    /// Text with `&`, `<`, `>`, `"` and `'` escaped.
    static func escape(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Appends escaped text.
    mutating func add(_ value: String) { text += Self.escape(value) }

    /// Appends markup that is already well formed (a nested writer's output, an SVG).
    mutating func raw(_ markup: String) { text += markup }

    /// An element with attributes around what `body` writes.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: (inout HTML) -> Void = { _ in }) {
        text += "<" + name
        for (key, value) in attributes { text += " \(key)=\"\(Self.escape(value))\"" }
        text += ">"
        body(&self)
        text += "</\(name)>"
    }

    /// An element holding only escaped text.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text value: String) {
        element(name, attributes) { $0.add(value) }
    }

    /// A table's header: one row of column headings (`<thead><tr><th scope="col">…`).
    mutating func columnHeadings(_ headings: [String]) {
        element("thead") { head in
            head.element("tr") { row in
                for heading in headings { row.element("th", ["scope": "col"], text: heading) }
            }
        }
    }

    /// An empty element written as `<name ... />`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        text += "<" + name
        for (key, value) in attributes { text += " \(key)=\"\(Self.escape(value))\"" }
        text += "/>"
    }
}
