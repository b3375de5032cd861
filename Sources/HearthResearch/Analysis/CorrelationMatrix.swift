/// Correlations among several columns as the report prints them (Tables 5.7, 7.9–7.11):
/// r, two-sided p and n per pair; with two waves, the first wave below the diagonal and the
/// second above it.
public struct CorrelationMatrix: Hashable, Sendable, Codable {
    /// Pearson's r or Spearman's ρ.
    public enum Method: String, Hashable, Sendable, Codable {
        /// Pearson's product-moment r (``PearsonCorrelation``).
        case pearson
        /// Spearman's ρ (``SpearmanCorrelation``; exact p without ties up to 1290 pairs,
        /// else the t approximation, as R's `cor.test`).
        case spearman
    }

    /// Which people a pair's correlation rests on.
    public enum Deletion: String, Hashable, Sendable, Codable {
        /// Each pair uses every person (at the wave) with both values: n varies by pair.
        case pairwise
        /// Every pair uses only the people with all columns: one n.
        case listwise
    }

    /// The columns, in order (`instrument.scale`).
    public var columns: [String]
    /// The correlation.
    public var method: Method
    /// The deletion of missing values.
    public var deletion: Deletion
    /// The wave below the diagonal (`nil`: all waves together).
    public var lowerWave: Int?
    /// The wave above the diagonal (equal to ``lowerWave`` for a symmetric matrix).
    public var upperWave: Int?
    /// r (or ρ) per pair, row by row; `nil` on the diagonal of a two-wave matrix and where a
    /// pair has fewer than three people or a constant column (``notes``).
    public var r: [[Double?]]
    /// The two-sided p-values, `nil` where r is and on the diagonal.
    public var p: [[Double?]]
    /// The number of people per pair (on the diagonal: with the column's value at ``lowerWave``).
    public var n: [[Int]]
    /// For Spearman: per pair whether its p is exact (AS 89) or the t approximation.
    public var pValueMethods: [[SpearmanCorrelation.PValueMethod?]]?
    /// Why cells are empty, once per reason.
    public var notes: [String]
    /// Which respondents the matrix looked at (beside its waves).
    public var filter: CohortFilter = CohortFilter()
    /// A caution (persons with rows at several waves when every row is pooled).
    public var warning: String?
}

extension CohortAnalysis {
    /// The correlation matrix of `columns` at one wave (`waves` `[w]`), two waves (`[w1, w2]`:
    /// w1 below the diagonal, w2 above), or all rows together (`[]`).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale,
    ///   fewer than two columns, or more than two waves.
    public func correlations(
        _ columns: [ScoreVariable], method: CorrelationMatrix.Method = .pearson, deletion: CorrelationMatrix.Deletion = .pairwise,
        waves: [Int] = [], where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> CorrelationMatrix {
        guard columns.count >= 2 else { throw ResearchError(.invalidMapping, field: "columns", message: "a correlation matrix needs at least two columns") }
        guard waves.count <= 2 else { throw ResearchError(.invalidMapping, field: "waves", message: "give one wave, two (below and above the diagonal) or none") }
        let lower = waves.first, upper = waves.last
        let lowerValues = try columnValues(columns, wave: lower, deletion: deletion, where: filter)
        let upperValues = upper == lower ? lowerValues : try columnValues(columns, wave: upper, deletion: deletion, where: filter)
        let k = columns.count
        var matrix = CorrelationMatrix(
            columns: columns.map(\.description), method: method, deletion: deletion, lowerWave: lower, upperWave: upper,
            r: Array(repeating: Array(repeating: nil, count: k), count: k), p: Array(repeating: Array(repeating: nil, count: k), count: k),
            n: Array(repeating: Array(repeating: 0, count: k), count: k),
            pValueMethods: method == .spearman ? Array(repeating: Array(repeating: nil, count: k), count: k) : nil, notes: [], filter: filter)
        if waves.isEmpty { matrix.warning = Self.pooledWarning(Set(lowerValues.flatMap(\.keys))) }
        for i in 0..<k {
            matrix.n[i][i] = lowerValues[i].count
            if waves.count < 2 || lower == upper { matrix.r[i][i] = 1 }
            for j in 0..<k where j != i {
                // Below the diagonal (i > j) the lower wave, above it the upper wave.
                let values = i > j ? lowerValues : upperValues
                let pairs = values[i].keys.filter { values[j][$0] != nil }.sorted()
                matrix.n[i][j] = pairs.count
                let x = pairs.compactMap { values[i][$0] }, y = pairs.compactMap { values[j][$0] }
                do {
                    switch method {
                    case .pearson:
                        let result = try PearsonCorrelation.between(x, y)
                        (matrix.r[i][j], matrix.p[i][j]) = (result.r, result.pValue)
                    case .spearman:
                        let result = try SpearmanCorrelation.between(x, y)
                        (matrix.r[i][j], matrix.p[i][j]) = (result.rho, result.pValue)
                        matrix.pValueMethods?[i][j] = result.pValueMethod
                    }
                } catch {
                    if !matrix.notes.contains(error.message) { matrix.notes.append(error.message) }
                }
            }
        }
        return matrix
    }

    /// Per column its values by record key at a wave; with listwise deletion only the keys
    /// that have every column.
    private func columnValues(
        _ columns: [ScoreVariable], wave: Int?, deletion: CorrelationMatrix.Deletion, where filter: CohortFilter
    ) throws(ResearchError) -> [[RecordKey: Double]] {
        var values: [[RecordKey: Double]] = []
        for column in columns { values.append(try valuesByKey(column, where: restricted(filter, toWave: wave)).values) }
        guard deletion == .listwise, let first = values.first else { return values }
        let complete = Set(first.keys.filter { key in values.allSatisfy { $0[key] != nil } })
        return values.map { $0.filter { complete.contains($0.key) } }
    }
}
