import Foundation

/// A professional's judgement of a family's safety level.
public struct SafetyJudgement: Hashable, Sendable, Codable {
    /// Who judged (a professional's identifier).
    public var assessor: String
    /// When.
    public var at: Date
    /// The level in their judgement.
    public var level: SafetyLevel
    /// Why.
    public var reason: String
    /// A second professional who reviewed a lowering.
    public var secondReviewer: String?
}

/// A computed assessment with the professional judgements made about it, append-only.
///
/// Raising the level needs a reason; lowering a computed level needs a reason and a second
/// reviewer ("professional judgement should not be used to downgrade an actuarial risk
/// assessment", SafeLives MARAC guidance). The computed assessment and its rule-set version
/// are always kept. Several assessors' judgements stand side by side; their disagreement is
/// reported, and the level in force is the highest of each assessor's latest (safety first).
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

    /// A copy with one more judgement.
    ///
    /// - Throws: ``SafetyError/Code/judgementRefused`` without an assessor or a reason, when
    ///   lowering the computed level without a second reviewer (or with the assessor as their
    ///   own reviewer), or dated before the computed assessment.
    public func adding(level: SafetyLevel, by assessor: String, at date: Date, reason: String, secondReviewer: String? = nil) throws(SafetyError) -> JudgedSafetyAssessment {
        guard !assessor.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SafetyError(.judgementRefused, field: "assessor", message: "a judgement needs its assessor")
        }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw SafetyError(.judgementRefused, field: "reason", message: "a judgement needs a reason")
        }
        if level < computed.level {
            guard let secondReviewer, !secondReviewer.trimmingCharacters(in: .whitespaces).isEmpty, secondReviewer != assessor else {
                throw SafetyError(
                    .judgementRefused, field: "secondReviewer",
                    message: "lowering the computed level (\(computed.level.rawValue) to \(level.rawValue)) needs a second reviewer")
            }
        }
        guard date >= computed.asOf else { throw SafetyError(.judgementRefused, field: "at", message: "a judgement cannot precede the assessment") }
        var copy = self
        copy.judgements.append(SafetyJudgement(assessor: assessor, at: date, level: level, reason: reason, secondReviewer: level < computed.level ? secondReviewer : nil))
        return copy
    }

    /// Each assessor's latest judgement.
    public var latestByAssessor: [String: SafetyJudgement] {
        var latest: [String: SafetyJudgement] = [:]
        for judgement in judgements { latest[judgement.assessor] = judgement }
        return latest
    }

    /// The level in force: the highest of each assessor's latest judgement, else the computed level.
    public var effectiveLevel: SafetyLevel {
        latestByAssessor.values.map(\.level).max() ?? computed.level
    }

    /// Whether assessors (or an assessor and the computed level) disagree, and by how much.
    public var disagreement: (levels: [String: SafetyLevel], spread: Int)? {
        var levels = latestByAssessor.mapValues(\.level)
        guard !levels.isEmpty else { return nil }
        levels["computed"] = computed.level
        let ranks = levels.values.map { SafetyLevel.allCases.firstIndex(of: $0) ?? 0 }
        let spread = (ranks.max() ?? 0) - (ranks.min() ?? 0)
        return spread > 0 ? (levels, spread) : nil
    }
}
