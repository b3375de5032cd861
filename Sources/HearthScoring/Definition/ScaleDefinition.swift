/// One scale of an instrument: which items, how they are keyed and combined, and what
/// happens when items are missing.
///
/// A scale is either item-based (``items`` non-empty, combined by ``aggregation``) or
/// derived from another scale by a sex-specific cut-off (``cutoff`` set, no items).
/// Items may belong to several scales (e.g. TSCYC PTS-TOT overlaps PTS-I/AV/AR).
public struct ScaleDefinition: Hashable, Sendable, Codable {
    /// What a scale is for.
    public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
        /// A substantive (clinical or summary) score.
        case score
        /// A validity scale whose rules can invalidate the protocol.
        case validity
    }

    /// Which end of the scale is the worrying one.
    public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
        /// Higher scores mean more problems (symptoms, violence, stress).
        case higherIsWorse
        /// Higher scores mean fewer problems (e.g. SIS constructive representations).
        case higherIsBetter
        /// Neither (e.g. negotiation, validity counts).
        case neutral
    }

    /// The scale's identifier, unique within the instrument (the CSV column name).
    public var id: String
    /// The scale's name.
    public var name: String
    /// Whether the scale is a score or a validity scale.
    public var role: Role
    /// Which end is the worrying one.
    public var direction: Direction
    /// The 1-based positions of the scale's items in Hearth's form order.
    public var items: [Int]
    /// The items (a subset of ``items``) whose code is reflected before scoring.
    public var reverseKeyed: [Int]
    /// An optional value per code (index 0 for the response scale's minimum), applied
    /// after reverse keying, e.g. the CTS2 midpoints or "1 when answered 0" for an
    /// under-response count. Without it an item's value is its (keyed) code as printed,
    /// so ten 1–5 items sum to 10–50, as published. Values are whole numbers 0...65535.
    public var codeValues: [Int]?
    /// How the item values are combined.
    public var aggregation: ScaleAggregation
    /// The item pairs compared by ``ScaleAggregation/pairDifferenceSum``.
    public var itemPairs: [[Int]]?
    /// What happens when items are missing.
    public var missingData: MissingDataRule
    /// How a prorated or mean score is rounded.
    public var rounding: RoundingRule
    /// A branching rule that implies zero for missing items, when the form has one.
    public var skipRule: SkipRule?
    /// For a derived binary scale: the cut-off rule. ``items`` is then empty.
    public var cutoff: CutoffRule?

    /// Creates an item-based scale.
    public init(
        id: String, name: String, role: Role = .score, direction: Direction = .higherIsWorse,
        items: [Int], reverseKeyed: [Int] = [], codeValues: [Int]? = nil,
        aggregation: ScaleAggregation = .sum, itemPairs: [[Int]]? = nil,
        missingData: MissingDataRule = .requireAll, rounding: RoundingRule = .none, skipRule: SkipRule? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.direction = direction
        self.items = items
        self.reverseKeyed = reverseKeyed
        self.codeValues = codeValues
        self.aggregation = aggregation
        self.itemPairs = itemPairs
        self.missingData = missingData
        self.rounding = rounding
        self.skipRule = skipRule
        self.cutoff = nil
    }

    /// Creates a binary scale derived from another scale by a cut-off.
    public init(id: String, name: String, direction: Direction = .higherIsWorse, cutoff: CutoffRule) {
        self.init(id: id, name: name, direction: direction, items: [])
        self.cutoff = cutoff
    }

    /// Whether the scale is derived by a cut-off rather than from items.
    @inlinable public var isDerived: Bool { cutoff != nil }
}
