import HearthCore
import HearthNorms

/// A score against its reference norm as a horizontal bar in standard deviations (z from −3
/// to +4): the reference mean marked, the bands shaded with patterns and named in text (never
/// colour alone), the score as a marker. Shown only where z can be read.
struct ScoreChart {
    let z: Double
    /// Where the bands begin, in z: for raw norms "above mean + 1 SD" from 1; for T-scored
    /// instruments borderline and clinical from their T cut-offs ((T − 50) / 10).
    let borderlineFrom: Double?
    let elevatedFrom: Double
    /// The name of the upper band ("above mean + 1 SD", "clinical") and of the borderline band.
    let elevatedName: String
    let borderlineName: String?
    let meanName: String
    /// A unique prefix for the SVG ids of this chart.
    let id: String
    /// The text alternative.
    let description: String

    private static let lowest = -3.0, highest = 4.0, left = 8.0, width = 304.0

    private static func x(_ z: Double) -> Double { left + (min(max(z, lowest), highest) - lowest) / (highest - lowest) * width }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The SVG (well formed; `role="img"` with a title for screen readers).
    var svg: String {
        var svg = HTML()
        svg.element("svg", ["xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 320 58", "width": "320", "height": "58", "role": "img", "aria-labelledby": "\(id)-t"]) { s in
            s.element("title", ["id": "\(id)-t"], text: description)
            s.element("defs") { d in
                d.element("pattern", ["id": "\(id)-p1", "width": "6", "height": "6", "patternUnits": "userSpaceOnUse", "patternTransform": "rotate(45)"]) { p in
                    p.empty("line", ["x1": "0", "y1": "0", "x2": "0", "y2": "6", "stroke": "#b45309", "stroke-width": "2"])
                }
                d.element("pattern", ["id": "\(id)-p2", "width": "4", "height": "4", "patternUnits": "userSpaceOnUse", "patternTransform": "rotate(45)"]) { p in
                    p.empty("line", ["x1": "0", "y1": "0", "x2": "0", "y2": "4", "stroke": "#991b1b", "stroke-width": "2.5"])
                }
            }
            s.empty("rect", ["x": Self.format(Self.left), "y": "10", "width": Self.format(Self.width), "height": "14", "fill": "#f3f4f6", "stroke": "#6b7280"])
            if let borderlineFrom {
                let start = Self.x(borderlineFrom), end = Self.x(elevatedFrom)
                s.empty("rect", ["x": Self.format(start), "y": "10", "width": Self.format(end - start), "height": "14", "fill": "url(#\(id)-p1)"])
            }
            let start = Self.x(elevatedFrom)
            s.empty("rect", ["x": Self.format(start), "y": "10", "width": Self.format(Self.left + Self.width - start), "height": "14", "fill": "url(#\(id)-p2)"])
            s.element("text", ["x": Self.format(Self.left + Self.width - 2), "y": "8", "text-anchor": "end", "class": "band"], text: elevatedName)
            // The reference mean, and ticks at whole SDs.
            for tick in -2...3 {
                let at = Self.format(Self.x(Double(tick)))
                s.empty("line", ["x1": at, "y1": "24", "x2": at, "y2": "28", "stroke": "#6b7280"])
                s.element("text", ["x": at, "y": "38", "text-anchor": "middle", "class": "tick"], text: tick > 0 ? "+\(tick)" : "\(tick)")
            }
            let mean = Self.format(Self.x(0))
            s.empty("line", ["x1": mean, "y1": "6", "x2": mean, "y2": "28", "stroke": "#111827", "stroke-width": "2", "stroke-dasharray": "3 2"])
            s.element("text", ["x": mean, "y": "50", "text-anchor": "middle", "class": "tick"], text: meanName)
            // The score: a diamond (an arrow at the edge when beyond the range).
            let at = Self.x(z)
            let points = [(at, 9.0), (at + 6, 17.0), (at, 25.0), (at - 6, 17.0)].map { "\(Self.format($0.0)),\(Self.format($0.1))" }.joined(separator: " ")
            s.empty("polygon", ["points": points, "fill": "#1d4ed8", "stroke": "#ffffff", "stroke-width": "1"])
        }
        return svg.text
    }
}
