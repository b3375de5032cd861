/// Student's t distribution with ν degrees of freedom (ν need not be whole: Welch's test).
///
/// Probabilities come from the regularized incomplete beta function; they agree with
/// SciPy's `scipy.stats.t` to better than 1e-10 on the committed fixtures (the issue asks
/// for 1e-6).
public struct StudentTDistribution: Hashable, Sendable {
    /// The degrees of freedom.
    public let degreesOfFreedom: Double

    /// Creates the distribution.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` unless ν is finite and positive.
    public init(degreesOfFreedom: Double) throws(ResearchError) {
        guard degreesOfFreedom.isFinite, degreesOfFreedom > 0 else {
            throw ResearchError(.invalidValue, field: "degreesOfFreedom", message: "must be finite and positive")
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(T ≤ t).
    public func cumulativeProbability(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        let tail = upperTail(abs(t))
        return t < 0 ? tail : 1 - tail
    }

    /// The t with P(T ≤ t) = `probability` (0 < p < 1), by bisection on
    /// ``cumulativeProbability(_:)`` to 1e-12: e.g. 2.2621571627 for p .975, ν 9 (SciPy
    /// `t.ppf`). `nil` outside (0, 1).
    public func quantile(_ probability: Double) -> Double? {
        guard probability > 0, probability < 1 else { return nil }
        if probability == 0.5 { return 0 }
        var low = -1.0, high = 1.0
        while cumulativeProbability(low) > probability { low *= 2 }
        while cumulativeProbability(high) < probability { high *= 2 }
        for _ in 0..<200 where high - low > 1e-12 {
            let middle = (low + high) / 2
            if cumulativeProbability(middle) < probability { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// P(|T| ≥ |t|): the two-sided p-value of a t statistic.
    public func twoSidedPValue(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return Swift.min(1, 2 * upperTail(abs(t)))
    }

    /// P(T ≥ t) for t ≥ 0: ½ I_{ν/(ν+t²)}(ν/2, ½).
    private func upperTail(_ t: Double) -> Double {
        if t.isInfinite { return 0 }
        let ν = degreesOfFreedom
        let denominator = ν + t * t
        return 0.5 * IncompleteBeta.regularized(a: ν / 2, b: 0.5, x: ν / denominator, complement: t * t / denominator)
    }
}
