/// Why a score has the value it has, or why it has none.
///
/// Statuses form an extensible set (a struct with static members) so that later versions
/// can add one without breaking a client's `switch`. Only ``complete``, ``prorated`` and
/// ``determined`` carry a usable value; every other status means "do not interpret".
///
/// **The codes are frozen**: the seven statuses keep the codes 0–6 listed below in every
/// version, the usable ones are exactly the codes `0...lastUsableCode`, and a status added
/// later takes a code above 6 and is never usable. Score tables store these codes and the
/// scoring kernels compute them with vector arithmetic that relies on this layout
/// (`ScoreStatusCodeTests` checks every assumption).
public struct ScoreStatus: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The compact code used in score tables.
    public let code: UInt8

    /// Creates a status from its compact code.
    @inlinable public init(code: UInt8) { self.code = code }

    /// Every item the score needs was answered.
    @inlinable public static var complete: ScoreStatus { ScoreStatus(code: 0) }
    /// Some items were missing, within the scale's allowance; the score was prorated
    /// (mean of the answered items × number of items).
    @inlinable public static var prorated: ScoreStatus { ScoreStatus(code: 1) }
    /// Some items were missing, but no answer to them could change the result (for
    /// example a prevalence that an answered item already makes 1), or the instrument's
    /// skip logic implies their value.
    @inlinable public static var determined: ScoreStatus { ScoreStatus(code: 2) }
    /// Too many items were missing for the scale's missing-data rule.
    @inlinable public static var insufficient: ScoreStatus { ScoreStatus(code: 3) }
    /// The protocol failed a validity check; the score must not be interpreted.
    @inlinable public static var invalid: ScoreStatus { ScoreStatus(code: 4) }
    /// An item the score needs holds a code outside the instrument's response scale.
    @inlinable public static var invalidCode: ScoreStatus { ScoreStatus(code: 5) }
    /// The score needs a covariate (such as sex) that the respondent's metadata lacks.
    @inlinable public static var missingCovariate: ScoreStatus { ScoreStatus(code: 6) }

    // The members are computed and inlinable (not stored) so that hot loops in other
    // modules see them as constants instead of calling a lazy global's accessor.

    /// All statuses this version knows, in code order.
    public static let allKnown: [ScoreStatus] = [
        .complete, .prorated, .determined, .insufficient, .invalid, .invalidCode, .missingCovariate,
    ]

    /// The largest code of a status with a usable value (``determined``): usable statuses
    /// are exactly the codes `0...lastUsableCode`.
    @inlinable public static var lastUsableCode: UInt8 { 2 }

    /// Whether a score with this status has a value that may be interpreted.
    @inlinable public var hasUsableValue: Bool { code <= Self.lastUsableCode }

    /// The stable name: `complete`, `prorated`, `determined`, `insufficient`, `invalid`,
    /// `invalidCode` or `missingCovariate` (`status<N>` for a code this version does not know).
    public var name: String {
        switch code {
        case 0: "complete"
        case 1: "prorated"
        case 2: "determined"
        case 3: "insufficient"
        case 4: "invalid"
        case 5: "invalidCode"
        case 6: "missingCovariate"
        default: "status\(code)"
        }
    }

    /// The stable name.
    public var description: String { name }

    /// Decodes a status from its stable name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let status = Self.allKnown.first(where: { $0.name == name }) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected one of: " + Self.allKnown.map(\.name).joined(separator: ", "))
        }
        self = status
    }

    /// Encodes the status as its stable name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
