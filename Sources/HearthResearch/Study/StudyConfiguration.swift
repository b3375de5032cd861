import Foundation
import HearthScoring

/// A study as a JSON file (`hearth-study@1`): which files to import with which mappings,
/// which key and norm files to load, and which tables and analyses to write.
/// Paths are relative to the configuration file. See `docs/research.md`.
public struct StudyConfiguration: Hashable, Sendable, Codable {
    /// The format tag this version reads.
    public static let formatTag = "hearth-study@1"

    /// One input file.
    public struct Input: Hashable, Sendable, Codable {
        /// `redcap` (CSV export), `spss` (an SPSS system file read through a REDCap mapping:
        /// variables named as the export's fields) or `fhir` (QuestionnaireResponse JSON or NDJSON).
        public var format: String
        /// The data file.
        public var path: String
        /// The mapping file (`hearth-redcap-mapping@1` or `hearth-fhir-mapping@1`).
        public var mapping: String
        /// The wave of every record in the file, when the records carry none (no event
        /// column, no wave extension); where they carry one, it must be this wave.
        public var wave: Int?
        /// Attributes of every respondent in the file (e.g. the study group); a record's own
        /// mapped attribute, when filled, has the last word.
        public var attributes: [String: String]?
    }

    /// One report table to write.
    public struct Table: Hashable, Sendable, Codable {
        /// A table of the report's chapters 4–7 (``StudyRunner/tableIDs``).
        public var table: String
        /// The wave of a single-wave table (default 1; `0` for all waves together).
        public var wave: Int?
        /// The waves of Table 4.9 (default 1, 2, 3).
        public var waves: [Int]?
        /// The grouping keys that become column groups.
        public var columnsBy: [GroupingKey]?
        /// Which respondents.
        public var `where`: CohortFilter?
        /// Table 6.2's metric.
        public var metric: ReportTable.TraumaMetric?
        /// Grouping keys whose levels become rows: Table 4.7's background characteristics,
        /// the city key of Tables 5.2, 5.6 and 6.3.
        public var rowsBy: [GroupingKey]?
        /// Table 7.8b's agencies of second-line help (default `mental-health`, `forensic-care`).
        public var secondLineAgencies: [String]?
        /// Tables 5.3–5.5: a norm entry whose n, mean and SD are the reference row (default for
        /// 5.3 and 5.4 the report's 2007 Reclassering sample, `N337` and `N347`; for 5.5 the
        /// cohort's reference group); `none` for the cohort's reference group.
        public var referenceNorm: String?
    }

    /// Group statistics of a column.
    public struct Summary: Hashable, Sendable, Codable {
        /// The column (`instrument.scale`).
        public var column: ScoreVariable
        /// The grouping keys.
        public var by: [GroupingKey]?
        /// Which respondents.
        public var `where`: CohortFilter?
    }

    /// Change between two waves.
    public struct Change: Hashable, Sendable, Codable {
        /// The column.
        public var column: ScoreVariable
        /// The earlier wave.
        public var from: Int
        /// The later wave.
        public var to: Int
        /// The grouping keys.
        public var by: [GroupingKey]?
        /// Which respondents.
        public var `where`: CohortFilter?
    }

    /// Cronbach's alpha of scales.
    public struct Reliability: Hashable, Sendable, Codable {
        /// The instrument.
        public var instrument: String
        /// The scales (default: every sum or mean scale of the instrument).
        public var scales: [String]?
        /// Which respondents.
        public var `where`: CohortFilter?
    }

    /// The share above an "excessive" threshold.
    public struct Excess: Hashable, Sendable, Codable {
        /// The column.
        public var column: ScoreVariable
        /// The threshold, when stated.
        public var threshold: Double?
        /// A norm entry whose mean + 1 SD is the threshold (the report's rule).
        public var normEntry: String?
        /// The grouping keys (default wave).
        public var by: [GroupingKey]?
        /// Which respondents.
        public var `where`: CohortFilter?
    }

    /// A correlation matrix (Tables 5.7, 7.9–7.11).
    public struct Correlations: Hashable, Sendable, Codable {
        /// The columns, in order.
        public var columns: [ScoreVariable]
        /// `pearson` (default) or `spearman`.
        public var method: CorrelationMatrix.Method?
        /// `pairwise` (default) or `listwise`.
        public var deletion: CorrelationMatrix.Deletion?
        /// One wave (default `[1]`), two (the first below the diagonal, the second above), or
        /// `[]`: every row together (with a caution when persons repeat).
        public var waves: [Int]?
        /// Which respondents.
        public var `where`: CohortFilter?
    }

    /// A linear regression.
    public struct Regression: Hashable, Sendable, Codable {
        /// The outcome column.
        public var outcome: ScoreVariable
        /// Numeric predictors (columns).
        public var predictors: [ScoreVariable]?
        /// Categorical predictors, dummy coded against a reference level.
        public var factors: [FactorPredictor]?
        /// The wave (default 1; 0 for every wave together, with a caution when persons repeat).
        public var wave: Int?
        /// Which respondents.
        public var `where`: CohortFilter?
    }

    /// A crosstab with its chi-square test.
    public struct Crosstab: Hashable, Sendable, Codable {
        /// Rows from a score column's values (give this or `key`).
        public var score: ScoreVariable?
        /// Rows from a grouping key's levels (give this or `score`).
        public var key: GroupingKey?
        /// The grouping key of the columns.
        public var by: GroupingKey
        /// The wave (default 1; 0 for every wave together, with a caution when persons repeat).
        public var wave: Int?
        /// Yates' continuity correction on a 2 × 2 table (default true, as R's `chisq.test`).
        public var yatesCorrection: Bool?
        /// The correction of pairwise comparisons among more than two groups (default `holm`).
        public var adjustment: PValueAdjustment?
        /// Which respondents.
        public var `where`: CohortFilter?
    }

    /// Means compared among groups.
    public struct MeanComparison: Hashable, Sendable, Codable {
        /// The column.
        public var column: ScoreVariable
        /// The grouping key.
        public var by: GroupingKey
        /// The wave (default 1; 0 for every wave together, with a caution when persons repeat).
        public var wave: Int?
        /// The correction of pairwise comparisons among more than two groups (default `holm`).
        public var adjustment: PValueAdjustment?
        /// Which respondents.
        public var `where`: CohortFilter?
    }

    /// A linear mixed model of a column over the waves.
    public struct MixedModel: Hashable, Sendable, Codable {
        /// The column.
        public var column: ScoreVariable
        /// The waves (default: every wave in the data).
        public var waves: [Int]?
        /// `factor` (default) or `linear`.
        public var waveCoding: CohortMixedModel.WaveCoding?
        /// The time of each wave, e.g. months since the report `{"1": 0, "2": 12, "3": 18}`
        /// (default: 0, 1, 2, …).
        public var waveTimes: [String: Double]?
        /// A group factor (e.g. `{"key": "group", "reference": "reference"}`).
        public var group: FactorPredictor?
        /// Wave × group interaction terms (default true when there is a group).
        public var interaction: Bool?
        /// A random slope on time per person (default false).
        public var randomSlope: Bool?
        /// `reml` (default) or `ml`.
        public var method: LinearMixedModel.Method?
        /// Which respondents.
        public var `where`: CohortFilter?
    }

    /// The output formats a study can ask for (all by default): the tables as CSV, Markdown
    /// and JSON, and the change figures as SVG.
    public static let outputFormats = ["csv", "markdown", "json", "svg"]

    /// Always ``formatTag``.
    public var format: String
    /// The study's name (a title; never personal data).
    public var name: String
    /// Key files by instrument id, for instruments whose keys are licensed.
    public var keys: [String: String]?
    /// Norm files to add to the built-in norms (T tables, a user's reference sample).
    public var normFiles: [String]?
    /// The missing-data rule of the CTS2 frequency scales (default: every item required, as
    /// no published CTS2 proration rule exists; a study may choose to prorate).
    public var cts2FrequencyMissingData: MissingDataRule?
    /// Levels that come first, in this order, when groups become table columns (default
    /// `research`, `reference`: the report's order); other levels follow in natural order.
    public var columnOrder: [String]?
    /// The inputs.
    public var inputs: [Input]
    /// The report tables.
    public var tables: [Table]?
    /// Group statistics.
    public var summaries: [Summary]?
    /// Changes between waves.
    public var changes: [Change]?
    /// Reliabilities.
    public var reliability: [Reliability]?
    /// Shares above thresholds.
    public var excess: [Excess]?
    /// Correlation matrices.
    public var correlations: [Correlations]?
    /// Linear regressions.
    public var regressions: [Regression]?
    /// Crosstabs.
    public var crosstabs: [Crosstab]?
    /// Comparisons of means among groups.
    public var meanComparisons: [MeanComparison]?
    /// Linear mixed models over the waves.
    public var mixedModels: [MixedModel]?
    /// Output formats: `csv`, `markdown`, `json` (default all three).
    public var formats: [String]?

    /// Reads a configuration.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` naming the JSON path of the problem,
    ///   ``ResearchError/Code/invalidMapping`` for an unknown format tag, input format,
    ///   table or output format.
    public static func decode(_ data: Data, source: String) throws(ResearchError) -> StudyConfiguration {
        let configuration: StudyConfiguration = try JSONInput.decode(data, source: source, kind: .studyConfiguration, tag: formatTag) { $0.format }
        func fail(_ field: String, _ message: String) -> ResearchError {
            ResearchError(.invalidMapping, source: source, field: field, message: message)
        }
        guard !configuration.inputs.isEmpty else { throw fail("inputs", "no inputs") }
        for (index, input) in configuration.inputs.enumerated() where !["redcap", "spss", "fhir"].contains(input.format) {
            throw fail("inputs[\(index)].format", "'\(input.format)' is not 'redcap', 'spss' or 'fhir'")
        }
        for (index, table) in (configuration.tables ?? []).enumerated() where !StudyRunner.tableIDs.contains(table.table) {
            throw fail("tables[\(index)].table", "'\(table.table)' is not one of \(StudyRunner.tableIDs.joined(separator: ", "))")
        }
        for (index, crosstab) in (configuration.crosstabs ?? []).enumerated() where (crosstab.score == nil) == (crosstab.key == nil) {
            throw fail("crosstabs[\(index)]", "give the rows as either 'score' or 'key'")
        }
        for (index, model) in (configuration.mixedModels ?? []).enumerated() {
            let keys = (model.waveTimes ?? [:]).keys.sorted()
            for key in keys where Int(key) == nil {
                throw fail("mixedModels[\(index)].waveTimes", "'\(key)' is not a wave number")
            }
            if Set(keys.compactMap { Int($0) }).count != keys.count {
                throw fail("mixedModels[\(index)].waveTimes", "a wave is given twice")
            }
            if let waves = model.waves, Set(waves).count != waves.count {
                throw fail("mixedModels[\(index)].waves", "a wave is listed twice")
            }
        }
        for (index, table) in (configuration.tables ?? []).enumerated() {
            for id in table.secondLineAgencies ?? [] where !Agency(rawValue: id).isWellFormed {
                throw fail("tables[\(index)].secondLineAgencies", "an agency id is lowercase letters, digits and '-' (at most 40)")
            }
        }
        for format in configuration.formats ?? [] where !Self.outputFormats.contains(format) {
            throw fail("formats", "'\(format)' is not csv, markdown, json or svg")
        }
        return configuration
    }
}
