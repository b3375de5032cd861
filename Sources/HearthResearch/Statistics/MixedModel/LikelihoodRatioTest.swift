/// The likelihood-ratio test of two nested mixed models fit by ML, as R's
/// `anova(null, full)`: χ² = 2(ℓ_full − ℓ_null) on the difference in parameters.
public struct LikelihoodRatioTest: Hashable, Sendable, Codable {
    /// χ².
    public var chiSquare: Double
    /// The difference in the number of parameters.
    public var df: Int
    /// P(χ²_df ≥ χ²).
    public var p: Double

    /// Compares a model with the simpler model nested in it (both ML, same data).
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` unless both are ML fits of the same
    ///   observations and `full` has more parameters.
    public static func test(null: LinearMixedModel, full: LinearMixedModel) throws(ResearchError) -> LikelihoodRatioTest {
        guard null.method == .ml, full.method == .ml else {
            throw ResearchError(.invalidValue, field: "method", message: "a likelihood-ratio test of fixed effects needs ML fits (REML likelihoods of different fixed effects are not comparable)")
        }
        guard null.nObservations == full.nObservations else { throw ResearchError(.invalidValue, message: "the models were fit to different observations") }
        let df = parameters(full) - parameters(null)
        guard df > 0 else { throw ResearchError(.invalidValue, message: "the full model must have more parameters than the null model") }
        let statistic = max(0, 2 * (full.logLikelihood - null.logLikelihood))
        return LikelihoodRatioTest(chiSquare: statistic, df: df, p: try ChiSquareDistribution(degreesOfFreedom: Double(df)).upperTail(statistic))
    }

    private static func parameters(_ model: LinearMixedModel) -> Int { model.fixedEffects.count + model.theta.count + 1 }
}
