import HearthCore

/// Every scale of a ``ScoreTable`` read row by row, in storage the caller keeps and reuses:
/// what writers of one record per respondent (CSV, SPSS) read. The values and final
/// statuses are those of ``ScoreTable/read(scales:into:)``, laid out
/// `values[row * scaleCount + scale]`.
package struct ScoreRows: Sendable {
    /// The number of scales per row.
    package private(set) var scaleCount = 0
    /// Values row by row, NaN where the status has no usable value.
    package private(set) var values: [Double] = []
    /// Final status codes (``HearthCore/ScoreStatus/code``) row by row.
    package private(set) var statuses: [UInt8] = []
    /// Scratch: one block's columns (`blockRows` cells per scale), and the table's invalid-protocol mask.
    private var blockValues: [Double] = []
    private var blockStatuses: [UInt8] = []
    private var invalidRows: [UInt8] = []

    /// Rows read per block: a multiple of the table's tiles, small enough that a block's
    /// columns and its rows (9 bytes a cell each) stay in the first-level cache for
    /// instruments of up to about 30 scales, and in the second beyond.
    static let blockRows = 64

    /// Empty storage.
    package init() {}

    /// Reads every row of `table`. Each block of rows is read as columns (one call per
    /// scale, ``ScoreTable/copyColumnUnchecked(scale:rows:statuses:values:invalidRows:)``)
    /// and then stored row by row while it is still in the cache: one pass over the table,
    /// instead of whole columns written out and read back to transpose them.
    package mutating func load(_ table: ScoreTable) {
        let rows = table.rowCount, scales = table.definition.scales.count, block = Self.blockRows
        scaleCount = scales
        values.resize(to: rows * scales, filling: .nan)
        statuses.resize(to: rows * scales, filling: 0)
        blockValues.resize(to: block * scales, filling: .nan)
        blockStatuses.resize(to: block * scales, filling: 0)
        invalidRows.resize(to: rows, filling: 0)
        guard rows > 0, scales > 0 else { return }
        invalidRows.withUnsafeMutableBufferPointer { invalid in
            blockValues.withUnsafeMutableBufferPointer { columnValues in
                blockStatuses.withUnsafeMutableBufferPointer { columnStatuses in
                    values.withUnsafeMutableBufferPointer { values in
                        statuses.withUnsafeMutableBufferPointer { statuses in
                            guard let invalid = invalid.baseAddress, let columnValues = columnValues.baseAddress,
                                let columnStatuses = columnStatuses.baseAddress, let values = values.baseAddress,
                                let statuses = statuses.baseAddress
                            else { return }
                            table.copyInvalidRowsUnchecked(into: invalid)
                            for start in stride(from: 0, to: rows, by: block) {
                                let count = min(block, rows - start)
                                for scale in 0..<scales {
                                    table.copyColumnUnchecked(
                                        scale: scale, rows: start..<(start + count), statuses: columnStatuses + scale &* block,
                                        values: columnValues + scale &* block, invalidRows: invalid)
                                }
                                // The block's cell (row r, scale s) from column s to row r.
                                let targetValues = values + start &* scales, targetStatuses = statuses + start &* scales
                                for scale in 0..<scales {
                                    let sourceValues = columnValues + scale &* block, sourceStatuses = columnStatuses + scale &* block
                                    for row in 0..<count {
                                        targetValues[row &* scales &+ scale] = sourceValues[row]
                                        targetStatuses[row &* scales &+ scale] = sourceStatuses[row]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
