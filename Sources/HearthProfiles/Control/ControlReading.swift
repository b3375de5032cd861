import HearthCore

/// Who controls whom in a family, as far as it is established: the centre of intimate
/// terror (Johnson 2008; Stark 2007). Read from ``FamilyInput/controllingMembers`` and the
/// coercive-control circumstance, with each partner's severe violence from the parents'
/// CTS2 as supporting evidence. A reading, never a rule input beyond the coercive-control
/// fact: it cannot take a family out of a profile or lower a safety level.
public struct ControlReading: Hashable, Sendable, Codable {
    /// What is established about coercive control in the family.
    public enum Pattern: String, Hashable, Sendable, Codable {
        /// Coercive control is answered no.
        case none
        /// Whether there is coercive control is unknown.
        case unknown
        /// There is coercive control, but who controls whom is not established.
        case controllingMemberUnknown
        /// One partner controls the other.
        case oneSided
        /// A member is named as controlled, but the controlling partner is not among the named
        /// members (a partner outside the family input, or not yet established).
        case controllingPartnerNotNamed
        /// Both partners are named as controlling: mutual violent control (Johnson 2008),
        /// rare; often one partner is resisting.
        case mutual
    }

    /// What is established.
    public var pattern: Pattern
    /// The controlling members (pseudonyms), as named.
    public var controlling: [String]
    /// The members controlled: as named, else for one controlling parent of two, the other.
    public var controlled: [String]
    /// The reading as data: what is established, then each partner's severe violence
    /// where one partner controls the other.
    public var messages: [Message<ProfileMessage>]
    /// ``messages`` in the result's language.
    public var text: [String]
    /// The works the reading rests on.
    public var citations: [Citation]

    /// Reads a family (validated: controlling and controlled members are parents, each once).
    package init(_ family: FamilyInput, _ readings: MemberReadings, language: Language = .english) {
        controlling = family.controllingMembers
        let parents = readings.parentMembers
        // The controlled partner: as named, else the other parent of a two-parent family with
        // one controlling member (never assumed among three or more parents).
        if !family.controlledMembers.isEmpty {
            controlled = family.controlledMembers
        } else if controlling.count == 1, parents.count == 2 {
            controlled = parents.map(\.id).filter { $0 != family.controllingMembers[0] }
        } else {
            controlled = []
        }
        switch controlling.count {
        case 0 where !controlled.isEmpty:
            let named = controlled
            let others = parents.map(\.id).filter { !named.contains($0) }
            pattern = .controllingPartnerNotNamed
            messages = others.isEmpty
                ? [Message(.controlledByUnnamedPartner, ["controlled": .list(controlled)])]
                : [Message(.controlledByPartnerToEstablish, ["controlled": .list(controlled), "others": .list(others)])]
        case 0:
            switch family.circumstances.coerciveControl {
            case .yes: (pattern, messages) = (.controllingMemberUnknown, [Message(.controllingMemberUnknown)])
            // Stalking beside a "no" is named: it is often a tactic of coercive control (Stark
            // 2007), so the "no" is not read out as settled.
            case .no: (pattern, messages) = (.none, [Message(family.circumstances.stalking == .yes ? .noCoerciveControlButStalking : .noCoerciveControl)])
            case .unknown: (pattern, messages) = (.unknown, [Message(.coerciveControlUnknown)])
            }
        case 1:
            pattern = .oneSided
            let controller = family.controllingMembers[0]
            let main: Message<ProfileMessage>
            if !controlled.isEmpty {
                main = Message(.controlsPartner, ["controlling": .text(controller), "controlled": .list(controlled)])
            } else if parents.count == 1 {
                main = Message(.controlsPartnerNotInFamily, ["controlling": .text(controller)])
            } else {
                main = Message(.controlsPartnerNotNamed, ["controlling": .text(controller)])
            }
            messages = [main] + Self.violence(by: controller, against: controlled, parents, readings)
        default:
            pattern = .mutual
            messages = [Message(.mutualControl, ["controlling": .list(controlling)])]
        }
        text = messages.map { $0.text(in: language) }
        citations = [Citation("johnson2008"), Citation("stark2007")]
    }

    /// Each partner's severe violence in the past year, when one parent controls one other:
    /// the controlling partner's as it is, the controlled partner's as possible violent
    /// resistance (Johnson 2008), which never takes the family out of intimate terror.
    private static func violence(by controlling: String, against controlled: [String], _ parents: [FamilyMember], _ readings: MemberReadings) -> [Message<ProfileMessage>] {
        guard controlled.count == 1, parents.count == 2 else { return [] }
        let severe = Self.severeViolence(parents, readings)
        let controllingIndex = parents[0].id == controlling ? 0 : 1
        var messages: [Message<ProfileMessage>] = [
            Message(.controllingPartnerSevereViolence, ["member": .text(controlling), "answer": .term(severe[controllingIndex].rawValue)])
        ]
        if severe[1 - controllingIndex] != .no {
            messages.append(
                Message(.possibleViolentResistance, [
                    "member": .text(controlled[0]), "partner": .text(controlling), "answer": .term(severe[1 - controllingIndex].rawValue),
                ]))
        }
        return messages
    }

    /// Whether each of two parents used severe (psychological or physical) violence in the
    /// past year: their own CTS2 as self, or the other's as partner (Kleene or: either
    /// account's yes is yes, both accounts' no is no).
    static func severeViolence(_ parents: [FamilyMember], _ readings: MemberReadings) -> [Answer] {
        let first = ParentReadings(readings.parents[0]), second = ParentReadings(readings.parents[1])
        return [
            first.answer(ParentReadings.selfSevere) || second.answer(ParentReadings.partnerSevere),
            second.answer(ParentReadings.selfSevere) || first.answer(ParentReadings.partnerSevere),
        ]
    }
}
