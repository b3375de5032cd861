/// The questionnaire scores of one parent that the profile and safety rules read, each a
/// usable value or `nil` (not measured, its status has no usable value, or NaN).
///
/// Fill it from score tables (``HearthScoring/ScoreColumn/value(at:)`` into
/// ``subscript(_:)`` field by field, or the named properties) or from a ``FamilyMember``
/// (``init(_:)``); ``FamilyFacts/addParent(_:)`` reduces it.
///
/// Stored as one vector of values with NaN for none, so that reducing a parent's scores
/// reads them without a branch per score (a NaN set here reads back as `nil`).
public struct ParentScores: Hashable, Sendable, Codable {
    /// The scores at the positions of ``Field``, NaN where there is none (lanes past the fields are NaN).
    private(set) var values = SIMD16<Double>(repeating: .nan)

    /// A score the rules read; its name is the property's name and the coding key.
    public enum Field: Int, CaseIterable, CodingKey, Sendable {
        /// CTS2 `self_psychological_prevalence`.
        case selfPsychological
        /// CTS2 `partner_psychological_prevalence`.
        case partnerPsychological
        /// CTS2 `self_physical_prevalence`.
        case selfPhysical
        /// CTS2 `partner_physical_prevalence`.
        case partnerPhysical
        /// CTS2 `self_psychological_severe_prevalence`.
        case selfPsychologicalSevere
        /// CTS2 `partner_psychological_severe_prevalence`.
        case partnerPsychologicalSevere
        /// CTS2 `self_physical_severe_prevalence`.
        case selfPhysicalSevere
        /// CTS2 `partner_physical_severe_prevalence`.
        case partnerPhysicalSevere
        /// CTS2 `self_physical_ever_prevalence`.
        case selfPhysicalEver
        /// CTS2 `partner_physical_ever_prevalence`.
        case partnerPhysicalEver
        /// AUDIT-C `self_risk`.
        case ownDrinkingRisk
        /// AUDIT-C `partner_risk`.
        case partnerDrinkingRisk
        /// ACE `family_violence`.
        case childhoodFamilyViolence
        /// `trauma.clinicalScales`, a score computed elsewhere (see ``FamilyMember/scores``).
        case traumaClinicalScales
    }

    /// No scores.
    public init() {}

    /// A score: `nil` when there is none; setting `nil` or NaN removes it.
    public subscript(field: Field) -> Double? {
        get {
            let value = values[field.rawValue]
            return value.isNaN ? nil : value
        }
        set { values[field.rawValue] = newValue ?? .nan }
    }

    /// CTS2 `self_psychological_prevalence`.
    public var selfPsychological: Double? {
        get { self[.selfPsychological] }
        set { self[.selfPsychological] = newValue }
    }
    /// CTS2 `partner_psychological_prevalence`.
    public var partnerPsychological: Double? {
        get { self[.partnerPsychological] }
        set { self[.partnerPsychological] = newValue }
    }
    /// CTS2 `self_physical_prevalence`.
    public var selfPhysical: Double? {
        get { self[.selfPhysical] }
        set { self[.selfPhysical] = newValue }
    }
    /// CTS2 `partner_physical_prevalence`.
    public var partnerPhysical: Double? {
        get { self[.partnerPhysical] }
        set { self[.partnerPhysical] = newValue }
    }
    /// CTS2 `self_psychological_severe_prevalence`.
    public var selfPsychologicalSevere: Double? {
        get { self[.selfPsychologicalSevere] }
        set { self[.selfPsychologicalSevere] = newValue }
    }
    /// CTS2 `partner_psychological_severe_prevalence`.
    public var partnerPsychologicalSevere: Double? {
        get { self[.partnerPsychologicalSevere] }
        set { self[.partnerPsychologicalSevere] = newValue }
    }
    /// CTS2 `self_physical_severe_prevalence`.
    public var selfPhysicalSevere: Double? {
        get { self[.selfPhysicalSevere] }
        set { self[.selfPhysicalSevere] = newValue }
    }
    /// CTS2 `partner_physical_severe_prevalence`.
    public var partnerPhysicalSevere: Double? {
        get { self[.partnerPhysicalSevere] }
        set { self[.partnerPhysicalSevere] = newValue }
    }
    /// CTS2 `self_physical_ever_prevalence`.
    public var selfPhysicalEver: Double? {
        get { self[.selfPhysicalEver] }
        set { self[.selfPhysicalEver] = newValue }
    }
    /// CTS2 `partner_physical_ever_prevalence`.
    public var partnerPhysicalEver: Double? {
        get { self[.partnerPhysicalEver] }
        set { self[.partnerPhysicalEver] = newValue }
    }
    /// AUDIT-C `self_risk`.
    public var ownDrinkingRisk: Double? {
        get { self[.ownDrinkingRisk] }
        set { self[.ownDrinkingRisk] = newValue }
    }
    /// AUDIT-C `partner_risk`.
    public var partnerDrinkingRisk: Double? {
        get { self[.partnerDrinkingRisk] }
        set { self[.partnerDrinkingRisk] = newValue }
    }
    /// ACE `family_violence`.
    public var childhoodFamilyViolence: Double? {
        get { self[.childhoodFamilyViolence] }
        set { self[.childhoodFamilyViolence] = newValue }
    }
    /// `trauma.clinicalScales`, a score computed elsewhere (see ``FamilyMember/scores``).
    public var traumaClinicalScales: Double? {
        get { self[.traumaClinicalScales] }
        set { self[.traumaClinicalScales] = newValue }
    }

    /// The CTS2 scales read, in the order of ``Field``'s first ten cases.
    public static let cts2Scales = [
        "self_psychological_prevalence", "partner_psychological_prevalence", "self_physical_prevalence", "partner_physical_prevalence",
        "self_psychological_severe_prevalence", "partner_psychological_severe_prevalence", "self_physical_severe_prevalence",
        "partner_physical_severe_prevalence", "self_physical_ever_prevalence", "partner_physical_ever_prevalence",
    ]

    /// A parent's scores as the rules read them from a member's reports and scores.
    public init(_ member: FamilyMember) {
        Self.cts2.read(member) { position, value in values[position] = value ?? .nan }
        Self.auditc.read(member) { position, value in self[position == 0 ? .ownDrinkingRisk : .partnerDrinkingRisk] = value }
        childhoodFamilyViolence = Self.ace.value(member)
        traumaClinicalScales = Self.trauma.value(member)
    }

    private static let cts2 = ScaleLookup("cts2", cts2Scales)
    private static let auditc = ScaleLookup("auditc", ["self_risk", "partner_risk"])
    private static let ace = ScaleLookup("ace", ["family_violence"])
    private static let trauma = ScaleLookup("trauma", ["clinicalScales"])

    /// Equal when every field is equal or absent in both (NaN is absence, not a value).

    public static func == (lhs: ParentScores, rhs: ParentScores) -> Bool {
        Field.allCases.allSatisfy { lhs[$0] == rhs[$0] }
    }

    /// Hashes every field (an absent one as `nil`), in step with ``==``.
    public func hash(into hasher: inout Hasher) {
        for field in Field.allCases { hasher.combine(self[field]) }
    }

    /// Decodes the fields present (a missing or null field is no score).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Field.self)
        for field in Field.allCases { self[field] = try container.decodeIfPresent(Double.self, forKey: field) }
    }

    /// Encodes the fields that have a score.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Field.self)
        for field in Field.allCases { try container.encodeIfPresent(self[field], forKey: field) }
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

    private static let nosik = ScaleLookup("nosik", ["total"])
    private static let trauma = ScaleLookup("trauma", ["clinicalScales"])

    /// A child's scores as the rules read them from a member's reports and scores.
    public init(_ member: FamilyMember) {
        parentingStress = Self.nosik.value(member)
        traumaClinicalScales = Self.trauma.value(member)
    }
}
