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
        let scale = try scaleIndex(scaleID)
        // One pass over the column (the loop norms use), then the optionals.
        var statuses = [UInt8](repeating: 0, count: rowCount), values = [Double](repeating: .nan, count: rowCount)
        statuses.withUnsafeMutableBufferPointer { statuses in
            values.withUnsafeMutableBufferPointer { values in
                guard let statuses = statuses.baseAddress, let values = values.baseAddress else { return }
                copyColumn(scale: scale, statuses: statuses, values: values)
            }
        }
        return (0..<rowCount).map { row in ScoreStatus(code: statuses[row]).hasUsableValue ? values[row] : nil }
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
    /// usable value) for every row: the column readers of this package (norms) read a
    /// table this way, one call per scale instead of one per cell.
    ///
    /// `statuses` and `values` must hold ``rowCount`` elements; `scale` must be in range.
    /// Without `values`, only statuses are written (deriving values costs divisions).
    package func copyColumn(scale: Int, statuses: UnsafeMutablePointer<UInt8>, values: UnsafeMutablePointer<Double>?) {
        let layout = self.layout, rule = valueRules[scale], scoreRole = self.scoreRole[scale]
        itemStatuses.withUnsafeBufferPointer { codes in
            sums.withUnsafeBufferPointer { sums in
                answered.withUnsafeBufferPointer { answered in
                    protocolFlags.withUnsafeBufferPointer { flags in
                        guard let codes = codes.baseAddress, let sums = sums.baseAddress, let answered = answered.baseAddress,
                            let flags = flags.baseAddress
                        else { return }  // no rows
                        // A scale's 16 cells of a tile are contiguous: copy their statuses as one
                        // vector, derive their values branch-free (the kernel's per-block rule),
                        // and fix the rows of invalid protocols, which are rare.
                        var row = 0
                        while row < rowCount {
                            let count = Swift.min(CellLayout.tileRows, rowCount &- row)
                            let index = layout.index(scale: scale, row: row)
                            if count == CellLayout.tileRows {
                                let vector = UnsafeRawPointer(codes + index).loadUnaligned(as: SIMD16<UInt8>.self)
                                UnsafeMutableRawPointer(statuses + row).storeBytes(of: vector, as: SIMD16<UInt8>.self)
                            } else {
                                for lane in 0..<count { statuses[row &+ lane] = codes[index &+ lane] }
                            }
                            if let values {
                                if count == CellLayout.tileRows, rule.valuesAreSums(statuses: codes + index) {
                                    // Whole sums, NaN where unusable: two cells per vector operation.
                                    for lane in stride(from: 0, to: CellLayout.tileRows, by: 2) {
                                        let pair = CellValueRule.sumValues(sums: sums + index, statuses: codes + index, lane: lane)
                                        UnsafeMutableRawPointer(values + row + lane).storeBytes(of: pair, as: SIMD2<Double>.self)
                                    }
                                } else {
                                    rule.values(statuses: codes + index, sums: sums + index, answered: answered + index, count: count, into: values + row)
                                }
                            }
                            if scoreRole { Self.invalidate(statuses + row, values: values.map { $0 + row }, flags: flags + row, count: count) }
                            row &+= CellLayout.tileRows
                        }
                    }
                }
            }
        }
    }

    /// Gives score-role cells their final status (``finalStatus(_:scoreRole:protocolFlags:)``),
    /// their values NaN where that made them invalid. Skips the rows at once when no protocol
    /// among them is invalid, the common case.
    @inline(__always)
    private static func invalidate(
        _ statuses: UnsafeMutablePointer<UInt8>, values: UnsafeMutablePointer<Double>?, flags: UnsafePointer<UInt64>, count: Int
    ) {
        var any: UInt64 = 0
        for row in 0..<count { any |= flags[row] }
        guard any & ProtocolFlags.invalidating != 0 else { return }
        for row in 0..<count {
            let computed = ScoreStatus(code: statuses[row])
            let final = finalStatus(computed, scoreRole: true, protocolFlags: flags[row])
            guard final != computed else { continue }
            statuses[row] = final.code
            values?[row] = .nan
        }
    }

    /// Every respondent group a per-sex-and-age lookup table has, as (sex, age in years or
    /// `nil` for unknown), in the order of the strata ``copyStrata(into:)`` writes: sex code ×
    /// 122 + age code, as the kernel's validity thresholds are laid out.
    package static var strata: [(sex: Sex, years: Int?)] { KernelValidity.strata }

    /// Writes each row's stratum (its index in ``strata``). `strata` must hold ``rowCount`` elements.
    package func copyStrata(into strata: UnsafeMutablePointer<UInt16>) {
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
        scoreRole && computed.hasUsableValue && protocolFlags & ProtocolFlags.invalidating != 0 ? .invalid : computed
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
