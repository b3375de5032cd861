/// The result of a t-test: statistic, degrees of freedom and two-sided p-value.
///
/// ``welch(_:_:)`` compares two independent groups without assuming equal variances
/// (Welch 1947; the Welch–Satterthwaite degrees of freedom), as SciPy's
/// `ttest_ind(equal_var=False)`; ``paired(before:after:)`` compares the same people at two
/// waves, as `ttest_rel`. The sign follows "first minus second".
public struct TTest: Hashable, Sendable, Codable {
    /// Which test.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Two independent groups, unequal variances.
        case welch
        /// Paired observations.
        case paired
    }

    /// Which test.
    public var kind: Kind
    /// The t statistic.
    public var t: Double
    /// The degrees of freedom.
    public var degreesOfFreedom: Double
    /// The two-sided p-value.
    public var pValue: Double
    /// First mean minus second mean (for paired data: the mean of the differences).
    public var meanDifference: Double
    /// The standard error of ``meanDifference``.
    public var standardError: Double

    /// Welch's test from two groups' statistics (data or published n, mean, SD).
    ///
    /// - Throws: ``ResearchError/Code/insufficientData`` when a group has fewer than two
    ///   observations or lacks an SD, or both groups have zero variance (t undefined).
    public static func welch(_ first: SummaryStatistics, _ second: SummaryStatistics) throws(ResearchError) -> TTest {
        guard let mean1 = first.mean, let mean2 = second.mean, let var1 = first.variance, let var2 = second.variance,
            first.count >= 2, second.count >= 2
        else {
            throw ResearchError(.insufficientData, message: "Welch's test needs at least two observations and an SD in each group")
        }
        let share1 = var1 / Double(first.count)
        let share2 = var2 / Double(second.count)
        let squaredError = share1 + share2
        guard squaredError > 0 else {
            throw ResearchError(.insufficientData, message: "both groups have zero variance: t is undefined")
        }
        let df = squaredError * squaredError
            / (share1 * share1 / Double(first.count - 1) + share2 * share2 / Double(second.count - 1))
        let standardError = squaredError.squareRoot()
        let t = (mean1 - mean2) / standardError
        let p = try StudentTDistribution(degreesOfFreedom: df).twoSidedPValue(t)
        return TTest(kind: .welch, t: t, degreesOfFreedom: df, pValue: p, meanDifference: mean1 - mean2, standardError: standardError)
    }

    /// Welch's test from two groups' observations.
    ///
    /// - Throws: as ``welch(_:_:)-(SummaryStatistics,SummaryStatistics)``, and
    ///   ``ResearchError/Code/invalidValue`` for a non-finite value.
    public static func welch(_ first: [Double], _ second: [Double]) throws(ResearchError) -> TTest {
        try welch(SummaryStatistics(first), SummaryStatistics(second))
    }

    /// The paired test of `before` against `after` (same people, same order).
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` when the arrays differ in length or hold
    ///   a non-finite value; ``ResearchError/Code/insufficientData`` below two pairs or when
    ///   every difference is the same (t undefined).
    public static func paired(before: [Double], after: [Double]) throws(ResearchError) -> TTest {
        guard before.count == after.count else {
            throw ResearchError(.invalidValue, message: "paired samples differ in length (\(before.count) and \(after.count))")
        }
        let differences = zip(before, after).map { $0 - $1 }
        let summary = try SummaryStatistics(differences)
        guard summary.count >= 2, let mean = summary.mean, let error = summary.standardError else {
            throw ResearchError(.insufficientData, message: "the paired test needs at least two pairs")
        }
        guard error > 0 else {
            throw ResearchError(.insufficientData, message: "every pair differs by the same amount: t is undefined")
        }
        let t = mean / error
        let df = Double(summary.count - 1)
        let p = try StudentTDistribution(degreesOfFreedom: df).twoSidedPValue(t)
        return TTest(kind: .paired, t: t, degreesOfFreedom: df, pValue: p, meanDifference: mean, standardError: error)
    }
}
