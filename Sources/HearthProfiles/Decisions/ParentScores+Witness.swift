import HearthCore

extension ParentScores {
    /// Who used severe physical violence in the past year per this parent's CTS2 — `both`,
    /// `self` or `partner` — when the rules' reading of it is yes (``ParentReadings``): what the
    /// safety assessment names for a fired severe-violence rule (never the reporting parent
    /// alone when the partner used it too); `nil` when it is not yes.
    package var severePhysicalActor: String? {
        let readings = ParentReadings(self)
        let own = readings.answer(1 << Field.selfPhysicalSevere.rawValue) == .yes
        let partner = readings.answer(1 << Field.partnerPhysicalSevere.rawValue) == .yes
        switch (own, partner) {
        case (true, true): return "both"
        case (true, false): return "self"
        case (false, true): return "partner"
        case (false, false): return nil
        }
    }
}
