/// The questionnaire scores of one parent that the profile and safety rules read, each a
/// usable value or `nil` (not measured, or its status has no usable value).
///
/// Fill it from score tables (``HearthScoring/ScoreTable/value(row:scale:)``) or from a
/// ``FamilyMember`` (``init(_:)``); ``FamilyFacts/addParent(_:)`` reduces it.
public struct ParentScores: Hashable, Sendable, Codable {
    /// CTS2 `self_psychological_prevalence`.
    public var selfPsychological: Double?
    /// CTS2 `partner_psychological_prevalence`.
    public var partnerPsychological: Double?
    /// CTS2 `self_physical_prevalence`.
    public var selfPhysical: Double?
    /// CTS2 `partner_physical_prevalence`.
    public var partnerPhysical: Double?
    /// CTS2 `self_psychological_severe_prevalence`.
    public var selfPsychologicalSevere: Double?
    /// CTS2 `partner_psychological_severe_prevalence`.
    public var partnerPsychologicalSevere: Double?
    /// CTS2 `self_physical_severe_prevalence`.
    public var selfPhysicalSevere: Double?
    /// CTS2 `partner_physical_severe_prevalence`.
    public var partnerPhysicalSevere: Double?
    /// CTS2 `self_physical_ever_prevalence`.
    public var selfPhysicalEver: Double?
    /// CTS2 `partner_physical_ever_prevalence`.
    public var partnerPhysicalEver: Double?
    /// AUDIT-C `self_risk`.
    public var ownDrinkingRisk: Double?
    /// AUDIT-C `partner_risk`.
    public var partnerDrinkingRisk: Double?
    /// ACE `family_violence`.
    public var childhoodFamilyViolence: Double?
    /// `trauma.clinicalScales`, a score computed elsewhere (see ``FamilyMember/scores``).
    public var traumaClinicalScales: Double?

    /// No scores.
    public init() {}

    /// The CTS2 scales read, in the order of the properties above.
    public static let cts2Scales = [
        "self_psychological_prevalence", "partner_psychological_prevalence", "self_physical_prevalence", "partner_physical_prevalence",
        "self_psychological_severe_prevalence", "partner_psychological_severe_prevalence", "self_physical_severe_prevalence",
        "partner_physical_severe_prevalence", "self_physical_ever_prevalence", "partner_physical_ever_prevalence",
    ]

    /// A parent's scores as the rules read them from a member's reports and scores.
    public init(_ member: FamilyMember) {
        let cts2 = Self.cts2Scales.map { member.value("cts2", $0) }
        selfPsychological = cts2[0]
        partnerPsychological = cts2[1]
        selfPhysical = cts2[2]
        partnerPhysical = cts2[3]
        selfPsychologicalSevere = cts2[4]
        partnerPsychologicalSevere = cts2[5]
        selfPhysicalSevere = cts2[6]
        partnerPhysicalSevere = cts2[7]
        selfPhysicalEver = cts2[8]
        partnerPhysicalEver = cts2[9]
        ownDrinkingRisk = member.value("auditc", "self_risk")
        partnerDrinkingRisk = member.value("auditc", "partner_risk")
        childhoodFamilyViolence = member.value("ace", "family_violence")
        traumaClinicalScales = member.scores["trauma.clinicalScales"]
    }
}

/// The scores of one child that the profile and safety rules read.
public struct ChildScores: Hashable, Sendable, Codable {
    /// NOSI-K `total` about this child (parenting stress).
    public var parentingStress: Double?
    /// `trauma.clinicalScales`, a score computed elsewhere (see ``FamilyMember/scores``).
    public var traumaClinicalScales: Double?

    /// Creates a child's scores.
    public init(parentingStress: Double? = nil, traumaClinicalScales: Double? = nil) {
        self.parentingStress = parentingStress
        self.traumaClinicalScales = traumaClinicalScales
    }

    /// A child's scores as the rules read them from a member's reports and scores.
    public init(_ member: FamilyMember) {
        parentingStress = member.value("nosik", "total")
        traumaClinicalScales = member.scores["trauma.clinicalScales"]
    }
}
