import Foundation
import HearthCore
import HearthProfiles

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

    /// The assessability as a term: "complete" names only the minimum set when other unknown
    /// facts could still raise the level, or answers disagree (never a bare "complete" beside
    /// "could be HIGH" or a contradiction).
    public var assessableTerm: String {
        guard assessable == .complete else { return assessable.rawValue }
        switch (possibleLevel > level, !inputDisagreements.isEmpty) {
        case (true, true): return "completeMinimumOthersOpenAnswersDisagree"
        case (true, false): return "completeMinimumOthersOpen"
        case (false, true): return "completeAnswersDisagree"
        case (false, false): return "complete"
        }
    }

    /// A member's level as people read it, never calm first: while unknown facts could still
    /// raise the family's level, the possible level (which bounds every member's) before the
    /// level on what is known, and no known level when nothing is assessable; below the
    /// family's level, the family's safety plan at its level before the member's own rules.
    public func personLevelMessage(_ person: PersonSafety) -> Message<ExplanationMessage> {
        let level = MessageArgument.term(person.level.rawValue)
        if possibleLevel > self.level && possibleLevel > person.level {
            return assessable == .notAssessable
                ? Message(.personLevelNotAssessable, ["possible": .term(possibleLevel.rawValue)])
                : Message(.personLevelCouldBe, ["level": level, "possible": .term(possibleLevel.rawValue)])
        }
        if person.level < self.level {
            return Message(.personLevelBelowFamily, ["level": level, "member": .text(person.member), "family": .term(self.level.rawValue)])
        }
        return Message(.personLevel, ["level": level])
    }

    /// The course of the violence across the measurements, in one line: with incidents on
    /// record, the incidents and the last one's date first, then what the measurements alone
    /// say ("stopped" never stands alone, or first, beside a recent severe incident).
    public func courseMessage(_ trajectory: ViolenceTrajectory, day: (Date) -> String) -> Message<ExplanationMessage> {
        guard let last = lastIncident else { return Message(.courseHeader, ["course": .term(trajectory.course.rawValue)]) }
        return Message(.courseHeaderWithIncidents, ["course": .term(trajectory.course.rawValue), "count": .integer(incidentCount), "date": .text(day(last))])
    }

    /// The notes on answers that disagreed, one per disagreement: each answer with where it
    /// was given ("stalking: yes in the family's circumstances, stalking: no in the risk
    /// factors"), what both are read as, and that a professional checks which is right.
    public func disagreementMessages(in language: Language) -> [Message<ExplanationMessage>] {
        inputDisagreements.map { disagreement in
            let facts = disagreement.fields.indices.map { index in
                let parts = disagreement.fields[index].split(separator: ".")
                let fact = MessageArgument.term(parts.last.map(String.init) ?? disagreement.fields[index])
                let section = MessageArgument.term(parts.dropLast().joined(separator: "."))
                let field = index < disagreement.answers.count
                    ? Message(ExplanationMessage.disagreeingAnswer, ["fact": fact, "answer": .term(disagreement.answers[index].rawValue), "section": section])
                    : Message(ExplanationMessage.disagreeingField, ["fact": fact, "section": section])
                return field.text(in: language)
            }
            return Message(.disagreement, ["facts": .list(facts), "readAs": .term(disagreement.readAs.rawValue)])
        }
    }

    /// What to establish first and by when, as people read it: the minimum set's unknown
    /// fields (``toEstablish``); when the minimum set is known but other unknown facts could
    /// make the level high or acute, those facts (``missingInformation``), within 24 hours —
    /// the response names them first, so the list never stands empty beside it. `nil` when
    /// nothing is to be established.
    public var establishFirst: (within: ResponseTime, facts: [String])? {
        if let first = toEstablish.first { return (first.within, toEstablish.map(\.text)) }
        let raising = unknownFacts.filter { $0.couldRaiseTo > level && $0.couldRaiseTo >= .high }.map(\.text)
        return raising.isEmpty ? nil : (.within24Hours, raising)
    }

    /// The line on reassessment: due since the interval passed, if it did, then what else
    /// makes it due — what falls on the assessment date (the first assessment) first, then
    /// each event with its date, oldest first — or not due. `day` writes a date as the reader
    /// does; the triggers' reasons are in the assessment's language, which `language` should be.
    public func reassessmentMessage(in language: Language, day: (Date) -> String) -> Message<ExplanationMessage> {
        guard reassessment.due else { return Message(.reassessmentNotDue) }
        let interval = reassessment.triggers.first { $0.message.id == .triggerInterval }
        let others = reassessment.triggers.filter { $0.message.id != .triggerInterval }
        let ordered = others.filter { $0.date == asOf } + others.filter { $0.date != asOf }.sorted { $0.date < $1.date }
        let triggers = MessageArgument.list(ordered.map { trigger in
            trigger.date == asOf ? trigger.reason : Message(ExplanationMessage.datedTrigger, ["reason": .text(trigger.reason), "date": .text(day(trigger.date))]).text(in: language)
        })
        guard let interval else { return Message(.reassessmentDue, ["triggers": triggers]) }
        let (date, reason) = (MessageArgument.text(day(interval.date)), MessageArgument.text(interval.reason))
        return others.isEmpty
            ? Message(.reassessmentOverdue, ["date": date, "interval": reason])
            : Message(.reassessmentOverdueAlso, ["date": date, "interval": reason, "triggers": triggers])
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
