/// The computed profile classification of a family. Never changed after it is made:
/// professional judgements are added beside it in a ``ProfileAssessment``.
public struct ProfileResult: Hashable, Sendable, Codable {
    /// The family's pseudonym.
    public var family: String
    /// The rule set's identifier and version.
    public var ruleSet: String
    /// The rule set's statement about its status.
    public var disclaimer: String
    /// One membership per profile, in the rule set's order.
    public var memberships: [ProfileMembership]
    /// The dominant profile.
    public var dominant: DominantProfile
    /// One ordered approach for the family: the dominant profile's first, then the others
    /// that apply by rank, each conflicting one with its limit.
    public var approaches: [ProfileApproach]
    /// The violence typology from each parent's CTS2.
    public var typologies: [ViolenceTypology]
    /// Who controls whom, as far as it is established.
    public var control: ControlReading
    /// The primary aggressor: undetermined unless one partner is established as controlling.
    public var primaryAggressor: PrimaryAggressor
    /// The trajectory of partner violence across waves, when waves were given.
    public var trajectory: ViolenceTrajectory?

    /// The profiles the family is a member of.
    public var profiles: [String] { memberships.filter { $0.status == .member }.map(\.profile) }
}
