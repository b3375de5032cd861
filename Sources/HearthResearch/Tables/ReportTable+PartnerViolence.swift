extension ReportTable {
    /// Table 4.1: prevalence and chronicity of negotiation, psychological and physical
    /// violence, done by the respondent and by the partner, per group (by default sex ×
    /// study group, as the report's women/men × research/reference columns).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no CTS2 data.
    public static func partnerViolence(
        in analysis: CohortAnalysis, wave: Int? = 1, columnsBy keys: [GroupingKey] = [.sex, .attribute("group")],
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> ReportTable {
        let scope = wave.map { filter.requiring(.wave, in: [String($0)]) } ?? filter
        func column(_ scale: String) -> ScoreVariable { ScoreVariable(instrument: "cts2", scale: scale) }
        let groups = try analysis.summarize(column("self_negotiation_prevalence"), by: keys, where: scope)
        var rows: [Row] = []
        for (actor, heading) in [("self", "Self (own behaviour)"), ("partner", "Partner (partner's behaviour)")] {
            rows.append(Row(section: heading))
            for (type, name) in [("negotiation", "negotiation"), ("psychological", "psychological aggression"), ("physical", "physical assault")] {
                let prevalence = column("\(actor)_\(type)_prevalence")
                let shares = try analysis.summarize(prevalence, by: keys, where: scope)
                let chronicity = try analysis.chronicity(
                    frequency: column("\(actor)_\(type)_frequency"), prevalence: prevalence, by: keys, where: scope)
                rows.append(Row("Prevalence \(name) (%)", groups.map { group in
                    Cell(
                        shares.first { $0.group == group.group }?.statistics.mean.map { $0 * 100 }, decimals: 0, suffix: "%",
                        unavailable: "no respondent in this group has a determined prevalence score")
                }))
                rows.append(Row("Chronicity \(name) (times per year)", groups.map { group in
                    Cell(
                        chronicity.first { $0.group == group.group }?.statistics.mean, decimals: 0,
                        unavailable: "no one in this group with a determined frequency had an act in the past year")
                }))
            }
        }
        return ReportTable(
            id: "4.1", title: "Partner violence by group" + (wave.map { ", wave \($0)" } ?? ""),
            layoutSource: "Tierolf et al. (2014), Table 4.1",
            columns: ["CTS2"] + groups.map { "\($0.group) (N=\($0.rowCount))" }, rows: rows,
            notes: [
                "Prevalence: share with at least one act in the past year, among respondents whose prevalence score is determined.",
                "Chronicity: mean annual frequency (sum of category midpoints) among those with past-year prevalence 1 — the CTS2 convention, which the report's figures follow but never state.",
                "N counts respondents with CTS2 data; a cell rests on fewer where items are missing.",
            ])
    }
}
