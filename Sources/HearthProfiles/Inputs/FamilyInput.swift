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
    /// The parents a professional established as exercising coercive control over their
    /// partner (pseudonyms). Empty: not established who, whatever ``Circumstances/coerciveControl``
    /// says. Naming a member means coercive control is present (the fact reads yes).
    public var controllingMembers: [String]
    /// The parents a professional established as under coercive control by a partner
    /// (pseudonyms), needed when the controlling partner is not among the members or when a
    /// family has more than two parents. Empty: the controlled partner is the other parent of
    /// a two-parent family with one controlling member, else not established.
    public var controlledMembers: [String]

    /// Creates a family input.
    public init(
        family: String, circumstances: Circumstances = Circumstances(), members: [FamilyMember], waves: [WaveObservation] = [],
        controllingMembers: [String] = [], controlledMembers: [String] = []
    ) {
        self.family = family
        self.circumstances = circumstances
        self.members = members
        self.waves = waves
        self.controllingMembers = controllingMembers
        self.controlledMembers = controlledMembers
    }

    private enum CodingKeys: String, CodingKey { case family, circumstances, members, waves, controllingMembers, controlledMembers }

    /// Decodes a family; `circumstances`, `waves`, `controllingMembers` and `controlledMembers` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        family = try container.decode(String.self, forKey: .family)
        circumstances = try container.decodeIfPresent(Circumstances.self, forKey: .circumstances) ?? Circumstances()
        members = try container.decode([FamilyMember].self, forKey: .members)
        waves = try container.decodeIfPresent([WaveObservation].self, forKey: .waves) ?? []
        controllingMembers = try container.decodeIfPresent([String].self, forKey: .controllingMembers) ?? []
        controlledMembers = try container.decodeIfPresent([String].self, forKey: .controlledMembers) ?? []
    }

    /// The circumstances the rules read: as given, except that naming a controlling or
    /// controlled member answers ``Circumstances/coerciveControl`` yes (``validate()`` refuses
    /// a name beside no).
    package var factCircumstances: Circumstances {
        guard !controllingMembers.isEmpty || !controlledMembers.isEmpty else { return circumstances }
        var circumstances = circumstances
        circumstances.coerciveControl = .yes
        return circumstances
    }

    /// Checks ``controllingMembers`` and ``controlledMembers``: parents of the family, each
    /// named once and in one list only, and not beside a coercive-control answer of no.
    private func validateControllingMembers() throws(ProfilesError) {
        var named = Set<String>()
        for (list, ids) in [("controllingMembers", controllingMembers), ("controlledMembers", controlledMembers)] {
            for (index, id) in ids.enumerated() {
                let field = "\(list)[\(index)]"
                guard members.contains(where: { $0.id == id && $0.role == .parent }) else {
                    throw ProfilesError(.invalidFamily, field: field, message: "a controlling or controlled member must name a parent of the family")
                }
                guard named.insert(id).inserted else {
                    throw ProfilesError(.invalidFamily, field: field, message: "a member is named twice among the controlling and controlled members")
                }
            }
        }
        if !named.isEmpty, circumstances.coerciveControl == .no {
            let list = controllingMembers.isEmpty ? "controlledMembers" : "controllingMembers"
            throw ProfilesError(
                .invalidFamily, field: list, message: "a controlling or controlled member is named while circumstances.coerciveControl is no: one of the two is wrong")
        }
    }


    /// The parents.
    public var parents: [FamilyMember] { members.filter { $0.role == .parent } }
    /// The children.
    public var children: [FamilyMember] { members.filter { $0.role == .child } }
    /// The children's ids, in order (without copying the members, as ``children`` does).
    package var childIDs: [String] { members.compactMap { $0.role == .child ? $0.id : nil } }
    /// The ids of the children that satisfy `include`, in order.
    package func childIDs(where include: (FamilyMember) -> Bool) -> [String] {
        members.compactMap { $0.role == .child && include($0) ? $0.id : nil }
    }
    /// Whether a child satisfies `include` (without copying the members).
    package func containsChild(where include: (FamilyMember) -> Bool = { _ in true }) -> Bool {
        members.contains { $0.role == .child && include($0) }
    }

    /// Checks the input.
    ///
    /// - Throws: ``ProfilesError/Code/invalidFamily`` for an empty family, duplicate member
    ///   ids, a child without an age or an age outside 0–120, a precomputed score whose key
    ///   names no scale or whose value is implausible (negative, infinite, above what the
    ///   instrument's answers can give), a controlling member who is not a parent, named
    ///   twice, or named while coercive control is answered no;
    ///   ``ProfilesError/Code/invalidWaves`` for waves out of order or repeated, or months
    ///   since the report negative or not increasing with the waves.
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
        try WaveObservation.validateOrder(waves)
        try validateControllingMembers()
    }
}

/// The family's partner violence at one wave (from the reporting parent's CTS2).
public struct WaveObservation: Hashable, Sendable, Codable {
    /// The wave index (1, 2, 3 …).
    public var wave: Int
    /// CTS2 total violence frequency (both actors, past year), when measured.
    public var totalViolenceFrequency: Double?
    /// Months from the report to this measurement, when known (the cohort studies measured
    /// at the report, +12 and +18 months: 0, 12, 18). Steps between waves say how far apart
    /// they were; absent, a step's months are unknown (never assumed).
    public var monthsSinceReport: Int?

    /// Creates an observation.
    public init(wave: Int, totalViolenceFrequency: Double?, monthsSinceReport: Int? = nil) {
        self.wave = wave
        self.totalViolenceFrequency = totalViolenceFrequency
        self.monthsSinceReport = monthsSinceReport
    }
}

extension WaveObservation {
    /// Checks waves in order: increasing wave numbers without repeats, and months since the
    /// report (where given) not negative and increasing with them.
    ///
    /// - Throws: ``ProfilesError/Code/invalidWaves`` naming the first wave that breaks a rule.
    static func validateOrder(_ waves: [WaveObservation]) throws(ProfilesError) {
        var lastMonths: (index: Int, months: Int)?
        for (index, wave) in waves.enumerated() {
            if index > 0, wave.wave <= waves[index - 1].wave {
                throw ProfilesError(.invalidWaves, field: "waves[\(index)].wave", message: "waves must be in increasing order without repeats")
            }
            guard let months = wave.monthsSinceReport else { continue }
            guard months >= 0 else {
                throw ProfilesError(.invalidWaves, field: "waves[\(index)].monthsSinceReport", message: "months since the report cannot be negative")
            }
            if let last = lastMonths, months <= last.months {
                throw ProfilesError(
                    .invalidWaves, field: "waves[\(index)].monthsSinceReport", message: "months since the report must increase with the waves (see waves[\(last.index)])")
            }
            lastMonths = (index, months)
        }
    }
}
