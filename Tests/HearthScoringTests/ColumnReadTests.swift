import HearthCore
import HearthSynthetic
import Testing

@testable import HearthScoring

/// Reading a table a column or a cell at a time gives what its `ScaleScore`s say.
@Suite("Column reads")
struct ColumnReadTests {
    /// The checked copies other modules use (HearthNorms) equal the cells, write only their
    /// slice, and refuse storage that does not fit instead of writing past it.
    @Test func checkedColumnCopiesEqualTheCellsAndRefuseWhatDoesNotFit() throws {
        let definition = try SyntheticKeys.definition(for: .tscyc)
        let matrix = try SyntheticCohort(seed: 5, missingRate: 0.2).matrix(definition, rows: 0..<37)
        let table = try ScoringPlan(definition).score(matrix)
        var invalid = [UInt8](repeating: 7, count: table.rowCount)
        try table.copyInvalidRows(into: &invalid)
        var strata = [UInt16](repeating: 0, count: table.rowCount)
        try table.copyStrata(into: &strata)
        let scales = definition.scales.count
        var statuses = [UInt8](repeating: 99, count: scales * table.rowCount + 3)
        var values = [Double](repeating: -1, count: scales * table.rowCount + 3)
        for scale in 0..<scales {
            try table.copyColumn(scale: scale, statuses: &statuses, values: &values, at: scale * table.rowCount + 1, withValues: true, invalidRows: invalid)
        }
        #expect(statuses.first == 99 && statuses.suffix(2) == [99, 99] && values.first == -1)
        for scale in 0..<scales {
            for row in 0..<table.rowCount {
                let score = try table.score(row: row, scale: scale)
                let index = scale * table.rowCount + 1 + row
                #expect(statuses[index] == score.status.code)
                #expect(values[index].isNaN ? score.value == nil : values[index] == score.value?.value)
            }
        }
        var short = [UInt8](repeating: 0, count: table.rowCount - 1)
        #expect(caught { () throws(ScoringError) in try table.copyInvalidRows(into: &short) }?.code == .invalidInput)
        var shortStrata = [UInt16](repeating: 0, count: 1)
        #expect(caught { () throws(ScoringError) in try table.copyStrata(into: &shortStrata) }?.code == .invalidInput)
        for (scale, start, mask) in [(scales, 0, invalid), (0, statuses.count - table.rowCount + 1, invalid), (0, -1, invalid), (0, 0, short)] {
            let error = caught { () throws(ScoringError) in
                try table.copyColumn(scale: scale, statuses: &statuses, values: &values, at: start, withValues: true, invalidRows: mask)
            }
            #expect(error?.code == .invalidInput, "\(scale) \(start)")
        }
    }

    @Test(arguments: BuiltInInstrument.allCases)
    func columnsAndCellsAgreeWithScores(_ instrument: BuiltInInstrument) throws {
        // 20 % missing: many protocols fail their missing-item limit or validity rules,
        // so the invalidation of score-role scales is exercised; 203 rows leave a partial tile.
        let definition = try SyntheticKeys.definition(for: instrument)
        let matrix = try SyntheticCohort(seed: 11, missingRate: 0.2).matrix(definition, rows: 0..<203)
        let table = try ScoringPlan(definition).score(matrix, options: ScoringOptions(threads: 1, invalidCodes: .markScales))
        var invalid = 0
        // One column reused for every scale, as a server reads batch after batch.
        var reused = ScoreColumn()
        for (scale, definitionScale) in definition.scales.enumerated() {
            let column = try table.values(scaleID: definitionScale.id)
            #expect(column.count == table.rowCount)
            var statuses = [UInt8](repeating: 0, count: table.rowCount), invalidRows = statuses
            invalidRows.withUnsafeMutableBufferPointer { mask in
                statuses.withUnsafeMutableBufferPointer { buffer in
                    guard let base = buffer.baseAddress, let mask = mask.baseAddress else { return }
                    table.copyInvalidRowsUnchecked(into: mask)
                    table.copyColumnUnchecked(scale: scale, statuses: base, values: nil, invalidRows: mask)
                }
            }
            try table.read(scale: scale, into: &reused)
            #expect(reused.count == table.rowCount)
            for row in 0..<table.rowCount {
                let score = try table.score(row: row, scale: scale)
                #expect(column[row] == score.value?.value, "\(instrument) \(definitionScale.id) row \(row)")
                #expect(try table.value(row: row, scale: scale) == score.value?.value)
                #expect(statuses[row] == score.status.code, "statuses-only path, \(instrument) \(definitionScale.id) row \(row)")
                #expect(reused.status(at: row) == score.status && reused.value(at: row) == score.value?.value, "reused column")
                #expect(reused.values[row].isNaN == (score.value == nil))
                if score.status == .invalid { invalid += 1 }
            }
        }
        if instrument == .tscyc || instrument == .tsi {
            #expect(invalid > 0, "the invalidation path was reached")
        }
        // Every scale in one read (validity worked out once), reversed to show the order is the
        // caller's: equal to reading them one at a time.
        let order = Array(definition.scales.indices.reversed())
        var many: [ScoreColumn] = [ScoreColumn(), ScoreColumn()]
        try table.read(scales: order, into: &many)
        #expect(many.count == order.count)
        for (position, scale) in order.enumerated() {
            try table.read(scale: scale, into: &reused)
            #expect(many[position].values.elementsEqual(reused.values) { $0 == $1 || ($0.isNaN && $1.isNaN) }, "\(instrument) scale \(scale)")
            #expect((0..<table.rowCount).allSatisfy { many[position].status(at: $0) == reused.status(at: $0) })
        }
        try table.read(scales: [0], into: &many)
        #expect(many.count == 1 && many[0].count == table.rowCount)
        #expect(caught { () throws(ScoringError) in try table.read(scales: [0, definition.scales.count], into: &many) }?.code == .invalidInput)
        #expect(many.count == 1, "nothing is read when a scale is out of range")
        // Reused for a smaller table (rows 180…202, a partial tile): the column takes its size.
        let small = try ScoringPlan(definition).score(matrix, rows: 180..<203, options: ScoringOptions(threads: 1, invalidCodes: .markScales))
        try small.read(scale: 0, into: &reused)
        #expect(reused.count == 23)
        for row in 0..<23 { #expect(try reused.value(at: row) == table.score(row: 180 + row, scale: 0).value?.value) }
        #expect(caught { () throws(ScoringError) in _ = try table.value(row: table.rowCount, scale: 0) }?.code == .invalidInput)
        #expect(caught { () throws(ScoringError) in _ = try table.value(row: 0, scale: definition.scales.count) }?.code == .invalidInput)
        #expect(caught { () throws(ScoringError) in try table.read(scale: definition.scales.count, into: &reused) }?.code == .invalidInput)
        #expect(caught { () throws(ScoringError) in try table.read(scale: -1, into: &reused) }?.code == .invalidInput)
    }

    /// Rows read block by block (64 rows, then a partial block with a partial tile) equal
    /// the cells, and storage reused for a smaller table takes its size.
    @Test(arguments: BuiltInInstrument.allCases)
    func rowsEqualTheCells(_ instrument: BuiltInInstrument) throws {
        let definition = try SyntheticKeys.definition(for: instrument)
        let matrix = try SyntheticCohort(seed: 12, missingRate: 0.2).matrix(definition, rows: 0..<203)
        let plan = try ScoringPlan(definition)
        let table = try plan.score(matrix, options: ScoringOptions(threads: 1, invalidCodes: .markScales))
        let scales = definition.scales.count
        var rows = ScoreRows()
        rows.load(table)
        #expect(rows.scaleCount == scales && rows.values.count == 203 * scales && rows.statuses.count == 203 * scales)
        var invalid = 0
        for row in 0..<table.rowCount {
            for scale in 0..<scales {
                let score = try table.score(row: row, scale: scale), value = rows.values[row * scales + scale]
                #expect(rows.statuses[row * scales + scale] == score.status.code, "\(instrument) row \(row) scale \(scale)")
                #expect(value.isNaN ? score.value == nil : value == score.value?.value, "\(instrument) row \(row) scale \(scale)")
                if score.status == .invalid { invalid += 1 }
            }
        }
        if instrument == .tscyc || instrument == .tsi { #expect(invalid > 0, "the invalidation path was reached") }
        let small = try plan.score(matrix, rows: 180..<203, options: ScoringOptions(threads: 1, invalidCodes: .markScales))
        rows.load(small)
        #expect(rows.values.count == 23 * scales && rows.statuses.count == 23 * scales)
        for row in 0..<23 {
            for scale in 0..<scales {
                let score = try table.score(row: 180 + row, scale: scale), value = rows.values[row * scales + scale]
                #expect(rows.statuses[row * scales + scale] == score.status.code)
                #expect(value.isNaN ? score.value == nil : value == score.value?.value)
            }
        }
    }
}
