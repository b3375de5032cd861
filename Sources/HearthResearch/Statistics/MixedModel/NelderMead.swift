/// Unconstrained minimisation by the Nelder–Mead simplex (Nelder & Mead 1965; the
/// adaptive coefficients of Gao & Han 2012 are not needed at these few dimensions),
/// restarted from the best point until a restart no longer improves it: restarts guard
/// against the simplex collapsing early, a known weakness of the method.
enum NelderMead {
    static func minimize(_ f: ([Double]) -> Double, from start: [Double], step: Double = 0.5, tolerance: Double = 1e-12) -> (x: [Double], value: Double) {
        var best = (x: start, value: f(start))
        var size = step
        for _ in 0..<50 {
            let result = run(f, from: best.x, step: size, tolerance: tolerance)
            let improved = best.value - result.value
            if result.value < best.value { best = result }
            if improved <= tolerance * (1 + abs(best.value)) { break }
            size = Swift.max(size / 4, 1e-4)
        }
        return best
    }

    private static func run(_ f: ([Double]) -> Double, from start: [Double], step: Double, tolerance: Double) -> (x: [Double], value: Double) {
        let k = start.count
        var points = [start]
        for i in 0..<k {
            var point = start
            point[i] += point[i] == 0 ? step : step * Swift.max(1, abs(point[i]))
            points.append(point)
        }
        var values = points.map(f)
        for _ in 0..<(2000 * k) {
            let order = values.indices.sorted { values[$0] < values[$1] }
            points = order.map { points[$0] }
            values = order.map { values[$0] }
            let spread = abs(values[k] - values[0])
            let width = (1...k).map { i in zip(points[i], points[0]).map { abs($0 - $1) }.max() ?? 0 }.max() ?? 0
            if spread <= tolerance * (1 + abs(values[0])) && width < 1e-10 { break }
            var centroid = [Double](repeating: 0, count: k)
            for i in 0..<k { for j in 0..<k { centroid[j] += points[i][j] / Double(k) } }
            func along(_ t: Double) -> [Double] { (0..<k).map { centroid[$0] + t * (points[k][$0] - centroid[$0]) } }
            let reflected = along(-1), reflectedValue = f(reflected)
            if reflectedValue < values[0] {
                let expanded = along(-2), expandedValue = f(expanded)
                (points[k], values[k]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue)
            } else if reflectedValue < values[k - 1] {
                (points[k], values[k]) = (reflected, reflectedValue)
            } else {
                let contracted = reflectedValue < values[k] ? along(-0.5) : along(0.5)
                let contractedValue = f(contracted)
                if contractedValue < Swift.min(reflectedValue, values[k]) {
                    (points[k], values[k]) = (contracted, contractedValue)
                } else {
                    for i in 1...k {
                        points[i] = (0..<k).map { points[0][$0] + 0.5 * (points[i][$0] - points[0][$0]) }
                        values[i] = f(points[i])
                    }
                }
            }
        }
        let index = values.indices.min { values[$0] < values[$1] } ?? 0
        return (points[index], values[index])
    }
}
