import Foundation

/// A linear mixed model with a random intercept per person and optionally a random slope
/// on time, fit by REML (default) or ML as R's `lme4::lmer`, with Satterthwaite degrees of
/// freedom for the fixed effects as `lmerTest`: it uses every measured wave of every
/// person, complete or not (valid when the data are missing at random), where a paired
/// test must drop the incomplete.
///
/// θ (the relative covariance factor, lme4's parametrisation) minimises the profiled
/// deviance by Nelder–Mead (``NelderMead``); each evaluation solves the penalized least
/// squares problem by a block Cholesky factorisation (``MixedModelData``). The df of
/// coefficient j is 2·Var(β̂ⱼ)² / (gᵀAg), where A = 2H⁻¹ is the asymptotic covariance of
/// (θ, σ) from the Hessian H of the unprofiled deviance and g the gradient of Var(β̂ⱼ) in
/// (θ, σ) — both by Richardson-extrapolated differences, as lmerTest (Kuznetsova,
/// Brockhoff & Christensen 2017, J. Stat. Softw. 82(13)).
public struct LinearMixedModel: Hashable, Sendable, Codable {
    /// How the variance components are estimated.
    public enum Method: String, Hashable, Sendable, Codable {
        /// Restricted maximum likelihood (lme4's default: unbiased variance components).
        case reml
        /// Maximum likelihood (needed to compare models with different fixed effects).
        case ml
    }

    /// One fixed effect.
    public struct FixedEffect: Hashable, Sendable, Codable {
        /// `(Intercept)`, a predictor's name, `factor=level`, or an interaction `a:b`.
        public var term: String
        /// The estimate.
        public var estimate: Double
        /// Its standard error.
        public var standardError: Double
        /// Satterthwaite's degrees of freedom.
        public var df: Double?
        /// estimate / standard error.
        public var t: Double
        /// The two-sided p-value on ``df``.
        public var p: Double?
    }

    /// The random effects' variances (σ²ΛΛᵀ).
    public struct RandomEffects: Hashable, Sendable, Codable {
        /// The variance of the persons' intercepts.
        public var interceptVariance: Double
        /// The variance of their slopes (with a random slope).
        public var slopeVariance: Double?
        /// The correlation of intercept and slope (with a random slope; `nil` when a variance is 0).
        public var correlation: Double?
    }

    /// The fixed effects, intercept first, in the order given.
    public var fixedEffects: [FixedEffect]
    /// The random effects.
    public var randomEffects: RandomEffects
    /// The residual variance σ².
    public var residualVariance: Double
    /// The log-likelihood (REML: the restricted log-likelihood, as lme4's `logLik`).
    public var logLikelihood: Double
    /// −2 logLik + 2k, k = fixed effects + variance parameters + 1.
    public var aic: Double
    /// −2 logLik + k log(n).
    public var bic: Double
    /// The number of observations.
    public var nObservations: Int
    /// The number of persons.
    public var nGroups: Int
    /// REML or ML.
    public var method: Method
    /// Whether a variance component is at (or within 10⁻⁴ in θ of) its boundary 0, or the
    /// intercept–slope correlation at ±1: lme4's `isSingular`. Satterthwaite df are then
    /// unreliable and the model should be simplified (e.g. drop the random slope).
    public var singular: Bool
    /// The estimated θ (lme4's `getME(fit, "theta")`).
    public var theta: [Double]

    /// Fits the model.
    ///
    /// - Parameters:
    ///   - outcome: one value per observation.
    ///   - fixed: the fixed-effect predictors (without the intercept, which is always in).
    ///   - groups: per observation the person's index (0-based, every index used).
    ///   - slopeTime: per observation the time of its random slope; `nil` for a random intercept only.
    /// - Throws: ``ResearchError/Code/invalidValue`` for lengths that differ, a non-finite
    ///   value or a person index out of range; ``ResearchError/Code/insufficientData`` when
    ///   there are not more observations than fixed effects, not more observations than
    ///   random effects (lme4's rule), no person measured at two times with a random slope,
    ///   fewer than two persons, a constant outcome, or collinear fixed effects (the field
    ///   names the term).
    public static func fit(
        outcome: [Double], fixed: [(term: String, values: [Double])], groups: [Int], slopeTime: [Double]? = nil, method: Method = .reml
    ) throws(ResearchError) -> LinearMixedModel {
        let n = outcome.count
        try check(outcome: outcome, fixed: fixed, groups: groups, slopeTime: slopeTime)
        let p = fixed.count + 1
        // Collinear fixed effects, named as for OLS (the same QR check).
        var columns = [Double](repeating: 1, count: n)
        for predictor in fixed { columns += predictor.values }
        do { _ = try HouseholderQR(columnMajor: columns, rows: n, columns: p) } catch {
            throw ResearchError(.insufficientData, field: fixed[error.column - 1].term, message: "the fixed effect is constant or a linear combination of the ones before it")
        }
        var design = [Double](repeating: 1, count: n * p)
        for row in 0..<n { for (index, predictor) in fixed.enumerated() { design[row * p + index + 1] = predictor.values[row] } }
        let data = MixedModelData(outcome: outcome, design: design, p: p, groups: groups, time: slopeTime)
        let reml = method == .reml
        let start: [Double] = data.q == 1 ? [1] : [1, 0, 1]
        let optimum = NelderMead.minimize({ data.profiledDeviance($0, reml: reml) }, from: start)
        let theta = canonical(optimum.x, q: data.q)
        guard let solution = data.solve(theta) else {
            throw ResearchError(.insufficientData, message: "the fixed effects cannot be estimated")
        }
        let sigma2 = solution.pwrss / Double(reml ? n - p : n)
        let sigma = sigma2.squareRoot()
        let degrees = satterthwaite(data, theta: theta, sigma: sigma, reml: reml)
        var effects: [FixedEffect] = []
        for j in 0..<p {
            let se = (sigma2 * solution.unscaledCovariance[j * p + j]).squareRoot()
            let t = solution.beta[j] / se
            let df = degrees[j]
            let pValue = df.flatMap { try? StudentTDistribution(degreesOfFreedom: $0).twoSidedPValue(t) }
            effects.append(FixedEffect(term: j == 0 ? LinearRegression.interceptTerm : fixed[j - 1].term, estimate: solution.beta[j], standardError: se, df: df, t: t, p: pValue))
        }
        let deviance = data.profiledDeviance(theta, reml: reml)
        let parameters = Double(p + theta.count + 1)
        return LinearMixedModel(
            fixedEffects: effects, randomEffects: randomEffects(theta, sigma2: sigma2), residualVariance: sigma2, logLikelihood: -deviance / 2,
            aic: deviance + 2 * parameters, bic: deviance + parameters * log(Double(n)), nObservations: n, nGroups: data.groupCount, method: method,
            singular: isSingular(theta), theta: theta)
    }

    private static func check(outcome: [Double], fixed: [(term: String, values: [Double])], groups: [Int], slopeTime: [Double]?) throws(ResearchError) {
        let n = outcome.count
        guard outcome.allSatisfy(\.isFinite) else { throw ResearchError(.invalidValue, field: "outcome", message: "holds a value that is not a finite number") }
        guard groups.count == n, slopeTime.map({ $0.count == n }) ?? true else {
            throw ResearchError(.invalidValue, field: "groups", message: "groups and times need one entry per observation")
        }
        guard slopeTime?.allSatisfy(\.isFinite) ?? true else { throw ResearchError(.invalidValue, field: "slopeTime", message: "holds a value that is not a finite number") }
        for predictor in fixed {
            guard predictor.values.count == n, predictor.values.allSatisfy(\.isFinite) else {
                throw ResearchError(.invalidValue, field: predictor.term, message: "needs one finite value per observation")
            }
        }
        let count = (groups.max() ?? -1) + 1
        guard groups.allSatisfy({ $0 >= 0 }), Set(groups).count == count else {
            throw ResearchError(.invalidValue, field: "groups", message: "person indices must be 0, 1, … with every index used")
        }
        guard count >= 2 else { throw ResearchError(.insufficientData, field: "groups", message: "a mixed model needs at least two persons") }
        guard let first = outcome.first, outcome.contains(where: { $0 != first }) else {
            throw ResearchError(.insufficientData, field: "outcome", message: "the outcome is constant: there is no variance to divide")
        }
        // As lme4: the random effects must be fewer than the observations, or the residual
        // and random variances cannot be told apart (e.g. a random slope with two waves).
        let randomEffects = count * (slopeTime == nil ? 1 : 2)
        guard n > randomEffects else {
            throw ResearchError(
                .insufficientData, field: slopeTime == nil ? "groups" : "slopeTime",
                message: "\(n) observations for \(randomEffects) random effects: the variances cannot be separated (drop the random slope, or add waves)")
        }
        if let time = slopeTime {
            var varies = false
            for person in 0..<count {
                let times = zip(groups, time).filter { $0.0 == person }.map(\.1)
                if let first = times.first, times.contains(where: { $0 != first }) { varies = true; break }
            }
            guard varies else {
                throw ResearchError(.insufficientData, field: "slopeTime", message: "no person is measured at two times: a random slope cannot be estimated")
            }
        }
        guard n > fixed.count + 1 else {
            throw ResearchError(.insufficientData, message: "\(n) observations for \(fixed.count + 1) fixed effects: a model needs more observations than fixed effects")
        }
    }

    /// θ with non-negative diagonal (ΛΛᵀ is unchanged by flipping a column's sign).
    static func canonical(_ theta: [Double], q: Int) -> [Double] {
        if q == 1 { return [abs(theta[0])] }
        let flip = theta[0] < 0 ? -1.0 : 1
        return [abs(theta[0]), flip * theta[1], abs(theta[2])]
    }

    /// lme4's `isSingular` (tolerance 10⁻⁴ on the diagonal of Λ).
    static func isSingular(_ theta: [Double]) -> Bool {
        theta.count == 1 ? theta[0] < 1e-4 : theta[0] < 1e-4 || theta[2] < 1e-4
    }

    static func randomEffects(_ theta: [Double], sigma2: Double) -> RandomEffects {
        guard theta.count == 3 else { return RandomEffects(interceptVariance: sigma2 * theta[0] * theta[0]) }
        let intercept = sigma2 * theta[0] * theta[0]
        let slope = sigma2 * (theta[1] * theta[1] + theta[2] * theta[2])
        let covariance = sigma2 * theta[0] * theta[1]
        let correlation = intercept > 0 && slope > 0 ? covariance / (intercept * slope).squareRoot() : nil
        return RandomEffects(interceptVariance: intercept, slopeVariance: slope, correlation: correlation)
    }

    /// Satterthwaite's df of each fixed effect at (θ, σ), `nil` where undefined.
    static func satterthwaite(_ data: MixedModelData, theta: [Double], sigma: Double, reml: Bool) -> [Double?] {
        let p = data.p
        let parameters = theta + [sigma]
        let hessian = NumericalDerivatives.hessian({ data.deviance(theta: Array($0.dropLast()), sigma: $0[$0.count - 1], reml: reml) }, at: parameters)
        // A = 2H⁻¹ by the Moore–Penrose inverse (eigenvalues below 10⁻⁸ dropped, as lmerTest).
        let k = parameters.count
        let (values, vectors) = SmallMatrix.symmetricEigen(hessian, k)
        var a = [Double](repeating: 0, count: k * k)
        for (index, value) in values.enumerated() where value > 1e-8 {
            for i in 0..<k { for j in 0..<k { a[i * k + j] += 2 * vectors[i * k + index] * vectors[j * k + index] / value } }
        }
        let jacobian = NumericalDerivatives.jacobian({ point in
            let s = point[point.count - 1]
            guard let solution = data.solve(Array(point.dropLast())) else { return Array(repeating: .nan, count: p * p) }
            return solution.unscaledCovariance.map { $0 * s * s }
        }, at: parameters)
        guard let solution = data.solve(theta) else { return Array(repeating: nil, count: p) }
        return (0..<p).map { j in
            let variance = sigma * sigma * solution.unscaledCovariance[j * p + j]
            let gradient = jacobian.map { $0[j * p + j] }
            var denominator = 0.0
            for i in 0..<k { for l in 0..<k { denominator += gradient[i] * a[i * k + l] * gradient[l] } }
            let df = 2 * variance * variance / denominator
            return df.isFinite && df > 0 ? df : nil
        }
    }
}
