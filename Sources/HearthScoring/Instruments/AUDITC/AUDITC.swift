import HearthCore

extension Instruments {
    /// AUDIT-C about the respondent's own drinking and about the partner's drinking:
    /// 3 + 3 items scored 0–4 (Bush et al. 1998).
    ///
    /// Items: `self_1...self_3`, then `partner_1...partner_3` (frequency, typical quantity,
    /// frequency of six or more drinks). Scales:
    /// - `self_total`, `partner_total`: 0–12; all three items required, except that a
    ///   first answer of 0 ("never") implies 0 for the two follow-up questions (status
    ///   `determined`).
    /// - `self_risk`, `partner_risk`: 1 when the total reaches the sex-specific cut-off. The
    ///   partner's cut-off uses the partner's sex; when it is not recorded, the opposite of the
    ///   respondent's (the study's couples were all of mixed sex).
    ///
    /// - Parameters:
    ///   - riskCutoffs: The cut-offs; ``AUDITCRiskCutoffs/study`` by default.
    ///   - neverDrinkingImpliesZero: Whether a first answer of 0 ("never") implies 0 for the
    ///     unanswered follow-up questions (status `determined`). On by default: someone who
    ///     never drinks has no typical quantity and no heavy-drinking days, and forms commonly
    ///     skip those questions. Off requires all three answers.
    /// - Throws: ``ScoringError/Code/invalidSetting`` when a cut-off is outside 1...12.
    public static func auditC(
        riskCutoffs: AUDITCRiskCutoffs = .study, neverDrinkingImpliesZero: Bool = true
    ) throws(ScoringError) -> InstrumentDefinition {
        for (field, value) in [("women", riskCutoffs.women), ("men", riskCutoffs.men)] where !(1...12).contains(value) {
            throw ScoringError(
                .invalidSetting, instrument: "auditc", field: "riskCutoffs.\(field)",
                message: "cut-off \(value) is outside 1...12")
        }
        let scale = ResponseScale(minimum: 0, maximum: 4, options: (0...4).map { .init(code: $0, meaning: "\($0) points") })
        let labels = ["drinking frequency", "drinks on a typical day", "frequency of six or more drinks"]
        let items = ["self", "partner"].flatMap { actor in
            labels.enumerated().map { ItemDefinition(id: "\(actor)_\($0.offset + 1)", label: "\(actor): \($0.element)") }
        }
        func total(_ actor: String, firstItem: Int) -> ScaleDefinition {
            ScaleDefinition(
                id: "\(actor)_total", name: "AUDIT-C total, \(actor) (0–12)", items: Array(firstItem...(firstItem + 2)),
                skipRule: neverDrinkingImpliesZero ? SkipRule(gateItem: firstItem, gateCode: 0) : nil)
        }
        func risk(_ actor: String, covariate: CutoffRule.Covariate) -> ScaleDefinition {
            ScaleDefinition(
                id: "\(actor)_risk", name: "Risky drinking, \(actor)",
                cutoff: CutoffRule(
                    source: "\(actor)_total", female: Double(riskCutoffs.women), male: Double(riskCutoffs.men),
                    covariate: covariate, assumeOppositeSexPartner: covariate == .partnerSex))
        }
        return InstrumentDefinition(
            id: "auditc", version: definitionVersion, name: "AUDIT-C (self and partner)",
            citation: "Bush et al. (1998) Arch Intern Med 158:1789–1795; Bradley et al. (2003) Alcohol Clin Exp Res 27:821–827",
            key: KeyProvenance(
                origin: .builtIn, version: definitionVersion,
                source: "AUDIT-C public-domain scoring; risk cut-offs: \(riskCutoffs.source)"),
            informant: .adultSelfReport, minimumAge: 18,
            responseScale: scale, items: items,
            scales: [
                total("self", firstItem: 1), total("partner", firstItem: 4),
                risk("self", covariate: .respondentSex), risk("partner", covariate: .partnerSex),
            ])
    }
}
