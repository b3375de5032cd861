import HearthCore

/// How unsafe a person or family is judged to be, and so how fast to act.
public enum SafetyLevel: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// No rule above the baseline fired: regular procedure.
    case standard
    /// Risk factors or repeated incidents: act within days.
    case elevated
    /// Severe or one-sided controlling violence, or a pattern the anchors flag: act within 24 hours.
    case high
    /// A critical indicator of lethal danger: act today, with protective measures.
    case acute

    // A switch, not `allCases.firstIndex`: levels are compared for every rule of every family.
    private var rank: Int {
        switch self {
        case .standard: 0
        case .elevated: 1
        case .high: 2
        case .acute: 3
        }
    }

    /// Orders levels from standard to acute.
    public static func < (lhs: SafetyLevel, rhs: SafetyLevel) -> Bool { lhs.rank < rhs.rank }

    /// The response the level implies (Hearth's mapping of the report's "the severity of the
    /// threat co-determines how fast to respond and whether safety measures are needed";
    /// acute: act strongly and quickly with police and justice; unreachable clients under
    /// serious threat: a home visit — Tierolf et al. 2014, §1.2.2, §1.3).
    public var response: String { responseMessage.text(in: .english) }

    /// The response as a message.
    public var responseMessage: Message<SafetyMessage> {
        switch self {
        case .acute: Message(.responseAcute)
        case .high: Message(.responseHigh)
        case .elevated: Message(.responseElevated)
        case .standard: Message(.responseStandard)
        }
    }

    /// Days until the next scheduled reassessment at this level (Hearth's setting; an event
    /// or incident makes it due at once).
    public var reassessmentInterval: Int {
        switch self {
        case .acute: 7
        case .high: 30
        case .elevated: 90
        case .standard: 180
        }
    }
}
