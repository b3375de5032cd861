import Foundation
import HearthCore
import HearthProfiles

/// A rule that fired, with what it read.
public struct FiredRule: Hashable, Sendable, Codable {
    /// The rule's identifier.
    public var rule: String
    /// The level it raises to.
    public var level: SafetyLevel
    /// What it found, as data: member pseudonyms, days before the assessment, values; no names.
    public var message: Message<SafetyMessage>
    /// ``message`` in English.
    public var reason: String
    /// The works the rule rests on.
    public var citations: [Citation]
    /// ``citations`` for people ("Campbell et al. (2009), item 6; …").
    public var source: String
    /// The members it applies to (`nil`: the whole family).
    public var appliesTo: [String]?

    /// A fired rule with its reason rendered and its sources as text.
    init(rule: SafetyRule, message: Message<SafetyMessage>, source: String, appliesTo: [String]?) {
        self.rule = rule.id
        level = rule.level
        self.message = message
        reason = message.text(in: .english)
        citations = rule.citations
        self.source = source
        self.appliesTo = appliesTo
    }
}

/// Information that is unknown and could raise the level if it were "yes".
public struct MissingInformation: Hashable, Sendable, Codable {
    /// The rule that could fire.
    public var rule: String
    /// What is unknown, as data.
    public var message: Message<SafetyMessage>
    /// ``message`` in English.
    public var unknown: String
    /// The level it could raise to.
    public var couldRaiseTo: SafetyLevel

    /// Missing information with its text rendered.
    init(rule: SafetyRule, message: Message<SafetyMessage>) {
        self.rule = rule.id
        self.message = message
        unknown = message.text(in: .english)
        couldRaiseTo = rule.level
    }
}

/// One member's safety level and the rules behind it.
public struct PersonSafety: Hashable, Sendable, Codable {
    /// The member's pseudonym.
    public var member: String
    /// Parent or child.
    public var role: FamilyMember.Role
    /// The level.
    public var level: SafetyLevel
    /// The rules that apply to them.
    public var rules: [String]
}

/// The computed safety assessment of a family at a date. Never changed after it is made:
/// professional judgements are added beside it (``JudgedSafetyAssessment``).
public struct SafetyAssessment: Hashable, Sendable, Codable {
    /// The assessment date.
    public var asOf: Date
    /// The rule set's identifier and version.
    public var ruleSet: String
    /// What the rules rest on, and their limits.
    public var disclaimer: String
    /// The family's level: the highest of any member's.
    public var level: SafetyLevel
    /// The response the level implies.
    public var response: String
    /// Every rule that fired.
    public var firedRules: [FiredRule]
    /// Unknown information that could raise the level, critical items first.
    public var missingInformation: [MissingInformation]
    /// Each member's level.
    public var persons: [PersonSafety]
    /// The family's violence profiles (HearthProfiles).
    public var profiles: ProfileResult
    /// Triage: complexity, care level, approach, children without help.
    public var triage: Triage
    /// When to reassess, and how long to monitor.
    public var reassessment: ReassessmentSchedule
}
