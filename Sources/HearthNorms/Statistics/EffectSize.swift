/// Standardised differences between a group and a norm.
public enum EffectSize {
    /// Glass's Δ: (group mean − norm mean) / norm SD, for a group set against a norm whose SD
    /// is the yardstick.
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` when the SD is not positive.
    public static func glassDelta(groupMean: Double, normMean: Double, normSD: Double) throws(NormsError) -> Double {
        guard normSD.isFinite, normSD > 0 else { throw NormsError(.invalidValue, field: "sd", message: "norm SD must be positive") }
        return (groupMean - normMean) / normSD
    }

    /// Cohen's d with the pooled SD √(((n₁−1)s₁² + (n₂−1)s₂²) / (n₁+n₂−2)).
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` when n₁ + n₂ < 3 or the pooled SD is zero.
    public static func cohensD(mean1: Double, sd1: Double, n1: Int, mean2: Double, sd2: Double, n2: Int) throws(NormsError) -> Double {
        guard n1 >= 1, n2 >= 1, n1 + n2 >= 3 else { throw NormsError(.invalidValue, field: "n", message: "need n₁ + n₂ ≥ 3") }
        let pooled = ((Double(n1 - 1) * sd1 * sd1 + Double(n2 - 1) * sd2 * sd2) / Double(n1 + n2 - 2)).squareRoot()
        guard pooled.isFinite, pooled > 0 else { throw NormsError(.invalidValue, field: "sd", message: "pooled SD must be positive") }
        return (mean1 - mean2) / pooled
    }
}
