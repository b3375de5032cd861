import HearthCore

extension ParentScores {
    /// Who used severe physical violence in the past year per this parent's CTS2 — `both`,
    /// `self` or `partner` — when the rules' reading of it is yes (``ParentReadings``): what the
    /// safety assessment names for a fired severe-violence rule (never the reporting parent
    /// alone when the partner used it too); `nil` when it is not yes.
    package var severePhysicalActor: ViolentPartner? {
        let readings = ParentReadings(self)
        let own = readings.answer(ParentReadings.selfSeverePhysical) == .yes
        let partner = readings.answer(ParentReadings.partnerSeverePhysical) == .yes
        switch (own, partner) {
        case (true, true): return .both
        case (true, false): return .own
        case (false, true): return .partner
        case (false, false): return nil
        }
    }

    /// Who used violence, as a parent's CTS2 reports it (the raw value is the term the words use).
    package enum ViolentPartner: String, Hashable, Sendable {
        case both
        case own = "self"
        case partner
    }
}
