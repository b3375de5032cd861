import HearthCore

/// One scale's final statuses and values for every row of a ``ScoreTable``, in storage the
/// caller keeps and reuses: ``ScoreTable/read(scale:into:)`` fills it without allocating
/// once it is large enough. The cheap way to read a few scales of many rows.
public struct ScoreColumn: Sendable {
    /// Final status codes (``HearthCore/ScoreStatus/code``), one per row.
    public internal(set) var statusCodes: [UInt8] = []
    /// Values, NaN where the status has no usable value.
    @usableFromInline var storedValues: [Double] = []
    /// Scratch: the rows whose protocol is invalid (``ScoreTable/copyInvalidRowsUnchecked(into:)``).
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

    /// Fills the (sized) column with one scale of `table`, given its invalid-protocol mask.
    mutating func fill(from table: ScoreTable, scale: Int, invalidRows: UnsafePointer<UInt8>) {
        statusCodes.withUnsafeMutableBufferPointer { statuses in
            storedValues.withUnsafeMutableBufferPointer { values in
                guard let statuses = statuses.baseAddress, let values = values.baseAddress else { return }
                table.copyColumnUnchecked(scale: scale, statuses: statuses, values: values, invalidRows: invalidRows)
            }
        }
    }

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
        try checkScale(scale)
        column.resize(rows: rowCount)
        // The mask is moved out while the column is filled (one array, not two accesses to it).
        var mask = column.invalidRows
        column.invalidRows = []
        mask.withUnsafeMutableBufferPointer { invalid in
            guard let invalid = invalid.baseAddress else { return }
            copyInvalidRowsUnchecked(into: invalid)
            column.fill(from: self, scale: scale, invalidRows: invalid)
        }
        column.invalidRows = mask
    }

    /// Reads several scales into `columns` (one per scale, in order; the array is resized and
    /// its columns' storage reused): ``read(scale:into:)`` for each, with the protocols'
    /// validity worked out once for all of them.
    ///
    /// - Throws: ``ScoringError/Code/invalidInput`` when a scale is out of range (nothing is read).
    public func read(scales: [Int], into columns: inout [ScoreColumn]) throws(ScoringError) {
        for scale in scales { try checkScale(scale) }
        if columns.count > scales.count { columns.removeLast(columns.count - scales.count) }
        while columns.count < scales.count { columns.append(ScoreColumn()) }
        guard !columns.isEmpty else { return }
        for position in columns.indices { columns[position].resize(rows: rowCount) }
        var mask = columns[0].invalidRows
        columns[0].invalidRows = []
        mask.withUnsafeMutableBufferPointer { invalid in
            guard let invalid = invalid.baseAddress else { return }
            copyInvalidRowsUnchecked(into: invalid)
            for (position, scale) in scales.enumerated() { columns[position].fill(from: self, scale: scale, invalidRows: invalid) }
        }
        columns[0].invalidRows = mask
    }

    private func checkScale(_ scale: Int) throws(ScoringError) {
        guard definition.scales.indices.contains(scale) else {
            throw ScoringError(.invalidInput, instrument: definition.id, message: "scale index \(scale) out of range")
        }
    }
}
