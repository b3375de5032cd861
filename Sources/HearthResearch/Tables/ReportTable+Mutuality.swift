import HearthCore

extension ReportTable {
    /// Table 4.6: of the couples with violence of a kind, in how many both partners use it,
    /// the woman only, or the man only — from the respondent's own and partner prevalence
    /// and the respondent's sex (a female respondent's "own" is the woman's) — with the
    /// report's "sex difference": McNemar's test of woman-only against man-only couples (is
    /// one partner alone more often the man?); the distribution by the respondent's sex is
    /// tested in the notes.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no CTS2 data.
    public static func mutuality(
        in analysis: CohortAnalysis, wave: Int? = 1, where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        let scope = analysis.restricted(filter, toWave: wave)
        var rows: [Row] = []
        var notes: [String] = []
        for (label, part) in [
            ("Psychological violence", "psychological_prevalence"), ("Severe psychological violence", "psychological_severe_prevalence"),
            ("Physical violence", "physical_prevalence"), ("Severe physical violence", "physical_severe_prevalence"),
        ] {
            let own = try analysis.valuesByKey(cts2("self_" + part), where: scope)
            let partner = try analysis.valuesByKey(cts2("partner_" + part), where: scope).values
            // Rows: both, woman only, man only; columns: female and male respondents.
            var counts = [[0, 0], [0, 0], [0, 0]]
            var unknownSex = 0
            for (key, respondent) in own.respondents {
                guard let mine = own.values[key], let theirs = partner[key], mine > 0 || theirs > 0 else { continue }
                let column: Int
                switch respondent.sex {
                case .female: column = 0
                case .male: column = 1
                default: unknownSex += 1; continue
                }
                let woman = column == 0 ? mine > 0 : theirs > 0
                let man = column == 0 ? theirs > 0 : mine > 0
                counts[woman && man ? 0 : (woman ? 1 : 2)][column] += 1
            }
            let totals = counts.map { $0[0] + $0[1] }
            let all = totals.reduce(0, +)
            var cells = totals.map { count in
                Cell(Double(count), decimals: 0, suffix: all == 0 ? "" : " (\(format(Double(count) / Double(all) * 100, decimals: 1))%)")
            }
            do {
                let test = try McNemarTest.test(firstOnly: totals[1], secondOnly: totals[2])
                cells.append(Cell(pValue: test.p, suffix: SignificanceMarks.threeLevels.mark(test.p)))
            } catch {
                cells.append(Cell(unavailable: error.message))
            }
            let table = counts.filter { $0[0] + $0[1] > 0 }
            if let test = try? ContingencyTest.test(table, yatesCorrection: false) {
                notes.append("\(label), the three categories by the respondent's sex: χ²(\(test.df)) = \(format(test.chiSquare, decimals: 2)), p \(pText(test.p)).")
            }
            rows.append(Row(label, [Cell(Double(all), decimals: 0)] + cells))
            if unknownSex > 0 { notes.append("\(label): \(unknownSex) respondent(s) without a recorded sex are left out.") }
        }
        return ReportTable(
            id: "4.6", title: "Mutual violence: both partners, the woman only or the man only" + (wave.map { ", wave \($0)" } ?? ""),
            layoutSource: "Tierolf et al. (2014), Table 4.6", columns: ["Violence", "N", "Both", "Woman only", "Man only", "p (woman only – man only)"],
            rows: rows,
            notes: notes + [
                "Among respondents with violence of the kind by either partner in the past year; the respondent's own acts are the woman's when she is female (an opposite-sex couple, as the report assumes).",
                "p: McNemar's test (with continuity correction, as R's mcnemar.test) of the couples where the woman alone against those where the man alone uses the violence — the report's \"sex difference\", test not named. " + SignificanceMarks.threeLevels.note,
            ])
    }
}
