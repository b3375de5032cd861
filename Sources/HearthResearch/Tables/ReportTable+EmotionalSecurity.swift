extension ReportTable {
    /// Table 6.1: emotional security of young children (SIMS-PR, parent report) and older
    /// children (SIS, child report), N, mean and SD per group, with the test between two
    /// groups.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has neither instrument.
    public static func emotionalSecurity(
        in analysis: CohortAnalysis, wave: Int? = 1, columnsBy keys: [GroupingKey] = [.attribute("group")],
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> ReportTable {
        let scope = wave.map { filter.requiring(.wave, in: [String($0)]) } ?? filter
        let sections = [
            ("simspr", "Young children (SIMS-PR)", ["oer", "bd", "oa", "oi"]),
            ("sis", "Older children (SIS)", ["oer", "bd", "oa", "oi", "cfr", "dfr", "csr"]),
        ]
        var summaries: [String: [GroupSummary]] = [:]
        var labels = Set<GroupLabel>()
        var notes: [String] = []
        for (instrument, heading, scales) in sections {
            guard analysis.scored.tables[instrument] != nil else {
                notes.append("\(heading): no data in the cohort.")
                continue
            }
            for scale in scales {
                let found = try analysis.summarize(ScoreVariable(instrument: instrument, scale: scale), by: keys, where: scope)
                summaries["\(instrument).\(scale)"] = found
                labels.formUnion(found.map(\.group))
            }
        }
        guard !summaries.isEmpty else {
            throw ResearchError(.invalidMapping, field: "simspr, sis", message: "the cohort has neither SIMS-PR nor SIS data")
        }
        let groups = labels.sorted(by: analysis.precedes)
        var rows: [Row] = []
        for (instrument, heading, scales) in sections {
            guard let definition = analysis.scored.cohort.definitions[instrument] else { continue }
            rows.append(Row(section: heading))
            for scale in scales {
                let name = definition.scales.first { $0.id == scale }?.name ?? scale
                let range = rangeText(theoreticalRange(definition, scaleID: scale))
                rows.append(Row(name, [Cell(text: range)] + comparisonCells(summaries["\(instrument).\(scale)"] ?? [], groups: groups)))
            }
        }
        return ReportTable(
            id: "6.1", title: "Emotional security by group" + (wave.map { ", wave \($0)" } ?? ""),
            layoutSource: "Tierolf et al. (2014), Table 6.1",
            columns: ["Scale", "Range"] + comparisonColumns(groups), rows: rows, notes: notes + [comparisonNote(groups)])
    }
}
