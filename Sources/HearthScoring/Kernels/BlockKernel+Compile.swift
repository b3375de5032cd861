import HearthCore

extension BlockKernel {
    /// Compiles the vector form of a definition's item and pair-difference scales, or returns `nil` when a scale
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
        segments = []
        memberItem = []
        memberSlot = []
        sharedLookups = []
        tableStart = [0]
        entryCode = []
        entryValue = []
        tableRange = []
        pairScales = []
        pairFirst = []
        pairSecond = []
        var tableIndex: [[UInt8]: Int32] = [:]
        // Each scale's members, kept until every scale is known: lookups several scales make
        // are then found and shared.
        var pending: [(scale: Scale, members: [Member])] = []
        for kernelScale in itemScales {
            let definitionScale = definition.scales[kernelScale.output]
            guard definitionScale.aggregation != .pairDifferenceSum, definitionScale.items.count <= 255,
                kernelScale.allowedMissing <= 127
            else { return nil }
            let reversed = Set(definitionScale.reverseKeyed)
            var members: [Member] = []
            for item in definitionScale.items {
                guard let member = member(item, reversed: reversed.contains(item), codeValues: definitionScale.codeValues, response: response, tables: &tableIndex)
                else { return nil }
                members.append(member)
            }
            guard members.reduce(0, { $0 + $1.largest }) <= 65_535 else { return nil }
            let scale = Scale(
                output: kernelScale.output, itemCount: UInt8(definitionScale.items.count),
                allowedMissing: UInt8(kernelScale.allowedMissing), isAny: definitionScale.aggregation == .any,
                gateItem: kernelScale.gateItem, gateCode: kernelScale.gateCode, segments: 0..<0)
            pending.append((scale, members))
        }
        for (output, scale) in definition.scales.enumerated() where scale.cutoff == nil && scale.aggregation == .pairDifferenceSum {
            // As the scalar kernel reads them: each pair's items keyed like a member of the scale.
            let pairs = scale.itemPairs ?? [], reversed = Set(scale.reverseKeyed), first = pairFirst.count
            guard pairs.count <= 255 else { return nil }
            for pair in pairs {
                guard pair.count == 2,
                    let one = member(pair[0], reversed: reversed.contains(pair[0]), codeValues: scale.codeValues, response: response, tables: &tableIndex),
                    let other = member(pair[1], reversed: reversed.contains(pair[1]), codeValues: scale.codeValues, response: response, tables: &tableIndex)
                else { return nil }
                pairFirst.append(PairItem(item: one.item, keying: one.keying))
                pairSecond.append(PairItem(item: other.item, keying: other.keying))
            }
            pairScales.append(PairScale(
                output: output, pairs: first..<pairFirst.count,
                allowedMissingPairs: UInt8(clamping: scale.missingData.allowedMissing(itemCount: pairs.count))))
        }
        shareLookups(&pending)
        for (scale, members) in pending {
            let first = segments.count
            appendSegments(members)
            var scale = scale
            scale.segments = first..<segments.count
            scales.append(scale)
        }
    }

    /// An item of a scale as a member: read as its code, its reflected code, or through a
    /// value table keyed by raw code (reverse keying folded into the entries; identical
    /// tables shared); `nil` when a value passes 255 or a table has more than 8 non-zero entries.
    private mutating func member(
        _ item: Int, reversed isReversed: Bool, codeValues: [Int]?, response: ResponseScale, tables tableIndex: inout [[UInt8]: Int32]
    ) -> Member? {
        var values: [Int] = []
        for code in response.minimum...response.maximum {
            let keyed = isReversed ? response.minimum + response.maximum - code : code
            values.append(codeValues?[Int(keyed - response.minimum)] ?? Int(keyed))
        }
        guard let high = values.max(), high <= 255 else { return nil }
        guard codeValues != nil else { return Member(keying: isReversed ? Segment.reflected : Segment.forward, item: Int32(item - 1), largest: high) }
        var key: [UInt8] = []
        for (offset, value) in values.enumerated() where value != 0 {
            key += [response.minimum + UInt8(offset), UInt8(value)]
        }
        guard key.count / 2 <= 8 else { return nil }
        if let known = tableIndex[key] { return Member(keying: known, item: Int32(item - 1), largest: high) }
        let table = Int32(tableStart.count - 1)
        for pair in stride(from: 0, to: key.count, by: 2) {
            entryCode.append(Lanes(repeating: key[pair]))
            entryValue.append(Lanes(repeating: key[pair + 1]))
        }
        tableStart.append(entryCode.count)
        tableRange.append(Self.valueRange(key))
        tableIndex[key] = table
        return Member(keying: table, item: Int32(item - 1), largest: high)
    }

    /// One membership while compiling.
    struct Member {
        var keying: Int32
        var item: Int32
        /// The largest value the member can add.
        var largest: Int
        /// For ``Segment/shared``: the lookup's slot.
        var slot: Int32 = -1
    }

    /// Makes every lookup of a compare-chain table (not a range) that more than one
    /// membership makes of the same item a shared lookup, done once per block.
    private mutating func shareLookups(_ pending: inout [(scale: Scale, members: [Member])]) {
        var uses: [Int64: Int] = [:]
        func key(_ member: Member) -> Int64? {
            member.keying >= 0 && tableRange[Int(member.keying)] == nil ? Int64(member.keying) << 32 | Int64(member.item) : nil
        }
        for (_, members) in pending { for member in members { if let key = key(member) { uses[key, default: 0] += 1 } } }
        var slots: [Int64: Int32] = [:]
        for index in pending.indices {
            for position in pending[index].members.indices {
                let member = pending[index].members[position]
                guard let key = key(member), let count = uses[key], count > 1 else { continue }
                let slot: Int32
                if let known = slots[key] {
                    slot = known
                } else {
                    slot = Int32(sharedLookups.count)
                    sharedLookups.append((member.keying, member.item))
                    slots[key] = slot
                }
                pending[index].members[position].keying = Segment.shared
                pending[index].members[position].slot = slot
            }
        }
    }

    /// A table's entries (code, value pairs, codes ascending) as one value over consecutive
    /// codes, if they are.
    private static func valueRange(_ key: [UInt8]) -> ValueRange? {
        let codes = stride(from: 0, to: key.count, by: 2).map { key[$0] }
        let values = stride(from: 1, to: key.count, by: 2).map { key[$0] }
        guard let low = codes.first, let high = codes.last, let value = values.first, values.allSatisfy({ $0 == value }),
            codes.elementsEqual(low...high)
        else { return nil }
        return ValueRange(low: Lanes(repeating: low), span: Lanes(repeating: high - low), value: Lanes(repeating: value))
    }

    /// Groups a scale's members into runs of one keying (the order of a sum's terms does not
    /// matter), starting a new run that first widens the byte accumulator wherever the
    /// largest possible byte sum would pass 255.
    private mutating func appendSegments(_ members: [Member]) {
        var budget = 0
        let first = segments.count
        for (offset, member) in members.sorted(by: { ($0.keying, $0.item, $0.slot) < ($1.keying, $1.item, $1.slot) }).enumerated() {
            let overflows = budget + member.largest > 255
            if overflows { budget = 0 }
            budget += member.largest
            if offset > 0, !overflows, let last = segments.last, last.keying == member.keying {
                segments[segments.count - 1].members = last.members.lowerBound..<(last.members.upperBound + 1)
            } else {
                segments.append(Segment(
                    keying: member.keying, members: memberItem.count..<(memberItem.count + 1), flushBefore: overflows,
                    firstConsecutiveItem: -1))
            }
            memberItem.append(member.item)
            memberSlot.append(member.slot)
        }
        for index in first..<segments.count {
            let items = memberItem[segments[index].members]
            if let start = items.first, items.elementsEqual(start..<(start + Int32(items.count))) {
                segments[index].firstConsecutiveItem = Int(start)
            }
        }
    }
}
