import Foundation

/// Everything a study run produced: import reports, report tables and analyses.
public struct StudyResult: Hashable, Sendable, Codable {
    /// Cronbach's alpha of one scale, or why it is unavailable.
    public struct ScaleReliability: Hashable, Sendable, Codable {
        /// The instrument.
        public var instrument: String
        /// The scale.
        public var scale: String
        /// The estimate, when defined.
        public var estimate: CronbachAlpha?
        /// Why there is no estimate.
        public var unavailable: String?

        /// Creates an entry without an estimate yet.
        public init(instrument: String, scale: String, estimate: CronbachAlpha? = nil, unavailable: String? = nil) {
            self.instrument = instrument
            self.scale = scale
            self.estimate = estimate
            self.unavailable = unavailable
        }
    }

    /// The study's name.
    public var name: String
    /// One report per input, in input order.
    public var imports: [ImportReport]
    /// The report tables, in configuration order.
    public var tables: [ReportTable]
    /// Group statistics.
    public var summaries: [GroupSummary]
    /// Changes between waves.
    public var changes: [WaveChange]
    /// Reliabilities.
    public var reliabilities: [ScaleReliability]
    /// Shares above thresholds.
    public var excess: [ExcessShare]
    /// Correlation matrices.
    public var correlations: [CorrelationMatrix] = []
    /// Linear regressions.
    public var regressions: [CohortRegression] = []
    /// Crosstabs with their tests.
    public var crosstabs: [CohortCrosstab] = []
    /// Comparisons of means among groups.
    public var meanComparisons: [MeansComparison] = []
    /// Linear mixed models over the waves.
    public var mixedModels: [CohortMixedModel] = []

    /// The files a run writes: per table `table-<id>.csv|md|json` in the chosen formats,
    /// `analyses.json` (everything, including the import reports) and `analyses.md`.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` if a value cannot be written as JSON.
    public func files(formats: [String] = StudyConfiguration.outputFormats) throws(ResearchError) -> [(name: String, data: Data)] {
        var files: [(name: String, data: Data)] = []
        for table in tables {
            let base = "table-\(table.id)"
            if formats.contains("csv") { files.append((base + ".csv", table.csv())) }
            if formats.contains("markdown") { files.append((base + ".md", Data(table.markdown().utf8))) }
            if formats.contains("json") { files.append((base + ".json", try table.json())) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { files.append(("analyses.json", try encoder.encode(self))) } catch {
            throw ResearchError(.invalidValue, message: "the analyses hold a value JSON cannot represent")
        }
        files.append(("analyses.md", Data(markdown().utf8)))
        if formats.contains("svg") {
            for figure in changeFigures { files.append((figure.fileName, Data(figure.svg.utf8))) }
            for table in tables where DistributionFigure.tableIDs.contains(table.id) {
                let figure = DistributionFigure(table: table)
                files.append((figure.fileName, Data(figure.svg.utf8)))
            }
        }
        return files
    }

    /// A readable account of the imports and analyses (the tables have their own files).
    public func markdown() -> String {
        var lines = ["# \(name)", "", "## Imports", ""]
        for report in imports {
            lines.append("- `\(report.source)`: \(report.recordsRead) records read")
            for (instrument, counts) in report.instruments.sorted(by: { $0.key < $1.key }) {
                let missing = counts.missingAnswers.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                lines.append("  - \(instrument): \(counts.records) rows, \(counts.emptyRecords) empty records" + (missing.isEmpty ? "" : "; missing answers: \(missing)"))
            }
            for (field, reason) in report.ignoredFields.sorted(by: { $0.key < $1.key }) { lines.append("  - ignored `\(field)`: \(reason)") }
            for (reason, count) in report.skippedResources.sorted(by: { $0.key < $1.key }) { lines.append("  - skipped \(count) resource(s): \(reason)") }
            for (value, count) in (report.userMissingWithoutKind ?? [:]).sorted(by: { $0.key < $1.key }) {
                lines.append("  - user-missing \(value) in \(count) variable(s) names no kind of missing: read as skipped (give it one in the mapping's `missingCodes`)")
            }
        }
        if !summaries.isEmpty {
            // Prevalence only for 0/1 scales (GroupSummary.prevalence is nil for the others).
            let showsPrevalence = summaries.contains { $0.prevalence != nil }
            lines += ["", "## Group statistics", ""]
            lines.append("| Column | Group | n | Mean | SD |" + (showsPrevalence ? " Prevalence |" : "") + " Missing |")
            lines.append("|---|---|---:|---:|---:|" + (showsPrevalence ? "---:|" : "") + "---:|")
            for summary in summaries {
                let s = summary.statistics
                let prevalence = showsPrevalence ? " \(summary.prevalence.map { text($0 * 100, decimals: 1) + "%" } ?? "") |" : ""
                let mean = s.count == 0 ? ReportTable.Cell.notComputed : text(s.mean)
                let sd = s.count < 2 ? ReportTable.Cell.notComputed : text(s.standardDeviation)
                lines.append("| \(summary.column) | \(summary.group) | \(s.count) | \(mean) | \(sd) |\(prevalence) \(summary.missingValues) |")
            }
            if summaries.contains(where: { $0.statistics.count < 2 }) {
                lines += ["", "\(ReportTable.Cell.notComputed): a mean needs at least one value, an SD at least two."]
            }
        }
        if !changes.isEmpty {
            lines += ["", "## Change between waves (paired)", "", "| Column | Group | Waves | Pairs | Before | After | t | df | p | d_z | Note |", "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
            for change in changes {
                let test = change.test
                let missing = ReportTable.Cell.notComputed
                let statistics = test == nil
                    ? Array(repeating: missing, count: 4)
                    : [text(test?.t), text(test?.degreesOfFreedom, decimals: 0), ReportTable.Cell(pValue: test?.pValue).text, text(change.effectSize)]
                let before = change.before.count == 0 ? [missing, missing] : [text(change.before.mean), text(change.after.mean)]
                let cells = ["\(change.column)", "\(change.group)", "\(change.fromWave)→\(change.toWave)", "\(change.before.count)"] + before + statistics
                lines.append("| " + cells.joined(separator: " | ") + " | " + cell(change.unavailable) + " |")
            }
        }
        if !reliabilities.isEmpty {
            lines += ["", "## Reliability (Cronbach's alpha, listwise)", "", "| Instrument | Scale | Alpha | Items | Cases | Excluded | Note |", "|---|---|---:|---:|---:|---:|---|"]
            for item in reliabilities {
                let estimate = item.estimate
                let alpha = estimate == nil ? ReportTable.Cell.notComputed : text(estimate?.alpha, decimals: 3)
                lines.append("| \(item.instrument) | \(item.scale) | \(alpha) | \(estimate.map { String($0.itemCount) } ?? "") | \(estimate.map { String($0.caseCount) } ?? "") | \(estimate.map { String($0.excludedCases) } ?? "") | \(cell(item.unavailable)) |")
            }
        }
        if !excess.isEmpty {
            lines += ["", "## Share above the excessive threshold", "", "| Column | Group | Threshold | n | Above | Share |", "|---|---|---:|---:|---:|---:|"]
            for share in excess {
                lines.append("| \(share.column) | \(share.group) | \(text(share.threshold)) | \(share.count) | \(share.excessive) | \(text(share.share.map { $0 * 100 }, decimals: 1))% |")
            }
        }
        lines += statisticsMarkdown()
        return lines.joined(separator: "\n") + "\n"
    }

    /// A note as a Markdown table cell (`|` escaped), empty for none.
    private func cell(_ note: String?) -> String {
        (note ?? "").replacingOccurrences(of: "|", with: "\\|")
    }

    private func text(_ value: Double?, decimals: Int = 2) -> String {
        value.map { ReportTable.format($0, decimals: decimals) } ?? ""
    }

    /// One figure per configured change (column and pair of waves), every group in it.
    public var changeFigures: [ChangeFigure] {
        var figures: [ChangeFigure] = []
        for change in changes {
            if let index = figures.firstIndex(where: { figure in
                figure.changes.first.map { $0.column == change.column && $0.fromWave == change.fromWave && $0.toWave == change.toWave } ?? false
            }) {
                figures[index].changes.append(change)
            } else {
                figures.append(ChangeFigure(changes: [change]))
            }
        }
        return figures
    }
}
