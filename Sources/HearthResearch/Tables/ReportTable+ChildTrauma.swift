import HearthCore
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
        // In key order: sums in a fixed order give the same means on every run.
        for (key, level) in respondents.sorted(by: { $0.key < $1.key }) {
            if let any = traumatised[key] {
                if any { byLevel[level, default: (0, 0, [])].yes += 1 } else { byLevel[level, default: (0, 0, [])].no += 1 }
            }
            if let t = pts.values[key] { byLevel[level, default: (0, 0, [])].t.append(t) }
        }
        let levels = analysis.ordered(Set(byLevel.keys))
        var rows: [Row] = []
        for level in levels + ["Total"] {
            let entry = level == "Total"
                ? levels.compactMap { byLevel[$0] }.reduce((yes: 0, no: 0, t: [Double]())) { ($0.yes + $1.yes, $0.no + $1.no, $0.t + $1.t) }
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
    /// posttraumatic stress score), with the paired tests of wave 1 against each later wave
    /// and of consecutive later waves, and the change over all waves together (the report's
    /// "over the three measurements"): the likelihood-ratio test of a mixed model with the
    /// wave as a factor against one without (ML, a random intercept per child), which uses
    /// every measured wave of every child.
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
            let cells = values.map { column in
                Cell(try? SummaryStatistics(column.sorted { $0.key < $1.key }.map(\.value)).mean, decimals: 1, unavailable: "no scores at this wave")
            }
            rows.append(Row("Wave \(wave) (N=\(values.first?.count ?? 0) with posttraumatic stress)", cells))
        }
        if let first = waves.first {
            let pairs = waves.dropFirst().map { (first, $0) } + Array(zip(waves.dropFirst(), waves.dropFirst(2)))
            for (from, wave) in pairs {
                let cells = scales.indices.map { index -> Cell in
                    let before = perWave[from]?[index] ?? [:], after = perWave[wave]?[index] ?? [:]
                    let ids = Dictionary(uniqueKeysWithValues: after.map { ($0.key.id, $0.value) })
                    let pairs = before.sorted { $0.key < $1.key }.compactMap { key, value in ids[key.id].map { (value, $0) } }
                    do {
                        let test = try TTest.paired(before: pairs.map(\.0), after: pairs.map(\.1))
                        return Cell(pValue: test.pValue, suffix: SignificanceMarks.conventional.mark(test.pValue))
                    } catch {
                        return Cell(unavailable: (error as? ResearchError)?.message ?? "not computed")
                    }
                }
                rows.append(Row("p wave \(from)–\(wave) (paired)", cells))
            }
            if waves.count > 2 {
                rows.append(Row("p all waves (mixed model)", scales.indices.map { index in
                    waveChangeCell(waves.map { perWave[$0]?[index] ?? [:] }, waves: waves)
                }))
            }
        }
        return ReportTable(
            id: "6.4", title: "Children's mean trauma scale scores (T) per wave", layoutSource: "Tierolf et al. (2014), Table 6.4",
            columns: ["Wave"] + scales.map(\.name), rows: rows,
            notes: [
                "Means over every child measured at a wave; the paired rows use the children measured at both waves; the mixed-model row every measured wave of every child (likelihood-ratio test of the wave, ML). TSCYC and TSCC pooled per scale.",
                SignificanceMarks.conventional.note,
            ])
    }
}

extension ReportTable {
    /// The likelihood-ratio test of the wave as a factor in a mixed model (ML, a random
    /// intercept per person) over every measured wave of every person.
    static func waveChangeCell(_ values: [[RecordKey: Double]], waves: [Int]) -> Cell {
        var outcome: [Double] = [], waveOf: [Int] = [], groups: [Int] = []
        var persons: [RespondentID: Int] = [:]
        for (position, perKey) in values.enumerated() {
            for (key, value) in perKey.sorted(by: { $0.key < $1.key }) {
                outcome.append(value)
                waveOf.append(position)
                if persons[key.id] == nil { persons[key.id] = persons.count }
                groups.append(persons[key.id] ?? 0)
            }
        }
        let dummies = (1..<waves.count).map { position in (term: "wave=\(waves[position])", values: waveOf.map { $0 == position ? 1.0 : 0 }) }
        do {
            let null = try LinearMixedModel.fit(outcome: outcome, fixed: [], groups: groups, method: .ml)
            let full = try LinearMixedModel.fit(outcome: outcome, fixed: dummies, groups: groups, method: .ml)
            let test = try LikelihoodRatioTest.test(null: null, full: full)
            return Cell(pValue: test.p, suffix: SignificanceMarks.conventional.mark(test.p))
        } catch {
            return Cell(unavailable: error.message)
        }
    }
}

private extension Array where Element == ReportTable.Cell {
    /// N, mean, SD → mean, N, SD (Table 6.3's column order).
    func reordered() -> [ReportTable.Cell] { count == 3 ? [self[1], self[0], self[2]] : self }
}
