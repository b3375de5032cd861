import Foundation

/// A professional's judgement of a family's safety level.
public struct SafetyJudgement: Hashable, Sendable, Codable {
    /// Who judged.
    public var assessor: ProfessionalID
    /// When.
    public var at: Date
    /// The level in their judgement.
    public var level: SafetyLevel
    /// Why.
    public var reason: String
    /// A second, different professional who reviewed a lowering.
    public var secondReviewer: ProfessionalID?

    /// Creates a judgement (checked when added, ``JudgedSafetyAssessment/adding(_:now:)``).
    public init(assessor: ProfessionalID, at: Date, level: SafetyLevel, reason: String, secondReviewer: ProfessionalID? = nil) {
        self.assessor = assessor
        self.at = at
        self.level = level
        self.reason = reason
        self.secondReviewer = secondReviewer
    }
}

/// A computed assessment with the professional judgements made about it, append-only.
///
/// Raising the level needs a reason; lowering below the computed level needs a reason and a
/// second reviewer who is a different professional ("professional judgement should not be
/// used to downgrade an actuarial risk assessment", SafeLives MARAC guidance), every time.
/// The computed assessment and its rule-set version are always kept and shown. The level in
/// force is the highest of each assessor's latest judgement and of the computed level; the
/// computed level drops out only when some assessor's latest judgement is a reviewed
/// lowering. Judgements are dated in order, never before the assessment or after "now".
public struct JudgedSafetyAssessment: Hashable, Sendable, Codable {
    /// The computed assessment.
    public let computed: SafetyAssessment
    /// The judgements, oldest first.
    public private(set) var judgements: [SafetyJudgement]

    /// Starts from a computed assessment.
    public init(computed: SafetyAssessment) {
        self.computed = computed
        judgements = []
    }

    private enum CodingKeys: String, CodingKey { case computed, judgements, levelInForce }

    /// Decodes the computed assessment and the judgements, each checked as when added (a
    /// stored record cannot smuggle in an unreviewed lowering).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var judged = JudgedSafetyAssessment(computed: try container.decode(SafetyAssessment.self, forKey: .computed))
        for judgement in try container.decode([SafetyJudgement].self, forKey: .judgements) {
            do { judged = try judged.adding(judgement, now: .distantFuture) } catch {
                throw DecodingError.dataCorruptedError(forKey: .judgements, in: container, debugDescription: error.message)
            }
        }
        self = judged
    }

    /// Encodes the computed assessment, the judgements and the level in force.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(computed, forKey: .computed)
        try container.encode(judgements, forKey: .judgements)
        try container.encode(effectiveLevel, forKey: .levelInForce)
    }

    /// A copy with one more judgement.
    ///
    /// - Parameter now: the current time (judgements dated after it are refused).
    /// - Throws: ``SafetyError/Code/judgementRefused`` without an assessor or a reason; when
    ///   lowering the computed level without a second reviewer, or with the assessor as their
    ///   own reviewer (compared normalised); when dated before the assessment, before the
    ///   previous judgement, or after `now`.
    public func adding(_ judgement: SafetyJudgement, now: Date = Date()) throws(SafetyError) -> JudgedSafetyAssessment {
        func refuse(_ field: String, _ message: String) -> SafetyError { SafetyError(.judgementRefused, field: field, message: message) }
        guard !judgement.assessor.isEmpty else { throw refuse("assessor", "a judgement needs its assessor") }
        guard !judgement.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw refuse("reason", "a judgement needs a reason") }
        var judgement = judgement
        if judgement.level < computed.level {
            guard let reviewer = judgement.secondReviewer, !reviewer.isEmpty else {
                throw refuse("secondReviewer", "lowering the computed level (\(computed.level.rawValue) to \(judgement.level.rawValue)) needs a second reviewer")
            }
            guard reviewer != judgement.assessor else {
                throw refuse("secondReviewer", "the second reviewer must be a different professional from the assessor")
            }
        } else {
            judgement.secondReviewer = nil
        }
        guard judgement.at >= computed.asOf else { throw refuse("at", "a judgement cannot precede the assessment") }
        if let last = judgements.last, judgement.at < last.at { throw refuse("at", "a judgement cannot precede the previous judgement") }
        guard judgement.at <= now else { throw refuse("at", "a judgement cannot be dated in the future") }
        var copy = self
        copy.judgements.append(judgement)
        return copy
    }

    /// A copy with one more judgement (``adding(_:now:)``).
    public func adding(
        level: SafetyLevel, by assessor: ProfessionalID, at date: Date, reason: String, secondReviewer: ProfessionalID? = nil, now: Date = Date()
    ) throws(SafetyError) -> JudgedSafetyAssessment {
        try adding(SafetyJudgement(assessor: assessor, at: date, level: level, reason: reason, secondReviewer: secondReviewer), now: now)
    }

    /// Each assessor's latest judgement (assessors compared normalised).
    public var latestByAssessor: [ProfessionalID: SafetyJudgement] {
        var latest: [ProfessionalID: SafetyJudgement] = [:]
        for judgement in judgements { latest[judgement.assessor] = judgement }
        return latest
    }

    /// The level in force: the highest of each assessor's latest judgement and the computed
    /// level, which drops out only when some assessor's latest judgement is a reviewed lowering.
    public var effectiveLevel: SafetyLevel {
        let latest = latestByAssessor.values
        let lowered = latest.contains { $0.level < computed.level && $0.secondReviewer != nil }
        return (latest.map(\.level) + (lowered ? [] : [computed.level])).max() ?? computed.level
    }

    /// Whether assessors (or an assessor and the computed level) disagree, and by how much.
    public var disagreement: (levels: [String: SafetyLevel], spread: Int)? {
        var levels = Dictionary(latestByAssessor.map { ($0.key.rawValue, $0.value.level) }) { first, _ in first }
        guard !levels.isEmpty else { return nil }
        levels["computed"] = computed.level
        let ranks = levels.values.map { SafetyLevel.allCases.firstIndex(of: $0) ?? 0 }
        let spread = (ranks.max() ?? 0) - (ranks.min() ?? 0)
        return spread > 0 ? (levels, spread) : nil
    }
}
