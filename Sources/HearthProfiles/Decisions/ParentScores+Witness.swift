import HearthCore

extension ParentScores {
    /// Who used severe physical violence in the past year per this parent's CTS2, `self`
    /// before `partner`, when the rules' reading of it is yes (``ParentReadings``): what the
    /// safety assessment names for a fired severe-violence rule; `nil` when it is not yes.
    package var severePhysicalActor: String? {
        let readings = ParentReadings(self)
        if readings.answer(1 << Field.selfPhysicalSevere.rawValue) == .yes { return "self" }
        if readings.answer(1 << Field.partnerPhysicalSevere.rawValue) == .yes { return "partner" }
        return nil
    }
}
