/// Why an item has no answer.
///
/// Hearth keeps the kind of missing all the way from input to the score's counts, and
/// never turns missing into zero. In a ``ResponseMatrix`` each kind is stored as one of
/// the reserved codes `0xFC...0xFF`, so the kind survives the hot path at no cost.
public enum MissingReason: UInt8, Hashable, Sendable, Codable, CaseIterable {
    /// The respondent passed over the item (an empty cell).
    case skipped = 0
    /// The respondent answered "don't know".
    case dontKnow = 1
    /// The respondent declined to answer.
    case refused = 2
    /// The item was not presented (branching, another form version, not asked).
    case notAdministered = 3

    /// The lowest code reserved for missing answers; instrument codes must lie below it.
    public static let firstReservedCode: UInt8 = 0xFC

    /// The reserved matrix code that stores this kind of missing.
    @inlinable public var matrixCode: UInt8 { 0xFF &- rawValue }

    /// The kind of missing stored by a reserved matrix code, or `nil` for an ordinary code.
    @inlinable public init?(matrixCode: UInt8) {
        guard matrixCode >= Self.firstReservedCode else { return nil }
        self.init(rawValue: 0xFF &- matrixCode)
    }
}
