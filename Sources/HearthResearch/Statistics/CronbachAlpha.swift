/// Cronbach's alpha of a scale from item data: α = k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ).
///
/// Cases with any item missing are left out (listwise deletion, as SPSS RELIABILITY does;
/// R's `psych::alpha` defaults to pairwise covariances, which can differ when items are
/// missing). Variances use divisor n − 1; the ratio does not depend on it.
public struct CronbachAlpha: Hashable, Sendable, Codable {
    /// The coefficient (may be negative when items correlate negatively).
    public var alpha: Double
    /// The number of items k.
    public var itemCount: Int
    /// The cases with every item answered, which the estimate uses.
    public var caseCount: Int
    /// The cases left out because an item was missing.
    public var excludedCases: Int

    /// Alpha from rows of item values, `nil` for a missing item.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` for rows of unequal length or a
    ///   non-finite value; ``ResearchError/Code/insufficientData`` for fewer than two items,
    ///   fewer than two complete cases, or a total score with zero variance.
    public static func estimate(rows: [[Double?]]) throws(ResearchError) -> CronbachAlpha {
        let itemCount = rows.first?.count ?? 0
        guard itemCount >= 2 else { throw ResearchError(.insufficientData, message: "alpha needs at least two items") }
        var complete: [[Double]] = []
        for row in rows {
            guard row.count == itemCount else { throw ResearchError(.invalidValue, message: "rows differ in their number of items") }
            let values = row.compactMap { $0 }
            if values.count == itemCount { complete.append(values) }
        }
        guard complete.count >= 2 else {
            throw ResearchError(.insufficientData, message: "alpha needs at least two cases with every item answered")
        }
        var itemVariance = 0.0
        for item in 0..<itemCount {
            itemVariance += try SummaryStatistics(complete.map { $0[item] }).variance ?? 0
        }
        let totals = complete.map { $0.reduce(0, +) }
        guard let totalVariance = try SummaryStatistics(totals).variance, totalVariance > 0 else {
            throw ResearchError(.insufficientData, message: "the total score has zero variance: alpha is undefined")
        }
        let k = Double(itemCount)
        return CronbachAlpha(
            alpha: k / (k - 1) * (1 - itemVariance / totalVariance), itemCount: itemCount, caseCount: complete.count,
            excludedCases: rows.count - complete.count)
    }
}
