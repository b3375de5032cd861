import HearthCore

/// The vector kernel: scores 16 rows at a time with one row per byte lane.
///
/// A block's codes are transposed (16 × 16 byte tiles, SSE2/NEON interleaves) so that
/// each item is one vector of 16 rows; each item is classified once (valid, missing, out
/// of range); then every (scale, item) membership costs two or three vector instructions
/// for 16 respondents, and each scale's statuses are computed and stored for the 16 rows
/// at once (the table's 16-row tiles, ``CellLayout``, make them contiguous). Compiled only for plans it can
/// represent exactly (see ``init?(compiling:itemScales:)``); every other plan, and every
/// block that holds an out-of-range code, takes the scalar path. Tests hold both paths to
/// the same reference scorer.
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
        /// The scale's runs in ``BlockKernel/segments``.
        var segments: Range<Int>
    }

    /// A run of a scale's memberships that share one keying, so that the member loop has
    /// no per-member branch.
    struct Segment: Sendable {
        /// ``forward``, ``reflected``, or the index of a value table.
        var keying: Int32
        /// The members' 0-based items: `memberItem[members]`.
        var members: Range<Int>
        /// Whether the byte accumulator must be widened before this run (it could overflow).
        var flushBefore: Bool
        /// The first item when the run's items are consecutive (read without the item
        /// list), else -1.
        var firstConsecutiveItem: Int

        static let forward: Int32 = -1
        static let reflected: Int32 = -2
        /// Table lookups shared with other scales, done once per block (``sharedLookups``):
        /// the value is read from the member's slot, `memberSlot[members]`.
        static let shared: Int32 = -3
    }

    var itemCount: Int
    var tileCount: Int
    var minimum: UInt8
    var width: UInt8
    var reflection: UInt8
    var scales: [Scale]
    var segments: [Segment]
    var memberItem: [Int32]
    /// For members of ``Segment/shared`` runs, the slot of their lookup in ``sharedLookups``; else -1.
    var memberSlot: [Int32]
    /// Pair-difference (inconsistency) scales: the sum over answered pairs of |value₁ − value₂|.
    var pairScales: [PairScale]
    /// Every pair's two items as members (item and keying: code, reflected code or table), `pairScales[s].pairs`.
    var pairFirst: [PairItem]
    var pairSecond: [PairItem]

    /// A pair-difference scale of the vector kernel.
    struct PairScale: Sendable {
        var output: Int
        var pairs: Range<Int>
        var allowedMissingPairs: UInt8
    }

    /// One item of a pair, with how its value is read.
    struct PairItem: Sendable {
        var item: Int32
        /// ``Segment/forward``, ``Segment/reflected``, or a value table.
        var keying: Int32
    }

    /// Table lookups that several scales make of one item (a CTS2 act's midpoint counts
    /// toward four frequencies), each done once per block before the scales are summed.
    var sharedLookups: [(table: Int32, item: Int32)]
    /// Table k's non-zero entries are `entryCode/entryValue[tableStart[k]..<tableStart[k+1]]`,
    /// keyed by the *raw* code (reverse keying already folded in), each splatted to 16 lanes.
    var tableStart: [Int]
    var entryCode: [Lanes]
    var entryValue: [Lanes]
    /// Per table, its form when its non-zero entries are one value over consecutive codes
    /// (a prevalence table: "any act in the past year"), else `nil`: such a lookup is one
    /// range compare instead of a compare per entry.
    var tableRange: [ValueRange?]

    /// A table's non-zero entries as one value over codes `low ... low + span`.
    struct ValueRange: Sendable {
        var low: Lanes
        var span: Lanes
        var value: Lanes
    }

    /// Whether 16 rows starting at `firstRow` can be loaded as whole tiles without reading
    /// past the end of a buffer of `byteCount` bytes.
    @inline(__always) func fits(firstRow: Int, byteCount: Int) -> Bool {
        (firstRow &+ Self.rows &- 1) &* itemCount &+ tileCount &* 16 <= byteCount
    }

    /// The number of vectors of scratch space ``scoreBlock(firstRow:codes:scratch:output:reading:)`` needs.
    var scratchCount: Int { tileCount * 16 + itemCount + sharedLookups.count }

    /// Scores the item scales of rows `firstRow ..< firstRow + 16`, unless a row holds an
    /// out-of-range code; returns the per-row missing counts, or `nil` to ask the caller to
    /// score the block with the scalar kernel. Between scales it reads ahead of itself
    /// (see ``ReadAhead``).
    func scoreBlock(
        firstRow: Int, codes: UnsafePointer<UInt8>, scratch: UnsafeMutablePointer<Lanes>,
        output: ScoringKernel.Output, reading ahead: inout ReadAhead
    ) -> Lanes? {
        // The first tile outside the loop, with load instructions of its own: its loads step
        // by one block from call to call, a pattern the processor's stride prefetcher can
        // follow (docs/performance.md, "Read-ahead").
        loadTile(0, firstRow: firstRow, codes: codes, into: scratch)
        for tile in 1..<tileCount { loadTile(tile, firstRow: firstRow, codes: codes, into: scratch) }
        return scoreTransposed(firstRow: firstRow, scratch: scratch, output: output, reading: &ahead)
    }

    /// Scores a block whose codes `scratch` holds transposed.
    private func scoreTransposed(
        firstRow: Int, scratch: UnsafeMutablePointer<Lanes>, output: ScoringKernel.Output, reading ahead: inout ReadAhead
    ) -> Lanes? {
        let transposed = scratch
        let validity = scratch + tileCount * 16
        guard let missing = classify(transposed, into: validity) else { return nil }
        let block = Block(transposed: transposed, validity: validity, shared: validity + itemCount, reflection: Lanes(repeating: reflection))
        scales.withUnsafeBufferPointer { scales in
            withMembers { members in
                withTables { tables in
                    for (slot, lookup) in sharedLookups.enumerated() {
                        block.shared[slot] = tables.lookup(transposed[Int(lookup.item)], in: Int(lookup.table))
                    }
                    let target = (firstRow &+ ReadAhead.rows) &* itemCount
                    // A block's bytes spread over its scales (a plan may have none).
                    let perScale = Self.rows &* itemCount / Swift.max(1, scales.count) &+ 1
                    for (index, scale) in scales.enumerated() {
                        let sums = block.sum(scale, members: members, tables: tables)
                        store(scale, sums, block: block, firstRow: firstRow, output: output)
                        ahead.touch(upTo: target &+ (index &+ 1) &* perScale)
                    }
                    for scale in pairScales { scorePairs(scale, block: block, tables: tables, firstRow: firstRow, output: output) }
                }
            }
        }
        return missing
    }

    /// Transposes one 16 × 16 tile of the block: afterwards `transposed[tile * 16 + k]`
    /// holds the 16 rows' codes of item `tile * 16 + k`.
    @inline(__always)
    private func loadTile(_ tile: Int, firstRow: Int, codes: UnsafePointer<UInt8>, into transposed: UnsafeMutablePointer<Lanes>) {
        let stride = itemCount
        let first = UnsafeRawPointer(codes + (firstRow &* stride &+ tile &* 16))
        func row(_ lane: Int) -> Lanes { first.loadUnaligned(fromByteOffset: lane &* stride, as: Lanes.self) }
        var block = (row(0), row(1), row(2), row(3), row(4), row(5), row(6), row(7),
                     row(8), row(9), row(10), row(11), row(12), row(13), row(14), row(15))
        LaneMath.transpose(&block)
        // Items past the end of the row (bytes of the next row) are written to scratch
        // but never read: memberships and the item loop stop at `itemCount`.
        UnsafeMutableRawPointer(transposed + tile &* 16).storeBytes(of: block, as: type(of: block))
    }

    /// Stores each item's valid-code mask and returns each row's number of missing codes,
    /// or `nil` when some row holds a code that is neither valid nor missing.
    @inline(__always)
    private func classify(_ transposed: UnsafeMutablePointer<Lanes>, into validity: UnsafeMutablePointer<Lanes>) -> Lanes? {
        let low = Lanes(repeating: minimum), span = Lanes(repeating: width)
        let reserved = Lanes(repeating: MissingReason.firstReservedCode)
        var validCount = Lanes(repeating: 0), missingCount = Lanes(repeating: 0)
        for item in 0..<itemCount {
            let codes = transposed[item]
            let valid = LaneMath.mask(codes &- low .<= span)
            let missing = LaneMath.mask(codes .>= reserved)
            validCount &-= valid
            missingCount &-= missing
            validity[item] = valid
        }
        // Every code is valid or missing exactly when the two counts fill the row.
        let classified = LaneMath.mask(validCount &+ missingCount .== Lanes(repeating: UInt8(truncatingIfNeeded: itemCount)))
        return LaneMath.all(classified) ? missingCount : nil
    }

    /// Computes a scale's statuses for the 16 rows and stores them with the counts and sums.
    @inline(__always)
    private func store(_ scale: Scale, _ sums: Block.Sums, block: Block, firstRow: Int, output: ScoringKernel.Output) {
        // Blocks with out-of-range codes never get here, so missing = items − answered.
        let missing = Lanes(repeating: scale.itemCount) &- sums.answered
        let zero = Lanes(repeating: 0)
        let complete = LaneMath.mask(missing .== zero)
        let gate = scale.gateItem >= 0 ? LaneMath.mask(block.transposed[scale.gateItem] .== Lanes(repeating: scale.gateCode)) : zero
        let determined = Lanes(repeating: ScoreStatus.determined.code)
        let insufficient = Lanes(repeating: ScoreStatus.insufficient.code)
        let incomplete: Lanes
        if scale.isAny {
            incomplete = LaneMath.select(~LaneMath.mask(sums.positive .== zero) | gate, determined, insufficient)
        } else if scale.gateItem >= 0 {
            let prorate = LaneMath.mask(missing .<= Lanes(repeating: scale.allowedMissing))
            incomplete = LaneMath.select(gate, determined, LaneMath.select(prorate, Lanes(repeating: ScoreStatus.prorated.code), insufficient))
        } else {
            // insufficient (3) with bit 1 cleared where prorated (1): two instructions, not a select.
            let prorate = LaneMath.mask(missing .<= Lanes(repeating: scale.allowedMissing))
            incomplete = insufficient & ~(prorate & Lanes(repeating: ScoreStatus.insufficient.code ^ ScoreStatus.prorated.code))
        }
        // complete is code 0.
        let status = incomplete & ~complete

        let cell = output.cell(scale.output, firstRow)
        UnsafeMutableRawPointer(output.statuses + cell).storeBytes(of: status, as: Lanes.self)
        store(LaneMath.widen(sums.answered), to: output.answered + cell)
        store(LaneMath.widen(missing), to: output.missing + cell)
        store(sums.low, to: output.sums + cell)
        store(sums.high, to: output.sums + cell + 8)
    }

    /// A pair-difference scale for the 16 rows: per pair, both values (blocks hold no
    /// out-of-range code, so a pair counts when both items are valid), their absolute
    /// difference by a compare and a select, added in 16-bit lanes; the status from the
    /// number of missing pairs, as ``ScoringKernel`` gives it row by row.
    @inline(__always)
    private func scorePairs(_ scale: PairScale, block: Block, tables: Tables, firstRow: Int, output: ScoringKernel.Output) {
        var low = SIMD8<UInt16>(repeating: 0), high = SIMD8<UInt16>(repeating: 0)
        var answered = Lanes(repeating: 0)
        for pair in scale.pairs {
            let first = pairFirst[pair], second = pairSecond[pair]
            let a = block.value(first, tables: tables), b = block.value(second, tables: tables)
            let both = block.validity[Int(first.item)] & block.validity[Int(second.item)]
            let difference = LaneMath.select(LaneMath.mask(a .> b), a &- b, b &- a) & both
            let wide = LaneMath.widen(difference)
            low &+= wide.low
            high &+= wide.high
            answered &-= both
        }
        let missing = Lanes(repeating: UInt8(truncatingIfNeeded: scale.pairs.count)) &- answered
        let complete = LaneMath.mask(missing .== Lanes(repeating: 0))
        let prorate = LaneMath.mask(missing .<= Lanes(repeating: scale.allowedMissingPairs))
        // insufficient (3) with bit 1 cleared where prorated (1); complete (0) where none is missing.
        let insufficient = Lanes(repeating: ScoreStatus.insufficient.code)
        let status = insufficient & ~(prorate & Lanes(repeating: ScoreStatus.insufficient.code ^ ScoreStatus.prorated.code)) & ~complete
        let cell = output.cell(scale.output, firstRow)
        UnsafeMutableRawPointer(output.statuses + cell).storeBytes(of: status, as: Lanes.self)
        store(LaneMath.widen(answered), to: output.answered + cell)
        store(LaneMath.widen(missing), to: output.missing + cell)
        store(low, to: output.sums + cell)
        store(high, to: output.sums + cell + 8)
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
    /// The memberships, as buffers for the member loop.
    struct Members {
        var segments: UnsafeBufferPointer<Segment>
        var item: UnsafeBufferPointer<Int32>
        var slot: UnsafeBufferPointer<Int32>
    }

    /// The memberships as buffers, for the duration of `body`.
    @inline(__always)
    func withMembers<Result>(_ body: (Members) -> Result) -> Result {
        segments.withUnsafeBufferPointer { segments in
            memberItem.withUnsafeBufferPointer { item in
                memberSlot.withUnsafeBufferPointer { slot in body(Members(segments: segments, item: item, slot: slot)) }
            }
        }
    }

    /// The value tables as buffers, for the duration of `body`.
    @inline(__always)
    func withTables<Result>(_ body: (Tables) -> Result) -> Result {
        tableStart.withUnsafeBufferPointer { start in
            entryCode.withUnsafeBufferPointer { code in
                entryValue.withUnsafeBufferPointer { value in
                    tableRange.withUnsafeBufferPointer { range in body(Tables(start: start, code: code, value: value, range: range)) }
                }
            }
        }
    }

    /// The value tables, as buffers for the member loop.
    struct Tables {
        var start: UnsafeBufferPointer<Int>
        var code: UnsafeBufferPointer<Lanes>
        var value: UnsafeBufferPointer<Lanes>
        var range: UnsafeBufferPointer<ValueRange?>

        /// The values of table `table` for 16 rows' codes (missing codes match no entry and
        /// lie above every range, and codes below a range's `low` wrap above it: both give 0).
        @inline(__always)
        func lookup(_ codes: Lanes, in table: Int) -> Lanes {
            if let range = range[table] { return Self.lookup(codes, in: range) }
            return lookup(codes, entries: start[table]..<start[table &+ 1])
        }

        @inline(__always) static func lookup(_ codes: Lanes, in range: ValueRange) -> Lanes {
            LaneMath.mask(codes &- range.low .<= range.span) & range.value
        }

        @inline(__always) func lookup(_ codes: Lanes, entries: Range<Int>) -> Lanes {
            var value = Lanes(repeating: 0)
            for entry in entries { value |= LaneMath.mask(codes .== code[entry]) & self.value[entry] }
            return value
        }
    }

    /// One transposed, classified block.
    struct Block {
        var transposed: UnsafeMutablePointer<Lanes>
        var validity: UnsafeMutablePointer<Lanes>
        /// The values of ``BlockKernel/sharedLookups``, by slot.
        var shared: UnsafeMutablePointer<Lanes>
        var reflection: Lanes

        /// An item's values for the 16 rows as a pair scale reads it (0 where missing, which
        /// the pair's validity mask then drops).
        @inline(__always)
        func value(_ item: PairItem, tables: Tables) -> Lanes {
            let codes = transposed[Int(item.item)]
            switch item.keying {
            case Segment.forward: return codes
            case Segment.reflected: return reflection &- codes
            default: return tables.lookup(codes, in: Int(item.keying))
            }
        }

        /// A scale's accumulated values and answered counts for the 16 rows.
        struct Sums {
            var low = SIMD8<UInt16>(repeating: 0)
            var high = SIMD8<UInt16>(repeating: 0)
            var answered = Lanes(repeating: 0)
            /// Non-zero in rows where some value was non-zero (what an `any` scale needs).
            var positive = Lanes(repeating: 0)
        }

        /// Sums a scale's memberships run by run: the keying is chosen per run, so each
        /// member costs a load or two and two or three vector instructions.
        @inline(__always)
        func sum(_ scale: Scale, members: Members, tables: Tables) -> Sums {
            var sums = Sums()
            var bytes = Lanes(repeating: 0)
            for segment in members.segments[scale.segments] {
                if segment.flushBefore { flush(&bytes, into: &sums, isAny: scale.isAny) }
                let items = members.item[segment.members]
                switch segment.keying {
                case Segment.forward where segment.firstConsecutiveItem >= 0:
                    let first = segment.firstConsecutiveItem
                    for item in first..<(first &+ segment.members.count) {
                        let valid = validity[item]
                        bytes &+= transposed[item] & valid
                        sums.answered &-= valid
                    }
                case Segment.forward:
                    for item in items {
                        let valid = validity[Int(item)]
                        bytes &+= transposed[Int(item)] & valid
                        sums.answered &-= valid
                    }
                case Segment.reflected:
                    for item in items {
                        let valid = validity[Int(item)]
                        bytes &+= (reflection &- transposed[Int(item)]) & valid
                        sums.answered &-= valid
                    }
                case Segment.shared:
                    for member in segment.members {
                        bytes &+= shared[Int(members.slot[member])]
                        sums.answered &-= validity[Int(members.item[member])]
                    }
                case let table:
                    // The table's form chosen once per run, not per member.
                    if let range = tables.range[Int(table)] {
                        for item in items {
                            bytes &+= Tables.lookup(transposed[Int(item)], in: range)
                            sums.answered &-= validity[Int(item)]
                        }
                    } else {
                        let entries = tables.start[Int(table)]..<tables.start[Int(table) &+ 1]
                        for item in items {
                            bytes &+= tables.lookup(transposed[Int(item)], entries: entries)
                            sums.answered &-= validity[Int(item)]
                        }
                    }
                }
            }
            flush(&bytes, into: &sums, isAny: scale.isAny)
            return sums
        }

        /// Adds the byte accumulator to the 16-bit sums and clears it.
        @inline(__always) private func flush(_ bytes: inout Lanes, into sums: inout Sums, isAny: Bool) {
            let wide = LaneMath.widen(bytes)
            sums.low &+= wide.low
            sums.high &+= wide.high
            // Values are non-negative and the bytes never wrap, so a non-zero byte sum
            // means a non-zero value.
            if isAny { sums.positive |= bytes }
            bytes = Lanes(repeating: 0)
        }
    }
}
