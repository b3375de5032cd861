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
        guard groups.count == 2, let first = summaries.first(where: { $0.group == groups[0] }),
            let second = summaries.first(where: { $0.group == groups[1] })
        else {
            return cells + (groups.count == 2 ? [Cell(text: ""), Cell(text: "")] : [])
        }
        let comparison = CohortAnalysis.comparison(first, second)
        let p = comparison.test?.pValue
        return cells + [Cell(pValue: p, suffix: mark(p)), Cell(comparison.cohensD, decimals: 2)]
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
