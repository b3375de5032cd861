import HearthNorms

extension ReportTable {
    /// The metric of the trauma table.
    public enum TraumaMetric: String, Hashable, Sendable, Codable, CaseIterable {
        /// T-scores from the loaded norm tables, TSCYC and TSCC pooled per scale (as the
        /// report pools them). A score without a table for the child's sex and age is left
        /// out and counted in the notes.
        case tScore
        /// Raw scores, one row per instrument and scale (raw scores of two instruments
        /// cannot be pooled).
        case raw
    }

    /// The six trauma scales of Table 6.2 and their ids in TSCYC and TSCC.
    static let traumaScales: [(name: String, tscyc: String, tscc: String)] = [
        ("Anxiety", "anx", "anx"), ("Depression", "dep", "dep"), ("Anger", "ang", "ang"),
        ("Posttraumatic stress", "pts_tot", "pts"), ("Dissociation", "dis", "dis"), ("Sexual concerns", "sc", "sc"),
    ]

    /// Table 6.2: trauma symptoms (TSCYC for young children, TSCC for older) per group, N,
    /// mean and SD, with the test between two groups.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has neither instrument.
    public static func traumaScores(
        in analysis: CohortAnalysis, norms: NormSet, metric: TraumaMetric = .tScore, wave: Int? = 1,
        columnsBy keys: [GroupingKey] = [.attribute("group")], where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> ReportTable {
        let scope = wave.map { filter.requiring(.wave, in: [String($0)]) } ?? filter
        let instruments = ["tscyc", "tscc"].filter { analysis.scored.tables[$0] != nil }
        guard !instruments.isEmpty else {
            throw ResearchError(.invalidMapping, field: "tscyc, tscc", message: "the cohort has neither TSCYC nor TSCC data")
        }
        var entries: [(String, [GroupSummary])] = []
        var withoutTable = 0
        for scale in traumaScales {
            var pooled: [ScoredCohort.Observation] = []
            for instrument in instruments {
                let scaleID = instrument == "tscyc" ? scale.tscyc : scale.tscc
                var observations = try analysis.scored.observations(ScoreVariable(instrument: instrument, scale: scaleID), where: scope)
                if metric == .tScore {
                    for index in observations.indices {
                        guard let raw = observations[index].value else { continue }
                        let respondent = observations[index].respondent
                        let t = norms.tTable(instrument: instrument, scale: scaleID, sex: respondent.sex, age: respondent.age?.years)?.tScore(for: raw)
                        if t == nil { withoutTable += 1 }
                        observations[index].value = t?.value
                    }
                    pooled += observations
                } else {
                    let label = "\(instrument.uppercased()) \(scale.name.lowercased())"
                    entries.append((label, try summaries(observations, analysis: analysis, instrument: instrument, scale: scaleID, keys: keys)))
                }
            }
            if metric == .tScore {
                entries.append((scale.name, try summaries(pooled, analysis: analysis, instrument: instruments[0], scale: scale.tscyc, keys: keys)))
            }
        }
        let groups = Set(entries.flatMap { $0.1.map(\.group) }).sorted(by: analysis.precedes)
        let rows = entries.map { Row($0.0, comparisonCells($0.1, groups: groups)) }
        var notes = [
            metric == .tScore
                ? "T-scores from the loaded raw→T tables, TSCYC (parent report, young children) and TSCC (self report, older children) pooled per scale, as the report pools them without saying how."
                : "Raw scores per instrument; load T tables and use the T metric to pool the instruments as the report does.",
            comparisonNote(groups),
        ]
        if withoutTable > 0 {
            notes.append("\(withoutTable) score(s) had no T table for the child's sex and age and are left out (counted as missing).")
        }
        return ReportTable(
            id: "6.2", title: "Trauma symptoms by group" + (wave.map { ", wave \($0)" } ?? ""),
            layoutSource: "Tierolf et al. (2014), Table 6.2", columns: ["Scale"] + comparisonColumns(groups), rows: rows, notes: notes)
    }

    private static func summaries(
        _ observations: [ScoredCohort.Observation], analysis: CohortAnalysis, instrument: String, scale: String, keys: [GroupingKey]
    ) throws(ResearchError) -> [GroupSummary] {
        var result: [GroupSummary] = []
        for (label, members) in analysis.group(observations, by: keys) {
            result.append(try analysis.summary(members, column: ScoreVariable(instrument: instrument, scale: scale), label: label))
        }
        return result
    }
}
