import HearthCore

extension InstrumentDefinition {
    /// The most validity rules a definition may have (each takes two bits of a row's flags).
    public static let maximumValidityRules = 30

    /// Checks that the definition is internally consistent.
    ///
    /// Built-in definitions, key files and user definitions all pass through this check
    /// before they are compiled, so a bad key is caught once, with a message naming the
    /// scale and item, not as a wrong score later.
    ///
    /// - Throws: ``ScoringError/Code/invalidDefinition`` naming the first problem found.
    public func validate() throws(ScoringError) {
        try validateHeader()
        let scaleIDs = try validateScaleIDs()
        for scale in scales {
            if let cutoff = scale.cutoff {
                try validateDerived(scale, cutoff: cutoff, scaleIDs: scaleIDs)
            } else {
                try validateItemScale(scale)
            }
        }
        try validateValidityRules()
    }

    private func fail(_ message: String, scale: String? = nil, item: String? = nil, field: String? = nil) -> ScoringError {
        ScoringError(.invalidDefinition, instrument: id, scale: scale, item: item, field: field, message: message)
    }

    private static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    private func validateHeader() throws(ScoringError) {
        guard Self.isIdentifier(id), id == id.lowercased() else {
            throw fail("instrument id must be 1–64 lower-case letters, digits or '_'", field: "id")
        }
        guard !version.isEmpty else { throw fail("version is empty", field: "version") }
        guard responseScale.minimum <= responseScale.maximum else {
            throw fail("response scale minimum exceeds maximum", field: "responseScale")
        }
        guard responseScale.maximum < MissingReason.firstReservedCode else {
            throw fail("response codes must be below \(MissingReason.firstReservedCode)", field: "responseScale")
        }
        guard (1...ResponseMatrix.maximumItemCount).contains(items.count) else {
            throw fail("an instrument needs 1...\(ResponseMatrix.maximumItemCount) items", field: "items")
        }
        var seen = Set<String>()
        for item in items {
            guard Self.isIdentifier(item.id) else { throw fail("item id must be letters, digits or '_'", item: item.id) }
            guard seen.insert(item.id).inserted else { throw fail("duplicate item id", item: item.id) }
        }
        if let minimumAge, !(0...Age.maximumYears).contains(minimumAge) { throw fail("minimum age out of range", field: "minimumAge") }
        if let maximumAge, !(0...Age.maximumYears).contains(maximumAge) { throw fail("maximum age out of range", field: "maximumAge") }
        if let minimumAge, let maximumAge, minimumAge > maximumAge { throw fail("minimum age exceeds maximum age", field: "minimumAge") }
        if let limit = maximumMissingItemsInProtocol, limit < 0 {
            throw fail("protocol missing-item limit is negative", field: "maximumMissingItemsInProtocol")
        }
        guard !scales.isEmpty else { throw fail("an instrument needs at least one scale", field: "scales") }
    }

    private func validateScaleIDs() throws(ScoringError) -> Set<String> {
        var seen = Set<String>()
        for scale in scales {
            guard Self.isIdentifier(scale.id), scale.id == scale.id.lowercased() else {
                throw fail("scale id must be lower-case letters, digits or '_'", scale: scale.id)
            }
            guard seen.insert(scale.id).inserted else { throw fail("duplicate scale id", scale: scale.id) }
        }
        return seen
    }

    private func validateItemScale(_ scale: ScaleDefinition) throws(ScoringError) {
        guard !scale.items.isEmpty else { throw fail("scale has no items", scale: scale.id) }
        var members = Set<Int>()
        for item in scale.items {
            guard (1...items.count).contains(item) else {
                throw fail("item \(item) is outside 1...\(items.count)", scale: scale.id)
            }
            guard members.insert(item).inserted else { throw fail("item \(item) is listed twice", scale: scale.id) }
        }
        var reversed = Set<Int>()
        for item in scale.reverseKeyed {
            guard members.contains(item) else { throw fail("reverse-keyed item \(item) is not in the scale", scale: scale.id) }
            guard reversed.insert(item).inserted else { throw fail("reverse-keyed item \(item) is listed twice", scale: scale.id) }
        }
        if let values = scale.codeValues {
            guard values.count == responseScale.codeCount else {
                throw fail("codeValues needs \(responseScale.codeCount) values, one per code", scale: scale.id, field: "codeValues")
            }
            guard values.allSatisfy({ (0...65_535).contains($0) }) else {
                throw fail("codeValues must be whole numbers in 0...65535", scale: scale.id, field: "codeValues")
            }
        }
        try validatePairs(scale, members: members)
        try validateMissingRule(scale)
        if let skip = scale.skipRule {
            guard members.contains(skip.gateItem) else { throw fail("skip-rule gate item \(skip.gateItem) is not in the scale", scale: scale.id) }
            guard responseScale.contains(skip.gateCode) else { throw fail("skip-rule gate code is outside the response scale", scale: scale.id) }
        }
    }

    private func validatePairs(_ scale: ScaleDefinition, members: Set<Int>) throws(ScoringError) {
        guard scale.aggregation == .pairDifferenceSum else {
            if scale.itemPairs != nil { throw fail("itemPairs is only used by pairDifferenceSum", scale: scale.id) }
            return
        }
        guard let pairs = scale.itemPairs, !pairs.isEmpty else {
            throw fail("pairDifferenceSum needs itemPairs", scale: scale.id, field: "itemPairs")
        }
        for pair in pairs {
            guard pair.count == 2, pair[0] != pair[1], members.contains(pair[0]), members.contains(pair[1]) else {
                throw fail("each pair must name two different items of the scale", scale: scale.id, field: "itemPairs")
            }
        }
    }

    private func validateMissingRule(_ scale: ScaleDefinition) throws(ScoringError) {
        if let count = scale.missingData.maximumMissingItems, count < 0 {
            throw fail("maximumMissingItems is negative", scale: scale.id, field: "missingData")
        }
        if let proportion = scale.missingData.maximumMissingProportion, !(proportion >= 0 && proportion <= 1) {
            throw fail("maximumMissingProportion must be in 0...1", scale: scale.id, field: "missingData")
        }
    }

    private func validateDerived(_ scale: ScaleDefinition, cutoff: CutoffRule, scaleIDs: Set<String>) throws(ScoringError) {
        guard scale.items.isEmpty else { throw fail("a cut-off scale takes no items", scale: scale.id) }
        guard let sourceIndex = scaleIndex(of: cutoff.source), scaleIDs.contains(cutoff.source) else {
            throw fail("cut-off source '\(cutoff.source)' is not a scale", scale: scale.id)
        }
        guard !scales[sourceIndex].isDerived else { throw fail("a cut-off cannot read another cut-off scale", scale: scale.id) }
        for threshold in [cutoff.female, cutoff.male, cutoff.unknownSex] {
            if let threshold, !threshold.isFinite { throw fail("cut-off is not a finite number", scale: scale.id) }
        }
    }

    private func validateValidityRules() throws(ScoringError) {
        guard validityRules.count <= Self.maximumValidityRules else {
            throw fail("at most \(Self.maximumValidityRules) validity rules", field: "validityRules")
        }
        var seen = Set<String>()
        for rule in validityRules {
            guard seen.insert(rule.id).inserted else { throw fail("duplicate validity rule id '\(rule.id)'", field: "validityRules") }
            guard let index = scaleIndex(of: rule.scale) else {
                throw fail("validity rule '\(rule.id)' reads unknown scale", scale: rule.scale)
            }
            guard scales[index].role == .validity else {
                throw fail("validity rule '\(rule.id)' must read a validity scale", scale: rule.scale)
            }
            guard !rule.thresholds.isEmpty, rule.thresholds.allSatisfy({ $0.value.isFinite }) else {
                throw fail("validity rule '\(rule.id)' needs finite thresholds", scale: rule.scale)
            }
        }
    }
}
