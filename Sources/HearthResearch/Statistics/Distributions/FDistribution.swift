/// The F distribution with d₁ and d₂ degrees of freedom:
/// P(F ≥ f) = I_{d₂/(d₂ + d₁f)}(d₂/2, d₁/2).
///
/// Agrees with R's `pf(f, d1, d2, lower.tail = FALSE)` on the committed fixtures.
public struct FDistribution: Hashable, Sendable {
    /// The numerator degrees of freedom.
    public let numeratorDegreesOfFreedom: Double
    /// The denominator degrees of freedom.
    public let denominatorDegreesOfFreedom: Double

    /// Creates the distribution.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` unless both are finite and positive.
    public init(numerator: Double, denominator: Double) throws(ResearchError) {
        guard numerator.isFinite, numerator > 0, denominator.isFinite, denominator > 0 else {
            throw ResearchError(.invalidValue, field: "degreesOfFreedom", message: "must be finite and positive")
        }
        numeratorDegreesOfFreedom = numerator
        denominatorDegreesOfFreedom = denominator
    }

    /// P(F ≥ f): the p-value of an F statistic.
    public func upperTail(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 1 }
        if f.isInfinite { return 0 }
        let d1 = numeratorDegreesOfFreedom, d2 = denominatorDegreesOfFreedom
        let denominator = d2 + d1 * f
        return IncompleteBeta.regularized(a: d2 / 2, b: d1 / 2, x: d2 / denominator, complement: d1 * f / denominator)
    }
}
