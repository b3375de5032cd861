import Foundation
import HearthCore
import HearthProfiles

/// The words for a decision: why each fired rule fired and what each rule that could raise
/// the level does not know, read from what the evaluation found (``FactReader``,
/// ``IncidentWitnesses``, the profiles). Nothing here decides: the rules are evaluated once,
/// by ``SafetyAssessor/evaluate(_:asOf:)``.
struct RuleReasons {
    let input: SafetyInput
    let reader: FactReader
    let profiles: ProfileResult
    /// The members' scores as the profiles read them (the parents', for severe violence).
    let readings: MemberReadings
    let history: IncidentWitnesses
    /// What the waves show, as the decision read them (with the classifier's trajectory rule).
    let waves: WaveChanges

    init(input: SafetyInput, reader: FactReader, waves: WaveChanges, profiles: ProfileResult, readings: MemberReadings, asOf: Date) {
        self.input = input
        self.reader = reader
        self.waves = waves
        self.profiles = profiles
        self.readings = readings
        history = IncidentWitnesses(incidents: input.incidents, asOf: asOf)
    }

    private var children: [String] { input.family.childIDs }

    /// A rule the decision fired, with what it found and whom it applies to.
    func fired(_ rule: SafetyRule, source: String, language: Language) -> FiredRule {
        let window = rule.parameters.windowDays ?? 0
        var appliesTo: [String]?
        let message: Message<SafetyMessage>
        switch rule.kind {
        case .criticalIndicator:
            message = Message(.criticalIndicatorYes, ["indicator": .term(rule.parameters.indicator ?? "")])
        case .recentSevereIncident:
            let incident = history.recentSevere(window: Double(window))
            message = incidentMessage(incident, .recentSevereIncident, .recentSevereIncidentBetween)
        case .incidentFrequency:
            message = Message(.incidentFrequency, ["count": .integer(history.count(window: Double(window))), "window": .integer(window)])
        case .severityEscalation:
            let found = history.escalation(window: Double(window))
            let kind = MessageArgument.term(found?.incident.kind.rawValue ?? "")
            message = found?.before == 1
                ? Message(.severityEscalationAfterOne, ["kind": kind]) : Message(.severityEscalation, ["kind": kind, "minor": .integer(found?.before ?? 0)])
        case .severeViolenceReported:
            message = severeViolenceMessage()
        case .clusterOfThree:
            message = Message(.clusterPresent)
        case .intimateTerrorProfile:
            let control = profiles.control
            message = control.pattern == .oneSided && !control.controlled.isEmpty
                ? Message(.intimateTerrorAppliesWithControl, ["controlling": .list(control.controlling), "controlled": .list(control.controlled)])
                : Message(.intimateTerrorApplies)
        case .stalking:
            message = Message(.stalkingReported)
        case .riskFactorCount:
            let present = reader.riskFactorAnswers.present
            message = Message(.riskFactorsPresent, ["count": .integer(present.count), "factors": .terms(present)])
        case .childPresentAtSevereIncident:
            let incident = history.childrenPresentAtSevere().incident
            message = incidentMessage(incident, .childrenPresentAtSevere, .childrenPresentAtSevereBetween)
            appliesTo = children
        case .childAbuse:
            let targets = history.abusedChildren(among: children)
            message = Message(.childAbuseIncident, ["children": .list(targets)])
            // Siblings present at the abuse of a child are exposed to it.
            appliesTo = history.siblingsPresentAtAbuse ? children : targets
        case .violenceEscalatedAcrossWaves:
            let rise = waves.escalation
            message = Message(.violenceRoseAcrossWaves, [
                "from": .number(rise?.from ?? 0), "fromWave": .integer(rise?.fromWave ?? 0), "to": .number(rise?.to ?? 0), "toWave": .integer(rise?.toWave ?? 0),
            ])
        case .violencePersistsAcrossWaves:
            let violent = input.family.waves.filter(WaveChanges.showsViolence).map { String($0.wave) }
            message = Message(.violencePersisted, ["waves": .list(violent)])
        case .violenceReturnedAfterPause:
            message = Message(.violenceReturned, ["waves": .list(waves.relapses.map(String.init))])
        case .childNeglect:
            message = Message(.childNeglected)
            appliesTo = children
        case .youngChildWithCaregiverProblems:
            let limit = rule.parameters.ageYears ?? 0
            let young = input.family.childIDs { FactReader.young($0.age, below: limit) == .yes }
            let problems = reader.caregiverProblems.present
            message = Message(.youngChildrenWithCaregiverProblems, ["children": .list(young), "age": .integer(limit), "problems": .terms(problems)])
            appliesTo = young
        case .childrenRepeatedlyPresent:
            message = Message(.childrenPresentRepeatedly, ["count": .integer(history.childrenPresentCount)])
            appliesTo = children
        case .dangerSign:
            message = Message(.dangerSignYes, ["sign": .term(rule.parameters.indicator ?? "")])
            if rule.parameters.appliesToChildren == true { appliesTo = children }
        case .pregnancyWithViolence:
            message = Message(.pregnancyAndViolence)
        }
        return FiredRule(rule: rule, message: message, source: source, appliesTo: appliesTo, language: language)
    }

    /// An incident's reason: its kind and days before the assessment, and who did it to whom
    /// when the incident names both.
    private func incidentMessage(_ incident: Incident?, _ plain: SafetyMessage, _ between: SafetyMessage) -> Message<SafetyMessage> {
        let kind = MessageArgument.term(incident?.kind.rawValue ?? ""), days = MessageArgument.integer(incident.map { history.daysBefore($0.date) } ?? 0)
        if let incident, let by = incident.by, !incident.against.isEmpty {
            return Message(between, ["kind": kind, "by": .text(by), "against": .list(incident.against), "days": days])
        }
        return Message(plain, ["kind": kind, "days": days])
    }


    /// The CTS2's severe physical violence in words. Only with two parents is a report's
    /// "partner" the other parent, so only then are members named as actors; a partner
    /// established as controlled is never named as violent without "it may be violent
    /// resistance" (Johnson 2008).
    private func severeViolenceMessage() -> Message<SafetyMessage> {
        let parents = readings.parentMembers
        let witness = zip(parents, readings.parents).lazy.compactMap { parent, scores in scores.severePhysicalActor.map { (parent.id, $0) } }.first
        guard let (member, actor) = witness else { return Message(.severeViolenceReported, ["member": .text(""), "actor": .term("")]) }
        let control = profiles.control
        guard parents.count == 2, let other = parents.first(where: { $0.id != member })?.id else {
            return Message(.severeViolenceReported, ["member": .text(member), "actor": .term(actor.rawValue)])
        }
        let controlled = control.controlled.count == 1 && [member, other].contains(control.controlled[0]) ? control.controlled[0] : nil
        guard let controlled else {
            if actor == .both { return Message(.severeViolenceReported, ["member": .text(member), "actor": .term(actor.rawValue)]) }
            let (by, against) = actor == .own ? (member, other) : (other, member)
            return Message(.severeViolenceReportedBetween, ["member": .text(member), "by": .text(by), "against": .text(against)])
        }
        let controlling = controlled == member ? other : member
        if actor == .both {
            // The controlling partner is named only where it is established.
            guard control.controlling == [controlling] else {
                return Message(.severeViolenceBothControlledNamed, ["member": .text(member), "controlled": .text(controlled)])
            }
            return Message(.severeViolenceBothWithControl, ["member": .text(member), "controlling": .text(controlling), "controlled": .text(controlled)])
        }
        let (by, against) = actor == .own ? (member, other) : (other, member)
        if by == controlled {
            return Message(.severeViolenceByControlled, ["member": .text(member), "by": .text(by), "against": .text(against)])
        }
        return Message(.severeViolenceReportedBetween, ["member": .text(member), "by": .text(by), "against": .text(against)])
    }

    /// What a rule that could fire does not know.
    func unknown(_ rule: SafetyRule) -> Message<SafetyMessage> {
        if rule.kind.readsHistory && !reader.historyConfirmed && !historyAloneUnknown(rule) {
            guard let confirmed = input.historyConfirmedUntil else { return Message(.historyNeverConfirmed) }
            return Message(.historyConfirmedOnlyUntil, ["date": .text(SafetyDates.day(confirmed))])
        }
        switch rule.kind {
        case .criticalIndicator:
            return Message(.criticalIndicatorUnknown, ["indicator": .term("criticalIndicators." + (rule.parameters.indicator ?? ""))])
        case .severeViolenceReported:
            return Message(.noUsableCTS2)
        case .clusterOfThree:
            let parts = reader.clusterParts
            let unknown = [("coerciveControl", parts.control), ("physicalOrSexualViolence", parts.violence), ("separation", parts.separation)]
                .filter { $0.1 == .unknown }.map(\.0)
            return Message(.clusterPartsUnknown, ["parts": .terms(unknown)])
        case .intimateTerrorProfile:
            let membership = profiles.memberships.first { $0.profile == ProfileRuleSet.intimateTerrorID }
            return Message(.intimateTerrorUndetermined, ["indicators": .terms(membership?.missingInformation ?? [])])
        case .stalking:
            return Message(.stalkingUnknown)
        case .riskFactorCount:
            let (yes, unknown) = reader.riskFactorAnswers.counts
            return Message(.riskFactorsUnknown, ["unknown": .integer(unknown), "present": .integer(yes)])
        case .childPresentAtSevereIncident:
            return Message(.childrenPresenceUnknown)
        case .childrenRepeatedlyPresent:
            return Message(.childrenPresenceCountUnknown, ["count": .integer(rule.parameters.count ?? 0)])
        case .dangerSign:
            return Message(.dangerSignUnknown, ["sign": .term(rule.parameters.indicator ?? "")])
        case .pregnancyWithViolence:
            return input.dangerSigns.pregnantOrRecentBirth == .yes ? Message(.violenceUnknownInPregnancy) : Message(.pregnancyOrViolenceUnknown)
        case .childNeglect:
            return Message(.childNeglectUnknown)
        case .youngChildWithCaregiverProblems:
            let limit = rule.parameters.ageYears ?? 0
            let young = input.family.childIDs { FactReader.young($0.age, below: limit) == .yes }
            if !young.isEmpty { return Message(.caregiverProblemsUnknown, ["children": .list(young), "age": .integer(limit)]) }
            return Message(.youngChildOrCaregiverUnknown, ["age": .integer(limit)])
        case .recentSevereIncident, .incidentFrequency, .severityEscalation, .childAbuse, .violenceEscalatedAcrossWaves, .violenceReturnedAfterPause,
            .violencePersistsAcrossWaves:
            return Message(.historyNotKnown)  // unknown only through an unconfirmed history (above)
        }
    }

    /// Whether a history rule is unknown for a reason of its own (incidents whose children's
    /// presence is unknown), not only because the history is unconfirmed.
    private func historyAloneUnknown(_ rule: SafetyRule) -> Bool {
        switch rule.kind {
        case .childPresentAtSevereIncident: history.childrenPresentAtSevere().answer == .unknown
        case .childrenRepeatedlyPresent: history.childrenPresent(atLeast: rule.parameters.count ?? Int.max) == .unknown  // as compiled
        default: false
        }
    }
}
