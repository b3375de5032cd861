import Foundation
import HearthCore
import HearthProfiles
import Testing

@testable import HearthSafety

@Suite("Triage, plans, reassessment and judgement")
struct SafetyProcessTests {
    @Test func triageCareLevels() throws {
        let quiet = try assess(quietInput())
        #expect(quiet.triage.complexity == .lessComplex && quiet.triage.careLevel == .localTeam)
        #expect(quiet.triage.childrenWithoutHelp.isEmpty)
        // Severe violence never gets less than specialised help, even with no other problem.
        let severe = try assess(quietInput { $0.incidents = [Incident(date: daysAgo(300), kind: .physical, severity: .severe, childrenPresent: .no)] })
        #expect(severe.triage.careLevel == .specialisedHelp)
        // Chronic: incidents over more than a year.
        let chronic = try assess(quietInput { $0.incidents = [Incident(date: daysAgo(500), kind: .psychological, severity: .minor, childrenPresent: .no), Incident(date: daysAgo(100), kind: .psychological, severity: .minor, childrenPresent: .no)] })
        #expect(chronic.triage.chronic == .yes && chronic.triage.careLevel == .specialisedHelp)
        // High level with problems in three domains: structurally unsafe.
        let structural = try assess(quietInput {
            $0.criticalIndicators.weapon = .yes
            $0.family.circumstances.debtsOrPoverty = .yes
            $0.family.circumstances.unemployment = .yes
            $0.family.circumstances.housingProblems = .yes
        })
        #expect(structural.triage.careLevel == .multidisciplinary)
        #expect(structural.triage.domains.filter { $0.problem == .yes }.map(\.name) == ["finances", "work", "housing"])
        let helpless = try assess(quietInput { $0.childrenInHelp = [] })
        #expect(helpless.triage.childrenWithoutHelp == ["C1"])
    }

    @Test func chronicityIsNoOnlyWhenEveryPatternIsKnownAbsent() throws {
        let minor = Incident(date: daysAgo(20), kind: .psychological, severity: .minor, childrenPresent: .no)
        #expect(try assess(quietInput { $0.incidents = [minor] }).triage.chronic == .no)
        // A report 400 days ago and an incident since may be violence over a year, or a report
        // about something else: unknown, never no.
        let reportedLongAgo = try assess(quietInput {
            $0.reportDate = daysAgo(400)
            $0.incidents = [minor]
        }).triage
        #expect(reportedLongAgo.chronic == .unknown && reportedLongAgo.careLevel == .localTeam && reportedLongAgo.possibleCareLevel == .specialisedHelp)
        // Without an incident since, the report alone spans nothing.
        #expect(try assess(quietInput { $0.reportDate = daysAgo(400) }).triage.chronic == .no)
        // Unknown is never no: an unconfirmed history, or any pattern over time unknown; a
        // pattern present is chronic violence (Stark 2007; Danger Assessment item 1).
        #expect(try assess(quietInput { $0.historyConfirmedUntil = daysAgo(30) }).triage.chronic == .unknown)
        let patterns: [(inout SafetyInput, Answer) -> Void] = [
            // Asked twice (a circumstance and a risk factor), a fact is one answer: both unknown.
            { $0.family.circumstances.coerciveControl = $1; $0.riskFactors.controlAndIsolation = $1 },
            { $0.family.circumstances.stalking = $1; $0.riskFactors.stalking = $1 },
            { $0.criticalIndicators.escalation = $1 },
        ]
        for (index, set) in patterns.enumerated() {
            for answer in [Answer.unknown, .yes] {
                let triage = try assess(quietInput { set(&$0, answer) }).triage
                #expect(triage.chronic == answer, "pattern \(index) \(answer)")
                #expect((answer == .yes ? triage.careLevel : triage.possibleCareLevel) >= .specialisedHelp, "pattern \(index) \(answer)")
            }
        }
        // Signs of a pattern that do not establish violence over time: never no, never yes.
        for sign in [\DangerSigns.violentJealousy, \.breachOfOrder] {
            for answer in [Answer.unknown, .yes] {
                let triage = try assess(quietInput { $0.dangerSigns[keyPath: sign] = answer }).triage
                #expect(triage.chronic == .unknown && triage.possibleCareLevel >= .specialisedHelp, "\(sign) \(answer)")
            }
        }
        // Three incidents are repeated violence (SafeLives: potential escalation); two, with
        // everything else known, are a professional's judgement.
        let three = try assess(quietInput { $0.incidents = [20, 15, 10].map { Incident(date: daysAgo($0), kind: .psychological, severity: .minor, childrenPresent: .no) } })
        #expect(three.triage.chronic == .yes && three.triage.reasonMessages.contains { $0.id == .violenceReadingChronic })
        let two = try assess(quietInput { $0.incidents = [20, 10].map { Incident(date: daysAgo($0), kind: .psychological, severity: .minor, childrenPresent: .no) } })
        #expect(two.triage.chronic == .unknown && two.triage.reasons.first?.hasSuffix("which the recorded facts do not settle: a professional judges") == true)
    }

    @Test func everyReassessmentTrigger() throws {
        #expect(try assess(quietInput()).reassessment.due == false)  // assessed 10 days ago, nothing since
        for kind in SafetyEvent.Kind.allCases {
            let schedule = try assess(quietInput { $0.events = [SafetyEvent(date: daysAgo(2), kind: kind)] }).reassessment
            #expect(schedule.due && schedule.triggers.map(\.message) == [Message(.triggerEvent, ["kind": .term(kind.rawValue)])])
        }
        let incident = try assess(quietInput { $0.incidents = [Incident(date: daysAgo(3), kind: .psychological, severity: .minor, childrenPresent: .no)] })
        #expect(incident.reassessment.triggers.map(\.reason) == ["a minor psychological incident"])
        // At a first assessment, the incidents and events before it are its history, not triggers.
        let first = try assess(quietInput {
            $0.previousAssessment = nil
            $0.incidents = [Incident(date: daysAgo(3), kind: .physical, severity: .severe, childrenPresent: .no)]
            $0.events = [SafetyEvent(date: daysAgo(2), kind: .separation)]
        })
        #expect(first.reassessment.triggers.map(\.reason) == ["first assessment"])
        // An interval is dated by when it fell due.
        let overdue = try assess(quietInput { $0.previousAssessment = daysAgo(200) })
        #expect(overdue.reassessmentMessage(in: .english, day: Language.english.day).text()
            == "Reassessment: due since \(Language.english.day(daysAgo(20))): the previous assessment was more than 180 days ago, the interval while the level is or could be standard")
        // Before the previous assessment: already seen, not a trigger.
        #expect(try assess(quietInput { $0.events = [SafetyEvent(date: daysAgo(20), kind: .separation)] }).reassessment.due == false)
        #expect(try assess(quietInput { $0.previousAssessment = nil }).reassessment.triggers.map(\.reason) == ["first assessment"])
        // Interval: 180 days at the standard level, 7 at acute.
        #expect(try assess(quietInput { $0.previousAssessment = daysAgo(180) }).reassessment.due)
        #expect(try !assess(quietInput { $0.previousAssessment = daysAgo(179) }).reassessment.due)
        #expect(try assess(quietInput { $0.previousAssessment = daysAgo(7); $0.criticalIndicators.weapon = .yes }).reassessment.due)
    }

    @Test func monitoringLastsEighteenMonthsUnlessClosedWithReasons() throws {
        let early = try assess(quietInput { $0.reportDate = daysAgo(300) })
        #expect(early.reassessment.monitoringActive)
        let calendar = Calendar(identifier: .gregorian)
        #expect(early.reassessment.monitoringUntil == calendar.date(byAdding: .month, value: 18, to: daysAgo(300)))
        #expect(try !assess(quietInput { $0.reportDate = daysAgo(600) }).reassessment.monitoringActive)
        // Ending monitoring early needs two different professionals, a plan fully met and 180
        // confirmed quiet days; otherwise it is refused, naming what is missing.
        let metPlan = SafetyPlan(coordinator: "cm-1", conditions: [SafetyCondition(id: "s1", description: "bag ready", owner: "mother", due: daysAgo(200), status: .met)])
        let quiet = quietInput { $0.reportDate = daysAgo(300) }
        let closure = MonitoringClosure(professional: "prof-3", secondProfessional: "prof-4", at: daysAgo(1), reason: "family moved abroad; handed over to the local agency")
        let closed = try SafetyAssessor().assess(quiet, asOf: asOf, closure: closure, plan: metPlan)
        #expect(!closed.reassessment.monitoringActive && closed.reassessment.closure == closure)
        func refusal(_ closure: MonitoringClosure, plan: SafetyPlan? = metPlan, _ input: SafetyInput = quiet) -> String? {
            caught { () throws(SafetyError) in _ = try SafetyAssessor().assess(input, asOf: asOf, closure: closure, plan: plan) }?.field
        }
        #expect(refusal(MonitoringClosure(professional: "prof-3", secondProfessional: "prof-4", at: daysAgo(1), reason: " ")) == "closure.reason")
        #expect(refusal(MonitoringClosure(professional: "prof-3", secondProfessional: " PROF-3", at: daysAgo(1), reason: "r")) == "closure.secondProfessional")
        #expect(refusal(MonitoringClosure(professional: "prof-3", at: daysAgo(1), reason: "r")) == "closure.secondProfessional")
        #expect(refusal(closure, plan: nil) == "closure.plan")
        #expect(refusal(closure, plan: SafetyPlan(coordinator: "cm-1", conditions: [])) == "closure.plan")
        #expect(refusal(closure, quietInput { $0.reportDate = daysAgo(300); $0.historyConfirmedUntil = daysAgo(10) }) == "closure.at")
        #expect(refusal(closure, quietInput { $0.reportDate = daysAgo(100) }) == "closure.at")
        #expect(refusal(MonitoringClosure(professional: "prof-3", secondProfessional: "prof-4", at: daysAgo(-1), reason: "r")) == "closure.at")
        // A closure does not end monitoring while the level is above standard.
        let stalked = try SafetyAssessor().assess(quietInput { $0.reportDate = daysAgo(300); $0.family.circumstances.stalking = .yes }, asOf: asOf, closure: closure, plan: metPlan)
        #expect(stalked.reassessment.monitoringActive)
    }

    @Test func safetyPlanAndPhases() throws {
        let input = quietInput()
        var plan = SafetyPlan(coordinator: "case-manager-1", conditions: [
            SafetyCondition(id: "s1", description: "Father does not collect the children from day care", owner: "father", due: daysAgo(-7), appliesTo: ["C1"]),
            SafetyCondition(id: "s2", description: "Emergency bag with the neighbours", owner: "mother", due: daysAgo(5), status: .met),
        ])
        try plan.validate(for: input.family)
        #expect(plan.childrenWithoutConditions(in: input.family).isEmpty)
        #expect(plan.overdue(at: asOf).isEmpty)
        let assessment = try assess(input)
        // quietInput: reported 60 days ago, history confirmed today, no incidents.
        var reading = SafetyPhase.reading(plan: plan, assessment: assessment, input: input)
        #expect(reading.phase == .directSafety && reading.unmetText.contains("1 safety condition not met"))
        plan.conditions[0].status = .met
        reading = SafetyPhase.reading(plan: plan, assessment: assessment, input: input)
        #expect(reading.phase == .directSafety && reading.unmetText == ["60 days without incidents confirmed at a contact (90 needed)"])
        let longAgo = quietInput { $0.reportDate = daysAgo(400) }
        #expect(SafetyPhase.reading(plan: plan, assessment: try assess(longAgo), input: longAgo).phase == .recovery)
        let recent = quietInput { $0.reportDate = daysAgo(400); $0.incidents = [Incident(date: daysAgo(120), kind: .psychological, severity: .minor, childrenPresent: .no)] }
        #expect(SafetyPhase.reading(plan: plan, assessment: try assess(recent), input: recent).phase == .stableSafety)
        // Quiet time counts only up to the last confirmed contact; an empty plan meets nothing.
        let unconfirmed = quietInput { $0.reportDate = daysAgo(400); $0.historyConfirmedUntil = nil }
        #expect(SafetyPhase.reading(plan: plan, assessment: try assess(unconfirmed), input: unconfirmed).phase == .directSafety)
        let empty = SafetyPhase.reading(plan: SafetyPlan(coordinator: "cm", conditions: []), assessment: try assess(longAgo), input: longAgo)
        #expect(empty.phase == .directSafety && empty.unmetText.first?.contains("empty plan meets nothing") == true)
    }

    @Test func judgementPolicy() throws {
        let computed = try assess(quietInput { $0.family.circumstances.stalking = .yes })
        #expect(computed.level == .high)
        let judged = JudgedSafetyAssessment(computed: computed)
        #expect(judged.effectiveLevel == .high && judged.disagreement == nil)
        // Raising needs a reason.
        let raised = try judged.adding(level: .acute, by: "prof-1", at: asOf, reason: "She says he has a gun")
        #expect(raised.effectiveLevel == .acute)
        #expect(caught { () throws(SafetyError) in _ = try judged.adding(level: .acute, by: "prof-1", at: asOf, reason: "") }?.code == .judgementRefused)
        // Lowering needs a reason and a second reviewer who is someone else.
        let refused = caught { () throws(SafetyError) in _ = try judged.adding(level: .elevated, by: "prof-1", at: asOf, reason: "Stalking stopped") }
        #expect(refused?.code == .judgementRefused && refused?.field == "secondReviewer")
        #expect(caught { () throws(SafetyError) in _ = try judged.adding(level: .elevated, by: "prof-1", at: asOf, reason: "r", secondReviewer: "prof-1") }?.code == .judgementRefused)
        let lowered = try judged.adding(level: .elevated, by: "prof-1", at: asOf, reason: "Stalking stopped after the restraining order", secondReviewer: "prof-2")
        #expect(lowered.effectiveLevel == .elevated)
        #expect(lowered.computed == computed)  // never replaced
        // Two assessors side by side: the highest stands, and the disagreement is reported.
        let two = try lowered.adding(level: .high, by: "prof-3", at: asOf.addingTimeInterval(60), reason: "Independent visit: still afraid")
        #expect(two.effectiveLevel == .high)
        #expect(two.disagreement?.spread == 1)
        #expect(two.disagreement?.levels == ["prof-1": .elevated, "prof-3": .high, "computed": .high])
        #expect(caught { () throws(SafetyError) in _ = try judged.adding(level: .high, by: "p", at: daysAgo(1), reason: "r") }?.code == .judgementRefused)
    }

    @Test func assessmentsRoundTripThroughJSON() throws {
        let assessment = try assess(quietInput { $0.criticalIndicators.weapon = .yes })
        let data = try JSONEncoder().encode(assessment)
        #expect(try JSONDecoder().decode(SafetyAssessment.self, from: data) == assessment)
        let rules = try JSONEncoder().encode(SafetyRuleSet.builtIn)
        #expect(try JSONDecoder().decode(SafetyRuleSet.self, from: rules) == .builtIn)
    }
}
