import HearthCore

/// The vector kernel: scores 16 rows at a time with one row per byte lane.
///
/// A block's codes are transposed (16 × 16 byte tiles, SSE2/NEON interleaves) so that
/// each item is one vector of 16 rows; then every (scale, item) membership costs a few
/// vector instructions for 16 respondents, and each scale's statuses are computed and
/// stored for the 16 rows at once (column-major output makes them contiguous). Compiled
/// only for plans it can represent exactly (see ``init?(compiling:)``); every other plan,
/// and every block that holds an out-of-range code, takes the scalar path. Tests hold both
/// paths to the same reference scorer.
struct BlockKernel: Sendable {
    static let rows = 16

    struct Scale: Sendable {
        var output: Int
        var itemCount: UInt8
        var allowedMissing: UInt8
        var isAny: Bool
        /// 0-based gate item of a skip rule, or -1.
        var gateItem: Int
        var gateCode: UInt8
        /// Members between 16-bit flushes of the byte accumulator (255 / largest value).
        var flushEvery: Int
    }

    var itemCount: Int
    var tileCount: Int
    var minimum: UInt8
    var width: UInt8
    var reflection: UInt8
    var scales: [Scale]
    var memberStart: [Int]
    var memberItem: [Int32]
    /// -1: the code is the value; -2: the reflected code is the value; k ≥ 0: table k.
    var memberTable: [Int32]
    /// Table k's non-zero entries are `entryCode/entryValue[tableStart[k]..<tableStart[k+1]]`,
    /// keyed by the *raw* code (reverse keying already folded in).
    var tableStart: [Int]
    var entryCode: [UInt8]
    var entryValue: [UInt8]

    /// Whether 16 rows starting at `firstRow` can be loaded as whole tiles without reading
    /// past the end of a buffer of `byteCount` bytes.
    @inline(__always) func fits(firstRow: Int, byteCount: Int) -> Bool {
        (firstRow &+ Self.rows &- 1) &* itemCount &+ tileCount &* 16 <= byteCount
    }

    /// The number of vectors of scratch space ``scoreBlock(firstRow:codes:scratch:output:)`` needs.
    var scratchCount: Int { tileCount * 16 + itemCount }

    /// Scores the item scales of rows `firstRow ..< firstRow + 16`, unless a row holds an
    /// out-of-range code; returns the per-row missing counts, or `nil` to ask the caller to
    /// score the block with the scalar kernel.
    func scoreBlock(
        firstRow: Int, codes: UnsafePointer<UInt8>, scratch: UnsafeMutablePointer<Lanes>,
        output: ScoringKernel.Output
    ) -> Lanes? {
        let transposed = scratch
        let validity = scratch + tileCount * 16
        loadTransposed(firstRow: firstRow, codes: codes, into: transposed)
        var invalid = Lanes(repeating: 0)
        var missingCount = Lanes(repeating: 0)
        for item in 0..<itemCount {
            let lanes = transposed[item]
            let valid = LaneMath.inRange(lanes, low: minimum, width: width)
            let missing = LaneMath.inRange(lanes, low: MissingReason.firstReservedCode, width: 3)
            invalid |= ~(valid | missing)
            missingCount &-= missing
            validity[item] = valid
        }
        if LaneMath.any(invalid) { return nil }
        memberItem.withUnsafeBufferPointer { memberItem in
            memberTable.withUnsafeBufferPointer { memberTable in
                for index in scales.indices {
                    scoreScale(
                        scales[index], members: memberStart[index]..<memberStart[index + 1], memberItem: memberItem,
                        memberTable: memberTable, transposed: transposed, validity: validity, firstRow: firstRow, output: output)
                }
            }
        }
        return missingCount
    }

    private func loadTransposed(firstRow: Int, codes: UnsafePointer<UInt8>, into transposed: UnsafeMutablePointer<Lanes>) {
        let raw = UnsafeRawPointer(codes)
        for tile in 0..<tileCount {
            func row(_ lane: Int) -> Lanes {
                raw.loadUnaligned(fromByteOffset: (firstRow &+ lane) &* itemCount &+ tile &* 16, as: Lanes.self)
            }
            var block = (row(0), row(1), row(2), row(3), row(4), row(5), row(6), row(7),
                         row(8), row(9), row(10), row(11), row(12), row(13), row(14), row(15))
            LaneMath.transpose(&block)
            // Items past the end of the row (bytes of the next row) are written to scratch
            // but never read: memberships and the item loop stop at `itemCount`.
            UnsafeMutableRawPointer(transposed + tile &* 16).storeBytes(of: block, as: type(of: block))
        }
    }

    @inline(__always)
    private func scoreScale(
        _ scale: Scale, members: Range<Int>, memberItem: UnsafeBufferPointer<Int32>, memberTable: UnsafeBufferPointer<Int32>,
        transposed: UnsafeMutablePointer<Lanes>, validity: UnsafeMutablePointer<Lanes>, firstRow: Int, output: ScoringKernel.Output
    ) {
        var bytes = Lanes(repeating: 0)
        var low = SIMD8<UInt16>(repeating: 0), high = SIMD8<UInt16>(repeating: 0)
        var answered = Lanes(repeating: 0)
        var positive = Lanes(repeating: 0)
        var sinceFlush = 0
        for member in members {
            let item = Int(memberItem[member])
            let codes = transposed[item], valid = validity[item]
            let value: Lanes
            switch memberTable[member] {
            case -1: value = codes & valid
            case -2: value = (Lanes(repeating: reflection) &- codes) & valid
            case let table: value = lookup(codes, table: Int(table))
            }
            bytes &+= value
            positive |= value
            answered &-= valid
            sinceFlush &+= 1
            if sinceFlush == scale.flushEvery {
                let wide = LaneMath.widen(bytes)
                low &+= wide.low
                high &+= wide.high
                bytes = Lanes(repeating: 0)
                sinceFlush = 0
            }
        }
        let wide = LaneMath.widen(bytes)
        low &+= wide.low
        high &+= wide.high

        // Blocks with out-of-range codes never get here, so missing = items − answered.
        let missing = Lanes(repeating: scale.itemCount) &- answered
        let complete = LaneMath.isZero(missing)
        let gate = scale.gateItem >= 0 ? LaneMath.equal(transposed[scale.gateItem], scale.gateCode) : Lanes(repeating: 0)
        let determined = Lanes(repeating: ScoreStatus.determined.code)
        let insufficient = Lanes(repeating: ScoreStatus.insufficient.code)
        let incomplete: Lanes
        if scale.isAny {
            incomplete = LaneMath.select(~LaneMath.isZero(positive) | gate, determined, insufficient)
        } else {
            let prorate = LaneMath.inRange(missing, low: 0, width: scale.allowedMissing)
            incomplete = LaneMath.select(gate, determined, LaneMath.select(prorate, Lanes(repeating: ScoreStatus.prorated.code), insufficient))
        }
        let status = LaneMath.select(complete, Lanes(repeating: ScoreStatus.complete.code), incomplete)

        let cell = output.cell(scale.output, firstRow)
        UnsafeMutableRawPointer(output.statuses + cell).storeBytes(of: status, as: Lanes.self)
        store(LaneMath.widen(answered), to: output.answered + cell)
        store(LaneMath.widen(missing), to: output.missing + cell)
        store(low, to: output.sums + cell)
        store(high, to: output.sums + cell + 8)
    }

    /// A table's value for each lane's code: the sum of `value & (code == entry)` over the
    /// table's non-zero entries. Missing codes match no entry.
    @inline(__always) private func lookup(_ codes: Lanes, table: Int) -> Lanes {
        var value = Lanes(repeating: 0)
        for entry in tableStart[table]..<tableStart[table + 1] {
            value |= LaneMath.equal(codes, entryCode[entry]) & Lanes(repeating: entryValue[entry])
        }
        return value
    }

    @inline(__always) private func store(_ halves: (low: SIMD8<UInt16>, high: SIMD8<UInt16>), to pointer: UnsafeMutablePointer<UInt16>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: halves.low, as: SIMD8<UInt16>.self)
        UnsafeMutableRawPointer(pointer + 8).storeBytes(of: halves.high, as: SIMD8<UInt16>.self)
    }

    @inline(__always) private func store(_ lanes: SIMD8<UInt16>, to pointer: UnsafeMutablePointer<UInt32>) {
        let wide = LaneMath.widen(lanes)
        UnsafeMutableRawPointer(pointer).storeBytes(of: wide.low, as: SIMD4<UInt32>.self)
        UnsafeMutableRawPointer(pointer + 4).storeBytes(of: wide.high, as: SIMD4<UInt32>.self)
    }
}

extension BlockKernel {
    /// Compiles the vector form of a definition's item scales, or returns `nil` when a scale
    /// needs something the byte lanes cannot hold exactly: more than 255 items in the form
    /// or 127 allowed missing, values above 255, sums above 65,535, a response scale wider
    /// than 128 codes, or a value table with more than 8 non-zero entries (a compare chain
    /// that would cost more than the scalar lookup).
    init?(compiling definition: InstrumentDefinition, itemScales: [KernelScale]) {
        let response = definition.responseScale
        guard definition.items.count <= 255, response.codeCount <= 128 else { return nil }
        itemCount = definition.items.count
        tileCount = (itemCount + 15) / 16
        minimum = response.minimum
        width = response.maximum - response.minimum
        reflection = response.minimum &+ response.maximum
        scales = []
        memberStart = [0]
        memberItem = []
        memberTable = []
        tableStart = [0]
        entryCode = []
        entryValue = []
        var tableIndex: [[UInt8]: Int32] = [:]
        for kernelScale in itemScales {
            let definitionScale = definition.scales[kernelScale.output]
            guard definitionScale.aggregation != .pairDifferenceSum, definitionScale.items.count <= 255,
                kernelScale.allowedMissing <= 127
            else { return nil }
            let reversed = Set(definitionScale.reverseKeyed)
            var largest = 0
            for item in definitionScale.items {
                let isReversed = reversed.contains(item)
                var values: [Int] = []
                for code in response.minimum...response.maximum {
                    let keyed = isReversed ? response.minimum + response.maximum - code : code
                    values.append(definitionScale.codeValues?[Int(keyed - response.minimum)] ?? Int(keyed))
                }
                guard let high = values.max(), high <= 255 else { return nil }
                largest = max(largest, high)
                memberItem.append(Int32(item - 1))
                if definitionScale.codeValues == nil {
                    memberTable.append(isReversed ? -2 : -1)
                    continue
                }
                // A table keyed by raw code: reverse keying is folded into the entries.
                var key: [UInt8] = []
                for (offset, value) in values.enumerated() where value != 0 {
                    key += [response.minimum + UInt8(offset), UInt8(value)]
                }
                guard key.count / 2 <= 8 else { return nil }
                if let known = tableIndex[key] {
                    memberTable.append(known)
                } else {
                    let index = Int32(tableStart.count - 1)
                    for pair in stride(from: 0, to: key.count, by: 2) {
                        entryCode.append(key[pair])
                        entryValue.append(key[pair + 1])
                    }
                    tableStart.append(entryCode.count)
                    tableIndex[key] = index
                    memberTable.append(index)
                }
            }
            guard largest * definitionScale.items.count <= 65_535 else { return nil }
            memberStart.append(memberItem.count)
            scales.append(Scale(
                output: kernelScale.output, itemCount: UInt8(definitionScale.items.count),
                allowedMissing: UInt8(kernelScale.allowedMissing), isAny: definitionScale.aggregation == .any,
                gateItem: kernelScale.gateItem, gateCode: kernelScale.gateCode, flushEvery: max(1, 255 / max(1, largest))))
        }
    }
}
