import HearthCore

/// Everything HearthProfiles knows about one family at one point in time.
public struct FamilyInput: Hashable, Sendable, Codable {
    /// The family's pseudonym.
    public var family: String
    /// Circumstances the questionnaires do not measure.
    public var circumstances: Circumstances
    /// Parents and children.
    public var members: [FamilyMember]
    /// Violence measured at successive waves, for trajectories (optional).
    public var waves: [WaveObservation]

    /// Creates a family input.
    public init(family: String, circumstances: Circumstances = Circumstances(), members: [FamilyMember], waves: [WaveObservation] = []) {
        self.family = family
        self.circumstances = circumstances
        self.members = members
        self.waves = waves
    }

    private enum CodingKeys: String, CodingKey { case family, circumstances, members, waves }

    /// Decodes a family; `circumstances` and `waves` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        family = try container.decode(String.self, forKey: .family)
        circumstances = try container.decodeIfPresent(Circumstances.self, forKey: .circumstances) ?? Circumstances()
        members = try container.decode([FamilyMember].self, forKey: .members)
        waves = try container.decodeIfPresent([WaveObservation].self, forKey: .waves) ?? []
    }

    /// The parents.
    public var parents: [FamilyMember] { members.filter { $0.role == .parent } }
    /// The children.
    public var children: [FamilyMember] { members.filter { $0.role == .child } }

    /// Checks the input.
    ///
    /// - Throws: ``ProfilesError/Code/invalidFamily`` for an empty family, duplicate member
    ///   ids, a child without an age or an age outside 0–120, a precomputed score whose key
    ///   names no scale or whose value is implausible (negative, infinite, above what the
    ///   instrument's answers can give); ``ProfilesError/Code/invalidWaves``
    ///   for waves out of order or repeated.
    public func validate() throws(ProfilesError) {
        guard !members.isEmpty else { throw ProfilesError(.invalidFamily, field: "members", message: "a family needs at least one member") }
        var ids = Set<String>()
        for (index, member) in members.enumerated() {
            guard !member.id.isEmpty, ids.insert(member.id).inserted else {
                throw ProfilesError(.invalidFamily, field: "members[\(index)].id", message: "member ids must be non-empty and unique")
            }
            if member.role == .child, member.age == nil {
                throw ProfilesError(.invalidFamily, field: "members[\(index)].age", message: "a child needs an age")
            }
            if let age = member.age, !(0...Age.maximumYears).contains(age) {
                throw ProfilesError(.invalidFamily, field: "members[\(index)].age", message: "age outside 0–\(Age.maximumYears)")
            }
            if let unknown = MemberScoreKeys.firstUnknown(in: member.scores) {
                let suggestion = EditDistance.suggestions(for: unknown, among: MemberScoreKeys.all.sorted(), limit: 3).first.map { "; did you mean '\($0)'?" } ?? ""
                throw ProfilesError(
                    .invalidFamily, field: "members[\(index)].scores",
                    message: "'\(unknown)' names no scale (keys are <instrument>.<scale>, e.g. nosik.total)\(suggestion)")
            }
            if let (key, rule) = MemberScoreKeys.firstImplausible(in: member.scores) {
                throw ProfilesError(.invalidFamily, field: "members[\(index)].scores.\(key)", message: rule)
            }
        }
        for (previous, next) in zip(waves, waves.dropFirst()) where next.wave <= previous.wave {
            throw ProfilesError(.invalidWaves, field: "waves", message: "waves must be in increasing order without repeats")
        }
    }
}

/// The family's partner violence at one wave (from the reporting parent's CTS2).
public struct WaveObservation: Hashable, Sendable, Codable {
    /// The wave index (1, 2, 3 …).
    public var wave: Int
    /// CTS2 total violence frequency (both actors, past year), when measured.
    public var totalViolenceFrequency: Double?

    /// Creates an observation.
    public init(wave: Int, totalViolenceFrequency: Double?) {
        self.wave = wave
        self.totalViolenceFrequency = totalViolenceFrequency
    }
}
