import HearthCore
import HearthScoring

/// The norm comparison of every cell of one score table, column by column: what
/// ``InstrumentNorms/compare(_:into:)`` writes.
///
/// Status, band and z are stored for every cell of a scale with a norm for some respondent
/// group (what screening and aggregation read; for the other scales, only whether the
/// score had a value, which decides between `noNorm` and `notScored`);
/// the full ``NormResult`` (entry id, T, percentile, reason) is derived on read by
/// ``result(row:scale:)``, equal to what ``NormComparator`` gives for the same score.
/// Reuse one value across tables to keep its storage.
public struct NormColumns: Sendable {
    /// The number of rows.
    public private(set) var rowCount = 0
    /// The norms that filled the columns (`nil` before the first comparison).
    public private(set) var norms: InstrumentNorms?
    // Column-major, `[scale × rowCount + row]`.
    private var statuses: [NormResult.Status] = []
    private var bands: [NormBand?] = []
    private var zs: [Double] = []
    private var values: [Double] = []
    private var scoreStatuses: [UInt8] = []
    /// Each row's stratum (its sex × age group, ``ScoreTable/strata``): with the scale, it
    /// gives the cell's choice on read (``InstrumentNorms`` `slots`), so no choice is stored per cell.
    private var rowSlots: [UInt16] = []
    /// Scratch: 0xFF for each row whose protocol is invalid (``ScoreTable``'s invalidation mask).
    private var invalidRows: [UInt8] = []

    /// Empty columns, to pass to ``InstrumentNorms/compare(_:into:)``.
    public init() {}

    /// The number of scales.
    public var scaleCount: Int { norms?.scaleIDs.count ?? 0 }

    /// Whether a norm applied to a cell.
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` when the cell is out of range.
    public func status(row: Int, scale: Int) throws(NormsError) -> NormResult.Status {
        storedOrDerivedStatus(try index(row: row, scale: scale), scale: scale)
    }

    /// A cell's z-score, when it was compared with a mean and SD or a T table.
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` when the cell is out of range.
    public func z(row: Int, scale: Int) throws(NormsError) -> ZScore? {
        let index = try index(row: row, scale: scale)
        guard !isValueFree(scale) else { return nil }
        let z = zs[index]
        return z.isNaN ? nil : ZScore(z)
    }

    /// A cell's band: normal/excessive against a raw norm, clinical ranges for T tables.
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` when the cell is out of range.
    public func band(row: Int, scale: Int) throws(NormsError) -> NormBand? {
        let index = try index(row: row, scale: scale)
        return isValueFree(scale) ? nil : bands[index]
    }

    /// The full comparison of one cell, as ``NormComparator/compare(_:instrument:respondent:)``
    /// gives it (built on read: entry id, T, percentile and reasons).
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` when the cell is out of range.
    public func result(row: Int, scale: Int) throws(NormsError) -> NormResult {
        let index = try index(row: row, scale: scale)
        // Through `norms?.`: binding the norms to a constant would copy them (and retain each
        // of their arrays) for every cell read.
        let result = norms?.result(
            scale: scale, rowSlot: rowSlots[row], stored: statuses[index], scoreStatus: scoreStatuses[index], value: values[index])
        guard let result else { throw outOfRange() }
        return result
    }

    /// Every cell's full result, rows × scales, by `norms` (the norms that filled the
    /// columns): ``result(row:scale:)`` for every cell, with the norms borrowed once rather
    /// than copied (with each of their arrays retained) for every cell.
    func results(by norms: borrowing InstrumentNorms) -> [[NormResult]] {
        let scales = scaleCount
        assert(self.norms?.instrument == norms.instrument && scales == norms.scaleIDs.count, "columns read by norms that did not fill them")
        var rows: [[NormResult]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var results: [NormResult] = []
            results.reserveCapacity(scales)
            for scale in 0..<scales {
                let index = scale * rowCount + row
                results.append(
                    norms.result(scale: scale, rowSlot: rowSlots[row], stored: statuses[index], scoreStatus: scoreStatuses[index], value: values[index]))
            }
            rows.append(results)
        }
        return rows
    }

    /// Whether `scale` compares nothing for anyone (only its score statuses are stored).
    private func isValueFree(_ scale: Int) -> Bool { norms?.valueFree[scale] != nil }

    /// A cell's status: stored, or derived from its score's status on a value-free scale.
    private func storedOrDerivedStatus(_ index: Int, scale: Int) -> NormResult.Status {
        norms?.status(scale: scale, stored: statuses[index], scoreStatus: scoreStatuses[index]) ?? statuses[index]
    }

    private func index(row: Int, scale: Int) throws(NormsError) -> Int {
        guard (0..<rowCount).contains(row), (0..<scaleCount).contains(scale) else { throw outOfRange() }
        return scale * rowCount + row
    }

    private func outOfRange() -> NormsError {
        NormsError(.invalidValue, field: "row", message: "row or scale index out of range")
    }

    /// Sizes the columns for a table, keeping storage.
    mutating func reset(norms: InstrumentNorms, rowCount: Int) {
        self.norms = norms
        self.rowCount = rowCount
        let cells = rowCount * norms.scaleIDs.count
        statuses.resize(to: cells, filling: .notScored)
        bands.resize(to: cells, filling: nil)
        zs.resize(to: cells, filling: 0)
        values.resize(to: cells, filling: 0)
        scoreStatuses.resize(to: cells, filling: 0)
        rowSlots.resize(to: rowCount, filling: 0)
        invalidRows.resize(to: rowCount, filling: 0)
    }

    /// Reads each row's protocol validity, and with `strata` its sex × age stratum, from
    /// `table` (through HearthScoring's checked column copies).
    mutating func loadRows(of table: ScoreTable, strata: Bool) throws(NormsError) {
        do {
            if strata { try table.copyStrata(into: &rowSlots) }
            try table.copyInvalidRows(into: &invalidRows)
        } catch {
            throw NormsError(.invalidValue, field: "table", message: error.message)
        }
    }

    /// Reads one scale's final statuses, and with `withValues` its values, from `table`
    /// into the scale's part of the columns (after ``loadRows(of:strata:)``).
    mutating func loadColumn(of table: ScoreTable, scale: Int, withValues: Bool) throws(NormsError) {
        do {
            try table.copyColumn(
                scale: scale, statuses: &scoreStatuses, values: &values, at: scale * rowCount, withValues: withValues, invalidRows: invalidRows)
        } catch {
            throw NormsError(.invalidValue, field: "table", message: error.message)
        }
    }

    /// The columns as buffers, for the comparison loop (sized by ``reset(norms:rowCount:)``).
    mutating func withColumns(
        _ body: (
            UnsafeMutableBufferPointer<NormResult.Status>, UnsafeMutableBufferPointer<NormBand?>, UnsafeMutableBufferPointer<Double>,
            UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt16>
        ) -> Void
    ) {
        statuses.withUnsafeMutableBufferPointer { statuses in
            bands.withUnsafeMutableBufferPointer { bands in
                zs.withUnsafeMutableBufferPointer { zs in
                    values.withUnsafeMutableBufferPointer { values in
                        scoreStatuses.withUnsafeMutableBufferPointer { scoreStatuses in
                            rowSlots.withUnsafeMutableBufferPointer { rowSlots in
                                body(statuses, bands, zs, values, scoreStatuses, rowSlots)
                            }
                        }
                    }
                }
            }
        }
    }
}
