import HearthCore
import HearthNorms
import HearthProfiles

/// Triage: how complex the family's situation is, what care it needs, and which approach.
///
/// The report asks triage to tell complex from less complex cases, analyse every life domain
/// and its causes, and prevent light help for heavy problems (Tierolf et al. 2014, §1.3 and §12.2). Hearth's
/// rule: severe or chronic violence never gets less than specialised help (Tierolf et al.
/// 2014, §1.3 and §12.2).
public struct Triage: Hashable, Sendable, Codable {
    /// One life domain and whether it has a problem.
    public struct Domain: Hashable, Sendable, Codable {
        /// The domain.
        public var name: String
        /// Whether it has a problem.
        public var problem: Answer
    }

    /// How complex the situation is.
    public enum Complexity: String, Hashable, Sendable, Codable, CaseIterable {
        /// Few domains, no severe or chronic violence.
        case lessComplex
        /// Several domains, or severe or chronic violence, or a high level.
        case complex
    }

    /// The care the family needs.
    public enum CareLevel: String, Hashable, Sendable, Codable, Comparable {
        /// The local (neighbourhood) team.
        case localTeam
        /// Specialised help for domestic violence.
        case specialisedHelp
        /// A multidisciplinary approach for structurally unsafe families.
        case multidisciplinary

        private var rank: Int {
            switch self {
            case .localTeam: 0
            case .specialisedHelp: 1
            case .multidisciplinary: 2
            }
        }
        /// Orders care levels from light to heavy.
        public static func < (lhs: CareLevel, rhs: CareLevel) -> Bool { lhs.rank < rhs.rank }
    }

    /// The life domains.
    public var domains: [Domain]
    /// The severity of the violence: `none`, `minor` (the CTS2 shows violence, none of it severe
    /// physical, and no later wave or danger sign shows more; or every fact that could make it
    /// severe is known absent, the incident history confirmed, with no stalking, later wave or
    /// sign showing violence nothing grades), `minorPhysicalWithControl` (the same beside
    /// coercive control, which the CTS2 does not grade), `atLeastMinor` (violence whose
    /// severity is not established), `severe` or `unknown`.
    public var violenceSeverity: String
    /// Whether the violence is chronic: yes for incidents over 12 months or more, 3 or more
    /// incidents, repeated reports, violence at the report's wave and a later one, or coercive
    /// control, stalking or escalation present; no only with the incident history confirmed
    /// complete, no repeated reports, fewer than two incidents less than a year from the
    /// report, and those patterns, violent jealousy and a breached order known absent; else
    /// unknown
    /// (``Triage/violence(history:historyConfirmed:patterns:family:critical:priorSevere:waves:signs:)``).
    public var chronic: Answer
    /// Complexity on what is known.
    public var complexity: Complexity
    /// The recommended care level on what is known.
    public var careLevel: CareLevel
    /// The complexity the unknown facts could still make it (at least ``complexity``): the
    /// care rule read with every unknown life domain a problem, violence that could be severe
    /// or chronic read so, and the possible safety level. Equal to ``complexity`` when
    /// nothing unknown could change it.
    public var possibleComplexity: Complexity
    /// The care level the unknown facts could still make it (at least ``careLevel``; read as
    /// ``possibleComplexity``). A "local team" with a heavier possible care level is not a
    /// finding that light help suffices: establish the unknown facts first.
    public var possibleCareLevel: CareLevel
    /// Why, as data.
    public var reasonMessages: [Message<SafetyMessage>]
    /// ``reasonMessages`` in English.
    public var reasons: [String]
    /// The family's ordered approach (``ProfileResult/approaches``): the dominant profile's
    /// first, a conflicting one only with its limit.
    public var approaches: [String]
    /// Children without help of their own: each child needs own attention (Tierolf et al. 2014, §1.3).
    public var childrenWithoutHelp: [String]
    /// Children whose own trauma scores are in the clinical range (`trauma.clinicalScales`
    /// above zero: TSCYC or TSCC through HearthNorms' clinical count): help of their own.
    public var childrenWithTrauma: [String]
    /// Children whose emotional insecurity (SIS, SIMS-PR) is beyond the reference mean ± 1 SD
    /// on its insecure side (Table 6.1): attention of their own.
    public var childrenWithInsecurity: [String]

    /// The triage of an assessed family in words: the complexity and care level the
    /// evaluation gave (`care`, with why), and the life domains, severity and chronicity it
    /// read (``FactReader``).
    init(
        input: SafetyInput, readings: MemberReadings, reader: FactReader, decision: SafetyDecision, care: CareDecision, profiles: ProfileResult,
        insecurity: ChildInsecurity, language: Language = .english
    ) {
        domains = reader.lifeDomains.list
        violenceSeverity = reader.violence.severity.rawValue
        chronic = reader.violence.chronic
        let problems = domains.filter { $0.problem == .yes }.map(\.name)
        // The care rule as the decision read it, with why.
        (complexity, careLevel) = (care.complexity, care.care)
        (possibleComplexity, possibleCareLevel) = (care.possibleComplexity, care.possibleCare)
        // What unknown facts leave open comes first: "local team" never stands before it
        // (DESIGN §5b, unknown is never quietly calm).
        var reasons: [Message<SafetyMessage>] = []
        if !care.open.isEmpty {
            reasons.append(
                Message(.triageStillOpen, [
                    "open": .terms(care.open.terms), "complexity": .term(possibleComplexity.rawValue), "care": .term(possibleCareLevel.rawValue),
                ]))
        } else if decision.assessable != .complete {
            reasons.append(Message(.triageSettled, ["assessable": .term(decision.assessable.rawValue)]))
        }
        reasons.append(Self.domainMessage(problems: problems, unknown: domains.filter { $0.problem == .unknown }.map(\.name), total: domains.count))
        // A child under 3 has no trauma questionnaire (the TSCYC starts at 3): the domain stays
        // unknown, and the words say who judges it rather than wait for a score.
        let untestable = zip(readings.childMembers, readings.children).compactMap { child, scores in
            (child.age ?? 3) < 3 && FamilyFacts.clinicalTrauma(scores.traumaClinicalScales) == .unknown ? child.id : nil
        }
        if reader.lifeDomains.answer(at: LifeDomains.Domain.trauma.rawValue) == .unknown && !untestable.isEmpty {
            reasons.append(Message(.traumaNotMeasurableUnder3, ["children": .list(untestable)]))
        }
        // "none" is what the questionnaires and records show, never a finding of no violence.
        // "minor" says what it rests on: nothing known makes it severe (what is unknown is
        // named as still open).
        let severityTerm = reader.violence.severity == .none ? "noneKnown" : reader.violence.severity == .minor ? "minorNothingSevere" : violenceSeverity
        reasons.append(Self.violenceMessage(reader.violence, severity: severityTerm))
        // The violence line reads partner violence; neglect is child maltreatment beside it,
        // never hidden behind "violence: none known".
        if input.family.circumstances.childNeglect == .yes { reasons.append(Message(.childNeglectBesideViolence)) }
        if careLevel == .multidisciplinary {
            reasons.append(
                chronic == .yes
                    ? Message(.structurallyUnsafeChronic, ["level": .term(decision.level.rawValue)])
                    : Message(.structurallyUnsafeDomains, ["level": .term(decision.level.rawValue), "count": .integer(problems.count)]))
        }
        // Under a multidisciplinary approach the floor of specialised help says nothing more.
        if care.specialisedHelpFloor && careLevel != .multidisciplinary { reasons.append(Message(.specialisedHelpFloor)) }
        if care.complexByLevelOnly { reasons.append(Message(.complexByLevel, ["level": .term(decision.level.rawValue)])) }
        reasonMessages = reasons
        self.reasons = reasons.map { $0.text(in: language) }
        approaches = profiles.approaches.map(\.text)
        childrenWithoutHelp = input.family.childIDs { !input.childrenInHelp.contains($0.id) }
        childrenWithTrauma = zip(readings.childMembers, readings.children).compactMap { child, scores in
            FamilyFacts.clinicalTrauma(scores.traumaClinicalScales) == .yes ? child.id : nil
        }
        childrenWithInsecurity = input.family.childIDs { insecurity.answer($0) == .yes }
    }
}

extension Triage {
    /// The life domains in words, in one line: those with problems and those unknown ("0
    /// with problems" never stands apart from the unknown).
    static func domainMessage(problems: [String], unknown: [String], total: Int) -> Message<SafetyMessage> {
        switch (problems.isEmpty, unknown.isEmpty) {
        case (true, true): Message(.noProblemDomainsAllKnown, ["total": .integer(total)])
        case (true, false): Message(.noKnownProblemDomains, ["count": .integer(unknown.count), "domains": .terms(unknown)])
        case (false, true): Message(.problemDomainsNoneUnknown, ["count": .integer(problems.count), "total": .integer(total), "domains": .terms(problems)])
        case (false, false):
            Message(.problemDomainsSomeUnknown, [
                "count": .integer(problems.count), "total": .integer(total), "domains": .terms(problems),
                "unknownCount": .integer(unknown.count), "unknown": .terms(unknown),
            ])
        }
    }
}

extension Triage {
    /// The violence as triage reads it, for the decision (the care level reads whether it is
    /// severe and whether it is chronic) and the assessment's words alike.
    struct ViolenceReading: Hashable, Sendable {
        /// How severe (``Triage/violenceSeverity`` spells it).
        enum Severity: String, Hashable, Sendable {
            case severe, minor, minorPhysicalWithControl, atLeastMinor, none, unknown
        }

        var severity: Severity
        /// What makes the violence severe (0 unless it is): one bit per entry of
        /// ``Triage/severeFactTerms`` for each fact that does (bits, so that a decision
        /// allocates nothing; the words read ``severeBecause``).
        var severeFacts: UInt16
        /// The term keys of ``severeFacts``.
        var severeBecause: [String] { Triage.severeFactTerms.indices.filter { severeFacts & (1 << $0) != 0 }.map { Triage.severeFactTerms[$0] } }
        /// Whether the violence is chronic.
        var chronic: Answer
        /// Why it is chronic (`nil` unless ``chronic`` is yes): the first reason that holds.
        var chronicBecause: Chronicity?
        /// Chronicity is unknown though every fact it reads is known (a confirmed history of
        /// two incidents within a year, every pattern known): a professional's judgement, not
        /// a fact to establish.
        var chronicIsJudgement: Bool
        /// Whether the violence is severe, or could be if an unknown fact were yes (an
        /// unconfirmed incident history, an unknown critical indicator, danger sign, prior
        /// severe violence or CTS2 reading).
        var possiblySevere: Bool
        /// Whether the violence is severe.
        var severe: Bool { severity == .severe }

        /// What makes violence chronic; the raw value is its term key.
        enum Chronicity: String, Hashable, Sendable {
            case overAYear = "chronicOverAYear", repeatedIncidents = "chronicRepeatedIncidents", repeatedReports = "chronicRepeatedReports"
            case acrossWaves = "chronicAcrossWaves"
            case coerciveControl = "chronicCoerciveControl", stalking = "chronicStalking"
            case escalation = "chronicEscalation"
        }
    }

    /// The facts that are patterns over time. Coercive control (Stark 2007), stalking and
    /// escalation ("getting worse or more frequent", Danger Assessment item 1) present make
    /// violence chronic. Violent constant jealousy (Danger Assessment item 14) and a breached
    /// restraining order or house ban are signs of one without establishing violence over
    /// time (a practitioner's reading): present or unknown, they keep chronicity from being
    /// no. Any of them unknown does too.
    struct Patterns: Hashable, Sendable {
        var control: Answer, stalking: Answer, escalation: Answer, jealousy: Answer, breachOfOrder: Answer

        /// The first pattern present that makes violence chronic, in the order above.
        var firstPresent: ViolenceReading.Chronicity? {
            control == .yes ? .coerciveControl : stalking == .yes ? .stalking : escalation == .yes ? .escalation : nil
        }

        /// Whether every pattern and sign is known absent.
        var allAbsent: Bool { control == .no && stalking == .no && escalation == .no && jealousy == .no && breachOfOrder == .no }
        /// Whether each is known, yes or no.
        var allKnown: Bool {
            control != .unknown && stalking != .unknown && escalation != .unknown && jealousy != .unknown && breachOfOrder != .unknown
        }
    }

    /// The violence's severity and chronicity.
    ///
    /// Severe: a severe incident, severe physical violence in a parent's CTS2, a critical
    /// indicator, prior severe violence, sexual violence, or a danger sign of forced sex,
    /// violence in pregnancy, threats to the children or a gun. Otherwise "minor" only where
    /// the CTS2 shows violence and establishes none of it severe, and no later wave or danger
    /// sign shows violence; violence known from incidents, later waves, control, stalking or
    /// danger signs is "at least minor" (its severity is not measured, never read as minor);
    /// "none" when the CTS2 establishes no physical violence and nothing else shows any.
    ///
    /// Chronic: incidents over 12 months or more, repeated reports, violence at the report's
    /// wave and a later one, or a pattern over time present (``Patterns``). No only when the
    /// incident history is confirmed complete up to the assessment date (unrecorded incidents
    /// could span a year), with no repeated reports, fewer than two incidents, the report and
    /// the incidents less than a year apart (a report a year from an incident may be about the
    /// same violence, or about something else), and every pattern known absent. Otherwise
    /// chronicity is not shown (unknown), never no.
    static func violence(
        history: FactReader.History, historyConfirmed: Bool, patterns: Patterns, family: FamilyFacts, critical: CriticalIndicators, priorSevere: Answer,
        waves: borrowing WaveChanges, signs: DangerSigns
    ) -> ViolenceReading {
        let circumstances = family.circumstances
        let anyCritical = (0..<CriticalIndicators.count).reduce(Answer.no) { $0 || critical.answer(at: $1) }
        let severeSign = signs.forcedSex || signs.violenceDuringPregnancy || signs.threatsToChildren || signs.gunAccess || circumstances.sexualViolence
        let severeAnswer = Answer(history.severe) || family.severePhysicalViolence || anyCritical || priorSevere || severeSign
        let severe = severeAnswer == .yes
        let possiblySevere = severeAnswer != .no || !historyConfirmed
        let wavesShowViolence = waves.violentWaves > 0 || signs.breachOfOrder == .yes || signs.violentJealousy == .yes || signs.honourBasedViolence == .yes
        let anyViolence = history.count > 0 || family.physicalViolence == .yes || family.psychologicalViolence == .yes
            || patterns.control == .yes || patterns.stalking == .yes || wavesShowViolence
        let measuredMinor = family.severePhysicalViolence == .no && (family.physicalViolence == .yes || family.psychologicalViolence == .yes)
        // Not severe as established: every fact that could make it severe is known absent
        // (a confirmed incident history among them), and no stalking, later wave or sign
        // shows violence whose severity nothing measures.
        let establishedNotSevere = !possiblySevere && !wavesShowViolence && patterns.stalking != .yes
        // Coercive control is not graded by the CTS2: "minor" never stands alone beside it.
        let minor: ViolenceReading.Severity =
            (measuredMinor && !wavesShowViolence) || establishedNotSevere ? (patterns.control == .yes ? .minorPhysicalWithControl : .minor) : .atLeastMinor
        let severity: ViolenceReading.Severity = severe ? .severe : (anyViolence ? minor : (family.physicalViolence == .no ? .none : .unknown))
        // Three or more incidents are repeated violence (SafeLives' "potential escalation").
        let because: ViolenceReading.Chronicity? =
            history.spanDays >= 365 ? .overAYear
            : history.count >= 3 ? .repeatedIncidents
            : circumstances.repeatedReports == .yes ? .repeatedReports
            : waves.persistent ? .acrossWaves
            : patterns.firstPresent
        // No needs every pattern known absent, and a report and the incidents less than a
        // year apart (a report a year from an incident may be about the same violence).
        let settledNo = circumstances.repeatedReports == .no && history.count < 2 && patterns.allAbsent && history.spanWithReportDays < 365
        let chronic: Answer = because != nil ? .yes : (historyConfirmed && settledNo ? .no : .unknown)
        let judgement = chronic == .unknown && historyConfirmed && circumstances.repeatedReports != .unknown && patterns.allKnown
        // An incident history not confirmed complete could hold a severe incident.
        return ViolenceReading(
            severity: severity, severeFacts: severe ? severeFacts(history: history, family: family, critical: critical, priorSevere: priorSevere, signs: signs) : 0,
            chronic: chronic, chronicBecause: because, chronicIsJudgement: judgement, possiblySevere: possiblySevere)
    }

    /// The facts that make violence severe, as term keys, in the order the words name them:
    /// the critical indicators (``CriticalIndicators/all`` order), a severe incident, severe
    /// physical violence in a CTS2, prior severe violence, sexual violence, and the danger
    /// signs forced sex, violence in pregnancy, threats to the children and a gun (a danger
    /// sign makes violence read as severe without being violence itself).
    static let severeFactTerms = CriticalIndicators.names + [
        "severeIncident", "severeCTS2", "priorSevereViolence", "sexualViolence", "forcedSex", "violenceDuringPregnancy", "threatsToChildren", "gunAccess",
    ]

    /// The facts that are yes among ``severeFactTerms``, one bit each.
    private static func severeFacts(
        history: FactReader.History, family: FamilyFacts, critical: CriticalIndicators, priorSevere: Answer, signs: DangerSigns
    ) -> UInt16 {
        var bits: UInt16 = 0
        for position in 0..<CriticalIndicators.count where critical.answer(at: position) == .yes { bits |= 1 << position }
        // In ``severeFactTerms`` order after the critical indicators (no array per family).
        var offset = CriticalIndicators.count
        func add(_ answer: Answer) {
            if answer == .yes { bits |= 1 << offset }
            offset += 1
        }
        add(Answer(history.severe))
        add(family.severePhysicalViolence)
        // Prior severe violence reads a severe incident on record as yes: named once, as the incident.
        add(history.severe ? .no : priorSevere)
        add(family.circumstances.sexualViolence)
        add(signs.forcedSex)
        add(signs.violenceDuringPregnancy)
        add(signs.threatsToChildren)
        add(signs.gunAccess)
        return bits
    }

    /// Complexity and care level, and why: the one reading of the care rule, for the
    /// decision (``SafetyDecision``) and the words (``Triage``).
    struct CareDecision: Hashable, Sendable {
        var complexity: Complexity
        var care: CareLevel
        /// Complex through the safety level alone (few domains, neither severe nor chronic
        /// violence): the words say so, so "complex" never stands without a reason.
        var complexByLevelOnly: Bool
        /// Severe or chronic violence: never less than specialised help.
        var specialisedHelpFloor: Bool
        /// The complexity and care level the unknown facts could still make it.
        var possibleComplexity: Complexity
        var possibleCare: CareLevel
        /// The care rule's inputs that unknown facts leave open, when the possible care
        /// differs from the known.
        var open: OpenInputs = []
    }

    /// The care rule's inputs unknown facts can leave open, one bit each (no allocation:
    /// the decision path sets them for every family).
    struct OpenInputs: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        static let domainCount = OpenInputs(rawValue: 1), severity = OpenInputs(rawValue: 2), chronicity = OpenInputs(rawValue: 4)
        static let highLevel = OpenInputs(rawValue: 8), acuteLevel = OpenInputs(rawValue: 16), chronicityJudgement = OpenInputs(rawValue: 32)

        /// The term keys of the inputs open, in the rule's order.
        var terms: [String] {
            [(Self.domainCount, "openDomainCount"), (.severity, "openSeverity"), (.chronicity, "openChronicity"),
             (.chronicityJudgement, "openChronicityJudgement"), (.highLevel, "openLevelHigh"), (.acuteLevel, "openLevelAcute")]
                .compactMap { contains($0.0) ? $0.1 : nil }
        }
    }

    /// Problems in this many life domains or more make a situation complex, and with a high
    /// level structurally unsafe (Hearth's choice: the report asks triage to tell complex
    /// from less complex cases over every life domain, Tierolf et al. 2014, §12.2, without a count).
    static let complexDomainCount = 3

    /// Complexity and care level from the number of life domains with problems, whether the
    /// violence is severe or chronic, and the safety level (shared by the full assessment and
    /// the decision path).
    static func careLevel(problems: Int, severe: Bool, chronic: Bool, level: SafetyLevel) -> CareDecision {
        let manyDomains = problems >= complexDomainCount
        let complexity: Complexity = manyDomains || severe || chronic || level >= .high ? .complex : .lessComplex
        var care: CareLevel = complexity == .complex ? .specialisedHelp : .localTeam
        // Structurally unsafe: a high level with chronic violence or problems in many domains.
        if level >= .high && (manyDomains || chronic) { care = .multidisciplinary }
        if (severe || chronic) && care < .specialisedHelp {
            care = .specialisedHelp  // never light help for heavy problems (Tierolf et al. 2014, §12.2)
        }
        return CareDecision(
            complexity: complexity, care: care, complexByLevelOnly: complexity == .complex && !manyDomains && !severe && !chronic,
            specialisedHelpFloor: severe || chronic, possibleComplexity: complexity, possibleCare: care)
    }

    /// The care rule on what is known, and on every unknown read as yes: unknown life domains
    /// as problems, violence that could be severe or chronic as such, and the possible level
    /// (the rule only rises with each of them, so the second is at least the first).
    static func careLevel(
        domains: LifeDomains, violence: ViolenceReading, level: SafetyLevel, possibleLevel: SafetyLevel
    ) -> CareDecision {
        var known = careLevel(problems: domains.problems, severe: violence.severe, chronic: violence.chronic == .yes, level: level)
        let possible = careLevel(
            problems: domains.problems + domains.unknownCount, severe: violence.possiblySevere, chronic: violence.chronic != .no, level: possibleLevel)
        (known.possibleComplexity, known.possibleCare) = (possible.complexity, possible.care)
        guard possible.complexity != known.complexity || possible.care != known.care else { return known }
        var open: OpenInputs = []
        if domains.problems < complexDomainCount && domains.problems + domains.unknownCount >= complexDomainCount { open.insert(.domainCount) }
        if !violence.severe && violence.possiblySevere { open.insert(.severity) }
        if violence.chronic == .unknown { open.insert(violence.chronicIsJudgement ? .chronicityJudgement : .chronicity) }
        if level < .high && possibleLevel >= .high { open.insert(possibleLevel == .acute ? .acuteLevel : .highLevel) }
        known.open = open
        return known
    }

    /// The violence's severity and chronicity in words, each with what shows it when it is
    /// severe or chronic.
    static func violenceMessage(_ violence: ViolenceReading, severity: String) -> Message<SafetyMessage> {
        switch (violence.severeBecause.isEmpty, violence.chronicBecause) {
        case let (false, chronic?): Message(.violenceReadingSevereChronic, ["severeBecause": .terms(violence.severeBecause), "because": .term(chronic.rawValue)])
        case (false, nil): Message(.violenceReadingSevere, ["severeBecause": .terms(violence.severeBecause), "chronic": .term(violence.chronic.rawValue)])
        case let (true, chronic?): Message(.violenceReadingChronic, ["severity": .term(severity), "because": .term(chronic.rawValue)])
        case (true, nil): Message(.violenceReading, ["severity": .term(severity), "chronic": .term(violence.chronic.rawValue)])
        }
    }

    /// The line that heads the triage, unlabelled: complexity and care level, and what they
    /// could still become when unknown facts could make them heavier (the explanation labels
    /// it with ``ExplanationMessage/triageLabelled``; a page shows it under its heading).
    public var lineMessage: Message<ExplanationMessage> {
        if possibleComplexity == complexity && possibleCareLevel == careLevel {
            return Message(.triageLine, ["complexity": .term(complexity.rawValue), "care": .term(careLevel.rawValue)])
        }
        if possibleComplexity == complexity {
            return Message(.triageLineCareCouldBe, [
                "complexity": .term(complexity.rawValue), "care": .term(careLevel.rawValue), "possibleCare": .term(possibleCareLevel.rawValue),
            ])
        }
        return Message(.triageLineCouldBe, [
            "possibleComplexity": .term(possibleComplexity.rawValue), "possibleCare": .term(possibleCareLevel.rawValue),
            "complexity": .term(complexity.rawValue), "care": .term(careLevel.rawValue),
        ])
    }
}
