import HearthCore

/// The compiled form of an instrument definition: flat arrays the row loop walks.
///
/// Each (scale, item) membership points at a 256-entry lookup table that maps every
/// possible byte to a packed ``PackedEntry`` (keyed value + answered, or invalid, or
/// nothing for missing). Identical tables are shared, so a 90-item instrument with
/// forward and reverse items needs two tables, not ninety.
struct ScoringKernel: Sendable {
    var itemCount: Int
    var scaleCount: Int
    var scales: [KernelScale]
    /// `memberStart[s]..<memberStart[s+1]` indexes scale `s`'s members.
    var memberStart: [Int]
    var memberItem: [Int32]
    var memberTable: [Int32]
    var tables: [UInt64]
    var cutoffs: [KernelCutoff]
    var pairScales: [KernelPairScale]
    var validityRules: [KernelValidity]
    var validityThresholds: [Double]
    var valueRules: [CellValueRule]
    var maximumMissingInProtocol: Int?
    /// ``ProtocolFlags/outsideAgeRange`` or 0 for each age code (0...120 years, then
    /// unknown, which is never outside): one load per row instead of unpredictable branches.
    var ageRangeFlags: [UInt64]
    var checksAgeRange: Bool
    /// The vector kernel, when the plan can use one.
    var block: BlockKernel?

    /// Whether rows need their covariates read (cut-offs, validity rules or an age range).
    var needsCovariates: Bool { !cutoffs.isEmpty || !validityRules.isEmpty || checksAgeRange }

    /// Per-row outputs, cells placed by a ``CellLayout`` (tiles of 16 rows).
    struct Output {
        var sums: UnsafeMutablePointer<UInt32>
        var statuses: UnsafeMutablePointer<UInt8>
        var answered: UnsafeMutablePointer<UInt16>
        var missing: UnsafeMutablePointer<UInt16>
        var protocolFlags: UnsafeMutablePointer<UInt64>
        var layout: CellLayout
        /// The matrix row stored in output row 0.
        var firstRow: Int

        /// The cell of a scale for a matrix row.
        @inline(__always) func cell(_ scale: Int, _ row: Int) -> Int { layout.index(scale: scale, row: row &- firstRow) }
    }

    /// Scores matrix rows `rows` of a row-major code buffer into `output`: blocks of 16
    /// rows with the vector kernel where the plan has one, the rest row by row.
    func score(
        codes: UnsafeBufferPointer<UInt8>, covariates: UnsafeBufferPointer<RowCovariates>,
        rows: Range<Int>, into output: Output
    ) {
        guard let codeBase = codes.baseAddress, let covariateBase = covariates.baseAddress else { return }
        var row = rows.lowerBound
        if let block {
            // Blocks must start at a tile of the output, where their 16 cells of a scale are adjacent.
            let aligned = Swift.min(rows.upperBound, output.firstRow &+ CellLayout.tileStart(atOrAfter: row &- output.firstRow))
            scoreRows(row..<aligned, codes: codeBase, covariates: covariateBase, output: output)
            row = aligned
            let scratch = UnsafeMutablePointer<Lanes>.allocate(capacity: block.scratchCount)
            defer { scratch.deallocate() }
            let finishing = BlockFinishing()
            defer { finishing.deallocate() }
            var ahead = ReadAhead(codes: codeBase, byteCount: codes.count)
            defer { finishing.sink.pointee = ahead.combined }
            while row &+ BlockKernel.rows <= rows.upperBound, block.fits(firstRow: row, byteCount: codes.count) {
                if let missing = block.scoreBlock(firstRow: row, codes: codeBase, scratch: scratch, output: output, reading: &ahead) {
                    finishBlock(row, codes: codeBase, covariates: covariateBase, missing: missing, scratch: finishing, output: output)
                } else {
                    // An out-of-range code in the block: the scalar kernel counts it per scale.
                    scoreRows(row..<(row &+ BlockKernel.rows), codes: codeBase, covariates: covariateBase, output: output)
                }
                row &+= BlockKernel.rows
            }
        }
        scoreRows(row..<rows.upperBound, codes: codeBase, covariates: covariateBase, output: output)
    }

    /// The scalar kernel for a range of rows.
    private func scoreRows(
        _ rows: Range<Int>, codes: UnsafePointer<UInt8>, covariates: UnsafePointer<RowCovariates>, output: Output
    ) {
        guard !rows.isEmpty else { return }
        tables.withUnsafeBufferPointer { tables in
            memberItem.withUnsafeBufferPointer { memberItem in
                memberTable.withUnsafeBufferPointer { memberTable in
                    memberStart.withUnsafeBufferPointer { memberStart in
                        guard let tableBase = tables.baseAddress else { return }
                        for row in rows {
                            let rowCodes = codes + row &* itemCount
                            scoreItemScales(
                                rowCodes, row: row, tables: tableBase, memberItem: memberItem,
                                memberTable: memberTable, memberStart: memberStart, output: output)
                            finishRow(
                                row, rowCodes: rowCodes, covariates: covariates[row],
                                missing: maximumMissingInProtocol == nil ? 0 : missingCount(rowCodes), output: output)
                        }
                    }
                }
            }
        }
    }

    /// Everything after the item scales: pair scales, cut-offs, validity and protocol flags.
    @inline(__always)
    private func finishRow(
        _ row: Int, rowCodes: UnsafePointer<UInt8>, covariates: RowCovariates, missing: Int, output: Output
    ) {
        if !pairScales.isEmpty { scorePairScales(rowCodes, row: row, output: output) }
        var flags: UInt64 = 0
        if needsCovariates {
            scoreCutoffs(row: row, covariates: covariates, output: output)
            flags = validityThresholds.withUnsafeBufferPointer { thresholds in
                validityFlags(row: row, covariates: covariates, thresholds: thresholds, output: output)
            }
        }
        if let limit = maximumMissingInProtocol, missing > limit { flags |= ProtocolFlags.tooManyMissing }
        output.protocolFlags[row &- output.firstRow] = flags
    }

    /// Scratch space for ``finishBlock(_:codes:covariates:missing:scratch:output:)``,
    /// allocated once per call rather than per block.
    struct BlockFinishing {
        /// Each row's validity stratum (``KernelValidity/stratum(_:)``).
        var strata = UnsafeMutablePointer<Int32>.allocate(capacity: BlockKernel.rows)
        /// One scale's values for the rows of the block.
        var values = UnsafeMutablePointer<Double>.allocate(capacity: BlockKernel.rows)
        /// Where ``ReadAhead`` leaves its combined bytes.
        var sink = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

        func deallocate() {
            sink.deallocate()
            strata.deallocate()
            values.deallocate()
        }
    }

    /// ``finishRow(_:rowCodes:covariates:missing:output:)`` for the 16 rows of a vector block,
    /// rule by rule instead of row by row: each validity rule reads its scale's 16 values
    /// with one branch-free pass, so rows that mix complete, prorated and unusable scores
    /// cost no mispredicted branches. Row for row the same flags and cells.
    @inline(__always)
    private func finishBlock(
        _ firstRow: Int, codes: UnsafePointer<UInt8>, covariates: UnsafePointer<RowCovariates>, missing: Lanes,
        scratch: BlockFinishing, output: Output
    ) {
        let lanes = BlockKernel.rows
        let flags = output.protocolFlags + (firstRow &- output.firstRow)
        // Rows over the protocol's missing limit, as a mask (no row can pass a limit of 255).
        let limit = maximumMissingInProtocol ?? Int.max
        let over = limit < 255 ? LaneMath.mask(missing .> Lanes(repeating: UInt8(clamping: limit))) : Lanes(repeating: 0)
        for lane in 0..<lanes { flags[lane] = UInt64(over[lane] & 1) &* ProtocolFlags.tooManyMissing }
        // (Pair-difference scales were scored with the block: see `BlockKernel.scorePairs`.)
        guard needsCovariates else { return }
        for lane in 0..<lanes {
            let row = covariates[firstRow &+ lane]
            scratch.strata[lane] = KernelValidity.stratum(row)
            flags[lane] |= ageFlags(row)
        }
        // Cut-offs before validity: a validity rule may read a cut-off scale.
        if !cutoffs.isEmpty { scoreCutoffs(block: firstRow, covariates: covariates, scratch: scratch, output: output) }
        validityThresholds.withUnsafeBufferPointer { thresholds in
            for index in validityRules.indices {
                let check = validityRules[index]
                let cell = output.cell(check.scale, firstRow)
                let rule = valueRules[check.scale]
                let marks = ValidityMarks(
                    fired: ProtocolFlags.fired(rule: index), notAssessed: ProtocolFlags.notAssessed(rule: index),
                    thresholds: UnsafeBufferPointer(rebasing: thresholds[check.offset...]), scratch: scratch, flags: flags)
                @inline(__always) func mark(_ values: (Int) -> SIMD2<Double>) {
                    if check.atLeast { marks.mark(lanes, values: values) { $0 .>= $1 } } else { marks.mark(lanes, values: values) { $0 .<= $1 } }
                }
                let sums = output.sums + cell, statuses = output.statuses + cell
                if rule.valuesAreSums(statuses: statuses) {
                    // The common case, fused: each pair of values read straight from the sums.
                    mark { lane in CellValueRule.sumValues(sums: sums, statuses: statuses, lane: lane) }
                } else {
                    rule.values(statuses: statuses, sums: sums, answered: output.answered + cell, count: lanes, into: scratch.values)
                    let computed = UnsafeRawPointer(scratch.values)
                    mark { lane in computed.loadUnaligned(fromByteOffset: lane &* 8, as: SIMD2<Double>.self) }
                }
            }
        }
    }

    /// One validity rule's flags for the rows of a block.
    private struct ValidityMarks {
        var fired: UInt64
        var notAssessed: UInt64
        /// The rule's thresholds, indexed by ``KernelValidity/stratum(_:)``.
        var thresholds: UnsafeBufferPointer<Double>
        var scratch: BlockFinishing
        var flags: UnsafeMutablePointer<UInt64>

        /// Sets the rule's bits two rows at a time with vector compares (`cmppd`): whether a
        /// rule fires is as unpredictable as the answers, and scalar selects here compile to
        /// branches. A value is NaN exactly when its status has none (a prorated score has at
        /// least one answered item), so "not assessed" is "value or threshold is NaN".
        @inline(__always) func mark(
            _ lanes: Int, values: (Int) -> SIMD2<Double>, fires: (SIMD2<Double>, SIMD2<Double>) -> SIMDMask<SIMD2<Int64>>
        ) {
            let fired = SIMD2(repeating: fired), notAssessed = SIMD2(repeating: notAssessed)
            let rowFlags = UnsafeMutableRawPointer(flags)
            for pair in stride(from: 0, to: lanes, by: 2) {
                let value = values(pair)
                let threshold = SIMD2(thresholds[Int(scratch.strata[pair])], thresholds[Int(scratch.strata[pair &+ 1])])
                let isFired = unsafeBitCast(fires(value, threshold), to: SIMD2<UInt64>.self)
                let isAssessed = unsafeBitCast((value .== value) .& (threshold .== threshold), to: SIMD2<UInt64>.self)
                let old = rowFlags.loadUnaligned(fromByteOffset: pair &* 8, as: SIMD2<UInt64>.self)
                rowFlags.storeBytes(of: old | isFired & fired | ~isAssessed & notAssessed, toByteOffset: pair &* 8, as: SIMD2<UInt64>.self)
            }
        }
    }

    /// The hot loop: one table lookup and one add per (scale, item) membership.
    @inline(__always)
    private func scoreItemScales(
        _ rowCodes: UnsafePointer<UInt8>, row: Int, tables: UnsafePointer<UInt64>,
        memberItem: UnsafeBufferPointer<Int32>, memberTable: UnsafeBufferPointer<Int32>,
        memberStart: UnsafeBufferPointer<Int>, output: Output
    ) {
        for index in scales.indices {
            var accumulator: UInt64 = 0
            for member in memberStart[index]..<memberStart[index &+ 1] {
                let code = rowCodes[Int(memberItem[member])]
                accumulator &+= tables[Int(memberTable[member]) &+ Int(code)]
            }
            let scale = scales[index]
            let answered = PackedEntry.answeredCount(accumulator)
            let invalid = PackedEntry.invalidCount(accumulator)
            let missing = scale.itemCount &- answered &- invalid
            let cell = output.cell(scale.output, row)
            output.sums[cell] = UInt32(truncatingIfNeeded: PackedEntry.value(accumulator))
            output.answered[cell] = UInt16(truncatingIfNeeded: answered)
            output.missing[cell] = UInt16(truncatingIfNeeded: missing)
            let gateOpen = scale.gateItem >= 0 && rowCodes[scale.gateItem] == scale.gateCode
            output.statuses[cell] = Self.status(
                scale, positive: PackedEntry.value(accumulator) > 0, invalid: invalid, missing: missing, gateOpen: gateOpen
            ).code
        }
    }

    /// The status a scale's missing-data rule gives its accumulated counts.
    @inline(__always)
    static func status(_ scale: KernelScale, positive: Bool, invalid: Int, missing: Int, gateOpen: Bool) -> ScoreStatus {
        if invalid > 0 { return .invalidCode }
        if scale.aggregation == .any {
            if positive { return missing == 0 ? .complete : .determined }
            if missing == 0 { return .complete }
            return gateOpen ? .determined : .insufficient
        }
        if missing == 0 { return .complete }
        if gateOpen { return .determined }
        return missing <= scale.allowedMissing ? .prorated : .insufficient
    }

    private func scorePairScales(_ rowCodes: UnsafePointer<UInt8>, row: Int, output: Output) {
        tables.withUnsafeBufferPointer { tables in
            guard let tables = tables.baseAddress else { return }
            scorePairScales(rowCodes, row: row, tables: tables, output: output)
        }
    }

    private func scorePairScales(_ rowCodes: UnsafePointer<UInt8>, row: Int, tables: UnsafePointer<UInt64>, output: Output) {
        for scale in pairScales {
            var sum = 0, answeredPairs = 0, invalid = 0
            for pair in scale.pairs {
                let first = tables[pair.firstTable + Int(rowCodes[pair.first])]
                let second = tables[pair.secondTable + Int(rowCodes[pair.second])]
                invalid += PackedEntry.invalidCount(first) + PackedEntry.invalidCount(second)
                guard PackedEntry.answeredCount(first) == 1, PackedEntry.answeredCount(second) == 1 else { continue }
                sum += abs(PackedEntry.value(first) - PackedEntry.value(second))
                answeredPairs += 1
            }
            let missingPairs = scale.pairs.count - answeredPairs
            let cell = output.cell(scale.output, row)
            output.sums[cell] = UInt32(truncatingIfNeeded: sum)
            output.answered[cell] = UInt16(truncatingIfNeeded: answeredPairs)
            output.missing[cell] = UInt16(truncatingIfNeeded: missingPairs)
            let status: ScoreStatus =
                invalid > 0 ? .invalidCode
                : missingPairs == 0 ? .complete
                : missingPairs <= scale.allowedMissingPairs ? .prorated : .insufficient
            output.statuses[cell] = status.code
        }
    }

    /// The value of a stored cell, as the table will report it.
    @inline(__always)
    private func value(scale: Int, cell: Int, output: Output) -> Double {
        valueRules[scale].value(
            status: ScoreStatus(code: output.statuses[cell]), sum: output.sums[cell], answered: output.answered[cell])
    }

    private func scoreCutoffs(row: Int, covariates: RowCovariates, output: Output) {
        for cutoff in cutoffs {
            let source = output.cell(cutoff.source, row)
            let cell = output.cell(cutoff.output, row)
            output.answered[cell] = output.answered[source]
            output.missing[cell] = output.missing[source]
            let sourceStatus = ScoreStatus(code: output.statuses[source])
            let threshold = cutoff.threshold(covariates)
            output.sums[cell] = 0
            if !sourceStatus.hasUsableValue {
                output.statuses[cell] = sourceStatus.code
            } else if threshold.isNaN {
                output.statuses[cell] = ScoreStatus.missingCovariate.code
            } else {
                output.sums[cell] = value(scale: cutoff.source, cell: source, output: output) >= threshold ? 1 : 0
                output.statuses[cell] = sourceStatus.code
            }
        }
    }

    /// ``scoreCutoffs(row:covariates:output:)`` for the 16 rows of a block, cut-off by
    /// cut-off (in order: a cut-off may read an earlier one): the source's 16 values at once
    /// (NaN where its status has none, as validity rules read them), the counts copied as
    /// vectors, and per row a compare and a select instead of branches on the status.
    @inline(__always)
    private func scoreCutoffs(block firstRow: Int, covariates: UnsafePointer<RowCovariates>, scratch: BlockFinishing, output: Output) {
        let lanes = BlockKernel.rows
        for cutoff in cutoffs {
            let source = output.cell(cutoff.source, firstRow), cell = output.cell(cutoff.output, firstRow)
            @inline(__always) func copy(_ counts: UnsafeMutablePointer<UInt16>) {
                UnsafeMutableRawPointer(counts + cell).storeBytes(of: UnsafeRawPointer(counts + source).loadUnaligned(as: SIMD16<UInt16>.self), as: SIMD16<UInt16>.self)
            }
            copy(output.answered)
            copy(output.missing)
            let statuses = output.statuses + source
            valueRules[cutoff.source].values(statuses: statuses, sums: output.sums + source, answered: output.answered + source, count: lanes, into: scratch.values)
            for lane in 0..<lanes {
                let status = statuses[lane], threshold = cutoff.threshold(covariates[firstRow &+ lane])
                // NaN (no value, or no cut-off for the row) compares false: 0, as the row path stores.
                output.sums[cell &+ lane] = scratch.values[lane] >= threshold ? 1 : 0
                let missingCovariate = status <= ScoreStatus.lastUsableCode && threshold.isNaN
                output.statuses[cell &+ lane] = missingCovariate ? ScoreStatus.missingCovariate.code : status
            }
        }
    }

    /// Validity and age-range flags for one row (see ``ProtocolFlags``).
    private func validityFlags(row: Int, covariates: RowCovariates, thresholds: UnsafeBufferPointer<Double>, output: Output) -> UInt64 {
        var flags: UInt64 = 0
        for index in validityRules.indices {
            let check = validityRules[index]
            let cell = output.cell(check.scale, row)
            let threshold = check.threshold(covariates, in: thresholds)
            guard ScoreStatus(code: output.statuses[cell]).hasUsableValue, !threshold.isNaN else {
                flags |= ProtocolFlags.notAssessed(rule: index)
                continue
            }
            let value = value(scale: check.scale, cell: cell, output: output)
            if check.atLeast ? value >= threshold : value <= threshold { flags |= ProtocolFlags.fired(rule: index) }
        }
        return flags | ageFlags(covariates)
    }

    /// ``ProtocolFlags/outsideAgeRange`` when the row's known age is outside the instrument's range.
    @inline(__always) private func ageFlags(_ covariates: RowCovariates) -> UInt64 {
        ageRangeFlags[Int(covariates.age)]
    }

    /// The number of missing codes in a row, branch-free so the loop vectorises.
    @inline(__always)
    private func missingCount(_ rowCodes: UnsafePointer<UInt8>) -> Int {
        var missing = 0
        for item in 0..<itemCount {
            missing &+= rowCodes[item] >= MissingReason.firstReservedCode ? 1 : 0
        }
        return missing
    }
}

/// Bit layout of a row's protocol flags: bits 0–29 a validity rule fired, bits 30–59 a
/// validity rule could not be assessed, bit 62 too many missing items, bit 63 age
/// outside the instrument's range.
enum ProtocolFlags {
    static let tooManyMissing: UInt64 = 1 << 62
    static let outsideAgeRange: UInt64 = 1 << 63
    static let invalidating: UInt64 = (1 << 30) - 1 | tooManyMissing

    static func fired(rule: Int) -> UInt64 { 1 << UInt64(rule) }
    static func notAssessed(rule: Int) -> UInt64 { 1 << UInt64(30 + rule) }
}
