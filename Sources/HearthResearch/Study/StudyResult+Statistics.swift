/// The correlations, regressions, crosstabs and comparisons of means in `analyses.md`.
extension StudyResult {
    func statisticsMarkdown() -> [String] {
        var lines: [String] = []
        for matrix in correlations { lines += Self.markdown(matrix) }
        for regression in regressions { lines += Self.markdown(regression) }
        for crosstab in crosstabs { lines += Self.markdown(crosstab) }
        for comparison in meanComparisons { lines += Self.markdown(comparison) }
        for model in mixedModels { lines += Self.markdown(model) }
        return lines
    }

    static func number(_ value: Double?, _ decimals: Int = 2) -> String {
        value.map { ReportTable.format($0, decimals: decimals) } ?? ReportTable.Cell.notComputed
    }

    /// A p-value as text (`.404`, `<.001`); analyses.md gives p-values, marks only in
    /// correlation matrices, as the report's correlation tables.
    static func pText(_ p: Double?) -> String {
        p == nil ? ReportTable.Cell.notComputed : ReportTable.Cell(pValue: p).text
    }

    /// `p = .404` or `p < .001*`, for sentences.
    static func pClause(_ p: Double?) -> String {
        let text = pText(p)
        return text.hasPrefix("<") ? "p " + text.replacingOccurrences(of: "<", with: "< ") : "p = " + text
    }

    static func waveText(_ wave: Int?) -> String { wave.map { "wave \($0)" } ?? "all waves" }

    /// `wave 1; group = research`: what an analysis looked at.
    static func scope(_ waves: String, _ filter: CohortFilter) -> String {
        filter.conditions.isEmpty ? waves : waves + "; " + filter.description
    }

    private static func markdown(_ m: CorrelationMatrix) -> [String] {
        let waves = m.lowerWave != m.upperWave
            ? "\(waveText(m.lowerWave)) below the diagonal, \(waveText(m.upperWave)) above"
            : waveText(m.lowerWave)
        var lines = ["", "## Correlations (\(m.method == .pearson ? "Pearson r" : "Spearman ρ"), \(m.deletion.rawValue) deletion; \(scope(waves, m.filter)))", ""]
        lines.append("| | " + m.columns.indices.map { "\($0 + 1)" }.joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "---:|", count: m.columns.count))
        for (i, column) in m.columns.enumerated() {
            let cells = m.columns.indices.map { j -> String in
                if i == j { return m.r[i][j] == nil ? "–" : "1" }
                guard let r = m.r[i][j] else { return ReportTable.Cell.notComputed }
                return ReportTable.format(r, decimals: 2) + SignificanceMarks.conventional.mark(m.p[i][j]) + " (\(m.n[i][j]))"
            }
            lines.append("| \(i + 1). \(column) | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append("Cells: r, mark, (n). " + SignificanceMarks.conventional.note)
        if m.method == .spearman {
            lines.append("Spearman p as R's `cor.test`: without ties, every permutation counted up to 9 pairs and AS 89's Edgeworth series up to 1290; with ties or more pairs, the t approximation.")
        }
        for note in m.notes { lines.append("\(ReportTable.Cell.notComputed): \(note).") }
        if let warning = m.warning { lines.append("Caution: \(warning).") }
        return lines
    }

    private static func markdown(_ r: CohortRegression) -> [String] {
        let factors = r.factors.map { "\($0.key) (reference level: \($0.reference ?? ""))" }
        var lines = ["", "## Regression of \(r.outcome) (\(scope(waveText(r.wave), r.filter)))", ""]
        lines.append("Predictors: " + (r.predictors.map(\.description) + factors).joined(separator: ", ") + ". Rows left out for a missing value: \(r.excluded).")
        guard let fit = r.fit else {
            return lines + ["", "\(ReportTable.Cell.notComputed): \(r.unavailable ?? "no fit")."]
        }
        lines += ["", "| Term | b | SE | 95% CI | β | t | p |", "|---|---:|---:|---|---:|---:|---:|"]
        for c in fit.coefficients {
            lines.append("| \(c.term) | \(number(c.estimate, 3)) | \(number(c.standardError, 3)) | \(number(c.ciLow, 3)) – \(number(c.ciHigh, 3)) | \(c.beta.map { number($0, 3) } ?? "") | \(number(c.t)) | \(pText(c.p)) |")
        }
        lines.append("")
        if let warning = r.warning { lines.append("Caution: \(warning).") }
        lines.append("n = \(fit.n), R² = \(number(fit.rSquared, 3)), adjusted R² = \(number(fit.adjustedRSquared, 3)), F(\(fit.dfModel), \(fit.dfResidual)) = \(number(fit.f)), \(pClause(fit.pModel)).")
        return lines
    }

    private static func markdown(_ c: CohortCrosstab) -> [String] {
        var lines = ["", "## \(c.rows) by \(c.columns) (\(scope(waveText(c.wave), c.filter)))", ""]
        guard !c.columnLevels.isEmpty, !c.rowLevels.isEmpty else {
            return lines + ["No respondent has both a \(c.rows) and a \(c.columns) value (\(c.excluded) left out)."]
        }
        lines.append("| \(c.rows) | " + c.columnLevels.joined(separator: " | ") + " | Total |")
        lines.append("|---|" + String(repeating: "---:|", count: c.columnLevels.count + 1))
        for (r, level) in c.rowLevels.enumerated() {
            let cells = c.columnLevels.indices.map { column in
                let low = (c.test?.expected[r][column]).map { $0 < 5 } ?? false
                return "\(c.counts[r][column]) (\(number(c.columnPercentages[r][column] * 100, 1))%)" + (low ? " †" : "")
            }
            lines.append("| \(level) | " + cells.joined(separator: " | ") + " | \(c.counts[r].reduce(0, +)) |")
        }
        lines.append("")
        lines.append("Cells: count (column %). Rows left out for a missing value or group: \(c.excluded).")
        if let warning = c.warning { lines.append("Caution: \(warning).") }
        if let test = c.test {
            let yates = test.yatesCorrection ? ", with Yates' correction" : (c.rowLevels.count == 2 && c.columnLevels.count == 2 ? ", without Yates' correction" : "")
            lines.append("χ²(\(test.df)) = \(number(test.chiSquare)), \(pClause(test.p))\(yates); Cramér's V = \(number(test.cramersV)).")
            if let fisher = c.fisherP { lines.append("Fisher's exact test: \(pClause(fisher)).") }
            if test.expectedBelowFive > 0 {
                lines.append("\(test.expectedBelowFive) of \(test.expected.joined().count) cells expect fewer than 5 (†): the chi-square approximation is doubtful" + (c.fisherP == nil ? "." : "; prefer Fisher's exact test."))
            }
        } else {
            lines.append("\(ReportTable.Cell.notComputed): \(c.unavailable ?? "no test").")
        }
        let pairYates = c.rowLevels.count == 2 ? (c.yatesCorrection ? ", with Yates' correction (as R's pairwise.prop.test)" : ", without Yates' correction") : ""
        lines += pairwise(c.pairwise, adjustment: c.adjustment, test: "χ² per pair of groups" + pairYates)
        return lines
    }

    private static func markdown(_ m: MeansComparison) -> [String] {
        var lines = ["", "## \(m.column) by \(m.by) (\(scope(waveText(m.wave), m.filter)))", "", "| Group | n | Mean | SD |", "|---|---:|---:|---:|"]
        for group in m.groups {
            lines.append("| \(group.group) | \(group.statistics.count) | \(number(group.statistics.mean)) | \(number(group.statistics.standardDeviation)) |")
        }
        lines.append("")
        if let two = m.twoGroups, let test = two.test {
            lines.append("Welch's t(\(number(test.degreesOfFreedom, 1))) = \(number(test.t)), \(pClause(test.pValue)); Cohen's d = \(number(two.cohensD)).")
        } else if let f = m.f {
            lines.append("One-way ANOVA: F(\(m.dfBetween ?? 0), \(m.dfWithin ?? 0)) = \(number(f)), \(pClause(m.p)).")
        }
        if let reason = m.unavailable { lines.append("\(ReportTable.Cell.notComputed): \(reason).") }
        if let warning = m.warning { lines.append("Caution: \(warning).") }
        lines += pairwise(m.pairwise, adjustment: m.adjustment, test: "t with the SD pooled over all groups")
        return lines
    }

    private static func markdown(_ m: CohortMixedModel) -> [String] {
        let waves = m.waves.map(String.init).joined(separator: ", ")
        let coding = m.waveCoding == .factor ? "wave as a factor" : "a line in time"
        let randomPart = m.randomSlope ? "random intercept and slope" : "random intercept"
        let groupText = m.group.map { ", by \($0.key)" } ?? ""
        var lines = ["", "## Mixed model of \(m.column) over waves \(waves) (\(coding), \(randomPart)\(groupText); \(m.filter))", ""]
        let group = m.group.map { ", \($0.key) (reference level: \($0.reference ?? ""))" + (m.interaction ? " and its interaction with the wave" : "") } ?? ""
        let times = m.waves.map { "\($0): \(number(m.waveTimes[String($0)], 0))" }.joined(separator: ", ")
        lines.append("Fixed: the wave as a \(m.waveCoding == .factor ? "factor" : "line in time (\(times))")\(group). Random: an intercept per person\(m.randomSlope ? " and a slope on time (\(times))" : "").")
        guard let fit = m.fit else {
            return lines + ["", "\(ReportTable.Cell.notComputed): \(m.unavailable ?? "no fit")."]
        }
        lines.append("\(fit.nObservations) measurements of \(fit.nGroups) persons (\(m.personsWithOneWave) measured once); rows left out for a missing value or group: \(m.excluded). \(fit.method == .reml ? "REML" : "ML"); df by Satterthwaite.")
        lines += ["", "| Term | Estimate | SE | df | t | p |", "|---|---:|---:|---:|---:|---:|"]
        for e in fit.fixedEffects {
            lines.append("| \(e.term) | \(number(e.estimate, 3)) | \(number(e.standardError, 3)) | \(number(e.df, 1)) | \(number(e.t)) | \(pText(e.p)) |")
        }
        let random = fit.randomEffects
        var variances = "Variances: intercept \(number(random.interceptVariance, 3))"
        if let slope = random.slopeVariance { variances += ", slope \(number(slope, 3)), correlation \(number(random.correlation))" }
        variances += ", residual \(number(fit.residualVariance, 3)). Log-likelihood \(number(fit.logLikelihood)), AIC \(number(fit.aic)), BIC \(number(fit.bic))."
        lines += ["", variances]
        if fit.singular {
            lines.append("Singular fit: a variance component is 0 (or a correlation ±1); the df are unreliable — simplify the random part (e.g. drop the random slope).")
        }
        return lines
    }

    private static func pairwise(_ pairs: [PairwiseComparison], adjustment: PValueAdjustment, test: String) -> [String] {
        guard !pairs.isEmpty else { return [] }
        var lines = ["", "Pairwise (\(test); \(adjustment.rawValue) correction):", "", "| Pair | Statistic | p | adjusted p | Note |", "|---|---:|---:|---:|---|"]
        for pair in pairs {
            let statistic = pair.statistic.map { number($0) } ?? ReportTable.Cell.notComputed
            lines.append("| \(pair.first) – \(pair.second) | \(statistic) | \(pText(pair.p)) | \(pText(pair.adjustedP)) | \(pair.unavailable ?? "") |")
        }
        return lines
    }
}
