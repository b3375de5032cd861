import HearthCore
import Foundation
import HearthProfiles

extension SafetyAssessor {
    /// Decides a family's safety from its facts, without building reasons in words: the
    /// level, fired rules, missing information, profiles and triage that
    /// ``assess(_:asOf:closure:plan:)`` gives the same family. For screening many families; call
    /// `assess` for the ones a professional opens.
    ///
    /// - Throws: ``SafetyError/Code/invalidHistory`` for incidents out of date order or
    ///   after `asOf`; ``SafetyError/Code/invalidRuleSet`` for rules set after creation that
    ///   do not validate (more than 64 rules or profiles among them).
    public func decide(_ facts: SafetyFacts, asOf: Date) throws(SafetyError) -> SafetyDecision {
        try evaluate(facts, asOf: asOf).decision
    }

    /// The one evaluation of the rules: the decision, and the reader whose answers it was
    /// made from (``assess(_:asOf:closure:plan:)`` describes them). `decided`: the profiles
    /// as ``profiles`` decided them for `facts.family` already (the assessment's classification).
    func evaluate(_ facts: SafetyFacts, asOf: Date, profiles decided: ProfileDecision? = nil) throws(SafetyError) -> (
        decision: SafetyDecision, reader: FactReader, care: Triage.CareDecision, minimum: MinimumFacts
    ) {
        if let problem = compiled.problem { throw problem }
        if !facts.incidents.isEmpty { try Self.checkIncidents(facts.incidents, asOf: asOf) }
        let profileDecision: ProfileDecision
        if let decided {
            profileDecision = decided
        } else {
            do { profileDecision = try profiles.decide(facts.family) } catch { throw SafetyError(.invalidRuleSet, field: error.field, message: error.message) }
        }
        let history = facts.incidents.isEmpty ? FactReader.History() : FactReader.History(facts.incidents, reportDate: facts.reportDate)
        let reader = FactReader(
            family: facts.family, riskFactors: facts.riskFactors, critical: facts.criticalIndicators, history: history, asOf: asOf,
            profiles: profileDecision, intimateTerror: compiled.intimateTerror,
            waves: facts.waves, historyConfirmedUntil: facts.historyConfirmedUntil, pregnant: facts.dangerSigns.pregnantOrRecentBirth,
            signs: facts.dangerSigns)
        let (fired, unknown) = Self.answers(reader, facts, compiled)
        // The level is the highest of any fired rule's; the possible level the highest any
        // fired or unknown rule could give. Unknowns are missing information when their rule
        // could raise the level (critical indicators always, below acute).
        let levelIndex = compiled.highestLevelIndex(fired)
        let level = CompiledSafetyRules.level(at: levelIndex)
        let possibleLevel = CompiledSafetyRules.level(at: compiled.highestLevelIndex(fired | unknown))
        let missing = unknown & (compiled.rulesAboveLevel[levelIndex] | (level < .acute ? compiled.criticalRules : 0))
        let triage = reader.triage(level: level, possibleLevel: possibleLevel)
        let minimum = MinimumFacts(facts, historyConfirmed: reader.historyConfirmed, acuteDangerSigns: compiled.acuteDangerSigns)
        let decision = SafetyDecision(
            level: level, possibleLevel: possibleLevel, assessable: minimum.assessability, profiles: profileDecision,
            complexity: triage.complexity, careLevel: triage.care, possibleComplexity: triage.possibleComplexity,
            possibleCareLevel: triage.possibleCare, fired: fired, missing: missing)
        return (decision, reader, triage, minimum)
    }

    /// Every rule's answer, as the bit sets of rules that fired and rules unknown.
    private static func answers(_ reader: FactReader, _ facts: borrowing SafetyFacts, _ compiled: borrowing CompiledSafetyRules) -> (yes: UInt64, unknown: UInt64) {
        var yes = compiled.alwaysFiring, unknown: UInt64 = 0
        @inline(__always) func add(_ answer: Answer, _ rules: UInt64) {
            yes |= answer == .yes ? rules : 0
            unknown |= answer == .unknown ? rules : 0
        }
        // Lanes read from the masks' bytes: indexing a SIMD value by a variable spilled all of
        // its lanes to the stack on every pass of the loop.
        withUnsafeBytes(of: compiled.criticalIndicatorRules) { masks in
            for index in 0..<CriticalIndicators.count { add(reader.critical.answer(at: index), masks.load(fromByteOffset: index &* 8, as: UInt64.self)) }
        }
        add(reader.severePhysical, compiled.severeViolenceRules)
        add(reader.cluster, compiled.clusterRules)
        add(reader.intimateTerror, compiled.intimateTerrorRules)
        add(reader.stalking, compiled.stalkingRules)
        add(reader.waveEscalation, compiled.waveEscalationRules)
        add(reader.waveRelapse, compiled.waveRelapseRules)
        add(reader.wavePersistence, compiled.wavePersistenceRules)
        add(reader.childNeglect, compiled.childNeglectRules)
        add(reader.pregnancyWithViolence, compiled.pregnancyRules)
        withUnsafeBytes(of: compiled.dangerSignRules) { masks in
            for index in 0..<DangerSigns.count { add(facts.dangerSigns.answer(at: index), masks.load(fromByteOffset: index &* 8, as: UInt64.self)) }
        }
        let counted = compiled.countRuleAnswers(yes: reader.riskFactors.yes, unknown: reader.riskFactors.unknown)
        yes |= counted.yes
        unknown |= counted.unknown
        // History rules (no, or unknown when the history is not confirmed, without incidents)
        // and per-child rules, one by one.
        // A confirmed history without incidents answers every history rule no, without looking.
        let quiet = facts.incidents.isEmpty && reader.historyConfirmed
        let history = IncidentWitnesses(incidents: facts.incidents, asOf: reader.asOf)
        compiled.rules.withUnsafeBufferPointer { rules in
            for position in compiled.historyRules where !(quiet && rules[position].kind.readsHistory) {
                add(reader.evaluate(historyRule: rules[position], facts, history), 1 << position)
            }
        }
        return (yes, unknown)
    }

    /// The incident date checks of ``SafetyInput/validate(asOf:)``.
    static func checkIncidents(_ incidents: [Incident], asOf: Date) throws(SafetyError) {
        for index in incidents.indices { try Incident.checkDate(in: incidents, at: index, asOf: asOf) }
    }
}
