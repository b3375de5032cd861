extension SafetyRuleSet {
    /// Hearth's safety rules, version 1: each anchored in the source report or a published
    /// instrument, none a validated prediction.
    public static let builtIn = SafetyRuleSet(
        id: "hearth-safety", version: "1",
        disclaimer: "Structured decision support, not prediction: the anchors' predictive validity is modest (DASH little better than chance, Turner et al. 2019; Danger Assessment AUC .68–.75 prospectively). Every rule names its source; a professional judges, and unknown information is reported, never read as absent.",
        rules: [
            SafetyRule(id: "critical.threatToKill", kind: .criticalIndicator, parameters: .init(indicator: "threatToKill"), level: .acute,
                       description: "A threat to kill", source: "Danger Assessment item 6; ODARA item 5; SafeLives MARAC"),
            SafetyRule(id: "critical.weapon", kind: .criticalIndicator, parameters: .init(indicator: "weapon"), level: .acute,
                       description: "A weapon used or threatened", source: "Danger Assessment item 5; Kent MARAC"),
            SafetyRule(id: "critical.strangulation", kind: .criticalIndicator, parameters: .init(indicator: "strangulation"), level: .acute,
                       description: "Strangulation or choking", source: "Danger Assessment item 10; DA-5 (Messing et al. 2017)"),
            SafetyRule(id: "critical.extremeFear", kind: .criticalIndicator, parameters: .init(indicator: "extremeFear"), level: .acute,
                       description: "The victim believes the partner could kill them", source: "Danger Assessment item 18; Kent MARAC"),
            SafetyRule(id: "critical.escalation", kind: .criticalIndicator, parameters: .init(indicator: "escalation"), level: .acute,
                       description: "Violence escalating in frequency or severity", source: "Danger Assessment item 1; MARAC potential escalation; 002:4894–4907"),
            SafetyRule(id: "history.recentSevere", kind: .recentSevereIncident, parameters: .init(windowDays: 90), level: .high,
                       description: "A severe physical, sexual or threatening incident in the last 90 days", source: "002:588–590 (act strongly and quickly); 002:1948–1956"),
            SafetyRule(id: "history.frequency", kind: .incidentFrequency, parameters: .init(windowDays: 365, count: 3), level: .elevated,
                       description: "Three or more incidents in 12 months", source: "SafeLives MARAC potential-escalation criterion (3 events in 12 months)"),
            SafetyRule(id: "history.severityEscalation", kind: .severityEscalation, parameters: .init(windowDays: 365), level: .high,
                       description: "A severe incident after only minor ones in the last 12 months", source: "002:4894–4907, 1734–1741"),
            SafetyRule(id: "cts2.severePhysical", kind: .severeViolenceReported, level: .high,
                       description: "Severe physical violence in the past year (CTS2)", source: "002:1948–1956, 2163–2171"),
            SafetyRule(id: "pattern.clusterOfThree", kind: .clusterOfThree, level: .high,
                       description: "Separation, coercive control and physical or sexual violence together", source: "Plymouth MARAC standalone indicators ('cluster of 3'); 002:4518–4529"),
            SafetyRule(id: "profile.intimateTerror", kind: .intimateTerrorProfile, level: .high,
                       description: "The family fits the intimate-terror profile", source: "001:217, 001:201 (set clear limits to the controlling partner)"),
            SafetyRule(id: "pattern.stalking", kind: .stalking, level: .high,
                       description: "Stalking", source: "001:226; Plymouth MARAC standalone indicator"),
            SafetyRule(id: "factors.count", kind: .riskFactorCount, parameters: .init(count: 3), level: .elevated,
                       description: "Three or more of the report's risk factors", source: "002:948–966 (risk factors); the count is Hearth's threshold"),
            SafetyRule(id: "child.presentAtSevere", kind: .childPresentAtSevereIncident, level: .high,
                       description: "Children were present at a severe incident", source: "002:785–786, 7193–7196; 001:148"),
            SafetyRule(id: "child.abuse", kind: .childAbuse, level: .high,
                       description: "The child was the target of abuse", source: "002:762–772"),
        ])
}
