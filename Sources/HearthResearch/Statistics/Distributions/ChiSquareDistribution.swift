/// The chi-square distribution with k degrees of freedom: P(X ≥ x) = Q(k/2, x/2).
///
/// Agrees with R's `pchisq(x, k, lower.tail = FALSE)` to 1e-12 relative on the committed
/// fixtures (`Tests/HearthResearchTests/Fixtures/R`).
public struct ChiSquareDistribution: Hashable, Sendable {
    /// The degrees of freedom.
    public let degreesOfFreedom: Double

    /// Creates the distribution.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` unless k is finite and positive.
    public init(degreesOfFreedom: Double) throws(ResearchError) {
        guard degreesOfFreedom.isFinite, degreesOfFreedom > 0 else {
            throw ResearchError(.invalidValue, field: "degreesOfFreedom", message: "must be finite and positive")
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(X ≤ x).
    public func cumulativeProbability(_ x: Double) -> Double {
        IncompleteGamma.lower(a: degreesOfFreedom / 2, x: x / 2)
    }

    /// P(X ≥ x): the p-value of a chi-square statistic.
    public func upperTail(_ x: Double) -> Double {
        IncompleteGamma.upper(a: degreesOfFreedom / 2, x: x / 2)
    }
}
