import HearthCore
import HearthScoring

/// One parent or child: who they are (pseudonymously) and their scored instruments.
public struct FamilyMember: Hashable, Sendable, Codable {
    /// A member's role in the family.
    public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
        /// A parent or carer.
        case parent
        /// A child.
        case child
    }

    /// The member's pseudonym within the family.
    public var id: String
    /// Parent or child.
    public var role: Role
    /// The member's sex (needed for the CTS2 mutuality table and sex-specific norms).
    public var sex: Sex
    /// The member's age in years (required for children: instruments and norms depend on it).
    public var age: Int?
    /// Scored instruments (from HearthScoring).
    public var reports: [ScoreReport]
    /// Scores computed elsewhere, keyed `instrument.scale` (e.g. `nosik.total`); for a
    /// child, parent-reported instruments about the child (NOSI-K, SIMS-PR, TSCYC). A NaN
    /// is read as no score (unknown), never as a value.
    public var scores: [String: Double]

    /// Creates a member.
    public init(id: String, role: Role, sex: Sex = .unknown, age: Int? = nil, reports: [ScoreReport] = [], scores: [String: Double] = [:]) {
        self.id = id
        self.role = role
        self.sex = sex
        self.age = age
        self.reports = reports
        self.scores = scores
    }

    private enum CodingKeys: String, CodingKey { case id, role, sex, age, reports, scores }

    /// Decodes a member; `reports` and `scores` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        role = try container.decode(Role.self, forKey: .role)
        sex = try container.decodeIfPresent(Sex.self, forKey: .sex) ?? .unknown
        age = try container.decodeIfPresent(Int.self, forKey: .age)
        reports = try container.decodeIfPresent([ScoreReport].self, forKey: .reports) ?? []
        scores = try container.decodeIfPresent([String: Double].self, forKey: .scores) ?? [:]
    }

    /// The usable value of a scale: from a report (only when its status allows
    /// interpretation), else from ``scores``; `nil` when neither has it, or when it is NaN
    /// (no rule reads NaN as a value: a NaN drinking risk is unknown, not "no").
    public func value(_ instrument: String, _ scale: String) -> Double? {
        if let report = reports.first(where: { $0.instrumentID == instrument }), let score = report[scale] {
            return score.value?.value.usable
        }
        // Most members come with reports only: skip building the key.
        return scores.isEmpty ? nil : scores["\(instrument).\(scale)"]?.usable
    }
}

extension Double {
    /// The value, or `nil` for NaN.
    var usable: Double? { isNaN ? nil : self }
}
