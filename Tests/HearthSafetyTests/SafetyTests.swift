import Foundation
import HearthCore
import HearthProfiles
import Testing

@testable import HearthSafety

let day: TimeInterval = 86_400
let asOf = Date(timeIntervalSince1970: 1_795_000_000)
func daysAgo(_ days: Double) -> Date { asOf.addingTimeInterval(-days * day) }

/// Every answer a professional gives, by kind (the baseline sets them no; properties answer
/// the unknown ones).
let circumstancePaths: [WritableKeyPath<Circumstances, Answer> & Sendable] = [
    \.separated, \.contactArrangementDisputed, \.legalProceedingsOverChildren, \.coerciveControl, \.sexualViolence, \.stalking,
    \.debtsOrPoverty, \.unemployment, \.housingProblems, \.parentPsychiatricProblems, \.parentLongTermCareNeed, \.substanceUse,
    \.childNeglect, \.childBehaviourProblems, \.repeatedReports, \.victimFear, \.parentingStressObserved,
]
let riskFactorPaths: [WritableKeyPath<RiskFactors, Answer> & Sendable] = [
    \.childhoodViolence, \.povertyIncome, \.partnerProblemDrinking, \.sexualCoercion, \.controlAndIsolation, \.separationOrHandovers,
    \.stalking, \.criminalBackground, \.priorSevereViolence, \.repeatedReports,
]
let dangerSignPaths: [WritableKeyPath<DangerSigns, Answer> & Sendable] = [
    \.gunAccess, \.violentJealousy, \.forcedSex, \.suicideThreats, \.threatsToChildren, \.honourBasedViolence, \.breachOfOrder,
    \.pregnantOrRecentBirth, \.violenceDuringPregnancy,
]

/// A family with everything known to be absent: a baseline at the standard level.
func quietInput(_ edit: (inout SafetyInput) -> Void = { _ in }) -> SafetyInput {
    var circumstances = Circumstances()
    for path in circumstancePaths { circumstances[keyPath: path] = .no }
    var cts2: [String: Double] = [:]
    for actor in ["self", "partner"] {
        for type in ["psychological", "physical"] {
            for suffix in ["prevalence", "ever_prevalence", "minor_prevalence", "severe_prevalence"] { cts2["cts2.\(actor)_\(type)_\(suffix)"] = 0 }
        }
    }
    cts2["auditc.self_risk"] = 0
    cts2["auditc.partner_risk"] = 0
    cts2["ace.family_violence"] = 0
    cts2["trauma.clinicalScales"] = 0
    let family = FamilyInput(family: "F", circumstances: circumstances, members: [
        FamilyMember(id: "P1", role: .parent, sex: .female, age: 33, scores: cts2),
        FamilyMember(id: "C1", role: .child, sex: .male, age: 6, scores: ["nosik.total": 40, "trauma.clinicalScales": 0]),
    ])
    var risk = RiskFactors()
    for path in riskFactorPaths { risk[keyPath: path] = .no }
    var critical = CriticalIndicators()
    for path in [\CriticalIndicators.threatToKill, \.weapon, \.strangulation, \.extremeFear, \.escalation] { critical[keyPath: path] = .no }
    var signs = DangerSigns()
    for path in dangerSignPaths { signs[keyPath: path] = .no }
    var input = SafetyInput(
        family: family, reportDate: daysAgo(60), riskFactors: risk, criticalIndicators: critical, dangerSigns: signs, childrenInHelp: ["C1"],
        previousAssessment: daysAgo(10), historyConfirmedUntil: asOf)
    edit(&input)
    return input
}

func assess(_ input: SafetyInput) throws -> SafetyAssessment { try SafetyAssessor().assess(input, asOf: asOf) }
func fired(_ assessment: SafetyAssessment) -> [String] { assessment.firedRules.map(\.rule) }

@Suite("Safety levels and rules")
struct SafetyRuleTests {
    @Test func baselineIsStandard() throws {
        let quiet = try assess(quietInput())
        #expect(quiet.level == .standard)
        #expect(quiet.firedRules.isEmpty && quiet.missingInformation.isEmpty)
        #expect(quiet.persons.map(\.level) == [.standard, .standard])
        #expect(quiet.response.hasPrefix("regular procedure"))
        #expect(quiet.ruleSet == "hearth-safety@2")
        #expect(quiet.possibleLevel == .standard && quiet.assessable == .complete && quiet.toEstablish.isEmpty)
    }

    @Test(arguments: ["threatToKill", "weapon", "strangulation", "extremeFear", "escalation"])
    func everyCriticalIndicatorMakesItAcute(_ name: String) throws {
        let paths: [String: WritableKeyPath<CriticalIndicators, Answer>] = [
            "threatToKill": \.threatToKill, "weapon": \.weapon, "strangulation": \.strangulation, "extremeFear": \.extremeFear, "escalation": \.escalation,
        ]
        let path = try #require(paths[name])
        let result = try assess(quietInput { $0.criticalIndicators[keyPath: path] = .yes })
        #expect(result.level == .acute)
        #expect(fired(result) == ["critical.\(name)"])
        #expect(result.persons.allSatisfy { $0.level == .acute })
        // Unknown: not acute, but reported as missing information that could make it acute.
        let unknown = try assess(quietInput { $0.criticalIndicators[keyPath: path] = .unknown })
        #expect(unknown.level == .standard)
        #expect(unknown.missingInformation.map(\.rule) == ["critical.\(name)"])
        #expect(unknown.missingInformation.first?.couldRaiseTo == .acute)
    }

    /// A danger sign an acute rule reads is in the minimum set, as a critical indicator is:
    /// unknown, the assessment is provisional, the sign is to be established within 24 hours,
    /// and the response puts it first. Another danger sign unknown leaves it complete.
    @Test func anUnknownAcuteDangerSignIsMinimumInformation() throws {
        let open = try assess(quietInput { $0.dangerSigns.threatsToChildren = .unknown })
        #expect(open.level == .standard && open.possibleLevel == .acute && open.assessable == .provisional)
        #expect(open.toEstablish.map(\.field) == ["dangerSigns.threatsToChildren"] && open.toEstablish.allSatisfy { $0.within == .within24Hours })
        #expect(open.toEstablish.first?.text == "whether anyone has threatened to harm the children")
        #expect(open.response == "first establish within 24 hours the unknown facts that could make the level acute; if that cannot be done in time, consult Veilig Thuis (meldcode). If none of them holds: regular procedure: intake, and reassessment as scheduled; if one does, act at once at the level that fact brings")
        let decision = try SafetyAssessor().decide(try SafetyFacts(quietInput { $0.dangerSigns.threatsToChildren = .unknown }), asOf: asOf)
        #expect(decision.assessable == .provisional)
        // Violent jealousy is read by an elevated rule, not an acute one: not in the minimum set.
        let jealousy = try assess(quietInput { $0.dangerSigns.violentJealousy = .unknown })
        #expect(jealousy.assessable == .complete && jealousy.toEstablish.isEmpty && jealousy.possibleLevel > jealousy.level)
        #expect(jealousy.explanation().contains("(minimum information complete; other facts still open)"))
        #expect(jealousy.explanation().contains("C1 (child): could be up to ELEVATED — STANDARD on what is known"))
        // The set follows the rules: a rule set that makes violent jealousy acute asks for it.
        var rules = SafetyRuleSet.builtIn
        for index in rules.rules.indices where rules.rules[index].id == "danger.violentJealousy" { rules.rules[index].level = .acute }
        let strict = try SafetyAssessor(ruleSet: rules).assess(quietInput { $0.dangerSigns.violentJealousy = .unknown }, asOf: asOf)
        #expect(strict.assessable == .provisional && strict.toEstablish.map(\.field) == ["dangerSigns.violentJealousy"])
    }

    @Test func criticalIndicatorEscalatesWhateverElseIsLow() throws {
        // A well-off family with no other problems: still acute (002:6765–6774).
        let result = try assess(quietInput { $0.criticalIndicators.strangulation = .yes })
        #expect(result.level == .acute && result.triage.domains.allSatisfy { $0.problem == .no })
    }

    @Test func recentSevereIncidentWindowBoundary() throws {
        func level(_ days: Double, _ kind: Incident.Kind = .physical, _ severity: Incident.Severity = .severe) throws -> SafetyAssessment {
            try assess(quietInput { $0.incidents = [Incident(date: daysAgo(days), kind: kind, severity: severity, childrenPresent: .no)] })
        }
        #expect(fired(try level(90)).contains("history.recentSevere"))  // 90 days: inside (inclusive)
        #expect(!fired(try level(91)).contains("history.recentSevere"))
        #expect(try level(30).level == .high)
        #expect(try level(30, .sexual).level == .high)
        #expect(try level(30, .threat).level == .high)
        #expect(try level(30, .psychological).level == .standard)  // severe psychological is not in this rule
        #expect(try level(30, .physical, .minor).level == .standard)
    }

    @Test func incidentFrequencyAndEscalationOverADatedHistory() throws {
        let three = [Incident(date: daysAgo(300), kind: .psychological, severity: .minor, childrenPresent: .no),
                     Incident(date: daysAgo(200), kind: .physical, severity: .minor, childrenPresent: .no),
                     Incident(date: daysAgo(100), kind: .psychological, severity: .minor, childrenPresent: .no)]
        let frequent = try assess(quietInput { $0.incidents = three })
        // Three in 12 months is MARAC's "potential escalation": high since rule set 2.
        #expect(fired(frequent) == ["history.frequency"] && frequent.level == .high)
        let oneOutside = try assess(quietInput { $0.incidents = [Incident(date: daysAgo(366), kind: .physical, severity: .minor, childrenPresent: .no)] + three.dropFirst() })
        #expect(oneOutside.level == .standard)
        // Minor, minor, then severe within 12 months: escalation (and the severe one is recent).
        let escalating = try assess(quietInput { $0.incidents = Array(three.prefix(2)) + [Incident(date: daysAgo(20), kind: .physical, severity: .severe, childrenPresent: .no)] })
        #expect(Set(fired(escalating)) == ["history.frequency", "history.severityEscalation", "history.recentSevere", "history.severeThisYear"])
        #expect(escalating.level == .high)
        // Severe first, then minor: no escalation.
        let deescalating = try assess(quietInput { $0.incidents = [Incident(date: daysAgo(200), kind: .physical, severity: .severe, childrenPresent: .no), Incident(date: daysAgo(100), kind: .physical, severity: .minor, childrenPresent: .no)] })
        #expect(!fired(deescalating).contains("history.severityEscalation"))
    }

    @Test func cts2ClusterProfileStalkingAndRiskFactors() throws {
        let severe = try assess(quietInput { $0.family.members[0].scores["cts2.partner_physical_severe_prevalence"] = 1 })
        #expect(fired(severe) == ["cts2.severePhysical"] && severe.level == .high)
        let noCTS2 = try assess(quietInput { $0.family.members[0].scores = [:] })
        #expect(noCTS2.missingInformation.map(\.rule).contains("cts2.severePhysical"))
        let cluster = try assess(quietInput {
            $0.family.circumstances.separated = .yes
            $0.riskFactors.controlAndIsolation = .yes
            $0.incidents = [Incident(date: daysAgo(200), kind: .physical, severity: .minor, childrenPresent: .no)]
        })
        #expect(fired(cluster).contains("pattern.clusterOfThree"))
        let partial = try assess(quietInput {
            $0.family.circumstances.separated = .yes
            $0.family.circumstances.coerciveControl = .unknown
            $0.riskFactors.controlAndIsolation = .unknown
            $0.incidents = [Incident(date: daysAgo(200), kind: .physical, severity: .minor, childrenPresent: .no)]
        })
        #expect(partial.missingInformation.contains { $0.rule == "pattern.clusterOfThree" && $0.unknown == "coercive control unknown" })
        // Without any physical or sexual violence the cluster cannot fire, whatever control is.
        #expect(try !assess(quietInput { $0.family.circumstances.separated = .yes; $0.family.circumstances.coerciveControl = .unknown; $0.riskFactors.controlAndIsolation = .unknown })
            .missingInformation.contains { $0.rule == "pattern.clusterOfThree" })
        let terror = try assess(quietInput {
            $0.family.circumstances.coerciveControl = .yes
            $0.family.members[0].scores["cts2.partner_psychological_severe_prevalence"] = 1
        })
        #expect(fired(terror).contains("profile.intimateTerror") && terror.level == .high)
        #expect(try assess(quietInput { $0.family.circumstances.stalking = .yes }).level == .high)
        #expect(try assess(quietInput { $0.incidents = [Incident(date: daysAgo(400), kind: .stalking, severity: .minor, childrenPresent: .no)] }).level == .high)
        // Three risk factors: elevated; two: standard; two with one unknown: reported.
        let three = try assess(quietInput { $0.riskFactors.childhoodViolence = .yes; $0.riskFactors.povertyIncome = .yes; $0.riskFactors.criminalBackground = .yes })
        #expect(fired(three) == ["factors.count"] && three.level == .elevated)
        let two = try assess(quietInput { $0.riskFactors.childhoodViolence = .yes; $0.riskFactors.povertyIncome = .yes })
        #expect(two.level == .standard && two.missingInformation.isEmpty)
        let twoAndUnknown = try assess(quietInput { $0.riskFactors.childhoodViolence = .yes; $0.riskFactors.povertyIncome = .yes; $0.riskFactors.criminalBackground = .unknown })
        #expect(twoAndUnknown.missingInformation.map(\.rule) == ["factors.count"])
        // Factors are derived from questionnaires when not given: ACE family violence and AUDIT-C partner risk.
        let derived = try assess(quietInput {
            $0.riskFactors.childhoodViolence = .unknown
            $0.riskFactors.partnerProblemDrinking = .unknown
            $0.riskFactors.povertyIncome = .yes
            $0.family.members[0].scores["ace.family_violence"] = 1
            $0.family.members[0].scores["auditc.partner_risk"] = 1
        })
        #expect(fired(derived) == ["factors.count"])
    }

    @Test func childRulesApplyToChildren() throws {
        let present = try assess(quietInput { $0.incidents = [Incident(date: daysAgo(200), kind: .physical, severity: .severe, childrenPresent: .yes)] })
        // The severe incident 200 days ago also keeps the family elevated (recency steps down).
        #expect(fired(present) == ["history.severeThisYear", "child.presentAtSevere"])
        #expect(present.persons.first { $0.member == "P1" }?.level == .elevated)
        #expect(present.persons.first { $0.member == "C1" }?.level == .high)
        #expect(present.level == .high)  // the family aggregate is the highest member's
        let unknownPresence = try assess(quietInput { $0.incidents = [Incident(date: daysAgo(200), kind: .physical, severity: .severe, childrenPresent: .unknown)] })
        #expect(unknownPresence.missingInformation.map(\.rule) == ["child.presentAtSevere"])
        let abuse = try assess(quietInput { $0.incidents = [Incident(date: daysAgo(200), kind: .childAbuse, severity: .minor, against: ["C1"], childrenPresent: .yes)] })
        #expect(fired(abuse) == ["child.abuse"])
        #expect(abuse.firedRules.first?.appliesTo == ["C1"])
    }

    @Test func badInputIsATypedError() throws {
        let assessor = try SafetyAssessor()
        let cases: [SafetyInput] = [
            quietInput { $0.incidents = [Incident(date: asOf.addingTimeInterval(day), kind: .physical, severity: .minor)] },
            quietInput { $0.incidents = [Incident(date: daysAgo(10), kind: .physical, severity: .minor), Incident(date: daysAgo(20), kind: .physical, severity: .minor)] },
            quietInput { $0.events = [SafetyEvent(date: daysAgo(5), kind: .separation), SafetyEvent(date: daysAgo(9), kind: .contactHandover)] },
            quietInput { $0.reportDate = asOf.addingTimeInterval(day) },
            quietInput { $0.incidents = [Incident(date: daysAgo(10), kind: .childAbuse, severity: .minor, against: ["X9"])] },
        ]
        for input in cases {
            #expect(caught { () throws(SafetyError) in _ = try assessor.assess(input, asOf: asOf) }?.code == .invalidHistory)
        }
        let childWithoutAge = quietInput { $0.family.members[1].age = nil }
        #expect(caught { () throws(SafetyError) in _ = try assessor.assess(childWithoutAge, asOf: asOf) }?.code == .invalidFamily)
        let protected = caught { () throws(any Error) in _ = try JSONDecoder().decode(RiskFactors.self, from: Data(#"{"ethnicity": "yes"}"#.utf8)) }
        #expect(protected is DecodingError)
        var broken = SafetyRuleSet.builtIn
        broken.rules[0].parameters.indicator = "horoscope"
        #expect(caught { () throws(SafetyError) in _ = try SafetyAssessor(ruleSet: broken) }?.code == .invalidRuleSet)
    }
}

func caught<Failure: Error>(_ body: () throws(Failure) -> Void) -> Failure? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}
