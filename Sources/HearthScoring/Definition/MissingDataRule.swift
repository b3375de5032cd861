/// How a scale treats missing items.
///
/// Missing is never scored as zero. Either every item is required, or a stated number or
/// proportion of items may be missing and the score is prorated: the mean of the answered
/// items times the number of items (for a sum), or the mean of the answered items (for a
/// mean). The allowance is inclusive: "at most 1 missing" scores with exactly one missing.
public struct MissingDataRule: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The most items that may be missing, as a count, when the rule prorates by count.
    public var maximumMissingItems: Int?
    /// The largest proportion (0...1) of items that may be missing, when the rule prorates
    /// by proportion.
    public var maximumMissingProportion: Double?

    /// Creates a rule; with neither argument every item is required.
    public init(maximumMissingItems: Int? = nil, maximumMissingProportion: Double? = nil) {
        self.maximumMissingItems = maximumMissingItems
        self.maximumMissingProportion = maximumMissingProportion
    }

    /// Every item is required; one missing item leaves the scale `insufficient`.
    public static let requireAll = MissingDataRule()

    /// Prorate when at most `count` items are missing.
    public static func prorate(maximumMissingItems count: Int) -> MissingDataRule {
        MissingDataRule(maximumMissingItems: count)
    }

    /// Prorate when at most `proportion` of the items are missing.
    public static func prorate(maximumMissingProportion proportion: Double) -> MissingDataRule {
        MissingDataRule(maximumMissingProportion: proportion)
    }

    /// The number of missing items this rule allows for a scale of `itemCount` items.
    ///
    /// When both a count and a proportion are given the stricter one applies. A proportion
    /// allowance rounds down (20 % of 7 items allows 1), with a small tolerance so that a
    /// proportion meant as exactly k/n is not lost to floating-point error.
    public func allowedMissing(itemCount: Int) -> Int {
        var allowed = Int.max
        if let maximumMissingItems { allowed = min(allowed, maximumMissingItems) }
        if let maximumMissingProportion {
            allowed = min(allowed, Int((maximumMissingProportion * Double(itemCount) + 1e-9).rounded(.down)))
        }
        if allowed == Int.max { return 0 }
        // At least one item must be answered for a prorated score to exist.
        return max(0, min(allowed, itemCount - 1))
    }

    /// A short statement of the rule, e.g. `prorate if ≤ 2 missing`.
    public var description: String {
        switch (maximumMissingItems, maximumMissingProportion) {
        case (nil, nil): "all items required"
        case (let count?, nil): "prorate if ≤ \(count) missing"
        case (nil, let proportion?): "prorate if ≤ \(proportion * 100)% missing"
        case (let count?, let proportion?): "prorate if ≤ \(count) and ≤ \(proportion * 100)% missing"
        }
    }
}
