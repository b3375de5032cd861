/// Ordinary least squares with an intercept, as R's `summary(lm(y ~ x1 + x2 + …))`: every
/// coefficient with its standard error, t, two-sided p, confidence interval and
/// standardized β; R², adjusted R², the model's F test.
///
/// Solved by a Householder QR decomposition written here (``HouseholderQR``), never by
/// inverting XᵀX. A predictor that is a linear combination of the intercept and the
/// predictors before it (a constant, a duplicate, dummies that add up to the intercept) is
/// an error naming it, where R would silently drop it (`NA`).
public struct LinearRegression: Hashable, Sendable, Codable {
    /// One term of the model.
    public struct Coefficient: Hashable, Sendable, Codable {
        /// `(Intercept)`, a predictor's name, or `factor=level` for a dummy.
        public var term: String
        /// The estimate b.
        public var estimate: Double
        /// Its standard error.
        public var standardError: Double
        /// b / SE.
        public var t: Double
        /// The two-sided p-value on the residual degrees of freedom.
        public var p: Double
        /// The lower bound of the confidence interval (``LinearRegression/confidence``).
        public var ciLow: Double
        /// The upper bound.
        public var ciHigh: Double
        /// The standardized coefficient b · SD(x) / SD(y) (SPSS's "Beta"); `nil` for the intercept.
        public var beta: Double?
    }

    /// The intercept's term name (R's).
    public static let interceptTerm = "(Intercept)"

    /// The intercept first, then the predictors in the order given.
    public var coefficients: [Coefficient]
    /// The share of the outcome's variance the model explains.
    public var rSquared: Double
    /// R² adjusted for the number of predictors: 1 − (1 − R²)(n − 1)/(n − p − 1).
    public var adjustedRSquared: Double
    /// The F statistic of all predictors together; `nil` without predictors.
    public var f: Double?
    /// Its numerator degrees of freedom (the number of predictors).
    public var dfModel: Int
    /// The residual degrees of freedom n − p − 1.
    public var dfResidual: Int
    /// The p-value of ``f``.
    public var pModel: Double?
    /// The number of observations.
    public var n: Int
    /// The residual standard error √(RSS / dfResidual).
    public var residualStandardError: Double
    /// The confidence level of the intervals (0.95 by default).
    public var confidence: Double

    /// Fits `outcome` on `predictors` (each the same length as the outcome).
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` for arrays of different lengths, a
    ///   non-finite value, or a confidence outside (0, 1); ``ResearchError/Code/insufficientData``
    ///   when n is not larger than the number of coefficients, the outcome is constant or fit
    ///   exactly, or a predictor is collinear (``ResearchError/field`` names it).
    public static func fit(
        outcome: [Double], predictors: [(term: String, values: [Double])], confidence: Double = 0.95
    ) throws(ResearchError) -> LinearRegression {
        let n = outcome.count
        let p = predictors.count + 1
        try check(outcome: outcome, predictors: predictors, confidence: confidence)
        guard n > p else {
            throw ResearchError(
                .insufficientData, field: predictors.map(\.term).joined(separator: ", "),
                message: "\(n) observations for \(p) coefficients: a regression needs more observations than coefficients")
        }
        var design = [Double](repeating: 1, count: n)
        for predictor in predictors { design += predictor.values }
        let qr: HouseholderQR
        do { qr = try HouseholderQR(columnMajor: design, rows: n, columns: p) } catch {
            throw collinearity(at: error.column, predictors)
        }
        let rotated = qr.applyTransposeQ(outcome)
        let estimates = qr.solveR(rotated)
        var rss = 0.0
        for row in p..<n { rss += rotated[row] * rotated[row] }
        let outcomeStatistics = try SummaryStatistics(outcome)
        let mean = outcomeStatistics.mean ?? 0
        let tss = outcome.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        guard tss > 0 else { throw ResearchError(.insufficientData, field: "outcome", message: "the outcome is constant: there is nothing to explain") }
        guard rss > tss * 1e-24 else {
            throw ResearchError(.insufficientData, field: "outcome", message: "the predictors fit the outcome exactly: no residual variance to test against")
        }
        let dfResidual = n - p
        let sigma2 = rss / Double(dfResidual)
        let gram = qr.inverseGram()
        let t = try StudentTDistribution(degreesOfFreedom: Double(dfResidual))
        let critical = t.quantile(1 - (1 - confidence) / 2) ?? .nan
        let outcomeSD = outcomeStatistics.standardDeviation ?? .nan
        var coefficients: [Coefficient] = []
        for index in 0..<p {
            let estimate = estimates[index]
            let se = (sigma2 * gram[index * p + index]).squareRoot()
            let statistic = estimate / se
            let beta = index == 0 ? nil : try SummaryStatistics(predictors[index - 1].values).standardDeviation.map { estimate * $0 / outcomeSD }
            coefficients.append(Coefficient(
                term: index == 0 ? interceptTerm : predictors[index - 1].term, estimate: estimate, standardError: se, t: statistic,
                p: t.twoSidedPValue(statistic), ciLow: estimate - critical * se, ciHigh: estimate + critical * se, beta: beta))
        }
        let dfModel = p - 1
        let rSquared = 1 - rss / tss
        let f = dfModel == 0 ? nil : ((tss - rss) / Double(dfModel)) / sigma2
        let pModel = try f.map { f throws(ResearchError) in try FDistribution(numerator: Double(dfModel), denominator: Double(dfResidual)).upperTail(f) }
        return LinearRegression(
            coefficients: coefficients, rSquared: rSquared,
            adjustedRSquared: 1 - (1 - rSquared) * Double(n - 1) / Double(dfResidual), f: f, dfModel: dfModel, dfResidual: dfResidual,
            pModel: pModel, n: n, residualStandardError: sigma2.squareRoot(), confidence: confidence)
    }

    private static func check(outcome: [Double], predictors: [(term: String, values: [Double])], confidence: Double) throws(ResearchError) {
        guard confidence > 0, confidence < 1 else { throw ResearchError(.invalidValue, field: "confidence", message: "must lie between 0 and 1") }
        guard outcome.allSatisfy(\.isFinite) else { throw ResearchError(.invalidValue, field: "outcome", message: "holds a value that is not a finite number") }
        var seen: Set<String> = []
        for predictor in predictors {
            guard seen.insert(predictor.term).inserted else {
                throw ResearchError(.invalidValue, field: predictor.term, message: "the predictor is named twice")
            }
            guard predictor.values.count == outcome.count else {
                throw ResearchError(.invalidValue, field: predictor.term, message: "the predictor has \(predictor.values.count) values for \(outcome.count) outcomes")
            }
            guard predictor.values.allSatisfy(\.isFinite) else {
                throw ResearchError(.invalidValue, field: predictor.term, message: "holds a value that is not a finite number")
            }
        }
    }

    /// The error for a column that depends on the columns before it (column 0 is the intercept).
    private static func collinearity(at column: Int, _ predictors: [(term: String, values: [Double])]) -> ResearchError {
        let term = predictors[column - 1].term
        let before = [interceptTerm] + predictors.prefix(column - 1).map(\.term)
        let message = column == 1 || predictors[column - 1].values.allSatisfy({ $0 == predictors[column - 1].values.first })
            ? "the predictor is constant (collinear with the intercept)"
            : "the predictor is a linear combination of \(before.joined(separator: ", ")) (perfect collinearity): leave it or one of them out"
        return ResearchError(.insufficientData, field: term, message: message)
    }
}
