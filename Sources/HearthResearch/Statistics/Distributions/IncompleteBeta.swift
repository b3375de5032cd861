import Foundation

/// The regularized incomplete beta function I_x(a, b), the core of the t distribution.
///
/// Evaluated by its continued fraction (Abramowitz & Stegun 26.5.8) with the modified
/// Lentz method, on the side of the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the
/// fraction converges fast. `complement` is 1 − x, passed separately so that callers can
/// compute it without cancellation (for the t distribution, t²/(ν + t²)).
enum IncompleteBeta {
    static func regularized(a: Double, b: Double, x: Double, complement: Double) -> Double {
        if x <= 0 { return 0 }
        if complement <= 0 { return 1 }
        if x > (a + 1) / (a + b + 2) {
            return 1 - regularized(a: b, b: a, x: complement, complement: x)
        }
        let logFront = a * log(x) + b * log(complement) - logBeta(a, b)
        return exp(logFront) / a / continuedFraction(a: a, b: b, x: x)
    }

    private static func logBeta(_ a: Double, _ b: Double) -> Double {
        lgamma(a) + lgamma(b) - lgamma(a + b)
    }

    /// 1 + d₁/(1 + d₂/(1 + …)), with d₂ₘ₊₁ = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1)) and
    /// d₂ₘ = m(b−m)x / ((a+2m−1)(a+2m)).
    private static func continuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        var value = 1.0
        var c = 1.0
        var d = 0.0
        for step in 1...10_000 {
            let m = Double(step / 2)
            let coefficient: Double
            if step % 2 == 1 {
                coefficient = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            } else {
                coefficient = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            }
            d = 1 + coefficient * d
            if abs(d) < tiny { d = tiny }
            d = 1 / d
            c = 1 + coefficient / c
            if abs(c) < tiny { c = tiny }
            let delta = c * d
            value *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return value
    }
}
