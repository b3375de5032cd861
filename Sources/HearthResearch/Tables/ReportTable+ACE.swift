extension ReportTable {
    /// Table 5.1: the distribution of ACE scores (0–10) per group, with totals and means.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no ACE data.
    public static func aceDistribution(
        in analysis: CohortAnalysis, wave: Int? = 1, columnsBy keys: [GroupingKey] = [.attribute("group")],
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> ReportTable {
        let scope = wave.map { filter.requiring(.wave, in: [String($0)]) } ?? filter
        let column = ScoreVariable(instrument: "ace", scale: "total")
        let observations = try analysis.scored.observations(column, where: scope)
        let groups = analysis.group(observations, by: keys)
        var rows: [Row] = []
        let scored = groups.map { $0.1.compactMap(\.value) }
        for score in 0...10 {
            var cells: [Cell] = []
            for values in scored {
                let count = values.count(where: { $0 == Double(score) })
                cells.append(Cell(Double(count), decimals: 0))
                cells.append(Cell(values.isEmpty ? nil : Double(count) / Double(values.count) * 100, decimals: 1))
            }
            rows.append(Row(String(score), cells))
        }
        rows.append(Row("Total", scored.flatMap { [Cell(Double($0.count), decimals: 0), Cell($0.isEmpty ? nil : 100, decimals: 0)] }))
        var means: [Cell] = []
        for (label, members) in groups {
            let summary = try analysis.summary(members, column: column, label: label)
            means += [Cell(summary.statistics.mean, decimals: 1), Cell(text: "")]
        }
        rows.append(Row("Mean ACE score", means))
        let missing = zip(groups, scored).map { $0.0.1.count - $0.1.count }.reduce(0, +)
        return ReportTable(
            id: "5.1", title: "ACE score distribution" + (wave.map { ", wave \($0)" } ?? ""),
            layoutSource: "Tierolf et al. (2014), Table 5.1",
            columns: ["ACE score"] + groups.flatMap { ["\($0.0) N", "\($0.0) %"] }, rows: rows,
            notes: ["Percentages are of respondents with an ACE score; \(missing) respondent(s) without one (missing items) are not counted."])
    }
}
