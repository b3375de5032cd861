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
    /// ``message`` in the assessment's language.
    public var reason: String
    /// The works the rule rests on.
    public var citations: [Citation]
    /// ``citations`` for people ("Campbell et al. (2009), item 6; …").
    public var source: String
    /// The members it applies to (`nil`: the whole family).
    public var appliesTo: [String]?

    /// A fired rule with its reason rendered and its sources as text.
    init(rule: SafetyRule, message: Message<SafetyMessage>, source: String, appliesTo: [String]?, language: Language) {
        self.rule = rule.id
        level = rule.level
        self.message = message
        reason = message.text(in: language)
        citations = rule.citations
        self.source = source
        self.appliesTo = appliesTo
    }
}

/// A fact of the minimum information set that is unknown, and by when to establish it.
public struct FactToEstablish: Hashable, Sendable, Codable {
    /// The input field (`criticalIndicators.weapon`, `historyConfirmedUntil`,
    /// `family.members[2].age`, `family.circumstances.childNeglect`).
    public var field: String
    /// What to establish, as data.
    public var message: Message<SafetyMessage>
    /// ``message`` in the assessment's language ("whether a weapon was used or threatened (item 5)").
    public var text: String
    /// By when.
    public var within: ResponseTime

    /// A fact to establish, its words rendered.
    init(field: String, message: Message<SafetyMessage>, within: ResponseTime, language: Language) {
        self.field = field
        self.message = message
        text = message.text(in: language)
        self.within = within
    }
}

/// How soon something must happen.
public enum ResponseTime: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Today.
    case today
    /// Within 24 hours.
    case within24Hours
    /// Within 5 working days: the meldcode's term for Veilig Thuis's safety assessment
    /// (veiligheidsbeoordeling).
    case within5WorkingDays

    private var rank: Int {
        switch self {
        case .today: 0
        case .within24Hours: 1
        case .within5WorkingDays: 2
        }
    }

    /// Orders from soonest.
    public static func < (lhs: ResponseTime, rhs: ResponseTime) -> Bool { lhs.rank < rhs.rank }
}

/// Information that is unknown and could raise the level if it were "yes".
public struct MissingInformation: Hashable, Sendable, Codable {
    /// The rule that could fire.
    public var rule: String
    /// What is unknown, as data.
    public var message: Message<SafetyMessage>
    /// ``message`` in the assessment's language.
    public var unknown: String
    /// The level it could raise to.
    public var couldRaiseTo: SafetyLevel

    /// Missing information with its text rendered.
    init(rule: SafetyRule, message: Message<SafetyMessage>, language: Language) {
        self.rule = rule.id
        self.message = message
        unknown = message.text(in: language)
        couldRaiseTo = rule.level
    }
}

/// One member's safety level and the rules behind it.
public struct PersonSafety: Hashable, Sendable, Codable {
    /// The member's pseudonym.
    public var member: String
    /// Parent or child.
    public var role: FamilyMember.Role
    /// The highest level of the rules about the whole family and of those about this member
    /// (a child's own rules): the unsafety the member lives in, not a danger the member poses.
    /// A child rule can make a child's level higher than a parent's.
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
    /// The family's level: what the known facts establish, the highest of any member's.
    public var level: SafetyLevel
    /// The highest level the unknown facts could still produce: never relax below it before
    /// they are established.
    public var possibleLevel: SafetyLevel
    /// Whether the minimum information is known (``Assessability``).
    public var assessable: Assessability
    /// What to establish, and by when, while the assessment is provisional or not assessable.
    public var toEstablish: [FactToEstablish]
    /// The response the level implies, as data.
    public var responseMessage: Message<SafetyMessage>
    /// ``responseMessage`` in ``language``.
    public var response: String
    /// Facts the input gave twice with different answers, and how they were read (yes wins).
    public var inputDisagreements: [InputDisagreement]
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
    /// The language its sentences, names and sources are in (``SafetyAssessor/language``).
    public var language: Language
    /// How many incidents the input records, and the date of the last: the course across the
    /// measurements covers the waves only, and a reader must see the incidents beside it.
    public var incidentCount: Int
    /// The date of the last incident on record, if any.
    public var lastIncident: Date?

    private enum CodingKeys: String, CodingKey {
        case asOf, ruleSet, disclaimer, level, possibleLevel, assessable, toEstablish, responseMessage, response, inputDisagreements, firedRules
        case missingInformation, persons, profiles, triage, reassessment, language, incidentCount, lastIncident
    }

    /// Decodes an assessment; `language` may be absent (English, as assessments before it was recorded).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        asOf = try container.decode(Date.self, forKey: .asOf)
        ruleSet = try container.decode(String.self, forKey: .ruleSet)
        disclaimer = try container.decode(String.self, forKey: .disclaimer)
        level = try container.decode(SafetyLevel.self, forKey: .level)
        possibleLevel = try container.decode(SafetyLevel.self, forKey: .possibleLevel)
        assessable = try container.decode(Assessability.self, forKey: .assessable)
        toEstablish = try container.decode([FactToEstablish].self, forKey: .toEstablish)
        responseMessage = try container.decode(Message<SafetyMessage>.self, forKey: .responseMessage)
        response = try container.decode(String.self, forKey: .response)
        inputDisagreements = try container.decode([InputDisagreement].self, forKey: .inputDisagreements)
        firedRules = try container.decode([FiredRule].self, forKey: .firedRules)
        missingInformation = try container.decode([MissingInformation].self, forKey: .missingInformation)
        persons = try container.decode([PersonSafety].self, forKey: .persons)
        profiles = try container.decode(ProfileResult.self, forKey: .profiles)
        triage = try container.decode(Triage.self, forKey: .triage)
        reassessment = try container.decode(ReassessmentSchedule.self, forKey: .reassessment)
        language = try container.decodeIfPresent(Language.self, forKey: .language) ?? .english
        incidentCount = try container.decodeIfPresent(Int.self, forKey: .incidentCount) ?? 0
        lastIncident = try container.decodeIfPresent(Date.self, forKey: .lastIncident)
    }

    /// Creates an assessment (``SafetyAssessor/assess(_:asOf:closure:plan:)`` does).
    init(
        asOf: Date, ruleSet: String, disclaimer: String, level: SafetyLevel, possibleLevel: SafetyLevel, assessable: Assessability,
        toEstablish: [FactToEstablish], responseMessage: Message<SafetyMessage>, response: String, inputDisagreements: [InputDisagreement],
        firedRules: [FiredRule], missingInformation: [MissingInformation], persons: [PersonSafety], profiles: ProfileResult, triage: Triage,
        reassessment: ReassessmentSchedule, language: Language, incidentCount: Int = 0, lastIncident: Date? = nil
    ) {
        self.asOf = asOf
        self.ruleSet = ruleSet
        self.disclaimer = disclaimer
        self.level = level
        self.possibleLevel = possibleLevel
        self.assessable = assessable
        self.toEstablish = toEstablish
        self.responseMessage = responseMessage
        self.response = response
        self.inputDisagreements = inputDisagreements
        self.firedRules = firedRules
        self.missingInformation = missingInformation
        self.persons = persons
        self.profiles = profiles
        self.triage = triage
        self.reassessment = reassessment
        self.language = language
        self.incidentCount = incidentCount
        self.lastIncident = lastIncident
    }
}
