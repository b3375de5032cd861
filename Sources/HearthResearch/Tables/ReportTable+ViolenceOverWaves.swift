extension ReportTable {
    /// The five violence totals of Table 4.9 and their theoretical ranges.
    static let violenceMeasures: [(label: String, column: ScoreVariable)] = [
        ("Total violence incidents (0–1000)", ScoreVariable(instrument: "cts2", scale: "total_violence_frequency")),
        ("Total physical violence incidents (0–600)", ScoreVariable(instrument: "cts2", sumOf: ["self_physical_frequency", "partner_physical_frequency"])),
        ("Total psychological violence incidents (0–400)", ScoreVariable(instrument: "cts2", sumOf: ["self_psychological_frequency", "partner_psychological_frequency"])),
        ("Total own violence (0–500)", ScoreVariable(instrument: "cts2", scale: "self_violence_frequency")),
        ("Total partner violence (0–500)", ScoreVariable(instrument: "cts2", scale: "partner_violence_frequency")),
    ]

    /// Table 4.9: mean annual violence incidents per wave, with the paired test of the
    /// first wave against each later one, and of each later wave against the next, for the
    /// people measured at both (the report: wave 1 against 2 and 3, and "2 against 3 is
    /// nowhere significant").
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no CTS2 data or
    ///   `waves` is empty.
    public static func violenceOverWaves(
        in analysis: CohortAnalysis, waves: [Int] = [1, 2, 3], where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> ReportTable {
        guard let first = waves.first else { throw ResearchError(.invalidMapping, field: "waves", message: "no waves") }
        let later = Array(waves.dropFirst())
        let consecutive = Array(zip(later, later.dropFirst()))
        let scope = filter.requiring(.wave, in: Set(waves.map(String.init)))
        var rows: [Row] = []
        var counts: [Int: Int] = [:]
        var notes = [markNote]
        for (label, column) in violenceMeasures {
            let perWave = try analysis.summarize(column, by: [.wave], where: scope)
            var changes: [Int: WaveChange] = [:]
            var unfiltered = filter
            unfiltered.conditions[.wave] = nil
            for wave in later {
                changes[wave] = try analysis.waveChange(column, from: first, to: wave, where: unfiltered).first
            }
            var laterChanges: [WaveChange?] = []
            for (from, to) in consecutive { laterChanges.append(try analysis.waveChange(column, from: from, to: to, where: unfiltered).first) }
            var cells: [Cell] = waves.map { wave in
                let summary = perWave.first { $0.group.levels == [String(wave)] }
                if let summary, counts[wave] == nil { counts[wave] = summary.statistics.count }
                let p = wave == first ? nil : changes[wave]?.test?.pValue
                return Cell(summary?.statistics.mean, decimals: 0, suffix: mark(p), unavailable: "no one has a value at wave \(wave)")
            }
            cells += later.map { wave in
                guard let p = changes[wave]?.test?.pValue else {
                    return Cell(unavailable: changes[wave]?.unavailable ?? "no one has a value at both waves")
                }
                return Cell(pValue: p)
            }
            cells += laterChanges.map { change in
                guard let p = change?.test?.pValue else { return Cell(unavailable: change?.unavailable ?? "no one has a value at both waves") }
                return Cell(pValue: p)
            }
            rows.append(Row(label, cells))
            if label == violenceMeasures[0].label {
                for wave in later {
                    let pairs = changes[wave]?.before.count ?? 0
                    notes.append("Wave \(first) against wave \(wave): paired t-test on the \(pairs) respondents measured at both" + (changes[wave]?.unavailable.map { " (\($0))" } ?? "") + ".")
                }
            }
        }
        notes.append("Means are over everyone measured at a wave (as the report prints them); tests pair the same respondents. Marks on the means are wave \(first) against that wave.")
        let columns = ["Measure (theoretical range)"] + waves.map { "Wave \($0) (N=\(counts[$0] ?? 0))" } + later.map { "p wave \(first)–\($0)" }
            + consecutive.map { "p wave \($0.0)–\($0.1)" }
        return ReportTable(
            id: "4.9", title: "Violence over waves (mean incidents in the past year)",
            layoutSource: "Tierolf et al. (2014), Table 4.9", columns: columns, rows: rows, notes: notes)
    }
}
