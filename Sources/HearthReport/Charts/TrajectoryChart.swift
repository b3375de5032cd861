import HearthCore
import HearthProfiles

/// The CTS2 total violence frequency per measured wave as a line chart, with the general
/// population's mean as a dashed line; every point carries its value in text.
struct TrajectoryChart {
    let points: [(label: String, value: Double)]
    /// The general population's mean, when the norms have it (Tierolf et al. 2014: 8 incidents).
    let mean: (label: String, value: Double)?
    let axis: String
    let id: String
    let description: String

    private static let left = 48.0, right = 460.0, top = 16.0, bottom = 160.0

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    var svg: String {
        let highest = max(points.map(\.value).max() ?? 0, mean?.value ?? 0, 1) * 1.15
        func y(_ value: Double) -> Double { Self.bottom - value / highest * (Self.bottom - Self.top) }
        func x(_ index: Int) -> Double {
            points.count < 2 ? (Self.left + Self.right) / 2 : Self.left + 20 + Double(index) / Double(points.count - 1) * (Self.right - Self.left - 40)
        }
        var svg = HTML()
        svg.element("svg", ["xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 480 200", "width": "480", "height": "200", "role": "img", "aria-labelledby": "\(id)-t"]) { s in
            s.element("title", ["id": "\(id)-t"], text: description)
            s.empty("line", ["x1": Self.format(Self.left), "y1": Self.format(Self.bottom), "x2": Self.format(Self.right), "y2": Self.format(Self.bottom), "stroke": "#6b7280"])
            s.empty("line", ["x1": Self.format(Self.left), "y1": Self.format(Self.top), "x2": Self.format(Self.left), "y2": Self.format(Self.bottom), "stroke": "#6b7280"])
            s.element("text", ["x": "4", "y": "10", "class": "tick"], text: axis)
            for fraction in [0.0, 0.5, 1.0] {
                let value = (highest / 1.15) * fraction
                s.element("text", ["x": Self.format(Self.left - 4), "y": Self.format(y(value) + 4), "text-anchor": "end", "class": "tick"], text: MessageArgument.format(value.rounded()))
            }
            if let mean {
                let at = Self.format(y(mean.value))
                s.empty("line", ["x1": Self.format(Self.left), "y1": at, "x2": Self.format(Self.right), "y2": at, "stroke": "#111827", "stroke-dasharray": "6 3"])
                s.element("text", ["x": Self.format(Self.right), "y": Self.format(y(mean.value) - 4), "text-anchor": "end", "class": "tick"], text: mean.label)
            }
            let line = points.indices.map { "\(Self.format(x($0))),\(Self.format(y(points[$0].value)))" }.joined(separator: " ")
            if points.count > 1 { s.empty("polyline", ["points": line, "fill": "none", "stroke": "#1d4ed8", "stroke-width": "2.5"]) }
            for (index, point) in points.enumerated() {
                s.empty("circle", ["cx": Self.format(x(index)), "cy": Self.format(y(point.value)), "r": "5", "fill": "#1d4ed8"])
                s.element("text", ["x": Self.format(x(index)), "y": Self.format(y(point.value) - 9), "text-anchor": "middle", "class": "value"], text: MessageArgument.format(point.value))
                s.element("text", ["x": Self.format(x(index)), "y": Self.format(Self.bottom + 16), "text-anchor": "middle", "class": "tick"], text: point.label)
            }
        }
        return svg.text
    }
}
