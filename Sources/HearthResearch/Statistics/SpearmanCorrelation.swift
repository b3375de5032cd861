/// Spearman's rank correlation with its two-sided p-value, as R's
/// `cor.test(x, y, method = "spearman")`.
///
/// ρ is Pearson's r of the ranks (ties ranked by their mean). Without ties and with at most
/// 1290 pairs the p-value is R's "exact" AS 89: a full enumeration of the permutations up to
/// 9 pairs (exact), an Edgeworth series above (an approximation R also calls exact);
/// otherwise the t approximation t = ρ √((n − 2)/(1 − ρ²)) on n − 2 degrees of freedom.
/// ``pValueMethod`` says which was used.
public struct SpearmanCorrelation: Hashable, Sendable, Codable {
    /// How the p-value was computed.
    public enum PValueMethod: String, Hashable, Sendable, Codable {
        /// Every permutation counted (AS 89, no ties, n ≤ 9): exact.
        case exact
        /// AS 89's Edgeworth series (no ties, 10 ≤ n ≤ 1290): what R reports as exact.
        case edgeworth
        /// Student's t on n − 2 degrees of freedom (ties, or n > 1290).
        case tApproximation
    }

    /// ρ, in −1...1.
    public var rho: Double
    /// The number of pairs.
    public var count: Int
    /// The two-sided p-value of ρ = 0.
    public var pValue: Double
    /// How ``pValue`` was computed.
    public var pValueMethod: PValueMethod
    /// The statistic S = (n³ − n)(1 − ρ)/6 (R's `statistic`).
    public var s: Double

    /// The largest n with an exact p-value (R: `n <= 1290`, where n(n² − 1) cannot overflow).
    public static let largestExactCount = 1290

    /// The rank correlation of paired observations (same order).
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` when the arrays differ in length or hold
    ///   a non-finite value; ``ResearchError/Code/insufficientData`` below three pairs or when
    ///   either variable is constant (ρ undefined).
    public static func between(_ x: [Double], _ y: [Double]) throws(ResearchError) -> SpearmanCorrelation {
        guard x.count == y.count else {
            throw ResearchError(.invalidValue, message: "the variables differ in length (\(x.count) and \(y.count))")
        }
        guard !x.contains(where: { !$0.isFinite }), !y.contains(where: { !$0.isFinite }) else {
            throw ResearchError(.invalidValue, message: "the variables hold a value that is not a finite number")
        }
        let (xRanks, xTies) = Ranks.average(x)
        let (yRanks, yTies) = Ranks.average(y)
        let r = try PearsonCorrelation.between(xRanks, yRanks).r
        let n = x.count
        let cube = Double(n) * (Double(n) * Double(n) - 1)
        let s = cube * (1 - r) / 6
        let exact = n <= largestExactCount && !xTies && !yTies
        let upper = s > cube / 6
        let oneSided = exact
            ? SpearmanDistribution.probability(n: n, s: s.rounded(.toNearestOrEven) + (upper ? 0 : 2), lowerTail: !upper)
            : tTail(r: 1 - s / (cube / 6), n: n, upper: upper)
        let method: PValueMethod = !exact ? .tApproximation : (n <= SpearmanDistribution.largestEnumerated ? .exact : .edgeworth)
        return SpearmanCorrelation(rho: r, count: n, pValue: Swift.min(1, 2 * oneSided), pValueMethod: method, s: s)
    }

    /// R's large-sample tail: P(T ≥ t) for the upper side of S (ρ small), P(T ≤ t) otherwise.
    private static func tTail(r: Double, n: Int, upper: Bool) -> Double {
        let freedom = Double(n - 2)
        let remaining = Swift.max(0, (1 - r) * (1 + r))
        let t = remaining == 0 ? (r > 0 ? Double.infinity : -Double.infinity) : r / (remaining / freedom).squareRoot()
        // Three or more pairs: freedom ≥ 1.
        guard let distribution = try? StudentTDistribution(degreesOfFreedom: freedom) else { return .nan }
        // S above its mean means ρ below 0: the lower tail of t; otherwise the upper tail,
        // taken by symmetry so that a small p keeps its precision.
        return distribution.cumulativeProbability(upper ? t : -t)
    }
}
