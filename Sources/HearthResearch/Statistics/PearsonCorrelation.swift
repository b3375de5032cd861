/// Pearson's product-moment correlation with its two-sided p-value
/// (t = r √(n − 2) / √(1 − r²) on n − 2 degrees of freedom, as SciPy's `pearsonr`).
public struct PearsonCorrelation: Hashable, Sendable, Codable {
    /// The correlation coefficient, in −1...1.
    public var r: Double
    /// The number of pairs.
    public var count: Int
    /// The two-sided p-value of r = 0.
    public var pValue: Double

    /// The correlation of paired observations (same order).
    ///
    /// Means are removed before the cross-products are summed (two passes), so the result
    /// is accurate for large offsets.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` when the arrays differ in length, hold
    ///   a non-finite value, or values so large their squares overflow; ``ResearchError/Code/insufficientData`` below three pairs or when
    ///   either variable is constant (r undefined).
    public static func between(_ x: [Double], _ y: [Double]) throws(ResearchError) -> PearsonCorrelation {
        guard x.count == y.count else {
            throw ResearchError(.invalidValue, message: "the variables differ in length (\(x.count) and \(y.count))")
        }
        let sx = try SummaryStatistics(x)
        let sy = try SummaryStatistics(y)
        guard x.count >= 3, let mx = sx.mean, let my = sy.mean else {
            throw ResearchError(.insufficientData, message: "a correlation with a p-value needs at least three pairs")
        }
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (a, b) in zip(x, y) {
            let dx = a - mx
            let dy = b - my
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else {
            throw ResearchError(.insufficientData, message: "a variable is constant: r is undefined")
        }
        let raw = sxy / (sxx.squareRoot() * syy.squareRoot())
        // Sums of squares of values beyond about 1e154 overflow: never report such an r as ±1.
        guard raw.isFinite else { throw ResearchError(.invalidValue, message: "the values are too large for their sums of squares (beyond about 1e154)") }
        let r = Swift.max(-1, Swift.min(1, raw))
        let df = Double(x.count - 2)
        let p: Double
        if abs(r) == 1 {
            p = 0
        } else {
            let t = r * (df / ((1 - r) * (1 + r))).squareRoot()
            p = try StudentTDistribution(degreesOfFreedom: df).twoSidedPValue(t)
        }
        return PearsonCorrelation(r: r, count: x.count, pValue: p)
    }
}
