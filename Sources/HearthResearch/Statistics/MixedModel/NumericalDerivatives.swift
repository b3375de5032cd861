/// Derivatives by central differences with Richardson extrapolation (as R's numDeriv,
/// which lmerTest uses for the same quantities): four step sizes h, h/2, h/4, h/8 with
/// h = 0.1·|x| (10⁻⁴ at 0), combined to cancel the h², h⁴ and h⁶ error terms.
enum NumericalDerivatives {
    private static func steps(_ x: Double) -> [Double] {
        let h = abs(x) < 1e-4 ? 1e-4 : 0.1 * abs(x)
        return (0..<4).map { h / Double(1 << $0) }
    }

    /// Richardson's table: estimates at halving steps, each column removing one more even power.
    private static func extrapolate(_ estimates: [Double]) -> Double {
        var table = estimates
        var factor = 4.0
        for level in 1..<table.count {
            for i in stride(from: table.count - 1, through: level, by: -1) {
                table[i] = (factor * table[i] - table[i - 1]) / (factor - 1)
            }
            factor *= 4
        }
        return table[table.count - 1]
    }

    /// ∂f/∂xᵢ for every i, of a vector-valued f (the Jacobian, one column per xᵢ).
    static func jacobian(_ f: ([Double]) -> [Double], at x: [Double]) -> [[Double]] {
        x.indices.map { i in
            let hs = steps(x[i])
            let estimates = hs.map { h -> [Double] in
                var plus = x, minus = x
                plus[i] += h
                minus[i] -= h
                return zip(f(plus), f(minus)).map { ($0 - $1) / (2 * h) }
            }
            let count = estimates.first?.count ?? 0
            return (0..<count).map { component in extrapolate(estimates.map { $0[component] }) }
        }
    }

    /// The Hessian of a scalar f, row-major.
    static func hessian(_ f: ([Double]) -> Double, at x: [Double]) -> [Double] {
        let k = x.count
        var result = [Double](repeating: 0, count: k * k)
        let center = f(x)
        for i in 0..<k {
            let hi = steps(x[i])
            result[i * k + i] = extrapolate(hi.map { h in
                var plus = x, minus = x
                plus[i] += h
                minus[i] -= h
                return (f(plus) - 2 * center + f(minus)) / (h * h)
            })
            for j in 0..<i {
                let hj = steps(x[j])
                let value = extrapolate(zip(hi, hj).map { a, b in
                    func at(_ si: Double, _ sj: Double) -> Double {
                        var point = x
                        point[i] += si * a
                        point[j] += sj * b
                        return f(point)
                    }
                    return (at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4 * a * b)
                })
                result[i * k + j] = value
                result[j * k + i] = value
            }
        }
        return result
    }
}
