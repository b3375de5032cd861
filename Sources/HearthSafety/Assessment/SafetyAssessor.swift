import Foundation
import HearthCore
import HearthNorms
import HearthProfiles

/// Assesses a family's safety with a versioned rule set.
///
/// Rules are independent and only raise levels: a family with few other problems is never
/// rated safer because of it (Tierolf et al. 2014, §10.4.1). A critical indicator makes the level acute
/// whatever else is found. Unknown is never read as no: rules that could fire on unknown
/// information are listed as missing information.
public struct SafetyAssessor: Sendable {
    /// The rules.
    public var ruleSet: SafetyRuleSet { didSet { compiled = CompiledSafetyRules(ruleSet, profiles: profiles) } }
    /// The profile classifier whose result feeds the intimate-terror rule and triage.
    public var profiles: ProfileClassifier { didSet { compiled = CompiledSafetyRules(ruleSet, profiles: profiles) } }
    /// The rules with names resolved, for ``decide(_:asOf:)``.
    private(set) var compiled: CompiledSafetyRules
    /// The report's norms, for the children's emotional insecurity in triage.
    let insecurity: ChildInsecurity
    /// Who reads the assessments (the response to a family that is not assessable is
    /// worded for them).
    public var role: PractitionerRole = .otherProfessional
    /// The language of the assessment's sentences, names and sources (JSON keys and values such
    /// as levels stay English); the profiles are classified in it too.
    public var language: Language = .english

    /// Creates an assessor.
    ///
    /// - Throws: ``SafetyError/Code/invalidRuleSet`` when the rules are inconsistent, or
    ///   refer to a profile the profile rules do not define (``SafetyRuleSet/validate(against:)``).
    public init(ruleSet: SafetyRuleSet = .builtIn, profiles: ProfileClassifier? = nil) throws(SafetyError) {
        let classifier: ProfileClassifier
        if let profiles {
            classifier = profiles
        } else {
            do { classifier = try ProfileClassifier() } catch { throw SafetyError(.invalidRuleSet, field: error.field, message: error.message) }
        }
        try ruleSet.validate(against: classifier.ruleSet)
        do { insecurity = ChildInsecurity(comparator: NormComparator(normSet: try NormSet.builtIn())) } catch {
            throw SafetyError(.invalidRuleSet, field: "norms", message: "the built-in norms could not be read: \(error.message)")
        }
        self.ruleSet = ruleSet
        self.profiles = classifier
        compiled = CompiledSafetyRules(ruleSet, profiles: classifier)
    }

    /// The response to a level for a reader: professionals other than Veilig Thuis must report
    /// acute and structural unsafety to Veilig Thuis (the meldcode's afwegingskader, since 2019).
    ///
    /// Structural unsafety (violence that goes on or came back across the measurements) is a
    /// reason to report under the meldcode's afwegingskader at every level, so an elevated
    /// level with it names the report too.
    static func response(_ level: SafetyLevel, role: PractitionerRole, structural: Bool = false) -> Message<SafetyMessage> {
        guard role != .veiligThuis else { return level.responseMessage }
        switch level {
        case .acute: return Message(.responseAcuteReport)
        case .high: return Message(.responseHighReport)
        case .elevated: return structural ? Message(.responseElevatedReport) : level.responseMessage
        case .standard: return level.responseMessage
        }
    }

    /// Assesses a family at a date.
    ///
    /// - Parameters:
    ///   - closure: Two professionals' recorded decision to end monitoring early.
    ///   - plan: The family's safety plan (a closure needs its every condition met).
    /// - Throws: ``SafetyError/Code/invalidHistory`` for dates out of order or after `asOf`;
    ///   ``SafetyError/Code/invalidFamily`` for an invalid family;
    ///   ``SafetyError/Code/invalidRuleSet`` when rules set after creation are inconsistent;
    ///   ``SafetyError/Code/judgementRefused`` for a closure that does not meet its criteria.
    public func assess(_ given: SafetyInput, asOf: Date, closure: MonitoringClosure? = nil, plan: SafetyPlan? = nil) throws(SafetyError) -> SafetyAssessment {
        if let problem = compiled.problem { throw problem }
        try given.validate(asOf: asOf)
        try closure?.validate(input: given, plan: plan, asOf: asOf)
        // Every fact asked twice is one answer for the profiles, the rules and the words alike.
        let (input, disagreements) = given.reconciled()
        let profileResult: ProfileResult, familyFacts: FamilyFacts, readings: MemberReadings, profileDecision: ProfileDecision
        var classifier = profiles
        classifier.language = language
        // `given.validate` validated the family; of what reconciling changes, validation reads
        // only coercive control, which reconciling makes yes whenever a member is named.
        do { (profileResult, familyFacts, readings, profileDecision) = try classifier.explain(input.family, validated: true) } catch {
            throw SafetyError(.invalidFamily, field: error.field, message: error.message)
        }
        // The rules are evaluated once (as `decide` does); what follows puts the decision
        // and what the evaluation found into words.
        // The waves are read with the classifier's trajectory rule, as its trajectory reads them.
        let facts = SafetyFacts(input, family: familyFacts, waves: WaveChanges(input.family.waves, rule: classifier.trajectoryRule))
        let (decision, reader, care, minimum) = try evaluate(facts, asOf: asOf, profiles: profileDecision)
        let reasons = RuleReasons(input: input, reader: reader, waves: facts.waves, profiles: profileResult, readings: readings, asOf: asOf)
        let citations = compiled.citationTexts[language]
        let fired = decision.firedRulePositions.map { reasons.fired(ruleSet.rules[$0], source: citations[$0], language: language) }
        // The fired rules are read in place (lazily), without filtered copies.
        let familyLevel = fired.lazy.filter { $0.appliesTo == nil }.map(\.level).max() ?? .standard
        let persons = input.family.members.map { member in
            let own = fired.lazy.filter { $0.appliesTo?.contains(member.id) ?? false }.map(\.level).max()
            return PersonSafety(
                member: member.id, role: member.role, level: max(familyLevel, own ?? .standard),
                rules: fired.compactMap { $0.appliesTo == nil || $0.appliesTo?.contains(member.id) == true ? $0.rule : nil })
        }
        let level = decision.level
        let missing = decision.missingInformationPositions.map { ruleSet.rules[$0] }
            .sorted { $0.level > $1.level }
            .map { MissingInformation(rule: $0, message: reasons.unknown($0), language: language) }
        let triage = Triage(
            input: input, readings: readings, reader: reader, decision: decision, care: care, profiles: profileResult, insecurity: insecurity,
            language: language)
        // While unknown facts could raise the level, reassess on the possible level's interval.
        let scheduleLevel = decision.possibleLevel
        let schedule = ReassessmentSchedule(
            input: input, asOf: asOf, level: scheduleLevel, closure: closure, relapse: reader.waveRelapse == .yes, language: language)
        let establish = MinimumInformation(minimum, input: input)
        let within = establish.within(level: level, possibleLevel: decision.possibleLevel, assessable: decision.assessable)
        var response: Message<SafetyMessage> =
            decision.assessable == .notAssessable
            ? Message(role == .veiligThuis ? .notAssessableVeiligThuis : .notAssessableOther, ["within": .term(within.rawValue)])
            : Self.response(level, role: role, structural: reader.wavePersistence == .yes || reader.waveRelapse == .yes)
        // The level's own response is never read alone while unknowns could make it high or
        // acute (DESIGN §5b): the open facts come first, with what to do if they stay open.
        if decision.assessable != .notAssessable && decision.possibleLevel > level && decision.possibleLevel >= .high {
            response = Message(role == .veiligThuis ? .responseAfterOpenFactsVeiligThuis : .responseAfterOpenFacts, [
                "within": .term(within.rawValue), "possible": .term(decision.possibleLevel.rawValue), "response": .text(response.text(in: language)),
            ])
        }
        return SafetyAssessment(
            asOf: asOf, ruleSet: "\(ruleSet.id)@\(ruleSet.version)", disclaimer: ruleSet.disclaimer.text(in: language), level: level,
            possibleLevel: decision.possibleLevel, assessable: decision.assessable,
            toEstablish: establish.unknownFields.map { FactToEstablish(field: $0.field, message: $0.message, within: within, language: language) },
            responseMessage: response, response: response.text(in: language), inputDisagreements: disagreements, firedRules: fired, missingInformation: missing, persons: persons,
            profiles: profileResult, triage: triage, reassessment: schedule, language: language, incidentCount: input.incidents.count,
            lastIncident: input.incidents.last?.date)
    }
}
