/// A correction of p-values for multiple comparisons, as R's `p.adjust`.
///
/// Written in study configurations as `holm` (the default: controls the family-wise error
/// rate like Bonferroni and is never less powerful; Holm 1979), `bonferroni`, or `none`.
public enum PValueAdjustment: String, Hashable, Sendable, Codable, CaseIterable {
    /// Holm's step-down method: the i-th smallest of m p-values times (m − i + 1), made
    /// non-decreasing, at most 1.
    case holm
    /// Bonferroni: every p-value times m, at most 1.
    case bonferroni
    /// No correction.
    case none

    /// The adjusted p-values, in the order given (NaN stays NaN and does not count in m,
    /// as `p.adjust` with `NA`).
    public func adjust(_ pValues: [Double]) -> [Double] {
        let present = pValues.indices.filter { !pValues[$0].isNaN }
        let m = Double(present.count)
        var adjusted = pValues
        switch self {
        case .none:
            break
        case .bonferroni:
            for index in present { adjusted[index] = Swift.min(1, pValues[index] * m) }
        case .holm:
            // Tied p-values get the same adjusted value whatever their order.
            let order = present.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
            var running = 0.0
            for (rank, index) in order.enumerated() {
                running = Swift.max(running, (m - Double(rank)) * pValues[index])
                adjusted[index] = Swift.min(1, running)
            }
        }
        return adjusted
    }
}
