/// What a crosstab's rows are: the values of a score column (a 0/1 prevalence, an ACE
/// count) or the levels of a grouping key.
public enum CrosstabRows: Hashable, Sendable {
    /// A score column; its values are the categories (written without decimals when whole).
    case score(ScoreVariable)
    /// A grouping key's levels.
    case key(GroupingKey)

    /// The written form (`instrument.scale` or the key).
    public var description: String {
        switch self {
        case .score(let column): column.description
        case .key(let key): key.description
        }
    }
}

/// Counts of a categorical variable by group with row and column percentages, Pearson's
/// chi-square, Fisher's exact p for a 2 × 2 table, Cramér's V, and post-hoc comparisons of
/// every pair of groups with a stated correction: the report's prevalences between groups
/// and sexes (Table 4.1 and others).
public struct CohortCrosstab: Hashable, Sendable, Codable {
    /// The row variable (``CrosstabRows/description``).
    public var rows: String
    /// The grouping key of the columns.
    public var columns: String
    /// The wave (`nil`: all rows).
    public var wave: Int?
    /// The row categories, in order.
    public var rowLevels: [String]
    /// The column groups, in order.
    public var columnLevels: [String]
    /// Counts, row by row.
    public var counts: [[Int]]
    /// Each count as a share of its row (0…1).
    public var rowPercentages: [[Double]]
    /// Each count as a share of its column (0…1).
    public var columnPercentages: [[Double]]
    /// Rows left out for a missing value or group.
    public var excluded: Int
    /// The chi-square test (``ContingencyTest``: statistic, df, p, expected counts, those
    /// below 5, Cramér's V, whether Yates' correction was applied); `nil` with ``unavailable``.
    public var test: ContingencyTest?
    /// Fisher's exact two-sided p, for a 2 × 2 table.
    public var fisherP: Double?
    /// Why there is no test.
    public var unavailable: String?
    /// With more than two groups and a test of the whole table: every pair of groups compared (``PairwiseComparison/counts(_:levels:yatesCorrection:adjustment:)``).
    public var pairwise: [PairwiseComparison]
    /// The correction of the pairwise p-values.
    public var adjustment: PValueAdjustment
    /// Whether Yates' correction was asked for (it applies to 2 × 2 tables: the whole table's
    /// when it is one, and every pair's when the rows are two).
    public var yatesCorrection: Bool = true
    /// Which respondents the analysis looked at (beside its wave).
    public var filter: CohortFilter = CohortFilter()
    /// A caution about the test (persons with rows at several waves when all waves are pooled).
    public var warning: String?
}

extension CohortAnalysis {
    /// Crosstabulates `rows` against the levels of `columns` over the rows that pass
    /// `filter` at `wave`.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale.
    ///   A table too small to test is not an error: the result says why it has no test.
    public func crosstab(
        _ rows: CrosstabRows, by columns: GroupingKey, wave: Int? = nil, yatesCorrection: Bool = true,
        adjustment: PValueAdjustment = .holm, where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> CohortCrosstab {
        let rowFilter = restricted(filter, toWave: wave)
        var cells: [(row: String, column: String)] = []
        var keys: [RecordKey] = []
        var excluded = 0
        switch rows {
        case .score(let column):
            for observation in try scored.observations(column, where: rowFilter) {
                let group = level(columns, of: observation.respondent)
                guard let value = observation.value, group != GroupingKey.missingLevel else { excluded += 1; continue }
                cells.append((ReportTable.format(value, decimals: value == value.rounded() ? 0 : 2), group))
                keys.append(observation.key)
            }
        case .key(let key):
            for respondent in respondents(where: rowFilter) {
                let row = level(key, of: respondent), group = level(columns, of: respondent)
                guard row != GroupingKey.missingLevel, group != GroupingKey.missingLevel else { excluded += 1; continue }
                cells.append((row, group))
                keys.append(RecordKey(respondent))
            }
        }
        let rowLevels = ordered(Set(cells.map(\.row))), columnLevels = ordered(Set(cells.map(\.column)))
        var counts = Array(repeating: Array(repeating: 0, count: columnLevels.count), count: rowLevels.count)
        let rowIndex = Dictionary(uniqueKeysWithValues: rowLevels.enumerated().map { ($1, $0) })
        let columnIndex = Dictionary(uniqueKeysWithValues: columnLevels.enumerated().map { ($1, $0) })
        for cell in cells {
            if let r = rowIndex[cell.row], let c = columnIndex[cell.column] { counts[r][c] += 1 }
        }
        let rowTotals = counts.map { Double($0.reduce(0, +)) }
        let columnTotals = columnLevels.indices.map { c in Double(counts.reduce(0) { $0 + $1[c] }) }
        var result = CohortCrosstab(
            rows: rows.description, columns: columns.description, wave: wave, rowLevels: rowLevels, columnLevels: columnLevels, counts: counts,
            rowPercentages: counts.enumerated().map { r, row in row.map { Double($0) / rowTotals[r] } },
            columnPercentages: counts.map { row in row.enumerated().map { c, count in Double(count) / columnTotals[c] } },
            excluded: excluded, test: nil, fisherP: nil, unavailable: nil, pairwise: [], adjustment: adjustment,
            yatesCorrection: yatesCorrection, filter: filter, warning: wave == nil ? Self.pooledWarning(keys) : nil)
        do {
            result.test = try ContingencyTest.test(counts, yatesCorrection: yatesCorrection)
            if rowLevels.count == 2, columnLevels.count == 2 { result.fisherP = try FisherExactTest.pValue(counts) }
        } catch {
            result.unavailable = error.message
        }
        // Pairs only where the table as a whole can be tested (else each pair fails alike).
        if columnLevels.count > 2, result.test != nil {
            result.pairwise = PairwiseComparison.counts(counts, levels: columnLevels, yatesCorrection: yatesCorrection, adjustment: adjustment)
        }
        return result
    }
}
