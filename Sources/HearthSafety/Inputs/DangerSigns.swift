import HearthCore

/// Signs of danger the Danger Assessment, DASH and the MARAC criteria ask about beyond the
/// critical indicators, each yes / no / unknown (absent: unknown). Each is read by a rule
/// of kind `dangerSign` (see docs/safety.md for levels and sources).
public struct DangerSigns: Hashable, Sendable, Codable {
    /// The perpetrator has access to a gun (Danger Assessment item 2).
    public var gunAccess: Answer = .unknown
    /// Violent and constant jealousy (Danger Assessment item 14; DA-5).
    public var violentJealousy: Answer = .unknown
    /// Forced sex (Danger Assessment item 9); yes is also sexual violence.
    public var forcedSex: Answer = .unknown
    /// The perpetrator threatened or attempted suicide (Danger Assessment item 16).
    public var suicideThreats: Answer = .unknown
    /// Threats to harm the children (Danger Assessment item 17): acute for the children.
    public var threatsToChildren: Answer = .unknown
    /// Honour-based violence or its threat (a MARAC standalone indicator).
    public var honourBasedViolence: Answer = .unknown
    /// A restraining order, house ban (huisverbod) or bail condition was breached (DASH).
    public var breachOfOrder: Answer = .unknown
    /// The victim is pregnant or had a baby in the last 18 months (DASH).
    public var pregnantOrRecentBirth: Answer = .unknown
    /// Violence during a pregnancy (Danger Assessment item 15).
    public var violenceDuringPregnancy: Answer = .unknown

    /// All unknown.
    public init() {}

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case gunAccess, violentJealousy, forcedSex, suicideThreats, threatsToChildren, honourBasedViolence, breachOfOrder
        case pregnantOrRecentBirth, violenceDuringPregnancy
    }

    /// Decodes the signs; absent ones are unknown, unrecognised keys are an error.
    public init(from decoder: any Decoder) throws {
        let values = try StrictAnswers<CodingKeys>(decoder)
        gunAccess = values[.gunAccess]
        violentJealousy = values[.violentJealousy]
        forcedSex = values[.forcedSex]
        suicideThreats = values[.suicideThreats]
        threatsToChildren = values[.threatsToChildren]
        honourBasedViolence = values[.honourBasedViolence]
        breachOfOrder = values[.breachOfOrder]
        pregnantOrRecentBirth = values[.pregnantOrRecentBirth]
        violenceDuringPregnancy = values[.violenceDuringPregnancy]
    }

    /// The signs' names, in ``answer(at:)`` order.
    public static let names = [
        "gunAccess", "violentJealousy", "forcedSex", "suicideThreats", "threatsToChildren", "honourBasedViolence", "breachOfOrder",
        "pregnantOrRecentBirth", "violenceDuringPregnancy",
    ]

    /// The number of signs (`names.count`, a constant so that loops over them need not read
    /// the array; a test keeps the two equal).
    public static let count = 9

    /// The answer at a position of ``names``.
    public func answer(at position: Int) -> Answer {
        switch position {
        case 0: gunAccess
        case 1: violentJealousy
        case 2: forcedSex
        case 3: suicideThreats
        case 4: threatsToChildren
        case 5: honourBasedViolence
        case 6: breachOfOrder
        case 7: pregnantOrRecentBirth
        case 8: violenceDuringPregnancy
        default: .unknown
        }
    }
}
