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
    var validityRules: [(rule: ValidityRule, scale: Int)]
    var scoreRoleScales: [Int]
    var maximumMissingInProtocol: Int?
    var minimumAge: Int?
    var maximumAge: Int?

    /// Per-row outputs, column-major by scale (`values[scale * rowCount + row]`).
    struct Output {
        var values: UnsafeMutablePointer<Double>
        var statuses: UnsafeMutablePointer<UInt8>
        var answered: UnsafeMutablePointer<UInt16>
        var missing: UnsafeMutablePointer<UInt16>
        var protocolFlags: UnsafeMutablePointer<UInt64>
        var rowCount: Int
    }

    /// Scores rows `rows` of a row-major code buffer into `output`.
    func score(
        codes: UnsafeBufferPointer<UInt8>, respondents: UnsafeBufferPointer<Respondent>,
        rows: Range<Int>, into output: Output
    ) {
        tables.withUnsafeBufferPointer { tables in
            memberItem.withUnsafeBufferPointer { memberItem in
                memberTable.withUnsafeBufferPointer { memberTable in
                    memberStart.withUnsafeBufferPointer { memberStart in
                        guard let codeBase = codes.baseAddress, let tableBase = tables.baseAddress else { return }
                        for row in rows {
                            let rowCodes = codeBase + row * itemCount
                            scoreItemScales(
                                rowCodes, row: row, tables: tableBase, memberItem: memberItem,
                                memberTable: memberTable, memberStart: memberStart, output: output)
                            scorePairScales(rowCodes, row: row, tables: tableBase, output: output)
                            scoreCutoffs(row: row, respondent: respondents[row], output: output)
                            output.protocolFlags[row] = protocolFlags(rowCodes, row: row, respondent: respondents[row], output: output)
                        }
                    }
                }
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
            for member in memberStart[index]..<memberStart[index + 1] {
                let code = rowCodes[Int(memberItem[member])]
                accumulator &+= tables[Int(memberTable[member]) &+ Int(code)]
            }
            finish(scales[index], accumulator: accumulator, rowCodes: rowCodes, row: row, output: output)
        }
    }

    @inline(__always)
    private func finish(_ scale: KernelScale, accumulator: UInt64, rowCodes: UnsafePointer<UInt8>, row: Int, output: Output) {
        let sum = PackedEntry.value(accumulator)
        let answered = PackedEntry.answeredCount(accumulator)
        let invalid = PackedEntry.invalidCount(accumulator)
        let missing = scale.itemCount - answered - invalid
        let cell = scale.output * output.rowCount + row
        output.answered[cell] = UInt16(truncatingIfNeeded: answered)
        output.missing[cell] = UInt16(truncatingIfNeeded: missing)
        let (value, status) = Self.aggregate(
            scale, sum: sum, answered: answered, invalid: invalid, missing: missing,
            gateOpen: scale.gateItem >= 0 && rowCodes[scale.gateItem] == scale.gateCode)
        output.values[cell] = value
        output.statuses[cell] = status.code
    }

    /// Applies a scale's aggregation and missing-data rule to its accumulated counts.
    @inline(__always)
    static func aggregate(
        _ scale: KernelScale, sum: Int, answered: Int, invalid: Int, missing: Int, gateOpen: Bool
    ) -> (Double, ScoreStatus) {
        if invalid > 0 { return (.nan, .invalidCode) }
        let total = Double(sum)
        switch scale.aggregation {
        case .sum:
            if missing == 0 { return (total, .complete) }
            if gateOpen { return (total, .determined) }
            if missing <= scale.allowedMissing {
                return (scale.rounding.apply(total / Double(answered) * Double(scale.itemCount)), .prorated)
            }
            return (.nan, .insufficient)
        case .mean:
            if missing == 0 { return (scale.rounding.apply(total / Double(scale.itemCount)), .complete) }
            if gateOpen { return (scale.rounding.apply(total / Double(scale.itemCount)), .determined) }
            if missing <= scale.allowedMissing { return (scale.rounding.apply(total / Double(answered)), .prorated) }
            return (.nan, .insufficient)
        case .any:
            if sum > 0 { return (1, missing == 0 ? .complete : .determined) }
            if missing == 0 { return (0, .complete) }
            if gateOpen { return (0, .determined) }
            return (.nan, .insufficient)
        case .pairDifferenceSum:
            return (.nan, .insufficient)  // scored by scorePairScales, never here
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
            let cell = scale.output * output.rowCount + row
            output.answered[cell] = UInt16(truncatingIfNeeded: answeredPairs)
            output.missing[cell] = UInt16(truncatingIfNeeded: missingPairs)
            let result: (Double, ScoreStatus)
            if invalid > 0 {
                result = (.nan, .invalidCode)
            } else if missingPairs == 0 {
                result = (Double(sum), .complete)
            } else if missingPairs <= scale.allowedMissingPairs {
                result = (scale.rounding.apply(Double(sum) / Double(answeredPairs) * Double(scale.pairs.count)), .prorated)
            } else {
                result = (.nan, .insufficient)
            }
            output.values[cell] = result.0
            output.statuses[cell] = result.1.code
        }
    }

    private func scoreCutoffs(row: Int, respondent: Respondent, output: Output) {
        for cutoff in cutoffs {
            let source = cutoff.source * output.rowCount + row
            let cell = cutoff.output * output.rowCount + row
            output.answered[cell] = output.answered[source]
            output.missing[cell] = output.missing[source]
            let sourceStatus = ScoreStatus(code: output.statuses[source])
            guard sourceStatus.hasUsableValue else {
                output.values[cell] = .nan
                output.statuses[cell] = sourceStatus.code
                continue
            }
            guard let threshold = cutoff.rule.threshold(for: cutoff.rule.selectingSex(for: respondent)) else {
                output.values[cell] = .nan
                output.statuses[cell] = ScoreStatus.missingCovariate.code
                continue
            }
            output.values[cell] = output.values[source] >= threshold ? 1 : 0
            output.statuses[cell] = sourceStatus.code
        }
    }

    /// Validity, protocol completeness and age range for one row, as ``ProtocolFlags``.
    private func protocolFlags(_ rowCodes: UnsafePointer<UInt8>, row: Int, respondent: Respondent, output: Output) -> UInt64 {
        var flags: UInt64 = 0
        for (index, check) in validityRules.enumerated() {
            let cell = check.scale * output.rowCount + row
            guard ScoreStatus(code: output.statuses[cell]).hasUsableValue,
                let threshold = check.rule.threshold(for: respondent)
            else {
                flags |= ProtocolFlags.notAssessed(rule: index)
                continue
            }
            let value = output.values[cell]
            let crossed = check.rule.comparison == .atLeast ? value >= threshold : value <= threshold
            if crossed { flags |= ProtocolFlags.fired(rule: index) }
        }
        if let limit = maximumMissingInProtocol {
            var missing = 0
            for item in 0..<itemCount where rowCodes[item] >= MissingReason.firstReservedCode { missing += 1 }
            if missing > limit { flags |= ProtocolFlags.tooManyMissing }
        }
        if let years = respondent.age?.years {
            if let minimumAge, years < minimumAge { flags |= ProtocolFlags.outsideAgeRange }
            if let maximumAge, years > maximumAge { flags |= ProtocolFlags.outsideAgeRange }
        }
        return flags
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
