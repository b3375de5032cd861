import HearthCore
import HearthProfiles

extension SafetyRuleSet {
    /// Hearth's safety rules, version 1: each anchored in the source report or a published
    /// instrument, none a validated prediction.
    public static let builtIn = SafetyRuleSet(
        id: "hearth-safety", version: "1",
        disclaimer: "Structured decision support, not prediction: the anchors' predictive validity is modest (DASH little better than chance, Turner et al. 2019; Danger Assessment AUC .68–.75 prospectively). Every rule names its source; a professional judges, and unknown information is reported, never read as absent.",
        rules: [
            SafetyRule(id: "critical.threatToKill", kind: .criticalIndicator, parameters: .init(indicator: "threatToKill"), level: .acute,
                       description: "A threat to kill", citations: [.init("campbell2009", at: "Danger Assessment item 6"), .init("hilton2004", at: "ODARA item 5"), .init("safelivesMarac")]),
            SafetyRule(id: "critical.weapon", kind: .criticalIndicator, parameters: .init(indicator: "weapon"), level: .acute,
                       description: "A weapon used or threatened", citations: [.init("campbell2009", at: "Danger Assessment item 5"), .init("kentMarac")]),
            SafetyRule(id: "critical.strangulation", kind: .criticalIndicator, parameters: .init(indicator: "strangulation"), level: .acute,
                       description: "Strangulation or choking", citations: [.init("campbell2009", at: "Danger Assessment item 10"), .init("messing2017", at: "DA-5"), .init("plymouthDash")]),
            SafetyRule(id: "critical.extremeFear", kind: .criticalIndicator, parameters: .init(indicator: "extremeFear"), level: .acute,
                       description: "The victim believes the partner could kill them", citations: [.init("campbell2009", at: "Danger Assessment item 18"), .init("kentMarac", at: "extreme fear")]),
            SafetyRule(id: "critical.escalation", kind: .criticalIndicator, parameters: .init(indicator: "escalation"), level: .acute,
                       description: "Violence escalating in frequency or severity", citations: [.init("campbell2009", at: "Danger Assessment item 1"), .init("safelivesMarac", at: "potential escalation"), .init("tierolf2014", at: "§9.2.1")]),
            SafetyRule(id: "history.recentSevere", kind: .recentSevereIncident, parameters: .init(windowDays: 90), level: .high,
                       description: "A severe physical, sexual or threatening incident in the last 90 days", citations: [.init("tierolf2014", at: "§1.3 (act strongly and quickly), §4.3.1"), .init(Bibliography.hearthsChoice, at: "the 90-day window")]),
            SafetyRule(id: "history.frequency", kind: .incidentFrequency, parameters: .init(windowDays: 365, count: 3), level: .elevated,
                       description: "Three or more incidents in 12 months", citations: [.init("safelivesMarac", at: "potential escalation: 3 events in 12 months")]),
            SafetyRule(id: "history.severityEscalation", kind: .severityEscalation, parameters: .init(windowDays: 365), level: .high,
                       description: "A severe incident after only minor ones in the last 12 months", citations: [.init("tierolf2014", at: "§4.1, §9.2.1"), .init(Bibliography.hearthsChoice, at: "the 12-month window")]),
            SafetyRule(id: "cts2.severePhysical", kind: .severeViolenceReported, level: .high,
                       description: "Severe physical violence in the past year (CTS2)", citations: [.init("straus1996", at: "severe physical assault"), .init("tierolf2014", at: "§4.3.1, Table 4.2; §4.3.3")]),
            SafetyRule(id: "pattern.clusterOfThree", kind: .clusterOfThree, level: .high,
                       description: "Separation, coercive control and physical or sexual violence together", citations: [.init("plymouthDash", at: "the cluster of 3"), .init("tierolf2014", at: "§8.2")]),
            SafetyRule(id: "profile.intimateTerror", kind: .intimateTerrorProfile, level: .high,
                       description: "The family fits the intimate-terror profile", citations: [.init("steketee2020", at: SteketeeSections.profiles), .init("johnson2008")]),
            SafetyRule(id: "pattern.stalking", kind: .stalking, level: .high,
                       description: "Stalking", citations: [.init("steketee2020", at: SteketeeSections.screening), .init("plymouthDash")]),
            SafetyRule(id: "factors.count", kind: .riskFactorCount, parameters: .init(count: 3), level: .elevated,
                       description: "Three or more of the report's risk factors", citations: [.init("tierolf2014", at: "§2.2.2 (risk factors)"), .init(Bibliography.hearthsChoice, at: "the count of three")]),
            SafetyRule(id: "child.presentAtSevere", kind: .childPresentAtSevereIncident, level: .high,
                       description: "Children were present at a severe incident", citations: [.init("tierolf2014", at: "§2.1, §10.4.3"), .init("steketee2020", at: SteketeeSections.coordination)]),
            SafetyRule(id: "child.abuse", kind: .childAbuse, level: .high,
                       description: "The child was the target of abuse", citations: [.init("tierolf2014", at: "§2.1")]),
        ])
}
