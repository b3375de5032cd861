import Foundation
import HearthProfiles

extension SafetyAssessor {
    /// Decides a family's safety from its facts, without building reasons in words: the
    /// level, fired rules, missing information, profiles and triage that
    /// ``assess(_:asOf:closure:)`` gives the same family. For screening many families; call
    /// `assess` for the ones a professional opens.
    ///
    /// - Throws: ``SafetyError/Code/invalidHistory`` for incidents out of date order or
    ///   after `asOf`; ``SafetyError/Code/invalidRuleSet`` for a rule set of more than 64
    ///   rules or a profile rule set of more than 64 profiles.
    public func decide(_ facts: SafetyFacts, asOf: Date) throws(SafetyError) -> SafetyDecision {
        guard compiled.rules.count <= CompiledSafetyRules.maximumRules else {
            throw SafetyError(.invalidRuleSet, field: "rules", message: "a decision holds at most \(CompiledSafetyRules.maximumRules) rules")
        }
        try Self.checkIncidents(facts.incidents, asOf: asOf)
        let profileDecision: ProfileDecision
        do { profileDecision = try profiles.decide(facts.family) } catch { throw SafetyError(.invalidRuleSet, field: error.field, message: error.message) }
        let reader = FactReader(facts: facts, asOf: asOf, profiles: profileDecision, intimateTerror: compiled.intimateTerror)
        var fired: UInt64 = 0, unknown: UInt64 = 0
        var level = SafetyLevel.standard
        for (position, rule) in compiled.rules.enumerated() {
            switch reader.evaluate(rule) {
            case .yes:
                fired |= 1 << position
                level = max(level, rule.level)
            case .unknown: unknown |= 1 << position
            case .no: break
            }
        }
        var missing: UInt64 = 0
        for (position, rule) in compiled.rules.enumerated() where unknown & (1 << position) != 0 {
            if rule.level > level || (rule.kind == .criticalIndicator && level < .acute) { missing |= 1 << position }
        }
        let triage = reader.triage(level: level, showsParentingStress: compiled.showsParentingStress)
        return SafetyDecision(level: level, profiles: profileDecision, complexity: triage.complexity, careLevel: triage.care, fired: fired, missing: missing)
    }

    /// The incident date checks of ``SafetyInput/validate(asOf:)``.
    static func checkIncidents(_ incidents: [Incident], asOf: Date) throws(SafetyError) {
        for index in incidents.indices { try Incident.checkDate(in: incidents, at: index, asOf: asOf) }
    }
}
