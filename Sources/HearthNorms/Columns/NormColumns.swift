import HearthCore

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
    /// The stored codes of a cell's status and band.
    enum Code {
        static let compared: UInt8 = 0
        static let noNorm: UInt8 = 1
        static let unavailable: UInt8 = 2
        static let notScored: UInt8 = 3
        static let normal: UInt8 = 1
        static let borderline: UInt8 = 2
        static let clinical: UInt8 = 3
        static let excessive: UInt8 = 4
    }

    /// The number of rows.
    public private(set) var rowCount = 0
    /// The norms that filled the columns (`nil` before the first comparison).
    public private(set) var norms: InstrumentNorms?
    // Column-major, `[scale × rowCount + row]`.
    private var statuses: [UInt8] = []
    private var bands: [UInt8] = []
    private var zs: [Double] = []
    private var values: [Double] = []
    private var choices: [UInt16] = []
    private var scoreStatuses: [UInt8] = []
    /// Scratch: each row's sex × age slot.
    private var rowSlots: [UInt16] = []

    /// Empty columns, to pass to ``InstrumentNorms/compare(_:into:)``.
    public init() {}

    /// The number of scales.
    public var scaleCount: Int { norms?.scaleIDs.count ?? 0 }

    /// Whether a norm applied to a cell.
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` when the cell is out of range.
    public func status(row: Int, scale: Int) throws(NormsError) -> NormResult.Status {
        let index = try index(row: row, scale: scale)
        return switch storedOrDerivedStatus(index, scale: scale) {
        case Code.compared: .compared
        case Code.noNorm: .noNorm
        case Code.unavailable: .unavailable
        default: .notScored
        }
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
        guard !isValueFree(scale) else { return nil }
        return switch bands[index] {
        case Code.normal: .normal
        case Code.borderline: .borderline
        case Code.clinical: .clinical
        case Code.excessive: .excessive
        default: nil
        }
    }

    /// The full comparison of one cell, as ``NormComparator/compare(_:instrument:respondent:)``
    /// gives it (built on read: entry id, T, percentile and reasons).
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` when the cell is out of range.
    public func result(row: Int, scale: Int) throws(NormsError) -> NormResult {
        let index = try index(row: row, scale: scale)
        guard let norms else { throw outOfRange() }
        let comparator = norms.comparator
        if storedOrDerivedStatus(index, scale: scale) == Code.notScored {
            return .without(.notScored, "score status \(ScoreStatus(code: scoreStatuses[index]).name)")
        }
        let choice = norms.choices[Int(norms.valueFree[scale] ?? choices[index])]
        switch choice.kind {
        case .noLink: return .without(.noNorm, "no norm for \(norms.instrument).\(norms.scaleIDs[scale])")
        case .tMetric: return NormComparator.tMetricResult
        case .noStratum: return comparator.noStratumResult
        case .entry: return comparator.compare(RawScore(values[index]), with: comparator.normSet.entries[choice.position])
        case .tTable: return comparator.compare(RawScore(values[index]), with: comparator.normSet.tTables[choice.position], instrument: norms.instrument)
        }
    }

    /// Whether `scale` compares nothing for anyone (only its score statuses are stored).
    private func isValueFree(_ scale: Int) -> Bool { norms?.valueFree[scale] != nil }

    /// A cell's status code: stored, or derived from its score's status on a value-free scale.
    private func storedOrDerivedStatus(_ index: Int, scale: Int) -> UInt8 {
        guard let norms, let shared = norms.valueFree[scale] else { return statuses[index] }
        return norms.choices[Int(shared)].statusWithoutComparison(scoreStatus: ScoreStatus(code: scoreStatuses[index]))
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
        Self.resize(&statuses, cells, 0)
        Self.resize(&bands, cells, 0)
        Self.resize(&zs, cells, 0)
        Self.resize(&values, cells, 0)
        Self.resize(&choices, cells, 0)
        Self.resize(&scoreStatuses, cells, 0)
        Self.resize(&rowSlots, rowCount, 0)
    }

    private static func resize<Element>(_ array: inout [Element], _ count: Int, _ value: Element) {
        if array.count > count {
            array.removeLast(array.count - count)
        } else if array.count < count {
            array.append(contentsOf: repeatElement(value, count: count - array.count))
        }
    }

    /// The columns as buffers, for the comparison loop (sized by ``reset(norms:rowCount:)``).
    mutating func withColumns(
        _ body: (
            UnsafeMutableBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt8>, UnsafeMutableBufferPointer<Double>,
            UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<UInt16>, UnsafeMutableBufferPointer<UInt8>,
            UnsafeMutableBufferPointer<UInt16>
        ) -> Void
    ) {
        statuses.withUnsafeMutableBufferPointer { statuses in
            bands.withUnsafeMutableBufferPointer { bands in
                zs.withUnsafeMutableBufferPointer { zs in
                    values.withUnsafeMutableBufferPointer { values in
                        choices.withUnsafeMutableBufferPointer { choices in
                            scoreStatuses.withUnsafeMutableBufferPointer { scoreStatuses in
                                rowSlots.withUnsafeMutableBufferPointer { rowSlots in
                                    body(statuses, bands, zs, values, choices, scoreStatuses, rowSlots)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
