/// A fact as it is known: yes, no, or unknown. Hearth's three-valued type, for the answers
/// a professional records and the facts and outcomes the rules derive from them.
///
/// "Unknown" is never read as "no": the operators are Kleene's strong three-valued logic
/// (K3), in which an unknown operand leaves a result unknown unless the known operands
/// settle it (`no && unknown` is no; `yes || unknown` is yes; `yes && unknown` is unknown).
/// An indicator that depends on an unknown answer is itself unknown, and a rule or profile
/// that depends on it may be undetermined.
public enum Answer: String, Hashable, Sendable, Codable, CaseIterable {
    /// Present.
    case yes
    /// Absent (established).
    case no
    /// Not known (not asked, not answered, not established).
    case unknown

    /// Decodes `yes`/`no`/`unknown`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let answer = Answer(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected yes, no or unknown"))
        }
        self = answer
    }

    /// `yes` for true, `no` for false, `unknown` for `nil`.
    @inlinable
    public init(_ value: Bool?) {
        switch value {
        case true?: self = .yes
        case false?: self = .no
        case nil: self = .unknown
        }
    }

    /// `true` for yes, `false` for no, `nil` for unknown.
    @inlinable
    public var bool: Bool? {
        switch self {
        case .yes: true
        case .no: false
        case .unknown: nil
        }
    }

    /// Kleene NOT: yes and no swap, unknown stays unknown.
    @inlinable @inline(__always)
    public static prefix func ! (answer: Answer) -> Answer {
        switch answer {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }

    /// Kleene AND: no if either is no, yes if both are yes, else unknown.
    @inlinable @inline(__always)
    public static func && (lhs: Answer, rhs: Answer) -> Answer {
        if lhs == .no || rhs == .no { return .no }
        return lhs == .yes && rhs == .yes ? .yes : .unknown
    }

    /// Kleene OR: yes if either is yes, no if both are no, else unknown.
    @inlinable @inline(__always)
    public static func || (lhs: Answer, rhs: Answer) -> Answer {
        if lhs == .yes || rhs == .yes { return .yes }
        return lhs == .no && rhs == .no ? .no : .unknown
    }

    /// Kleene AND of all answers (`yes` for none).
    @inlinable
    public static func all<Answers: Sequence>(_ answers: Answers) -> Answer where Answers.Element == Answer {
        answers.reduce(.yes, &&)
    }

    /// Kleene OR of all answers (`no` for none).
    @inlinable
    public static func any<Answers: Sequence>(_ answers: Answers) -> Answer where Answers.Element == Answer {
        answers.reduce(.no, ||)
    }

    /// "At least `count` of these": yes when that many are yes, no when not even every
    /// unknown turning out yes could reach it, else unknown. `count ≤ 0` is always yes.
    @inlinable
    public static func atLeast<Answers: Sequence>(_ count: Int, of answers: Answers) -> Answer where Answers.Element == Answer {
        var yes = 0, unknown = 0
        for answer in answers {
            switch answer {
            case .yes: yes += 1
            case .unknown: unknown += 1
            case .no: break
            }
        }
        if yes >= count { return .yes }
        return yes + unknown < count ? .no : .unknown
    }
}
