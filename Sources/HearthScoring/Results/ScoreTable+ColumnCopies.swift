/// The column copies other modules read a score table with (HearthNorms' norm columns):
/// arrays and positions, sizes checked once per call, so no raw pointer crosses a module
/// line. Each checks its sizes and then runs the internal pointer loop (`…Unchecked`).
extension ScoreTable {
    /// Writes one scale's final status codes, and with `withValues` its values (NaN where
    /// the status has no usable value), into `statuses[start ..< start + rowCount]` and
    /// `values[start ..< start + rowCount]`.
    ///
    /// - Throws: ``ScoringError/Code/invalidInput`` when `scale` is out of range or an
    ///   array is too short (`invalidRows` needs ``rowCount`` bytes, from
    ///   ``copyInvalidRows(into:)``).
    package func copyColumn(
        scale: Int, statuses: inout [UInt8], values: inout [Double], at start: Int, withValues: Bool, invalidRows: [UInt8]
    ) throws(ScoringError) {
        guard definition.scales.indices.contains(scale) else { throw outOfRange("scale") }
        guard start >= 0, start + rowCount <= statuses.count, !withValues || start + rowCount <= values.count else { throw outOfRange("columns") }
        guard invalidRows.count >= rowCount else { throw outOfRange("invalidRows") }
        guard rowCount > 0 else { return }
        invalidRows.withUnsafeBufferPointer { invalid in
            statuses.withUnsafeMutableBufferPointer { statuses in
                values.withUnsafeMutableBufferPointer { values in
                    guard let invalid = invalid.baseAddress, let statuses = statuses.baseAddress else { return }
                    copyColumnUnchecked(
                        scale: scale, statuses: statuses + start, values: withValues ? values.baseAddress.map { $0 + start } : nil,
                        invalidRows: invalid)
                }
            }
        }
    }

    /// Writes, per row, 0xFF where the protocol is invalid, else 0, into `mask[0 ..< rowCount]`.
    ///
    /// - Throws: ``ScoringError/Code/invalidInput`` when `mask` is shorter than ``rowCount``.
    package func copyInvalidRows(into mask: inout [UInt8]) throws(ScoringError) {
        guard mask.count >= rowCount else { throw outOfRange("mask") }
        mask.withUnsafeMutableBufferPointer { mask in
            if let base = mask.baseAddress { copyInvalidRowsUnchecked(into: base) }
        }
    }

    /// Writes each row's stratum (its index in ``strata``) into `strata[0 ..< rowCount]`.
    ///
    /// - Throws: ``ScoringError/Code/invalidInput`` when `strata` is shorter than ``rowCount``.
    package func copyStrata(into strata: inout [UInt16]) throws(ScoringError) {
        guard strata.count >= rowCount else { throw outOfRange("strata") }
        strata.withUnsafeMutableBufferPointer { strata in
            if let base = strata.baseAddress { copyStrataUnchecked(into: base) }
        }
    }

    private func outOfRange(_ field: String) -> ScoringError {
        ScoringError(.invalidInput, instrument: definition.id, field: field, message: "a column copy does not fit its storage")
    }
}
