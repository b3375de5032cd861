/// A parent's CTS2 report read for the profile indicators: which forms of violence each
/// actor used in the past year (prevalence scales; `nil` where not interpretable).
struct CTS2Reading {
    let selfSevere: Double?
    let partnerSevere: Double?
    let selfAny: Double?
    let partnerAny: Double?
    let selfPsychological: Double?
    let partnerPsychological: Double?

    init?(_ member: FamilyMember) {
        guard member.reports.contains(where: { $0.instrumentID == "cts2" }) || member.scores.keys.contains(where: { $0.hasPrefix("cts2.") }) else {
            return nil
        }
        func value(_ scale: String) -> Double? { member.value("cts2", scale) }
        selfSevere = Self.any(value("self_psychological_severe_prevalence"), value("self_physical_severe_prevalence"))
        partnerSevere = Self.any(value("partner_psychological_severe_prevalence"), value("partner_physical_severe_prevalence"))
        selfAny = Self.any(value("self_psychological_prevalence"), value("self_physical_prevalence"))
        partnerAny = Self.any(value("partner_psychological_prevalence"), value("partner_physical_prevalence"))
        selfPsychological = value("self_psychological_prevalence")
        partnerPsychological = value("partner_psychological_prevalence")
    }

    /// 1 when either is 1; 0 when both are 0; unknown otherwise.
    static func any(_ a: Double?, _ b: Double?) -> Double? {
        if a == 1 || b == 1 { return 1 }
        if a == 0 && b == 0 { return 0 }
        return nil
    }

    var unilateralSevere: (IndicatorEvaluation.Status, String) {
        let detail = "severe violence self \(Self.text(selfSevere)), partner \(Self.text(partnerSevere))"
        guard let selfSevere, let partnerSevere else { return (.unknown, detail) }
        return ((selfSevere == 1) != (partnerSevere == 1) ? .met : .notMet, detail)
    }

    var anyViolence: (IndicatorEvaluation.Status, String) {
        let status = Self.status(Self.any(selfAny, partnerAny))
        return (status, "violence self \(Self.text(selfAny)), partner \(Self.text(partnerAny))")
    }

    var psychological: (IndicatorEvaluation.Status, String) {
        (Self.status(Self.any(selfPsychological, partnerPsychological)), "psychological self \(Self.text(selfPsychological)), partner \(Self.text(partnerPsychological))")
    }

    static func status(_ value: Double?) -> IndicatorEvaluation.Status {
        value.map { $0 == 1 ? .met : .notMet } ?? .unknown
    }

    static func text(_ value: Double?) -> String { value.map { $0 == 1 ? "yes" : "no" } ?? "unknown" }
}
