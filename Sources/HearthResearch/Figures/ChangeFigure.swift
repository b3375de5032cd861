import Foundation

/// A change between two waves as an SVG figure: per group the mean at each wave with its 95 %
/// confidence interval (mean ± t₀.₉₇₅,ₙ₋₁ · SD/√n, the people measured at both waves), and n
/// at each wave — how many had a value at the earlier wave and how many of them at both, since
/// attrition between the waves is large. Groups differ by marker shape as well as colour.
/// Self-contained SVG (no script or font from the network), with a title and a description.
public struct ChangeFigure: Sendable {
    /// The changes of one column between the same two waves, one per group.
    public var changes: [WaveChange]

    /// Creates a figure of changes (all of one column and the same two waves).
    public init(changes: [WaveChange]) { self.changes = changes }

    /// One group's points: mean and 95 % CI at each wave, or `nil` without two values.
    struct Point { var mean: Double; var low: Double?; var high: Double? }

    /// Mean and 95 % interval of a summary (no interval below two values).
    static func point(_ summary: SummaryStatistics) -> Point? {
        guard let mean = summary.mean else { return nil }
        guard summary.count >= 2, let error = summary.standardError,
              let t = try? StudentTDistribution(degreesOfFreedom: Double(summary.count - 1)).quantile(0.975) else {
            return Point(mean: mean, low: nil, high: nil)
        }
        return Point(mean: mean, low: mean - t * error, high: mean + t * error)
    }

    /// The file name: `figure-change-<instrument>-<scale>-w<from>-w<to>.svg`.
    public var fileName: String {
        guard let first = changes.first else { return "figure-change.svg" }
        return "figure-change-\(first.column.instrument)-\(first.column.scales.joined(separator: "+"))-w\(first.fromWave)-w\(first.toWave).svg"
    }

    /// The figure's description: every number it shows, in words.
    public var description: String {
        guard let first = changes.first else { return "no change to show" }
        var parts = ["Mean with 95% confidence interval of \(first.column) at wave \(first.fromWave) and wave \(first.toWave), people measured at both"]
        for change in changes {
            func text(_ point: Point?, wave: Int) -> String {
                guard let point else { return "wave \(wave): no value" }
                let interval = point.low.map { low in " (95% CI \(Self.number(low))–\(Self.number(point.high ?? low)))" } ?? " (no interval)"
                return "wave \(wave): \(Self.number(point.mean))\(interval)"
            }
            let measured = change.measuredAtFromWave.map { "n = \(change.before.count) of \($0) measured at wave \(change.fromWave)" } ?? "n = \(change.before.count)"
            parts.append("\(change.group.description): \(text(Self.point(change.before), wave: change.fromWave)), \(text(Self.point(change.after), wave: change.toWave)); \(measured)")
        }
        return parts.joined(separator: "; ")
    }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }

    /// The SVG document.
    public var svg: String {
        let points = changes.map { (Self.point($0.before), Self.point($0.after)) }
        let values = points.flatMap { [$0.0, $0.1].compactMap { $0 }.flatMap { [$0.mean, $0.low ?? $0.mean, $0.high ?? $0.mean] } }
        let lowest = values.min() ?? 0, highest = values.max() ?? 1
        let pad = max((highest - lowest) * 0.1, 0.5)
        let (bottom, top) = (lowest - pad, highest + pad)
        let (left, right, upper, lower) = (70.0, 420.0, 30.0, 220.0)
        func y(_ value: Double) -> Double { lower - (value - bottom) / (top - bottom) * (lower - upper) }
        let waveX = [left + 60, right - 60]
        var out = ""
        func add(_ element: String) { out += element }
        let f = Self.number
        add(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 280" width="560" height="280" role="img" aria-labelledby="title desc">"#)
        add("<title id=\"title\">\(FigureMarks.escape(changes.first.map { "\($0.column): wave \($0.fromWave) to wave \($0.toWave)" } ?? "change"))</title>")
        add("<desc id=\"desc\">\(FigureMarks.escape(description))</desc>")
        add(#"<style>text { font-family: system-ui, Arial, sans-serif; font-size: 11px; fill: #111827; } .small { font-size: 9px; }</style>"#)
        add("<line x1=\"\(f(left))\" y1=\"\(f(upper))\" x2=\"\(f(left))\" y2=\"\(f(lower))\" stroke=\"#6b7280\"/>")
        add("<line x1=\"\(f(left))\" y1=\"\(f(lower))\" x2=\"\(f(right))\" y2=\"\(f(lower))\" stroke=\"#6b7280\"/>")
        for step in 0...4 {
            let value = bottom + (top - bottom) * Double(step) / 4
            add("<text x=\"\(f(left - 6))\" y=\"\(f(y(value) + 4))\" text-anchor=\"end\" class=\"small\">\(f(value))</text>")
        }
        if let first = changes.first {
            for (index, wave) in [first.fromWave, first.toWave].enumerated() {
                add("<text x=\"\(f(waveX[index]))\" y=\"\(f(lower + 16))\" text-anchor=\"middle\">wave \(wave)</text>")
            }
        }
        for (index, (change, pair)) in zip(changes, points).enumerated() {
            let colour = FigureMarks.colour(index)
            let offset = Double(index) * 8 - Double(changes.count - 1) * 4
            let xs = waveX.map { $0 + offset }
            if let a = pair.0, let b = pair.1 {
                add("<line x1=\"\(f(xs[0]))\" y1=\"\(f(y(a.mean)))\" x2=\"\(f(xs[1]))\" y2=\"\(f(y(b.mean)))\" stroke=\"\(colour)\" stroke-width=\"2\"/>")
            }
            for (at, point) in [(xs[0], pair.0), (xs[1], pair.1)] {
                guard let point else { continue }
                if let low = point.low, let high = point.high {
                    add("<line x1=\"\(f(at))\" y1=\"\(f(y(low)))\" x2=\"\(f(at))\" y2=\"\(f(y(high)))\" stroke=\"\(colour)\"/>")
                    for end in [low, high] { add("<line x1=\"\(f(at - 4))\" y1=\"\(f(y(end)))\" x2=\"\(f(at + 4))\" y2=\"\(f(y(end)))\" stroke=\"\(colour)\"/>") }
                }
                add(FigureMarks.marker(index, x: at, y: y(point.mean)))
            }
            // The legend: shape, group, n at each wave.
            let legendY = upper + Double(index) * 30
            add(FigureMarks.marker(index, x: right + 16, y: legendY))
            add("<text x=\"\(f(right + 26))\" y=\"\(f(legendY + 4))\">\(FigureMarks.escape(change.group.description))</text>")
            let counts = change.measuredAtFromWave.map { "n = \($0) → \(change.before.count)" } ?? "n = \(change.before.count)"
            add("<text x=\"\(f(right + 26))\" y=\"\(f(legendY + 16))\" class=\"small\">\(FigureMarks.escape(counts))</text>")
        }
        add("<text x=\"\(f(left))\" y=\"\(f(lower + 40))\" class=\"small\">mean and 95% CI of the people measured at both waves; n = measured at the first wave → at both</text>")
        add("</svg>\n")
        return out
    }
}
