import HearthCore

/// Whether a family fits one profile, and why.
public struct ProfileMembership: Hashable, Sendable, Codable {
    /// The outcome, in three-valued logic: HearthCore's ``Answer`` spelled `member`,
    /// `notMember`, `undetermined` in results (``answer``, ``init(_:)`` convert).
    public enum Status: String, Hashable, Sendable, Codable {
        /// Every clause is met.
        case member
        /// A clause is established not to hold.
        case notMember
        /// Unknown information decides: it could go either way.
        case undetermined

        /// The status of an answer: member for yes, not a member for no, undetermined for unknown.
        public init(_ answer: Answer) {
            switch answer {
            case .yes: self = .member
            case .no: self = .notMember
            case .unknown: self = .undetermined
            }
        }

        /// The status as an answer (member is yes).
        public var answer: Answer {
            switch self {
            case .member: .yes
            case .notMember: .no
            case .undetermined: .unknown
            }
        }
    }

    /// The profile's identifier.
    public var profile: String
    /// The profile's name, in the result's language.
    public var name: String
    /// The outcome.
    public var status: Status
    /// Every indicator the rule reads, with its evidence (deciding ones first, then context).
    public var indicators: [IndicatorEvaluation]
    /// The indicators that decide it and are unknown: what to find out.
    public var missingInformation: [String]
    /// The recommended approach, in the result's language.
    public var approach: String
    /// The works that describe the profile and its approach.
    public var citations: [Citation]
    /// ``citations`` for people.
    public var source: String
}

/// The dominant profile, or why there is none.
public struct DominantProfile: Hashable, Sendable, Codable {
    /// The kind of outcome.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// One profile dominates.
        case profile
        /// No profile applies (all established not to).
        case none
        /// A profile that would dominate is undetermined: unknowns decide.
        case insufficientInformation
    }

    /// The kind of outcome.
    public var kind: Kind
    /// The dominant profile, for ``Kind/profile``.
    public var profile: String?
    /// The undetermined profiles that could outrank it.
    public var undetermined: [String]
    /// Why, as data.
    public var message: Message<ProfileMessage>
    /// ``message`` in the result's language.
    public var reason: String

    /// An outcome with its reason rendered.
    init(kind: Kind, profile: String?, undetermined: [String], message: Message<ProfileMessage>, language: Language) {
        self.kind = kind
        self.profile = profile
        self.undetermined = undetermined
        self.message = message
        reason = message.text(in: language)
    }
}
