extension ParentScores {
    /// Who used severe physical violence in the past year per this parent's CTS2, `self`
    /// before `partner`, when the rules' reading of it is yes (``ParentReadings``): what the
    /// safety assessment names for a fired severe-violence rule; `nil` when it is not yes.
    package var severePhysicalActor: String? {
        let readings = ParentReadings(self)
        let yes = readings.possiblyYes & ~readings.possiblyNo
        if yes & (1 << Field.selfPhysicalSevere.rawValue) != 0 { return "self" }
        if yes & (1 << Field.partnerPhysicalSevere.rawValue) != 0 { return "partner" }
        return nil
    }
}
