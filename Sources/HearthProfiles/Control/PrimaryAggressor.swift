import HearthCore

/// The primary aggressor: the partner whose violence is part of a pattern of coercive control,
/// as distinct from a partner who resists it. **Undetermined by default.** Hearth names one only
/// where the data establish it: exactly one parent named as controlling the other
/// (``FamilyInput/controllingMembers``, a professional's finding; Johnson 2008; Stark 2007).
/// A member named as controlled is never named.
/// Who hit whom per the CTS2 never decides (both partners' answers can show violence when one
/// is resisting; Tierolf et al. 2014, §4.3.3), and neither does the sex of a partner. No
/// safety rule reads this: it can never lower anyone's level. The rule is Hearth's choice.
public struct PrimaryAggressor: Hashable, Sendable, Codable {
    /// Whether a primary aggressor is established.
    public enum Determination: String, Hashable, Sendable, Codable {
        /// Named from the data (one controlling partner).
        case determined
        /// Not established: the data do not allow it.
        case undetermined
    }

    /// Whether one is established.
    public var determination: Determination
    /// The member (pseudonym), when determined.
    public var member: String?
    /// Why, as data.
    public var message: Message<ProfileMessage>
    /// ``message`` in the language asked for.
    public var reason: String
    /// The works and choices the rule rests on.
    public var citations: [Citation]

    /// The primary aggressor a family's control reading allows.
    public init(_ control: ControlReading, language: Language = .english) {
        switch control.pattern {
        case .oneSided:
            determination = .determined
            member = control.controlling.first
            message = Message(.primaryAggressorByControl, ["member": .text(member ?? "")])
        case .mutual:
            determination = .undetermined
            message = Message(.primaryAggressorMutual)
        case .controllingPartnerNotNamed:
            determination = .undetermined
            message = Message(.primaryAggressorNotAMember, ["controlled": .list(control.controlled)])
            if case .controlledByPartnerToEstablish = control.messages.first?.id {
                message = Message(.primaryAggressorNotNamed, ["controlled": .list(control.controlled)])
            }
        case .none where control.messages.first?.id != .noCoerciveControlButStalking:
            // No coercive control (and no stalking beside the "no"): no pattern to name one from.
            determination = .undetermined
            message = Message(.primaryAggressorWithoutControl)
        case .none, .unknown, .controllingMemberUnknown:
            determination = .undetermined
            message = Message(.primaryAggressorUndetermined)
        }
        reason = message.text(in: language)
        citations = [Citation("johnson2008"), Citation("stark2007"), Citation(Bibliography.hearthsChoice, at: LocalizedText("the primary-aggressor rule", dutch: "de regel voor de primaire pleger"))]
    }
}
