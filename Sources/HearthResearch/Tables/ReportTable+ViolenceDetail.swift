extension ReportTable {
    /// Table 4.2: mean annual frequency of own and partner severe and minor violence per
    /// group (by default sex × study group, wave 1).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no CTS2 data.
    public static func severityByGroup(
        in analysis: CohortAnalysis, wave: Int? = 1, columnsBy keys: [GroupingKey] = [.sex, .attribute("group")],
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> ReportTable {
        let (groups, rows) = try meanRows(severityMeasures, analysis: analysis, keys: keys, scope: analysis.restricted(filter, toWave: wave))
        return ReportTable(
            id: "4.2", title: "Annual frequency of severe and minor violence" + (wave.map { ", wave \($0)" } ?? ""),
            layoutSource: "Tierolf et al. (2014), Table 4.2", columns: ["Measure (theoretical range)"] + meanColumns(groups), rows: rows,
            notes: ["Severe and minor: the CTS2's severe and minor psychological and physical items together (sums of category midpoints)."])
    }

    /// Table 4.10: Table 4.2's measures over the waves, by sex (by default the research group).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no CTS2 data.
    public static func severityOverWaves(
        in analysis: CohortAnalysis, waves: [Int] = [1, 2, 3], columnsBy keys: [GroupingKey] = [.wave, .sex],
        where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        let scope = filter.requiring(.wave, in: Set(waves.map(String.init)))
        let (groups, rows) = try meanRows(severityMeasures, analysis: analysis, keys: keys, scope: scope)
        return ReportTable(
            id: "4.10", title: "Severe and minor violence over the waves", layoutSource: "Tierolf et al. (2014), Table 4.10",
            columns: ["Measure (theoretical range)"] + meanColumns(groups), rows: rows,
            notes: ["Means over everyone measured at a wave, as the report prints them; the change of the same people is in Table 4.9 and `changes`."])
    }

    /// Tables 4.3 (the reference group) and 4.4 (the research group): own, partner and
    /// total violence for the group, for everyone and by sex, with Welch's test of women
    /// against men and the paired test of own against partner violence.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no CTS2 data.
    public static func mutualViolence(
        in analysis: CohortAnalysis, group: String, id: String, wave: Int? = 1, groupKey: GroupingKey = .attribute("group"),
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> ReportTable {
        let scope = analysis.restricted(filter.requiring(groupKey, in: [group]), toWave: wave)
        let everyone = try meanRows(mutualMeasures, analysis: analysis, keys: [], scope: scope)
        let bySex = try meanRows(mutualMeasures, analysis: analysis, keys: [.sex], scope: scope.requiring(.sex, in: ["female", "male"]))
        var rows: [Row] = []
        for (index, measure) in mutualMeasures.enumerated() {
            let comparison = try analysis.compare(measure.column, on: .sex, "female", against: "male", where: scope)
            let cells = everyone.rows[index].cells + bySex.rows[index].cells
                + [pCell(comparison.test?.pValue, marks: .conventional, unavailable: comparison.unavailable ?? "the test cannot be computed")]
            rows.append(Row(measure.label, cells))
        }
        let ownAgainstPartner = try analysis.pairedScales(mutualMeasures[0].column, mutualMeasures[1].column, where: scope)
        return ReportTable(
            id: id, title: "Mutual violence, \(group) group (mean incidents in the past year)" + (wave.map { ", wave \($0)" } ?? ""),
            layoutSource: "Tierolf et al. (2014), Table \(id)",
            columns: ["Measure"] + meanColumns(everyone.groups.map { _ in GroupLabel(keys: [], levels: ["Total"]) } + bySex.groups) + ["p women–men (Welch)"],
            rows: rows,
            notes: [
                "Own against partner violence, the same respondents (paired t): " + ownAgainstPartner.description + ".",
                SignificanceMarks.conventional.note,
            ])
    }

    /// Table 4.5: mean incidents by type and severity, own against partner, with the paired
    /// t-test of each row (the research group at wave 1 by default).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no CTS2 data.
    public static func ownAgainstPartner(
        in analysis: CohortAnalysis, wave: Int? = 1, where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        let scope = analysis.restricted(filter, toWave: wave)
        var rows: [Row] = []
        for (label, part) in [
            ("Psychological violence, minor", "psychological_minor_frequency"), ("Psychological violence, severe", "psychological_severe_frequency"),
            ("Physical violence, minor", "physical_minor_frequency"), ("Physical violence, severe", "physical_severe_frequency"),
        ] {
            let test = try analysis.pairedScales(cts2("self_" + part), cts2("partner_" + part), where: scope)
            rows.append(Row(label, [
                Cell(Double(test.count), decimals: 0), Cell(test.first, decimals: 0, unavailable: "no one has both values"),
                Cell(test.second, decimals: 0, unavailable: "no one has both values"),
                pCell(test.test?.pValue, marks: .threeLevels, unavailable: test.unavailable ?? "the test cannot be computed"),
            ]))
        }
        return ReportTable(
            id: "4.5", title: "Mean incidents in the past year by type and severity, own and partner" + (wave.map { ", wave \($0)" } ?? ""),
            layoutSource: "Tierolf et al. (2014), Table 4.5", columns: ["Violence", "N", "Own", "Partner", "p (paired t)"], rows: rows,
            notes: ["Respondents with both own and partner values; paired t-test of own against partner. " + SignificanceMarks.threeLevels.note])
    }

    /// Table 4.8: Table 4.1's prevalence and chronicity over the waves, by sex (the research group by default).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no CTS2 data.
    public static func partnerViolenceOverWaves(
        in analysis: CohortAnalysis, waves: [Int] = [1, 2, 3], where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        var table = try partnerViolence(
            in: analysis, wave: nil, columnsBy: [.wave, .sex], where: filter.requiring(.wave, in: Set(waves.map(String.init))))
        table.id = "4.8"
        table.title = "Partner violence over the waves, by sex"
        table.layoutSource = "Tierolf et al. (2014), Table 4.8"
        table.notes.append("The change of the same people between waves: Table 4.9 and `changes`.")
        return table
    }
}
