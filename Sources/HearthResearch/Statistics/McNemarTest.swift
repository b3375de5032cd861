/// McNemar's test of paired yes/no answers, as R's `mcnemar.test(x, correct =)`: of the
/// discordant pairs (`firstOnly` yes/no, `secondOnly` no/yes), whether one kind is more
/// common — X² = (|b − c| − 1)²/(b + c) with the continuity correction (R's default, applied
/// when b ≠ c), or
/// (b − c)²/(b + c) without, on 1 degree of freedom. Table 4.6: of the couples where one
/// partner alone is violent, is it more often the man?
public struct McNemarTest: Hashable, Sendable, Codable {
    /// X².
    public var chiSquare: Double
    /// P(χ²₁ ≥ X²).
    public var p: Double
    /// Whether the continuity correction was applied (asked for, and the discordant counts differ).
    public var continuityCorrection: Bool

    /// Tests the discordant counts.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` for a negative count;
    ///   ``ResearchError/Code/insufficientData`` without discordant pairs.
    public static func test(firstOnly b: Int, secondOnly c: Int, continuityCorrection: Bool = true) throws(ResearchError) -> McNemarTest {
        guard b >= 0, c >= 0 else { throw ResearchError(.invalidValue, message: "a count is negative") }
        guard b + c > 0 else { throw ResearchError(.insufficientData, message: "McNemar's test needs at least one discordant pair") }
        // As R: the correction only when the discordant counts differ (else X² = 0).
        let corrected = continuityCorrection && b != c
        let difference = abs(Double(b - c)) - (corrected ? 1 : 0)
        let statistic = difference * difference / Double(b + c)
        return McNemarTest(chiSquare: statistic, p: try ChiSquareDistribution(degreesOfFreedom: 1).upperTail(statistic), continuityCorrection: corrected)
    }
}
