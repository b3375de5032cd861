import HearthCore

/// A parent's CTS2 report in words for the profile indicators' evidence: which forms of
/// violence each actor used in the past year (prevalence scales, from the parent's typed
/// ``ParentScores``; `nil` where not interpretable). The indicators' statuses are the
/// family's facts' (``IndicatorStatuses``); this only describes them.
struct CTS2Reading {
    let selfSevere: Answer
    let partnerSevere: Answer
    let selfSeverePhysical: Answer
    let partnerSeverePhysical: Answer
    let selfAny: Answer
    let partnerAny: Answer
    let selfPsychological: Answer
    let partnerPsychological: Answer

    /// A parent's reading, `nil` when the parent has no CTS2 at all. Each answer is the
    /// rules' own reading of the scores (``ParentReadings``), so the words never contradict
    /// the indicator's status.
    init?(_ member: FamilyMember, _ scores: ParentScores) {
        guard member.reports.contains(where: { $0.instrumentID == "cts2" }) || member.scores.keys.contains(where: { $0.hasPrefix("cts2.") }) else {
            return nil
        }
        let readings = ParentReadings(scores)
        selfSevere = readings.answer(ParentReadings.selfSevere)
        partnerSevere = readings.answer(ParentReadings.partnerSevere)
        selfSeverePhysical = readings.answer(ParentReadings.selfSeverePhysical)
        partnerSeverePhysical = readings.answer(ParentReadings.partnerSeverePhysical)
        selfAny = readings.answer(ParentReadings.selfPsychological | ParentReadings.selfPhysical)
        partnerAny = readings.answer(ParentReadings.partnerPsychological | ParentReadings.partnerPhysical)
        selfPsychological = readings.answer(ParentReadings.selfPsychological)
        partnerPsychological = readings.answer(ParentReadings.partnerPsychological)
    }

    /// The severe-violence reading of a parent (psychological or physical: what one-sided
    /// severe violence reads).
    func unilateralSevere(_ member: String) -> Message<ProfileMessage> { message(.cts2Severe, member, selfSevere, partnerSevere) }

    /// The severe physical violence reading of a parent (what severe physical violence reads).
    func severePhysical(_ member: String) -> Message<ProfileMessage> { message(.cts2SeverePhysical, member, selfSeverePhysical, partnerSeverePhysical) }

    /// The any-violence reading of a parent.
    func anyViolence(_ member: String) -> Message<ProfileMessage> { message(.cts2Violence, member, selfAny, partnerAny) }

    /// The psychological-violence reading of a parent.
    func psychological(_ member: String) -> Message<ProfileMessage> { message(.cts2Psychological, member, selfPsychological, partnerPsychological) }

    private func message(_ id: ProfileMessage, _ member: String, _ own: Answer, _ partner: Answer) -> Message<ProfileMessage> {
        Message(id, ["member": .text(member), "self": .term(own.rawValue), "partner": .term(partner.rawValue)])
    }
}
