import Foundation
import HearthCore

extension SafetyAssessment {
    /// The assessment as text for professionals, in its ``language``: the level (the level the
    /// unknown facts could still produce first, never the calm reading), what to establish and
    /// by when, the reasons with their sources, what could raise the level, each member, triage,
    /// the approach, the reassessment, the profiles, who controls whom and the course; rule
    /// identifiers only in a closing details section. A rendering of the assessment's data:
    /// nothing is evaluated again.
    ///
    /// - Parameter judged: the assessment with professional judgements, shown first.
    public func explanation(judged: JudgedSafetyAssessment? = nil) -> String {
        var lines = SafetyExplanationLines(language: language)
        lines.head(self, judged: judged)
        lines.reasons(self)
        lines.people(self)
        lines.followUp(self)
        lines.profiles(self)
        lines.details(self)
        return lines.text
    }
}

/// The explanation's lines, each rendered from an ``ExplanationMessage``.
struct SafetyExplanationLines {
    let language: Language
    private var lines: [String] = []

    init(language: Language) { self.language = language }

    var text: String { lines.joined(separator: "\n") + "\n" }

    private func render(_ id: ExplanationMessage, _ values: KeyValuePairs<String, MessageArgument> = [:]) -> String {
        Message(id, values).text(in: language)
    }

    private mutating func add(_ id: ExplanationMessage, _ values: KeyValuePairs<String, MessageArgument> = [:], indent: Bool = false) {
        lines.append((indent ? "  " : "") + render(id, values))
    }

    private mutating func list(_ items: [String]) {
        lines += items.isEmpty ? ["  " + render(.none)] : items.map { "  \($0)" }
    }

    /// A date as the language writes it.
    private func day(_ date: Date) -> String { language.day(date) }

    /// The headline, the judgements, the response and the disagreements.
    mutating func head(_ assessment: SafetyAssessment, judged: JudgedSafetyAssessment?) {
        if let judged {
            let level = MessageArgument.term(judged.effectiveLevel.rawValue)
            if judged.judgements.count == 1 { add(.levelInForceOne, ["level": level]) } else { add(.levelInForce, ["level": level, "count": .integer(judged.judgements.count)]) }
            for judgement in judged.judgements {
                let values: (professional: MessageArgument, level: MessageArgument, reason: MessageArgument) =
                    (.text(judgement.assessor.rawValue), .term(judgement.level.rawValue), .text(judgement.reason))
                if let reviewer = judgement.secondReviewer {
                    add(.judgementReviewed, ["professional": values.professional, "level": values.level, "reason": values.reason, "reviewer": .text(reviewer.rawValue)], indent: true)
                } else {
                    add(.judgement, ["professional": values.professional, "level": values.level, "reason": values.reason], indent: true)
                }
            }
            add(.computed)
        }
        // The level the unknowns could still produce leads when it is higher: never read calm first.
        let state = MessageArgument.term(assessment.assessableTerm)
        var headline: String
        if assessment.assessable == .notAssessable && assessment.possibleLevel > assessment.level {
            // Nothing known names no level: the response says it is not assessable.
            headline = render(.headlineNotAssessable, ["possible": .term(assessment.possibleLevel.rawValue)])
        } else if assessment.possibleLevel > assessment.level {
            headline = render(.headlineCouldBe, ["possible": .term(assessment.possibleLevel.rawValue), "level": .term(assessment.level.rawValue), "state": state])
        } else if assessment.assessableTerm == Assessability.complete.rawValue {
            headline = render(.headline, ["level": .term(assessment.level.rawValue)])
        } else {
            headline = render(.headlineWithState, ["level": .term(assessment.level.rawValue), "state": state])
        }
        // The response says it itself when the open facts come first.
        let responseSaysIt = [SafetyMessage.responseAfterOpenFacts, .responseAfterOpenFactsVeiligThuis, .notAssessableOther, .notAssessableVeiligThuis]
            .contains(assessment.responseMessage.id)
        if let first = assessment.toEstablish.first, !responseSaysIt { headline += render(.establishFirst, ["within": .term(first.within.rawValue)]) }
        lines.append(headline + " — " + assessment.response)
        lines += assessment.disagreementMessages(in: language).map { $0.text(in: language) }
        if let establish = assessment.establishFirst {
            lines.append("")
            add(.toEstablishHeader, ["within": .term(establish.within.rawValue)])
            list(establish.facts)
        }
    }

    /// The fired rules and the unknown facts that could raise the level.
    mutating func reasons(_ assessment: SafetyAssessment) {
        lines.append("")
        add(.firedHeader)
        list(assessment.firedReasons.map { reason in
            guard let members = reason.appliesTo else {
                return render(.firedRule, ["level": .term(reason.level.rawValue), "reason": .text(reason.text), "source": .text(reason.source)])
            }
            return render(.firedRuleFor, ["level": .term(reason.level.rawValue), "reason": .text(reason.text), "members": .list(members), "source": .text(reason.source)])
        })
        lines.append("")
        add(.unknownHeader)
        list(assessment.unknownFacts.map { render(.unknownLine, ["unknown": .text($0.text), "level": .term($0.couldRaiseTo.rawValue)]) })
    }

    /// Each member's level, triage and the approach, and the children's needs.
    mutating func people(_ assessment: SafetyAssessment) {
        lines.append("")
        add(.personsHeader)
        for person in assessment.persons {
            let level = assessment.personLevelMessage(person).text(in: language)
            add(.personLine, ["member": .text(person.member), "role": .term(person.role.rawValue), "level": .text(level)], indent: true)
        }
        let triage = assessment.triage
        lines.append("")
        add(.triageLabelled, ["line": .text(triage.lineMessage.text(in: language))])
        lines += triage.reasons.map { "  \($0)" }
        if !triage.approaches.isEmpty {
            add(.approachHeader)
            lines += triage.approaches.map { "  \($0)" }
        }
        if !triage.childrenWithoutHelp.isEmpty { add(.childrenWithoutHelp, ["children": .list(triage.childrenWithoutHelp)]) }
        if !triage.childrenWithInsecurity.isEmpty { add(.childrenWithInsecurity, ["children": .list(triage.childrenWithInsecurity)]) }
        if !triage.childrenWithTrauma.isEmpty { add(.childrenWithTrauma, ["children": .list(triage.childrenWithTrauma)]) }
    }

    /// The reassessment and monitoring.
    mutating func followUp(_ assessment: SafetyAssessment) {
        let schedule = assessment.reassessment
        lines.append("")
        lines.append(assessment.reassessmentMessage(in: language, day: day).text(in: language))
        lines.append(assessment.monitoringMessage(next: day(schedule.nextScheduled), until: day(schedule.monitoringUntil)).text(in: language))
    }

    /// The dominant profile, who controls whom, the primary aggressor and the course.
    mutating func profiles(_ assessment: SafetyAssessment) {
        let profiles = assessment.profiles
        lines.append("")
        add(.dominantProfile, ["reason": .text(profiles.dominant.reason)])
        add(.controlHeader)
        lines += profiles.control.text.map { "  \($0)" }
        add(.primaryAggressor, ["reason": .text(profiles.primaryAggressor.reason)])
        if let trajectory = profiles.trajectory {
            lines.append("")
            lines.append(assessment.courseMessage(trajectory, day: day).text(in: language))
            lines += trajectory.reasons.map { "  \($0)" }
        }
    }

    /// Identifiers for specialists: the rule set and the rules.
    mutating func details(_ assessment: SafetyAssessment) {
        lines.append("")
        add(.detailsHeader)
        add(.ruleSetLine, ["ruleSet": .text(assessment.ruleSet), "disclaimer": .text(assessment.disclaimer)], indent: true)
        add(.firedIDs, ["rules": .list(assessment.firedRules.map(\.rule))], indent: true)
        if !assessment.missingInformation.isEmpty {
            add(.unknownIDs, ["rules": .list(assessment.missingInformation.map(\.rule))], indent: true)
        }
    }
}
