import HearthNorms

extension ReportTable {
    /// Table 6.3: per city the share of traumatised children (at least one TSCYC or TSCC
    /// scale in the clinical range) and their posttraumatic stress (T), with the chi-square
    /// test of the shares (pairs by Holm) and the one-way ANOVA of the means.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has neither TSCYC nor TSCC.
    public static func childTraumaByCity(
        in analysis: CohortAnalysis, norms: NormSet, wave: Int? = 1, by key: GroupingKey = .attribute("city"),
        where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        guard analysis.scored.tables["tscyc"] != nil || analysis.scored.tables["tscc"] != nil else {
            throw ResearchError(.invalidMapping, field: "tscyc, tscc", message: "the cohort has neither TSCYC nor TSCC data")
        }
        let scope = analysis.restricted(filter, toWave: wave)
        let traumatised = try analysis.traumatised(adult: false, norms: norms, where: scope)
        let pts = try analysis.childTraumaT(CohortAnalysis.childTraumaScales[3], norms: norms, where: scope)
        var byLevel: [String: (yes: Int, no: Int, t: [Double])] = [:]
        var respondents: [RecordKey: String] = [:]
        for respondent in analysis.respondents(where: scope) {
            let level = analysis.level(key, of: respondent)
            guard level != GroupingKey.missingLevel else { continue }
            respondents[RecordKey(respondent)] = level
        }
        for (key, level) in respondents {
            if let any = traumatised[key] {
                if any { byLevel[level, default: (0, 0, [])].yes += 1 } else { byLevel[level, default: (0, 0, [])].no += 1 }
            }
            if let t = pts.values[key] { byLevel[level, default: (0, 0, [])].t.append(t) }
        }
        let levels = analysis.ordered(Set(byLevel.keys))
        var rows: [Row] = []
        for level in levels + ["Total"] {
            let entry = level == "Total"
                ? byLevel.values.reduce((yes: 0, no: 0, t: [Double]())) { ($0.yes + $1.yes, $0.no + $1.no, $0.t + $1.t) }
                : byLevel[level] ?? (0, 0, [])
            let statistics = try SummaryStatistics(entry.t)
            let assessed = entry.yes + entry.no
            rows.append(Row(level, [
                Cell(assessed == 0 ? nil : Double(entry.yes) / Double(assessed) * 100, decimals: 1, suffix: "%", unavailable: "no child's clinical status is known"),
            ] + summaryCells(statistics).enumerated().map { $0.element }.reordered()))
        }
        // Shares: traumatised or not by level.
        let counts = [levels.map { byLevel[$0]?.yes ?? 0 }, levels.map { byLevel[$0]?.no ?? 0 }]
        var notes: [String] = []
        do {
            let test = try ContingencyTest.test(counts.map { $0 }, yatesCorrection: true)
            notes.append("Traumatised by \(key): χ²(\(test.df)) = \(format(test.chiSquare, decimals: 2)), p \(pText(test.p)).")
            if levels.count > 2 {
                notes += pairsText(PairwiseComparison.counts(counts, levels: levels, adjustment: .holm), adjustment: .holm).map { "Traumatised, pairwise chi-square: " + $0 + "." }
            }
        } catch {
            notes.append("Traumatised by \(key): not tested (\(error.message)).")
        }
        let ptsGroups = levels.map { ($0, byLevel[$0]?.t ?? []) }
        if ptsGroups.count > 2 {
            do {
                let anova = try OneWayANOVA.test(ptsGroups)
                notes.append("Posttraumatic stress (T) by \(key): F(\(anova.dfBetween), \(anova.dfWithin)) = \(format(anova.f, decimals: 2)), p \(pText(anova.p)).")
                notes += pairsText(try PairwiseComparison.means(ptsGroups, adjustment: .holm), adjustment: .holm).map { "Posttraumatic stress, pairwise t with the pooled SD: " + $0 + "." }
            } catch {
                notes.append("Posttraumatic stress (T) by \(key): not tested (\(error.message)).")
            }
        }
        notes += [
            "Traumatised: at least one of the six scales at or above the clinical cut-off (TSCYC T ≥ 70, TSCC T ≥ 65; ClinicalBandRule.builtIn), not traumatised only when every scale is known.",
            "T-scores from the loaded raw→T tables; TSCYC and TSCC pooled.",
        ]
        if pts.withoutTable > 0 { notes.append("\(pts.withoutTable) posttraumatic stress score(s) had no T table and are left out.") }
        return ReportTable(
            id: "6.3", title: "Traumatised children and posttraumatic stress by \(key)" + (wave.map { ", wave \($0)" } ?? ""),
            layoutSource: "Tierolf et al. (2014), Table 6.3", columns: [key.description, "% traumatised", "Mean PTSS (T)", "N", "SD"], rows: rows, notes: notes)
    }

    /// Table 6.4: the children's mean trauma scale T-scores per wave (N: children with a
    /// posttraumatic stress score), with the paired test of wave 1 against each later wave.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has neither TSCYC nor TSCC.
    public static func childTraumaOverWaves(
        in analysis: CohortAnalysis, norms: NormSet, waves: [Int] = [1, 2, 3],
        where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        guard analysis.scored.tables["tscyc"] != nil || analysis.scored.tables["tscc"] != nil else {
            throw ResearchError(.invalidMapping, field: "tscyc, tscc", message: "the cohort has neither TSCYC nor TSCC data")
        }
        let scales = [3, 1, 0, 2, 4, 5].map { CohortAnalysis.childTraumaScales[$0] }
        var perWave: [Int: [[RecordKey: Double]]] = [:]
        for wave in waves {
            var values: [[RecordKey: Double]] = []
            for scale in scales { values.append(try analysis.childTraumaT(scale, norms: norms, where: analysis.restricted(filter, toWave: wave)).values) }
            perWave[wave] = values
        }
        var rows: [Row] = []
        for wave in waves {
            let values = perWave[wave] ?? []
            let cells = values.map { column in Cell(try? SummaryStatistics(Array(column.values)).mean, decimals: 1, unavailable: "no scores at this wave") }
            rows.append(Row("Wave \(wave) (N=\(values.first?.count ?? 0))", cells))
        }
        if let first = waves.first {
            for wave in waves.dropFirst() {
                let cells = scales.indices.map { index -> Cell in
                    let before = perWave[first]?[index] ?? [:], after = perWave[wave]?[index] ?? [:]
                    let ids = Dictionary(uniqueKeysWithValues: after.map { ($0.key.id, $0.value) })
                    let pairs = before.compactMap { key, value in ids[key.id].map { (value, $0) } }
                    do {
                        let test = try TTest.paired(before: pairs.map(\.0), after: pairs.map(\.1))
                        return Cell(pValue: test.pValue, suffix: SignificanceMarks.conventional.mark(test.pValue))
                    } catch {
                        return Cell(unavailable: (error as? ResearchError)?.message ?? "not computed")
                    }
                }
                rows.append(Row("p wave \(first)–\(wave) (paired)", cells))
            }
        }
        return ReportTable(
            id: "6.4", title: "Children's mean trauma scale scores (T) per wave", layoutSource: "Tierolf et al. (2014), Table 6.4",
            columns: ["Wave"] + scales.map(\.name), rows: rows,
            notes: [
                "Means over every child measured at a wave; the p rows pair the children measured at both waves. TSCYC and TSCC pooled per scale.",
                SignificanceMarks.conventional.note,
            ])
    }
}

private extension Array where Element == ReportTable.Cell {
    /// N, mean, SD → mean, N, SD (Table 6.3's column order).
    func reordered() -> [ReportTable.Cell] { count == 3 ? [self[1], self[0], self[2]] : self }
}
