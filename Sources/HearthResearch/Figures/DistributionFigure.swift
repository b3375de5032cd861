import Foundation

/// A Table 6.x comparison as an SVG figure: per scale, each group's mean with a bar of ± 1 SD
/// (the spread the report prints), and n — the research group against the reference group at
/// a glance. Each scale has its own axis (the scales' ranges differ); groups differ by marker
/// shape as well as colour, and every number is in the figure's description.
public struct DistributionFigure: Sendable {
    /// The table (its columns `<group> N`, `<group> Mean`, `<group> SD`).
    public var table: ReportTable

    /// Creates a figure of a comparison table.
    public init(table: ReportTable) { self.table = table }

    /// The tables drawn this way: the children's emotional security and trauma by group.
    public static let tableIDs: Set<String> = ["6.1", "6.2"]

    /// The file name: `figure-table-<id>.svg`.
    public var fileName: String { "figure-table-\(table.id).svg" }

    /// One group's numbers on one scale.
    struct Spread { var group: String; var n: Double?; var mean: Double?; var sd: Double? }

    /// The groups, from the columns `<group> Mean`.
    var groups: [String] { table.columns.compactMap { $0.hasSuffix(" Mean") ? String($0.dropLast(5)) : nil } }

    /// The scales (rows that are not section headings) and each group's spread.
    /// A scale's label carries its section's instrument ("SIMS-PR: Overt avoidance"): the
    /// SIMS-PR and SIS share scale names.
    var scales: [(label: String, spreads: [Spread])] {
        var section: String?, result: [(label: String, spreads: [Spread])] = []
        for row in table.rows {
            if row.isSection {
                // "Young children (SIMS-PR)" → "SIMS-PR".
                let label = row.label
                section = label.firstIndex(of: "(").flatMap { open in label.lastIndex(of: ")").map { String(label[label.index(after: open)..<$0]) } } ?? label
                continue
            }
            // Cells follow the columns after the label column.
            func value(_ column: String) -> Double? {
                guard let index = table.columns.firstIndex(of: column), index >= 1, index - 1 < row.cells.count else { return nil }
                return row.cells[index - 1].value
            }
            let spreads = groups.map { Spread(group: $0, n: value("\($0) N"), mean: value("\($0) Mean"), sd: value("\($0) SD")) }
            result.append((section.map { "\($0): \(row.label)" } ?? row.label, spreads))
        }
        return result
    }

    static func number(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "n/a" }

    /// The figure's description: every number it shows, in words.
    public var description: String {
        var parts = ["Table \(table.id), \(table.title): mean ± 1 SD per group"]
        for scale in scales {
            let groups = scale.spreads.map { "\($0.group) \(Self.number($0.mean)) (SD \(Self.number($0.sd)), n \($0.n.map { String(Int($0)) } ?? "n/a"))" }
            parts.append("\(scale.label): " + groups.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    /// The SVG document.
    public var svg: String {
        let rows = scales
        let rowHeight = 22.0 * Double(max(groups.count, 1)) + 14
        let height = 40 + rowHeight * Double(rows.count) + 30
        let (labelRight, left, right) = (230.0, 250.0, 620.0)
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 760 \(f(height))\" width=\"760\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"title desc\">"
        out += "<title id=\"title\">\(FigureMarks.escape("Table \(table.id): \(table.title)"))</title><desc id=\"desc\">\(FigureMarks.escape(description))</desc>"
        out += "<style>text { font-family: system-ui, Arial, sans-serif; font-size: 11px; fill: #111827; } .small { font-size: 9px; fill: #374151; }</style>"
        for (index, group) in groups.enumerated() {
            let x = left + Double(index) * 150
            out += FigureMarks.marker(index, x: x, y: 20) + "<text x=\"\(f(x + 10))\" y=\"24\">\(FigureMarks.escape(group)): mean ± 1 SD</text>"
        }
        for (row, scale) in rows.enumerated() {
            let top = 40 + rowHeight * Double(row)
            let values = scale.spreads.flatMap { spread -> [Double] in
                guard let mean = spread.mean else { return [] }
                return [mean - (spread.sd ?? 0), mean + (spread.sd ?? 0)]
            }
            let low = min(values.min() ?? 0, 0), high = max(values.max() ?? 1, low + 1)
            func x(_ value: Double) -> Double { left + (value - low) / (high - low) * (right - left) }
            out += "<text x=\"\(f(labelRight))\" y=\"\(f(top + 14))\" text-anchor=\"end\">\(FigureMarks.escape(scale.label))</text>"
            out += "<line x1=\"\(f(left))\" y1=\"\(f(top + rowHeight - 8))\" x2=\"\(f(right))\" y2=\"\(f(top + rowHeight - 8))\" stroke=\"#d1d5db\"/>"
            out += "<text x=\"\(f(left))\" y=\"\(f(top + rowHeight - 1))\" class=\"small\">\(Self.number(low))</text>"
            out += "<text x=\"\(f(right))\" y=\"\(f(top + rowHeight - 1))\" text-anchor=\"end\" class=\"small\">\(Self.number(high))</text>"
            for (index, spread) in scale.spreads.enumerated() {
                guard let mean = spread.mean else { continue }
                let colour = FigureMarks.colour(index), y = top + 10 + 22 * Double(index)
                if let sd = spread.sd {
                    out += "<line x1=\"\(f(x(mean - sd)))\" y1=\"\(f(y))\" x2=\"\(f(x(mean + sd)))\" y2=\"\(f(y))\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
                }
                out += FigureMarks.marker(index, x: x(mean), y: y)
                let n = spread.n.map { " n \(Int($0))" } ?? ""
                out += "<text x=\"\(f(right + 8))\" y=\"\(f(y + 4))\" class=\"small\">\(FigureMarks.escape(Self.number(mean) + " (" + Self.number(spread.sd) + ")" + n))</text>"
            }
        }
        return out + "</svg>\n"
    }
}
