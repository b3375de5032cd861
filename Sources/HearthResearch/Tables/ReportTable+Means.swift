extension ReportTable {
    /// A CTS2 scale, or the sum of several.
    static func cts2(_ scales: String...) -> ScoreVariable { ScoreVariable(instrument: "cts2", sumOf: scales) }

    /// Own and partner severe and minor violence, psychological and physical together
    /// (Tables 4.2 and 4.10; 11 severe items × 25 = 0–275, 9 minor × 25 = 0–225).
    static let severityMeasures: [(label: String, column: ScoreVariable)] = [
        ("Own severe violence (0–275)", cts2("self_psychological_severe_frequency", "self_physical_severe_frequency")),
        ("Partner severe violence (0–275)", cts2("partner_psychological_severe_frequency", "partner_physical_severe_frequency")),
        ("Own minor violence (0–225)", cts2("self_psychological_minor_frequency", "self_physical_minor_frequency")),
        ("Partner minor violence (0–225)", cts2("partner_psychological_minor_frequency", "partner_physical_minor_frequency")),
    ]

    /// Own, partner and total violence (Tables 4.3 and 4.4).
    static let mutualMeasures: [(label: String, column: ScoreVariable)] = [
        ("Own violence, total", cts2("self_violence_frequency")),
        ("Partner violence, total", cts2("partner_violence_frequency")),
        ("Violence incidents, total", cts2("total_violence_frequency")),
    ]

    /// Rows of N and mean per group for several columns: the layout of Tables 4.2 and 4.10.
    static func meanRows(
        _ measures: [(label: String, column: ScoreVariable)], analysis: CohortAnalysis, keys: [GroupingKey], scope: CohortFilter, decimals: Int = 0
    ) throws(ResearchError) -> (groups: [GroupLabel], rows: [Row]) {
        var summaries: [[GroupSummary]] = []
        for measure in measures { summaries.append(try analysis.summarize(measure.column, by: keys, where: scope)) }
        let groups = Set(summaries.joined().map(\.group)).sorted(by: analysis.precedes)
        let rows = zip(measures, summaries).map { measure, found in
            Row(measure.label, groups.flatMap { group -> [Cell] in
                let summary = found.first { $0.group == group }
                return [
                    Cell(Double(summary?.statistics.count ?? 0), decimals: 0),
                    Cell(summary?.statistics.mean, decimals: decimals, unavailable: "no one in this group has a value"),
                ]
            })
        }
        return (groups, rows)
    }

    /// `group N`, `group Mean` per group.
    static func meanColumns(_ groups: [GroupLabel]) -> [String] {
        groups.flatMap { ["\($0) N", "\($0) Mean"] }
    }

    /// A p-value cell with marks, or why the test is missing.
    static func pCell(_ p: Double?, marks: SignificanceMarks, unavailable reason: String) -> Cell {
        p.map { Cell(pValue: $0, suffix: marks.mark($0)) } ?? Cell(unavailable: reason)
    }
}
