import HearthCore

/// The scores of the rows of a ``ResponseMatrix`` on every scale of one instrument.
///
/// Stored column by column (one contiguous array per field, scales one after another).
/// A cell keeps the integer sum of its item values, its answered and missing counts and
/// its status (9 bytes); the reported value (prorated, mean, rounded) is derived from
/// them on read by the scale's rule. Statuses are final: a score-role scale of a protocol
/// that failed a validity rule reads as ``HearthCore/ScoreStatus/invalid`` here, while the
/// computed value is kept for inspection.
///
/// A table made by ``ScoringPlan/score(_:rows:options:)`` holds a range of matrix rows;
/// its row 0 is the first row of that range.
public struct ScoreTable: Sendable {
    /// The definition that produced the table.
    public let definition: InstrumentDefinition
    /// The matrix's metadata (shared, not copied); this table's rows start at `firstRow`.
    let respondentStorage: [Respondent]
    /// The matrix's packed covariates (shared, not copied), for columnar readers.
    let covariateStorage: [RowCovariates]
    let firstRow: Int
    /// The number of rows.
    public let rowCount: Int
    /// Where each cell sits in the arrays below.
    var layout: CellLayout { CellLayout(scaleCount: definition.scales.count) }
    /// Integer sums of item values (0/1 for cut-off scales), cells placed by ``layout``.
    var sums: [UInt32]
    /// Statuses before protocol invalidation.
    var itemStatuses: [UInt8]
    var answered: [UInt16]
    var missing: [UInt16]
    var protocolFlags: [UInt64]
    let valueRules: [CellValueRule]
    /// Whether each scale has the score role (invalidated with its protocol).
    let scoreRole: [Bool]

    init(
        definition: InstrumentDefinition, valueRules: [CellValueRule], respondents: [Respondent], covariates: [RowCovariates],
        rows: Range<Int>, sums: [UInt32], itemStatuses: [UInt8], answered: [UInt16], missing: [UInt16], protocolFlags: [UInt64]
    ) {
        self.definition = definition
        self.valueRules = valueRules
        respondentStorage = respondents
        covariateStorage = covariates
        firstRow = rows.lowerBound
        rowCount = rows.count
        self.sums = sums
        self.itemStatuses = itemStatuses
        self.answered = answered
        self.missing = missing
        self.protocolFlags = protocolFlags
        scoreRole = definition.scales.map { $0.role == .score }
    }

    /// The rows' metadata, in row order (a copy).
    public var respondents: [Respondent] { Array(respondentStorage[firstRow..<(firstRow + rowCount)]) }

    /// The scale identifiers, in column order.
    public var scaleIDs: [String] { definition.scales.map(\.id) }

    /// The final status of one cell.
    ///
    /// - Throws: ``ScoringError/Code/invalidInput`` when `row` or `scale` is out of range.
    public func status(row: Int, scale: Int) throws(ScoringError) -> ScoreStatus {
        try checkCell(row: row, scale: scale)
        return finalStatus(row: row, scale: scale)
    }

    /// One cell as a ``ScaleScore``.
    ///
    /// - Throws: ``ScoringError/Code/invalidInput`` when `row` or `scale` is out of range.
    public func score(row: Int, scale: Int) throws(ScoringError) -> ScaleScore {
        try checkCell(row: row, scale: scale)
        return cell(row: row, scale: scale)
    }

    /// One cell, by scale identifier.
    ///
    /// - Throws: ``ScoringError/Code/unknownScale`` or ``ScoringError/Code/invalidInput``.
    public func score(row: Int, scaleID: String) throws(ScoringError) -> ScaleScore {
        try score(row: row, scale: scaleIndex(scaleID))
    }

    /// The usable values of one scale for every row (`nil` where the status has no usable value).
    ///
    /// - Throws: ``ScoringError/Code/unknownScale``.
    public func values(scaleID: String) throws(ScoringError) -> [Double?] {
        var column = ScoreColumn()
        try read(scale: scaleIndex(scaleID), into: &column)
        return (0..<rowCount).map(column.value(at:))
    }

    /// The usable value of one cell: `nil` when its final status has none (missing,
    /// insufficient, invalid …). The cheap way to read a few scales of many rows.
    ///
    /// - Throws: ``ScoringError/Code/invalidInput`` when `row` or `scale` is out of range.
    public func value(row: Int, scale: Int) throws(ScoringError) -> Double? {
        try checkCell(row: row, scale: scale)
        let cell = uncheckedCell(row: row, scale: scale)
        return cell.status.hasUsableValue ? cell.value : nil
    }

    /// One cell's final status and value (NaN when the status has none).
    private func uncheckedCell(row: Int, scale: Int) -> (status: ScoreStatus, value: Double) {
        let status = finalStatus(row: row, scale: scale)
        return (status, status.hasUsableValue ? computedValue(row: row, scale: scale) : .nan)
    }

    /// Writes one scale's final status codes and values (NaN where the status has no
    /// usable value) for `rows` (every row unless given): the column readers
    /// (``read(scale:into:)``, norms, ``ScoreRows``) read a table this way, one call per scale
    /// instead of one per cell.
    ///
    /// `rows` must start on a tile (a multiple of ``CellLayout/tileRows``) and end within
    /// the table; `statuses` and `values` receive `rows.count` elements (the first row's at
    /// offset 0), `invalidRows` is the mask ``copyInvalidRowsUnchecked(into:)`` writes for the
    /// whole table (indexed by table row); `scale` must be in range. Without `values`, only
    /// statuses are written (deriving values costs divisions).
    func copyColumnUnchecked(
        scale: Int, rows given: Range<Int>? = nil, statuses: UnsafeMutablePointer<UInt8>, values: UnsafeMutablePointer<Double>?,
        invalidRows tableMask: UnsafePointer<UInt8>
    ) {
        let rows = given ?? 0..<rowCount
        assert(rows.lowerBound & (CellLayout.tileRows &- 1) == 0 && rows.upperBound <= rowCount, "rows start on a tile, end in the table")
        let layout = self.layout, rule = valueRules[scale], scoreRole = self.scoreRole[scale], rowCount = rows.count
        let invalidRows = tableMask + rows.lowerBound
        itemStatuses.withUnsafeBufferPointer { codes in
            sums.withUnsafeBufferPointer { sums in
                answered.withUnsafeBufferPointer { answered in
                    guard rowCount > 0, let codes = codes.baseAddress, let sums = sums.baseAddress, let answered = answered.baseAddress else { return }
                    // A scale's 16 cells of a tile are contiguous: their final statuses are one
                    // vector select (a usable score of an invalid protocol reads as invalid: as
                    // unpredictable as the answers, so no branch), and their values are derived
                    // from the final statuses branch-free (the kernel's per-block rule). Whole
                    // tiles first, in tight loops (a status-only column is one load, select and
                    // store per 16 cells), then the rows of a partial last tile. Rows below are
                    // counted from `rows.lowerBound`.
                    let fullRows = rowCount & ~(CellLayout.tileRows &- 1)
                    let tileStride = layout.index(scale: scale, row: CellLayout.tileRows) &- layout.index(scale: scale, row: 0)
                    let first = layout.index(scale: scale, row: rows.lowerBound)
                    if scoreRole {
                        Self.copyTiles(from: codes + first, stride: tileStride, rows: fullRows, into: statuses, invalidRows: invalidRows)
                    } else {
                        Self.copyTiles(from: codes + first, stride: tileStride, rows: fullRows, into: statuses, invalidRows: nil)
                    }
                    let tailIndex = layout.index(scale: scale, row: rows.lowerBound &+ fullRows)
                    for row in fullRows..<rowCount {
                        let computed = ScoreStatus(code: codes[tailIndex &+ row &- fullRows])
                        statuses[row] = Self.finalStatus(computed, scoreRole: scoreRole, invalidProtocol: invalidRows[row] != 0).code
                    }
                    guard let values else { return }
                    var row = 0, index = first
                    while row < fullRows {
                        if rule.valuesAreSums(statuses: statuses + row) {
                            // Whole sums, NaN where unusable: two cells per vector operation.
                            for lane in stride(from: 0, to: CellLayout.tileRows, by: 2) {
                                let pair = CellValueRule.sumValues(sums: sums + index, statuses: statuses + row, lane: lane)
                                UnsafeMutableRawPointer(values + row + lane).storeBytes(of: pair, as: SIMD2<Double>.self)
                            }
                        } else {
                            rule.values(statuses: statuses + row, sums: sums + index, answered: answered + index, count: CellLayout.tileRows, into: values + row)
                        }
                        row &+= CellLayout.tileRows
                        index &+= tileStride
                    }
                    if fullRows < rowCount {
                        rule.values(
                            statuses: statuses + fullRows, sums: sums + tailIndex, answered: answered + tailIndex, count: rowCount &- fullRows,
                            into: values + fullRows)
                    }
                }
            }
        }
    }

    /// Copies the statuses of `rows` rows (whole tiles) of one scale, `stride` cells apart
    /// per tile, into consecutive bytes; with `invalidRows`, usable scores of invalid
    /// protocols become invalid (one vector select per tile).
    @inline(__always)
    private static func copyTiles(
        from codes: UnsafePointer<UInt8>, stride: Int, rows: Int, into statuses: UnsafeMutablePointer<UInt8>, invalidRows: UnsafePointer<UInt8>?
    ) {
        var source = codes, row = 0
        while row < rows {
            var vector = UnsafeRawPointer(source).loadUnaligned(as: Lanes.self)
            if let invalidRows {
                let invalid = UnsafeRawPointer(invalidRows + row).loadUnaligned(as: Lanes.self)
                let usable = LaneMath.mask(vector .<= Lanes(repeating: ScoreStatus.lastUsableCode))
                vector = LaneMath.select(usable & invalid, Lanes(repeating: ScoreStatus.invalid.code), vector)
            }
            UnsafeMutableRawPointer(statuses + row).storeBytes(of: vector, as: Lanes.self)
            source += stride
            row &+= CellLayout.tileRows
        }
    }

    /// Writes, per row, 0xFF where the protocol failed a validity rule or its missing-item
    /// limit (its usable score-role scores read as invalid), else 0: the mask
    /// ``copyColumnUnchecked(scale:rows:statuses:values:invalidRows:)`` takes. `mask` must hold ``rowCount`` bytes.
    func copyInvalidRowsUnchecked(into mask: UnsafeMutablePointer<UInt8>) {
        protocolFlags.withUnsafeBufferPointer { flags in
            for row in 0..<rowCount { mask[row] = Self.invalidates(flags[row]) ? 0xFF : 0 }
        }
    }

    /// Every respondent group a per-sex-and-age lookup table has, as (sex, age in years or
    /// `nil` for unknown), in the order of the strata ``copyStrataUnchecked(into:)`` writes: sex code ×
    /// 122 + age code, as the kernel's validity thresholds are laid out.
    package static var strata: [(sex: Sex, years: Int?)] { KernelValidity.strata }

    /// Writes each row's stratum (its index in ``strata``). `strata` must hold ``rowCount`` elements.
    func copyStrataUnchecked(into strata: UnsafeMutablePointer<UInt16>) {
        covariateStorage.withUnsafeBufferPointer { covariates in
            for row in 0..<rowCount { strata[row] = UInt16(truncatingIfNeeded: KernelValidity.stratum(covariates[firstRow + row])) }
        }
    }

    /// The protocol validity of one row.
    ///
    /// - Throws: ``ScoringError/Code/invalidInput`` when `row` is out of range.
    public func validity(row: Int) throws(ScoringError) -> ProtocolValidity {
        try checkCell(row: row, scale: 0)
        return protocolValidity(flags: protocolFlags[row])
    }

    /// Every score of one row, with its validity and provenance.
    ///
    /// - Throws: ``ScoringError/Code/invalidInput`` when `row` is out of range.
    public func report(row: Int) throws(ScoringError) -> ScoreReport {
        try checkCell(row: row, scale: 0)
        return ScoreReport(
            instrumentID: definition.id, definitionVersion: definition.version, key: definition.key,
            respondent: respondentStorage[firstRow + row],
            scales: definition.scales.indices.map { cell(row: row, scale: $0) },
            validity: protocolValidity(flags: protocolFlags[row]))
    }

    /// The index of the scale with the given identifier.
    ///
    /// - Throws: ``ScoringError/Code/unknownScale``.
    public func scaleIndex(_ scaleID: String) throws(ScoringError) -> Int {
        guard let index = definition.scaleIndex(of: scaleID) else {
            throw ScoringError(.unknownScale, instrument: definition.id, scale: scaleID, message: "no such scale")
        }
        return index
    }

    private func checkCell(row: Int, scale: Int) throws(ScoringError) {
        guard (0..<rowCount).contains(row), definition.scales.indices.contains(scale) else {
            throw ScoringError(.invalidInput, instrument: definition.id, row: row, message: "row or scale index out of range")
        }
    }

    func finalStatus(row: Int, scale: Int) -> ScoreStatus {
        Self.finalStatus(ScoreStatus(code: itemStatuses[layout.index(scale: scale, row: row)]), scoreRole: scoreRole[scale], protocolFlags: protocolFlags[row])
    }

    /// A cell's final status: a usable score of the score role reads as invalid when its
    /// protocol failed a validity rule or its missing-item limit.
    @inline(__always)
    static func finalStatus(_ computed: ScoreStatus, scoreRole: Bool, protocolFlags: UInt64) -> ScoreStatus {
        finalStatus(computed, scoreRole: scoreRole, invalidProtocol: invalidates(protocolFlags))
    }

    /// Whether a protocol with these flags failed a validity rule or its missing-item limit
    /// (its usable score-role scores read as invalid).
    @inline(__always)
    static func invalidates(_ protocolFlags: UInt64) -> Bool { protocolFlags & ProtocolFlags.invalidating != 0 }

    /// ``finalStatus(_:scoreRole:protocolFlags:)`` once the protocol's validity is known.
    @inline(__always)
    static func finalStatus(_ computed: ScoreStatus, scoreRole: Bool, invalidProtocol: Bool) -> ScoreStatus {
        scoreRole && computed.hasUsableValue && invalidProtocol ? .invalid : computed
    }

    /// The value the cell's computed status gives (NaN when none), before invalidation.
    func computedValue(row: Int, scale: Int) -> Double {
        let index = layout.index(scale: scale, row: row)
        return valueRules[scale].value(status: ScoreStatus(code: itemStatuses[index]), sum: sums[index], answered: answered[index])
    }

    private func cell(row: Int, scale: Int) -> ScaleScore {
        let index = layout.index(scale: scale, row: row)
        let computed = ScoreStatus(code: itemStatuses[index])
        let value = computedValue(row: row, scale: scale)
        let definitionScale = definition.scales[scale]
        let rule = definitionScale.missingData
        return ScaleScore(
            scaleID: definitionScale.id, status: finalStatus(row: row, scale: scale),
            raw: computed == .complete || computed == .determined ? RawScore(value) : nil,
            prorated: computed == .prorated ? RawScore(value) : nil,
            answeredItems: Int(answered[index]), missingItems: Int(missing[index]), rule: rule)
    }

    func protocolValidity(flags: UInt64) -> ProtocolValidity {
        var findings: [ProtocolValidity.Finding] = []
        var invalid = false, unassessed = false
        for (index, rule) in definition.validityRules.enumerated() {
            if flags & ProtocolFlags.fired(rule: index) != 0 {
                invalid = true
                findings.append(.init(kind: .validityRuleFired, ruleID: rule.id, scaleID: rule.scale, reason: rule.reason))
            } else if flags & ProtocolFlags.notAssessed(rule: index) != 0 {
                unassessed = true
                findings.append(.init(
                    kind: .validityNotAssessed, ruleID: rule.id, scaleID: rule.scale,
                    reason: "validity scale not computable, or no threshold for this respondent's sex and age"))
            }
        }
        if flags & ProtocolFlags.tooManyMissing != 0 {
            invalid = true
            findings.append(.init(
                kind: .tooManyMissingItems,
                reason: "more than \(definition.maximumMissingItemsInProtocol ?? 0) items missing in the protocol"))
        }
        if flags & ProtocolFlags.outsideAgeRange != 0 {
            findings.append(.init(kind: .outsideAgeRange, reason: "age outside \(ageRangeText)"))
        }
        let verdict: ProtocolValidity.Verdict = invalid ? .invalid : (unassessed ? .notAssessed : .valid)
        return ProtocolValidity(verdict: verdict, findings: findings)
    }

    private var ageRangeText: String {
        "\(definition.minimumAge.map(String.init) ?? "…")–\(definition.maximumAge.map(String.init) ?? "…") years"
    }
}
