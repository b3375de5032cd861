/// A scale an instrument's structure expects a key file to fill.
public struct ScaleSlot: Hashable, Sendable, Codable {
    /// The scale identifier the key must use.
    public var id: String
    /// The scale's name.
    public var name: String
    /// Whether it is a score or a validity scale.
    public var role: ScaleDefinition.Role
    /// Which end is the worrying one.
    public var direction: ScaleDefinition.Direction
    /// The number of items the published structure gives, when it gives one; a key with
    /// another count is rejected.
    public var expectedItemCount: Int?
    /// Whether a key must define this scale.
    public var isRequired: Bool
    /// The default aggregation, used when the key does not name one.
    public var aggregation: ScaleAggregation

    /// Creates a slot.
    public init(
        id: String, name: String, role: ScaleDefinition.Role = .score, direction: ScaleDefinition.Direction = .higherIsWorse,
        expectedItemCount: Int? = nil, isRequired: Bool = true, aggregation: ScaleAggregation = .sum
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.direction = direction
        self.expectedItemCount = expectedItemCount
        self.isRequired = isRequired
        self.aggregation = aggregation
    }
}
