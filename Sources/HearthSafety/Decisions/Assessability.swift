import HearthCore
import HearthProfiles

/// Whether a family's minimum information set is known, so that the level can be trusted as
/// more than provisional (LIRIK and the meldcode's veiligheidsbeoordeling both ask that
/// what is unknown is established before relying on a judgement).
public enum Assessability: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every critical indicator answered, the violence history known (confirmed up to the
    /// assessment date, or a usable CTS2), and each child's age and neglect known.
    case complete
    /// Neither complete nor not assessable: some of the minimum information is known, or
    /// none of it but incidents are on record (``MinimumFacts``).
    case provisional
    /// No critical indicator answered and no violence information at all.
    case notAssessable
}
