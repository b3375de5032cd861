/// What the research figures share: escaped text, and each group's colour and marker shape
/// (circle, square, triangle, diamond), so that groups differ by shape as well as colour.
enum FigureMarks {
    /// Text for an SVG element or attribute, `&`, `<`, `>` and `"` escaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The colour of the group at `index`.
    static func colour(_ index: Int) -> String { colours[index % colours.count] }

    private static let colours = ["#1d4ed8", "#b45309", "#047857", "#7c3aed"]

    /// The marker of the group at `index`, centred on a point.
    static func marker(_ index: Int, x: Double, y: Double) -> String {
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        let colour = colour(index)
        switch index % 4 {
        case 1: return "<rect x=\"\(f(x - 4))\" y=\"\(f(y - 4))\" width=\"8\" height=\"8\" fill=\"\(colour)\"/>"
        case 2: return "<polygon points=\"\(f(x)),\(f(y - 5)) \(f(x + 5)),\(f(y + 4)) \(f(x - 5)),\(f(y + 4))\" fill=\"\(colour)\"/>"
        case 3: return "<polygon points=\"\(f(x)),\(f(y - 5)) \(f(x + 5)),\(f(y)) \(f(x)),\(f(y + 5)) \(f(x - 5)),\(f(y))\" fill=\"\(colour)\"/>"
        default: return "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"4\" fill=\"\(colour)\"/>"
        }
    }
}
