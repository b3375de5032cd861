/// A parent's CTS2 report in words for the profile indicators' evidence: which forms of
/// violence each actor used in the past year (prevalence scales, from the parent's typed
/// ``ParentScores``; `nil` where not interpretable). The indicators' statuses are the
/// family's facts' (``IndicatorStatuses``); this only describes them.
struct CTS2Reading {
    let selfSevere: Double?
    let partnerSevere: Double?
    let selfAny: Double?
    let partnerAny: Double?
    let selfPsychological: Double?
    let partnerPsychological: Double?

    init?(_ member: FamilyMember, _ scores: ParentScores) {
        guard member.reports.contains(where: { $0.instrumentID == "cts2" }) || member.scores.keys.contains(where: { $0.hasPrefix("cts2.") }) else {
            return nil
        }
        selfSevere = Self.any(scores.selfPsychologicalSevere, scores.selfPhysicalSevere)
        partnerSevere = Self.any(scores.partnerPsychologicalSevere, scores.partnerPhysicalSevere)
        selfAny = Self.any(scores.selfPsychological, scores.selfPhysical)
        partnerAny = Self.any(scores.partnerPsychological, scores.partnerPhysical)
        selfPsychological = scores.selfPsychological
        partnerPsychological = scores.partnerPsychological
    }

    /// 1 when either is 1; 0 when both are 0; unknown otherwise.
    static func any(_ a: Double?, _ b: Double?) -> Double? {
        if a == 1 || b == 1 { return 1 }
        if a == 0 && b == 0 { return 0 }
        return nil
    }

    var unilateralSevere: String { "severe violence self \(Self.text(selfSevere)), partner \(Self.text(partnerSevere))" }

    var anyViolence: String { "violence self \(Self.text(selfAny)), partner \(Self.text(partnerAny))" }

    var psychological: String { "psychological self \(Self.text(selfPsychological)), partner \(Self.text(partnerPsychological))" }

    static func text(_ value: Double?) -> String { value.map { $0 == 1 ? "yes" : "no" } ?? "unknown" }
}
