/// The outcome of one rule for a family, in three-valued logic (frozen).
enum RuleOutcome {
    /// Fired, with its reason, for the family (`nil`) or some members.
    case fired(String, appliesTo: [String]?)
    /// Established not to fire.
    case notFired
    /// Could fire: this is unknown.
    case unknown(String)
}
