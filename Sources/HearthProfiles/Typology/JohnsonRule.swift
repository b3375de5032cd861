/// A rule for Johnson's typology of partner violence (Johnson 2008, *A Typology of
/// Domestic Violence*), which needs a coercive-control measure for **both** partners.
///
/// The CTS2 does not measure control (Tierolf et al. 2014), so without such a measure the type is
/// ``JohnsonType/notDeterminable``. The cut-off belongs to the control measure used (e.g. a
/// cluster cut-off of that study) and is supplied with its citation.
public struct JohnsonRule: Hashable, Sendable, Codable {
    /// The rule's identifier.
    public var id: String
    /// Its version.
    public var version: String
    /// The control measure and the source of the cut-off.
    public var source: String
    /// A control score at or above this counts as coercive control.
    public var controlCutoff: Double

    /// Creates a rule.
    public init(id: String, version: String, source: String, controlCutoff: Double) {
        self.id = id
        self.version = version
        self.source = source
        self.controlCutoff = controlCutoff
    }

    /// The score keys a parent's ``FamilyMember/scores`` must hold: the control measure for
    /// the respondent and for the partner.
    public static let selfControlKey = "control.self"
    /// See ``selfControlKey``.
    public static let partnerControlKey = "control.partner"
}

/// Johnson's types of partner violence.
public enum JohnsonType: String, Hashable, Sendable, Codable, CaseIterable {
    /// One partner is violent and controlling, the other not controlling.
    case intimateTerrorism
    /// Both partners are violent and controlling.
    case mutualViolentControl
    /// Violence without a pattern of coercive control.
    case situationalCoupleViolence
    /// No partner violence in the past year.
    case noPartnerViolence
    /// Control was not measured for both partners, or the violence is unknown.
    case notDeterminable
}
