import Foundation

/// A professional's judgement of the dominant profile, recorded beside the computed one.
public struct ProfileOverride: Hashable, Sendable, Codable {
    /// Who judged (a professional's identifier, not a name).
    public var professional: String
    /// When.
    public var at: Date
    /// The dominant profile in their judgement (`nil`: none applies).
    public var dominantProfile: String?
    /// Why.
    public var reason: String
}

/// A computed profile result with the professional judgements made about it, append-only.
/// The computed result and its rule-set version are never replaced.
public struct ProfileAssessment: Hashable, Sendable, Codable {
    /// The computed result.
    public let computed: ProfileResult
    /// The judgements, oldest first.
    public private(set) var overrides: [ProfileOverride]

    /// Starts an assessment from a computed result.
    public init(computed: ProfileResult) {
        self.computed = computed
        overrides = []
    }

    /// The dominant profile in force: the latest judgement, else the computed one.
    public var effectiveDominant: String? {
        overrides.last.map(\.dominantProfile) ?? computed.dominant.profile
    }

    /// A copy with one more judgement.
    ///
    /// - Throws: ``ProfilesError/Code/invalidOverride`` without a professional or a reason, for
    ///   a profile the rule set does not have, or dated before the previous judgement.
    public func overriding(dominantProfile: String?, by professional: String, at date: Date, reason: String) throws(ProfilesError) -> ProfileAssessment {
        guard !professional.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ProfilesError(.invalidOverride, field: "professional", message: "an override needs the professional who made it")
        }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ProfilesError(.invalidOverride, field: "reason", message: "an override needs a reason")
        }
        if let dominantProfile, !computed.memberships.contains(where: { $0.profile == dominantProfile }) {
            throw ProfilesError(.invalidOverride, field: "dominantProfile", message: "unknown profile '\(dominantProfile)'")
        }
        if let last = overrides.last, date < last.at {
            throw ProfilesError(.invalidOverride, field: "at", message: "overrides are appended in time order")
        }
        var copy = self
        copy.overrides.append(ProfileOverride(professional: professional, at: date, dominantProfile: dominantProfile, reason: reason))
        return copy
    }
}
