/// A branching rule of the form: "when item `gateItem` is answered `gateCode`, the
/// scale's other items were not asked and their value is known to be zero".
///
/// AUDIT-C is the case in point: someone who never drinks (question 1 = 0) is not asked
/// how much or how often they binge, and their total is 0. The score's status is then
/// `determined`, never `complete`, so the implication stays visible.
public struct SkipRule: Hashable, Sendable, Codable {
    /// The 1-based position of the gating item.
    public var gateItem: Int
    /// The code of the gating item that implies zero for the scale's missing items.
    public var gateCode: UInt8

    /// Creates a skip rule.
    public init(gateItem: Int, gateCode: UInt8) {
        self.gateItem = gateItem
        self.gateCode = gateCode
    }
}
