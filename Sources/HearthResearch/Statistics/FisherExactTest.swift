import Foundation

/// Fisher's exact test of a 2 × 2 table, two-sided as R's `fisher.test`: the probability,
/// under the hypergeometric distribution of the first cell given the margins, of every
/// table no more likely than the one observed (within a relative 10⁻⁷, R's tolerance for
/// ties in floating point).
public enum FisherExactTest {
    /// The two-sided p-value of a 2 × 2 table `[[a, b], [c, d]]`.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` unless the table is 2 × 2 with counts ≥ 0;
    ///   ``ResearchError/Code/insufficientData`` for an empty table.
    public static func pValue(_ counts: [[Int]]) throws(ResearchError) -> Double {
        guard counts.count == 2, counts.allSatisfy({ $0.count == 2 }) else {
            throw ResearchError(.invalidValue, message: "Fisher's exact test here takes a 2 × 2 table")
        }
        guard counts.joined().allSatisfy({ $0 >= 0 }) else { throw ResearchError(.invalidValue, message: "a count is negative") }
        let firstColumn = counts[0][0] + counts[1][0]
        let secondColumn = counts[0][1] + counts[1][1]
        let firstRow = counts[0][0] + counts[0][1]
        guard firstColumn + secondColumn > 0 else { throw ResearchError(.insufficientData, message: "the table has no observations") }
        let low = Swift.max(0, firstRow - secondColumn)
        let high = Swift.min(firstRow, firstColumn)
        // log P(X = x) up to a constant: log C(m, x) + log C(n, k − x).
        func logDensity(_ x: Int) -> Double {
            logChoose(firstColumn, x) + logChoose(secondColumn, firstRow - x)
        }
        let logs = (low...high).map(logDensity)
        let largest = logs.max() ?? 0
        let densities = logs.map { exp($0 - largest) }
        let total = densities.reduce(0, +)
        let observed = densities[counts[0][0] - low] * (1 + 1e-7)
        let tail = densities.filter { $0 <= observed }.reduce(0, +)
        return Swift.min(1, tail / total)
    }

    private static func logChoose(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
    }
}
