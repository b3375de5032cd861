import Foundation

/// The regularized incomplete gamma functions P(a, x) = γ(a, x)/Γ(a) and
/// Q(a, x) = 1 − P(a, x), the core of the chi-square distribution.
///
/// P by its power series x^a e^(−x)/Γ(a+1) · Σ x^k/((a+1)…(a+k)) where x < a + 1, Q by
/// its continued fraction (Abramowitz & Stegun 6.5.31, modified Lentz) elsewhere: each
/// is evaluated on the side where it converges fast and keeps its relative precision, so
/// a small upper tail is not the difference of two numbers near 1.
enum IncompleteGamma {
    /// Q(a, x) for a > 0: the upper tail.
    static func upper(a: Double, x: Double) -> Double {
        if x.isNaN || a.isNaN { return .nan }
        if x <= 0 { return 1 }
        if x.isInfinite { return 0 }
        return x < a + 1 ? 1 - series(a: a, x: x) : continuedFraction(a: a, x: x)
    }

    /// P(a, x) for a > 0: the lower tail.
    static func lower(a: Double, x: Double) -> Double {
        if x.isNaN || a.isNaN { return .nan }
        if x <= 0 { return 0 }
        if x.isInfinite { return 1 }
        return x < a + 1 ? series(a: a, x: x) : 1 - continuedFraction(a: a, x: x)
    }

    /// log(x^a e^(−x) / Γ(a)), the factor both expansions share.
    private static func logFront(a: Double, x: Double) -> Double {
        a * log(x) - x - lgamma(a)
    }

    /// P(a, x) = x^a e^(−x)/Γ(a) · Σₖ x^k / (a (a+1) … (a+k)).
    private static func series(a: Double, x: Double) -> Double {
        var denominator = a
        var term = 1 / a
        var sum = term
        for _ in 0..<100_000 {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * 1e-17 { break }
        }
        return min(1, sum * exp(logFront(a: a, x: x)))
    }

    /// Q(a, x) = x^a e^(−x)/Γ(a) · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …))).
    private static func continuedFraction(a: Double, x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var value = d
        for step in 1...100_000 {
            let i = Double(step)
            let coefficient = -i * (i - a)
            b += 2
            d = coefficient * d + b
            if abs(d) < tiny { d = tiny }
            c = b + coefficient / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            value *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return min(1, exp(logFront(a: a, x: x)) * value)
    }
}
