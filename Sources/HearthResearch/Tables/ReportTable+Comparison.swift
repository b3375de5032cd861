extension ReportTable {
    /// Cells N, Mean, SD per group, then Welch's p (with the report's marks) and Cohen's d
    /// of the first group against the second when there are exactly two.
    static func comparisonCells(_ summaries: [GroupSummary], groups: [GroupLabel]) -> [Cell] {
        var cells: [Cell] = []
        for group in groups {
            let summary = summaries.first { $0.group == group }
            cells += [
                Cell(summary.map { Double($0.statistics.count) }, decimals: 0),
                Cell(summary?.statistics.mean, decimals: 2),
                Cell(summary?.statistics.standardDeviation, decimals: 2),
            ]
        }
        guard groups.count == 2 else { return cells }
        guard let first = summaries.first(where: { $0.group == groups[0] }), let second = summaries.first(where: { $0.group == groups[1] }) else {
            let empty = summaries.first(where: { $0.group == groups[0] }) == nil ? groups[0] : groups[1]
            let reason = "no values in group \(empty)"
            return cells + [Cell(unavailable: reason), Cell(unavailable: reason)]
        }
        let comparison = CohortAnalysis.comparison(first, second)
        let p = comparison.test?.pValue
        let pCell = p == nil ? Cell(unavailable: comparison.unavailable ?? "the test cannot be computed") : Cell(pValue: p, suffix: mark(p))
        let dCell = comparison.cohensD.map { Cell($0, decimals: 2) }
            ?? Cell(unavailable: comparison.effectSizeUnavailable ?? "the effect size cannot be computed")
        return cells + [pCell, dCell]
    }

    /// The column headers that go with ``comparisonCells(_:groups:)``.
    static func comparisonColumns(_ groups: [GroupLabel]) -> [String] {
        groups.flatMap { ["\($0) N", "\($0) Mean", "\($0) SD"] }
            + (groups.count == 2 ? ["p (Welch)", "d"] : [])
    }

    /// The note that goes with ``comparisonCells(_:groups:)``.
    static func comparisonNote(_ groups: [GroupLabel]) -> String {
        groups.count == 2
            ? "p: Welch's t-test of \(groups[0]) against \(groups[1]); d: Cohen's d with the pooled SD. " + markNote
            : "Tests are given for exactly two groups; this table has \(groups.count)."
    }
}
