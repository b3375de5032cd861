import HearthCore

/// One scale's final statuses and values for every row of a ``ScoreTable``, in storage the
/// caller keeps and reuses: ``ScoreTable/read(scale:into:)`` fills it without allocating
/// once it is large enough. The cheap way to read a few scales of many rows.
public struct ScoreColumn: Sendable {
    /// Final status codes (``HearthCore/ScoreStatus/code``), one per row.
    @usableFromInline var statusCodes: [UInt8] = []
    /// Values, NaN where the status has no usable value.
    @usableFromInline var storedValues: [Double] = []
    /// Scratch: the rows whose protocol is invalid (``ScoreTable/copyInvalidRows(into:)``).
    var invalidRows: [UInt8] = []

    /// An empty column, to pass to ``ScoreTable/read(scale:into:)``.
    public init() {}

    /// The number of rows.
    @inlinable public var count: Int { statusCodes.count }

    /// The final status of the score at `row` (`row` must be in `0..<count`).
    @inlinable public func status(at row: Int) -> ScoreStatus { ScoreStatus(code: statusCodes[row]) }

    /// The usable value at `row`, or `nil` when its status has none (`row` must be in `0..<count`).
    @inlinable public func value(at row: Int) -> Double? {
        let value = storedValues[row]
        return value.isNaN ? nil : value
    }

    /// The values, NaN where the status has no usable value (no usable value is ever NaN).
    public var values: [Double] { storedValues }

    /// Sizes the storage for `rows` rows, keeping capacity.
    mutating func resize(rows: Int) {
        statusCodes.resize(to: rows, filling: 0)
        storedValues.resize(to: rows, filling: .nan)
        invalidRows.resize(to: rows, filling: 0)
    }
}

extension ScoreTable {
    /// Reads one scale's final statuses and values for every row into `column`, reusing
    /// its storage: what ``values(scaleID:)`` gives, without an optional per cell or an
    /// allocation per call.
    ///
    /// - Throws: ``ScoringError/Code/invalidInput`` when `scale` is out of range.
    public func read(scale: Int, into column: inout ScoreColumn) throws(ScoringError) {
        guard definition.scales.indices.contains(scale) else {
            throw ScoringError(.invalidInput, instrument: definition.id, message: "scale index \(scale) out of range")
        }
        column.resize(rows: rowCount)
        column.invalidRows.withUnsafeMutableBufferPointer { invalid in
            column.statusCodes.withUnsafeMutableBufferPointer { statuses in
                column.storedValues.withUnsafeMutableBufferPointer { values in
                    guard let invalid = invalid.baseAddress, let statuses = statuses.baseAddress, let values = values.baseAddress else { return }
                    copyInvalidRows(into: invalid)
                    copyColumn(scale: scale, statuses: statuses, values: values, invalidRows: invalid)
                }
            }
        }
    }
}
