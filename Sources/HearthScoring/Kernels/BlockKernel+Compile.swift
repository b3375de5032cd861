import HearthCore

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
        segments = []
        memberItem = []
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
            var members: [(keying: Int32, item: Int32, largest: Int)] = []
            for item in definitionScale.items {
                let isReversed = reversed.contains(item)
                var values: [Int] = []
                for code in response.minimum...response.maximum {
                    let keyed = isReversed ? response.minimum + response.maximum - code : code
                    values.append(definitionScale.codeValues?[Int(keyed - response.minimum)] ?? Int(keyed))
                }
                guard let high = values.max(), high <= 255 else { return nil }
                guard definitionScale.codeValues != nil else {
                    members.append((isReversed ? Segment.reflected : Segment.forward, Int32(item - 1), high))
                    continue
                }
                // A table keyed by raw code: reverse keying is folded into the entries.
                var key: [UInt8] = []
                for (offset, value) in values.enumerated() where value != 0 {
                    key += [response.minimum + UInt8(offset), UInt8(value)]
                }
                guard key.count / 2 <= 8 else { return nil }
                let table: Int32
                if let known = tableIndex[key] {
                    table = known
                } else {
                    table = Int32(tableStart.count - 1)
                    for pair in stride(from: 0, to: key.count, by: 2) {
                        entryCode.append(Lanes(repeating: key[pair]))
                        entryValue.append(Lanes(repeating: key[pair + 1]))
                    }
                    tableStart.append(entryCode.count)
                    tableIndex[key] = table
                }
                members.append((table, Int32(item - 1), high))
            }
            guard members.reduce(0, { $0 + $1.largest }) <= 65_535 else { return nil }
            let first = segments.count
            appendSegments(members)
            scales.append(Scale(
                output: kernelScale.output, itemCount: UInt8(definitionScale.items.count),
                allowedMissing: UInt8(kernelScale.allowedMissing), isAny: definitionScale.aggregation == .any,
                gateItem: kernelScale.gateItem, gateCode: kernelScale.gateCode, segments: first..<segments.count))
        }
    }

    /// Groups a scale's members into runs of one keying (the order of a sum's terms does not
    /// matter), starting a new run that first widens the byte accumulator wherever the
    /// largest possible byte sum would pass 255.
    private mutating func appendSegments(_ members: [(keying: Int32, item: Int32, largest: Int)]) {
        var budget = 0
        let first = segments.count
        for (offset, member) in members.sorted(by: { ($0.keying, $0.item) < ($1.keying, $1.item) }).enumerated() {
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
        }
        for index in first..<segments.count {
            let items = memberItem[segments[index].members]
            if let start = items.first, items.elementsEqual(start..<(start + Int32(items.count))) {
                segments[index].firstConsecutiveItem = Int(start)
            }
        }
    }
}
