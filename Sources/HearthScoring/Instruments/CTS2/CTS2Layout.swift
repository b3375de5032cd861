/// Hearth's layout of the 26 CTS2 behaviours the study used (per actor).
///
/// Behaviours 1–6 negotiation, 7–10 psychological aggression (minor), 11–14
/// psychological aggression (severe), 15–19 physical assault (minor), 20–26 physical
/// assault (severe): the counts of Straus et al. (1996), 6 + 4 + 4 + 5 + 7. Each is asked
/// for the respondent (`self_<n>`, positions 1–26) and the partner (`partner_<n>`,
/// positions 27–52). Apps map their own form's item order onto this layout.
public enum CTS2Layout {
    /// The number of behaviours per actor.
    public static let behaviourCount = 26
    /// The two actors, in item order.
    public static let actors = ["self", "partner"]
    /// Negotiation behaviours.
    public static let negotiation = 1...6
    /// Psychological aggression, minor.
    public static let psychologicalMinor = 7...10
    /// Psychological aggression, severe.
    public static let psychologicalSevere = 11...14
    /// Physical assault, minor.
    public static let physicalMinor = 15...19
    /// Physical assault, severe.
    public static let physicalSevere = 20...26
    /// All psychological aggression.
    public static let psychological = 7...14
    /// All physical assault.
    public static let physical = 15...26
    /// Psychological and physical together: the study's violence scale.
    public static let violence = 7...26

    /// The 1-based form positions of behaviours `behaviours` for the actor at `actorIndex`.
    public static func positions(_ behaviours: ClosedRange<Int>, actorIndex: Int) -> [Int] {
        behaviours.map { $0 + actorIndex * behaviourCount }
    }

    /// A structural label for a behaviour (type and severity; never the item text).
    static func label(behaviour: Int) -> String {
        switch behaviour {
        case negotiation: "negotiation"
        case psychologicalMinor: "psychological aggression, minor"
        case psychologicalSevere: "psychological aggression, severe"
        case physicalMinor: "physical assault, minor"
        default: "physical assault, severe"
        }
    }
}
