import HearthCore

extension ScoringKernel {
    /// Flattens a validated definition into lookup tables and membership arrays.
    init(compiling definition: InstrumentDefinition) {
        itemCount = definition.items.count
        scaleCount = definition.scales.count
        scales = []
        memberStart = [0]
        memberItem = []
        memberTable = []
        tables = []
        cutoffs = []
        pairScales = []
        validityRules = []
        validityThresholds = []
        valueRules = definition.scales.map(CellValueRule.init)
        maximumMissingInProtocol = definition.maximumMissingItemsInProtocol
        checksAgeRange = definition.minimumAge != nil || definition.maximumAge != nil
        ageRangeFlags = (0..<KernelValidity.ageSlots).map { age in
            let outside = age != KernelValidity.unknownAge
                && (age < (definition.minimumAge ?? Int.min) || age > (definition.maximumAge ?? Int.max))
            return outside ? ProtocolFlags.outsideAgeRange : 0
        }
        block = nil

        var tableOffsets: [[UInt64]: Int] = [:]
        func tableOffset(_ table: [UInt64]) -> Int {
            if let offset = tableOffsets[table] { return offset }
            let offset = tables.count
            tables.append(contentsOf: table)
            tableOffsets[table] = offset
            return offset
        }

        for (output, scale) in definition.scales.enumerated() {
            if let cutoff = scale.cutoff {
                let source = definition.scaleIndex(of: cutoff.source) ?? 0  // validated to exist
                cutoffs.append(KernelCutoff(output: output, source: source, rule: cutoff))
                continue
            }
            let reversed = Set(scale.reverseKeyed)
            func table(for item: Int) -> Int {
                tableOffset(Self.lookupTable(definition.responseScale, values: scale.codeValues, reversed: reversed.contains(item)))
            }
            if scale.aggregation == .pairDifferenceSum {
                let pairs = (scale.itemPairs ?? []).map { pair in
                    (first: pair[0] - 1, second: pair[1] - 1, firstTable: table(for: pair[0]), secondTable: table(for: pair[1]))
                }
                pairScales.append(KernelPairScale(
                    output: output, pairs: pairs,
                    allowedMissingPairs: scale.missingData.allowedMissing(itemCount: pairs.count)))
                continue
            }
            for item in scale.items {
                memberItem.append(Int32(item - 1))
                memberTable.append(Int32(table(for: item)))
            }
            memberStart.append(memberItem.count)
            scales.append(KernelScale(
                output: output, aggregation: scale.aggregation, itemCount: scale.items.count,
                allowedMissing: scale.missingData.allowedMissing(itemCount: scale.items.count),
                gateItem: (scale.skipRule?.gateItem ?? 0) - 1,
                gateCode: scale.skipRule?.gateCode ?? 0))
        }
        block = BlockKernel(compiling: definition, itemScales: scales)
        for rule in definition.validityRules {
            validityRules.append(KernelValidity(
                scale: definition.scaleIndex(of: rule.scale) ?? 0, atLeast: rule.comparison == .atLeast,
                offset: validityThresholds.count))
            validityThresholds += KernelValidity.thresholds(of: rule)
        }
    }

    /// The 256-entry table for one keying of one response scale: valid codes map to their
    /// keyed value plus one answered count, reserved codes to nothing (missing), every
    /// other byte to one invalid count.
    static func lookupTable(_ scale: ResponseScale, values: [Int]?, reversed: Bool) -> [UInt64] {
        var table = [UInt64](repeating: PackedEntry.invalid, count: 256)
        for code in MissingReason.firstReservedCode...UInt8.max { table[Int(code)] = 0 }
        for code in scale.minimum...scale.maximum {
            let keyed = reversed ? scale.minimum + scale.maximum - code : code
            let value = values.map { $0[Int(keyed - scale.minimum)] } ?? Int(keyed)
            table[Int(code)] = UInt64(value) | PackedEntry.answered
        }
        return table
    }
}
