import HearthCore

/// Readings of an assessment that its renderings share (the explanation, the family report):
/// each made once.
extension SafetyAssessment {
    /// An unknown fact and the highest level it could give: ``missingInformation`` with the
    /// rules that lack the same fact listed once.
    public struct UnknownFact: Hashable, Sendable {
        /// What is unknown, in the assessment's language.
        public var text: String
        /// The highest level it could give.
        public var couldRaiseTo: SafetyLevel
        /// The rules it could fire.
        public var rules: [String]
    }

    /// ``missingInformation`` grouped by fact, in order of first appearance.
    public var unknownFacts: [UnknownFact] {
        var facts: [UnknownFact] = []
        for missing in missingInformation {
            if let index = facts.firstIndex(where: { $0.text == missing.unknown }) {
                facts[index].couldRaiseTo = max(facts[index].couldRaiseTo, missing.couldRaiseTo)
                facts[index].rules.append(missing.rule)
            } else {
                facts.append(UnknownFact(text: missing.unknown, couldRaiseTo: missing.couldRaiseTo, rules: [missing.rule]))
            }
        }
        return facts
    }

    /// The line on monitoring, given the dates as the reader writes them: until a date, going
    /// on while the level or a due reassessment needs it (never a past date as its end), or
    /// that it may end.
    public func monitoringMessage(next: String, until: String) -> Message<ExplanationMessage> {
        if !reassessment.monitoringActive { return Message(.nextScheduledMonitoringMayEnd, ["next": .text(next), "until": .text(until)]) }
        if reassessment.monitoringUntil > asOf { return Message(.nextScheduledMonitoring, ["next": .text(next), "until": .text(until)]) }
        return Message(.nextScheduledMonitoringOngoing, ["next": .text(next)])
    }

    /// A reason as people read it: the fired rules that say the same about the same members,
    /// once, at the highest level among them, with every source.
    public struct FiredReason: Hashable, Sendable {
        /// The reason, in the assessment's language.
        public var text: String
        /// The highest level among the rules.
        public var level: SafetyLevel
        /// The rules (identifiers).
        public var rules: [String]
        /// Their sources, each once, joined by "; ".
        public var source: String
        /// The members they apply to (`nil`: the whole family).
        public var appliesTo: [String]?
    }

    /// ``firedRules`` with the rules that give the same reason for the same members listed once
    /// (a recent severe incident is both "within 90 days" and "within 12 months"), in order of
    /// first appearance.
    public var firedReasons: [FiredReason] {
        var reasons: [FiredReason] = []
        for rule in firedRules {
            if let index = reasons.firstIndex(where: { $0.text == rule.reason && $0.appliesTo == rule.appliesTo }) {
                reasons[index].level = max(reasons[index].level, rule.level)
                reasons[index].rules.append(rule.rule)
                let known = reasons[index].source.components(separatedBy: "; ")
                let added = rule.source.components(separatedBy: "; ").filter { !known.contains($0) }
                if !added.isEmpty { reasons[index].source = (known + added).joined(separator: "; ") }
            } else {
                reasons.append(FiredReason(text: rule.reason, level: rule.level, rules: [rule.rule], source: rule.source, appliesTo: rule.appliesTo))
            }
        }
        return reasons
    }
}
