/// Pearson's chi-square test of independence of an r × c table of counts, as R's
/// `chisq.test(x, correct =)`: expected counts from the margins, X² = Σ (|O − E| − c)²/E on
/// (r − 1)(c − 1) degrees of freedom, where the continuity correction c is Yates'
/// min(½, |O − E|) on a 2 × 2 table when asked for (R's default) and 0 otherwise.
public struct ContingencyTest: Hashable, Sendable, Codable {
    /// X².
    public var chiSquare: Double
    /// The degrees of freedom (r − 1)(c − 1).
    public var df: Int
    /// P(χ²_df ≥ X²).
    public var p: Double
    /// Whether Yates' correction was applied (only ever on a 2 × 2 table).
    public var yatesCorrection: Bool
    /// The expected counts under independence, row by row.
    public var expected: [[Double]]
    /// How many cells expect fewer than 5 (the approximation's usual rule: then prefer
    /// Fisher's exact test on a 2 × 2 table).
    public var expectedBelowFive: Int
    /// Cramér's V = √(X²/(n (min(r, c) − 1))), from the uncorrected X².
    public var cramersV: Double

    /// Tests a table (rows of equal length).
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` for ragged rows or negative counts;
    ///   ``ResearchError/Code/insufficientData`` for fewer than two rows or columns, or a row
    ///   or column without observations (its expected counts would be 0).
    public static func test(_ counts: [[Int]], yatesCorrection: Bool = true) throws(ResearchError) -> ContingencyTest {
        let rows = counts.count
        let columns = counts.first?.count ?? 0
        guard counts.allSatisfy({ $0.count == columns }) else { throw ResearchError(.invalidValue, message: "the table's rows differ in length") }
        guard counts.allSatisfy({ $0.allSatisfy { $0 >= 0 } }) else { throw ResearchError(.invalidValue, message: "a count is negative") }
        guard rows >= 2, columns >= 2 else {
            throw ResearchError(.insufficientData, message: "a chi-square test needs at least two rows and two columns (\(rows) × \(columns))")
        }
        let rowTotals = counts.map { Double($0.reduce(0, +)) }
        let columnTotals = (0..<columns).map { column in Double(counts.reduce(0) { $0 + $1[column] }) }
        if let row = rowTotals.firstIndex(of: 0) { throw ResearchError(.insufficientData, message: "row \(row + 1) has no observations") }
        if let column = columnTotals.firstIndex(of: 0) { throw ResearchError(.insufficientData, message: "column \(column + 1) has no observations") }
        let total = rowTotals.reduce(0, +)
        let corrected = yatesCorrection && rows == 2 && columns == 2
        var chiSquare = 0.0, uncorrected = 0.0
        var expected: [[Double]] = []
        for row in 0..<rows {
            expected.append((0..<columns).map { rowTotals[row] * columnTotals[$0] / total })
            for column in 0..<columns {
                let e = expected[row][column]
                let deviation = abs(Double(counts[row][column]) - e)
                let correction = corrected ? Swift.min(0.5, deviation) : 0
                chiSquare += (deviation - correction) * (deviation - correction) / e
                uncorrected += deviation * deviation / e
            }
        }
        let df = (rows - 1) * (columns - 1)
        let p = try ChiSquareDistribution(degreesOfFreedom: Double(df)).upperTail(chiSquare)
        return ContingencyTest(
            chiSquare: chiSquare, df: df, p: p, yatesCorrection: corrected, expected: expected,
            expectedBelowFive: expected.joined().count(where: { $0 < 5 }),
            cramersV: (uncorrected / (total * Double(Swift.min(rows, columns) - 1))).squareRoot())
    }
}
