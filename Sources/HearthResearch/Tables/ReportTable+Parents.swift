extension ReportTable {
    /// Table 5.2: the ACE score (mean, SD) and the share with domestic violence in their own
    /// childhood (ACE family-violence item) per city, with the one-way ANOVA of the means and
    /// the chi-square test of the shares with pairwise comparisons (Holm).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no ACE data.
    public static func aceByCity(
        in analysis: CohortAnalysis, wave: Int? = 1, by key: GroupingKey = .attribute("city"),
        where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        let scope = analysis.restricted(filter, toWave: wave)
        let total = ScoreVariable(instrument: "ace", scale: "total")
        let means = try analysis.compareMeans(total, by: key, where: scope)
        let childhood = try analysis.crosstab(.score(ScoreVariable(instrument: "ace", scale: "family_violence")), by: key, where: scope)
        let yes = childhood.rowLevels.firstIndex(of: "1"), no = childhood.rowLevels.firstIndex(of: "0")
        var rows: [Row] = []
        func shareCells(_ column: Int?) -> [Cell] {
            [yes, no].flatMap { row -> [Cell] in
                guard let column else { return [Cell(unavailable: "no ACE family-violence answers"), Cell(0, decimals: 0)] }
                // A category no one in the table falls in has no row: 0 of the column.
                guard let row else { return [Cell(0, decimals: 1, suffix: "%"), Cell(0, decimals: 0)] }
                return [Cell(childhood.columnPercentages[row][column] * 100, decimals: 1, suffix: "%"), Cell(Double(childhood.counts[row][column]), decimals: 0)]
            }
        }
        for group in means.groups {
            let level = group.group.levels.first ?? ""
            rows.append(Row(level, [Cell(group.statistics.mean, decimals: 2), Cell(group.statistics.standardDeviation, decimals: 2)]
                + shareCells(childhood.columnLevels.firstIndex(of: level))))
        }
        let counts = [yes, no].map { row in row.map { childhood.counts[$0].reduce(0, +) } ?? 0 }
        let all = counts.reduce(0, +)
        rows.append(Row("Total", [Cell(text: ""), Cell(text: "")] + counts.flatMap { count in
            [Cell(all == 0 ? nil : Double(count) / Double(all) * 100, decimals: 1, suffix: "%"), Cell(Double(count), decimals: 0)]
        }))
        var notes = ["Mean ACE score by \(key): one-way ANOVA " + anovaText(means) + "."]
        notes.append("Domestic violence in own childhood (ACE family-violence item) by \(key): " + crosstabText(childhood) + ".")
        return ReportTable(
            id: "5.2", title: "ACE score and domestic violence in own childhood by \(key)" + (wave.map { ", wave \($0)" } ?? ""),
            layoutSource: "Tierolf et al. (2014), Table 5.2",
            columns: [key.description, "ACE mean", "SD", "Childhood DV %", "N", "No childhood DV %", "N"], rows: rows, notes: notes)
    }

    /// Table 5.6: parenting stress (NOSI-K) per city, with the one-way ANOVA and every pair of
    /// cities (t with the pooled SD, Holm).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no NOSI-K data.
    public static func scaleByCity(
        in analysis: CohortAnalysis, id: String = "5.6", column: ScoreVariable = ScoreVariable(instrument: "nosik", scale: "total"),
        title: String = "Parenting stress (NOSI-K) by city", wave: Int? = 1, by key: GroupingKey = .attribute("city"),
        where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        let comparison = try analysis.compareMeans(column, by: key, where: analysis.restricted(filter, toWave: wave))
        // The pairs that differ are named in the notes (the report marks Amsterdam, the city
        // in both of its differing pairs; a mark per row cannot say which pair).
        let rows = comparison.groups.map { group in
            let level = group.group.levels[0]
            return Row(level, [
                Cell(group.statistics.mean, decimals: 1), Cell(Double(group.statistics.count), decimals: 0),
                Cell(group.statistics.standardDeviation, decimals: 2),
            ])
        }
        var notes = ["One-way ANOVA " + anovaText(comparison) + "."]
        notes += pairsText(comparison.pairwise, adjustment: comparison.adjustment).map { "Pairwise t with the pooled SD: " + $0 + "." }
        return ReportTable(
            id: id, title: title + (wave.map { ", wave \($0)" } ?? ""), layoutSource: "Tierolf et al. (2014), Table \(id)",
            columns: [key.description, "Mean", "N", "SD"], rows: rows, notes: notes)
    }

    /// N, mean and SD cells, the mean with a mark.
    static func summaryCells(_ s: SummaryStatistics, suffix: String = "") -> [Cell] {
        [Cell(Double(s.count), decimals: 0), Cell(s.mean, decimals: 2, suffix: suffix, unavailable: "no values"),
         Cell(s.standardDeviation, decimals: 2, unavailable: "an SD needs two values")]
    }

    /// `= .123` or `< .001`.
    static func pText(_ p: Double) -> String { p < 0.001 ? "< .001" : "= " + Cell(pValue: p).text }

    /// `F(3, 87) = 0.22, p = .880`, or why there is none.
    static func anovaText(_ m: MeansComparison) -> String {
        if let test = m.twoGroups?.test { return "(two groups, Welch) t = \(format(test.t, decimals: 2)), p \(pText(test.pValue))" }
        guard let f = m.f, let p = m.p else { return "not computed: " + (m.unavailable ?? "too few groups") }
        return "F(\(m.dfBetween ?? 0), \(m.dfWithin ?? 0)) = \(format(f, decimals: 2)), p \(pText(p))"
    }

    /// `χ²(3) = 9.21, p = .027`, or why there is none.
    static func crosstabText(_ c: CohortCrosstab) -> String {
        guard let test = c.test else { return "not computed: " + (c.unavailable ?? "no test") }
        var text = "χ²(\(test.df)) = \(format(test.chiSquare, decimals: 2)), p \(pText(test.p))"
        if test.expectedBelowFive > 0 { text += " (\(test.expectedBelowFive) cell(s) expect fewer than 5)" }
        let pairs = pairsText(c.pairwise, adjustment: c.adjustment)
        return pairs.isEmpty ? text : text + "; " + pairs.joined(separator: " ")
    }

    /// The pairs that differ after correction, or that none do.
    static func pairsText(_ pairs: [PairwiseComparison], adjustment: PValueAdjustment) -> [String] {
        guard !pairs.isEmpty else { return [] }
        let differing = pairs.filter { ($0.adjustedP ?? 1) < 0.05 }.map { "\($0.first)–\($0.second) (p \(pText($0.adjustedP ?? 1)))" }
        return ["pairs differing at p < .05 after \(adjustment.rawValue) correction: " + (differing.isEmpty ? "none" : differing.joined(separator: ", "))]
    }
}
