/// How a scale combines the values of its items.
public enum ScaleAggregation: String, Hashable, Sendable, Codable, CaseIterable {
    /// The sum of item values (after keying and recoding).
    case sum
    /// The mean of item values.
    case mean
    /// 1 when any item value is above zero, else 0 (prevalence).
    ///
    /// Missing items cannot make an observed act disappear: when an answered item is
    /// positive, the result is 1 whatever the missing items are (status `determined`).
    /// A 0 needs every item answered (or implied by a skip rule).
    case any
    /// The sum of absolute differences between the values of item pairs, as inconsistency
    /// scales do. Uses ``ScaleDefinition/itemPairs``.
    case pairDifferenceSum
}
