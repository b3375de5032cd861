import Foundation
import HearthCore
import HearthProfiles
import Testing

@testable import HearthSafety

/// The practice cases (`PracticeCases/*.json`, written by `make_cases.py`): each a family a
/// practitioner can picture (its `story`), the input, and the result expected by hand from
/// the rules in docs/safety.md — the level, the possible level, whether it is assessable, the
/// rules that fired, each member's level, by when to establish what is missing, monitoring,
/// and what professional judgements do.
@Suite("Practice cases")
struct PracticeCaseTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("PracticeCases")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func thereAreAtLeastFortyCasesCoveringEveryRuleLevelAndState() throws {
        #expect(Self.names.count >= 40)
        var rules = Set<String>(), levels = Set<String>(), states = Set<String>()
        for name in Self.names {
            let expect = try Self.load(name).expect
            rules.formUnion(expect["fired"] as? [String] ?? [])
            if let level = expect["level"] as? String { levels.insert(level) }
            if let state = expect["assessable"] as? String { states.insert(state) }
        }
        #expect(rules == Set(SafetyRuleSet.builtIn.rules.map(\.id)), "rules without a case: \(Set(SafetyRuleSet.builtIn.rules.map(\.id)).subtracting(rules).sorted())")
        #expect(levels == Set(SafetyLevel.allCases.map(\.rawValue)))
        #expect(states == Set(Assessability.allCases.map(\.rawValue)))
    }

    static func load(_ name: String) throws -> (story: String, asOf: Date, input: SafetyInput, expect: [String: Any], role: String?, judgements: [SafetyJudgement]?) {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let input = try SafetyInput(json: try JSONSerialization.data(withJSONObject: try #require(object["input"])))
        let day = try #require(object["asOf"] as? String)
        let asOf = try #require(StrictJSONDecoder.date(from: day))
        var judgements: [SafetyJudgement]?
        if let list = object["judgements"] {
            judgements = try StrictJSONDecoder().decode([SafetyJudgement].self, from: try JSONSerialization.data(withJSONObject: list))
        }
        return (try #require(object["story"] as? String), asOf, input, try #require(object["expect"] as? [String: Any]), object["role"] as? String, judgements)
    }

    /// The expectation keys a case may give (each is checked below).
    static let expectations: Set<String> = [
        "approachContains", "approachesStart", "assessable", "careLevel", "chronic", "controlContains", "controlPattern", "disagreements", "establish", "establishContains", "explanationContains", "fired",
        "firedIncludes", "insecure", "judgementMessageContains", "judgementRefused", "level", "levelInForce", "missingContains", "monitoringActive",
        "persons", "possibleCareLevel", "possibleLevel", "primaryAggressor", "reasonContains", "refused", "violenceSeverity", "reassessmentDue", "responseContains", "responseStarts",
        "trajectoryContains", "trajectoryCourse", "triageContains", "triageStarts", "within",
    ]

    @Test(arguments: names)
    func practiceCase(_ name: String) throws {
        let (story, asOf, input, expect, role, judgements) = try Self.load(name)
        let note: Comment = "\(name): \(story)"
        // A misspelt expectation would be a check that cannot fail.
        #expect(Set(expect.keys).subtracting(Self.expectations).isEmpty, "\(name): unknown expectation keys \(Set(expect.keys).subtracting(Self.expectations).sorted())")
        var assessor = try SafetyAssessor()
        if let role { assessor.role = try #require(PractitionerRole(rawValue: role)) }
        if let field = expect["refused"] as? String {
            // Input a professional could give by mistake: refused, naming the field, never assessed.
            do {
                _ = try assessor.assess(input, asOf: asOf)
                Issue.record("\(name): assessed, expected a refusal of \(field)")
            } catch { #expect(error.field == field, note) }
            return
        }
        let assessment = try assessor.assess(input, asOf: asOf)
        // The decision path decides the same family the same way.
        let decision = try assessor.decide(try SafetyFacts(input), asOf: asOf)
        #expect(decision.level == assessment.level && decision.possibleLevel == assessment.possibleLevel && decision.assessable == assessment.assessable, note)
        #expect(decision.possibleCareLevel == assessment.triage.possibleCareLevel && decision.possibleComplexity == assessment.triage.possibleComplexity, note)
        #expect(assessment.triage.possibleCareLevel >= assessment.triage.careLevel, note)

        if let level = expect["level"] as? String { #expect(assessment.level.rawValue == level, note) }
        if let level = expect["possibleLevel"] as? String { #expect(assessment.possibleLevel.rawValue == level, note) }
        if let state = expect["assessable"] as? String { #expect(assessment.assessable.rawValue == state, note) }
        if let rules = expect["fired"] as? [String] {
            let fired = Set(assessment.firedRules.map(\.rule))
            if expect["firedIncludes"] as? Bool == true {
                #expect(Set(rules).isSubset(of: fired), note)
            } else {
                #expect(fired == Set(rules), "\(note) fired \(fired.sorted())")
            }
        }
        for (member, level) in expect["persons"] as? [String: String] ?? [:] {
            #expect(assessment.persons.first { $0.member == member }?.level.rawValue == level, "\(note) member \(member)")
        }
        if let within = expect["within"] as? String {
            #expect(!assessment.toEstablish.isEmpty && assessment.toEstablish.allSatisfy { $0.within.rawValue == within }, note)
        }
        if let fields = expect["establish"] as? [String] { #expect(assessment.toEstablish.map(\.field) == fields, note) }
        if let text = expect["responseStarts"] as? String { #expect(assessment.response.hasPrefix(text), note) }
        if let text = expect["responseContains"] as? String { #expect(assessment.response.contains(text), note) }
        if let text = expect["reasonContains"] as? String { #expect(assessment.firedRules.contains { $0.reason.contains(text) }, note) }
        if let text = expect["establishContains"] as? String { #expect(assessment.toEstablish.contains { $0.text.contains(text) }, "\(note) \(assessment.toEstablish.map(\.text))") }
        // One text or several.
        for text in (expect["explanationContains"] as? [String]) ?? (expect["explanationContains"] as? String).map({ [$0] }) ?? [] {
            #expect(assessment.explanation().contains(text), "\(note): \(text)")
        }
        if let text = expect["missingContains"] as? String { #expect(assessment.missingInformation.contains { $0.unknown.contains(text) }, note) }
        if let active = expect["monitoringActive"] as? Bool { #expect(assessment.reassessment.monitoringActive == active, note) }
        if let due = expect["reassessmentDue"] as? Bool { #expect(assessment.reassessment.due == due, note) }
        if let count = expect["disagreements"] as? Int { #expect(assessment.inputDisagreements.count == count, note) }
        if let text = expect["approachesStart"] as? String { #expect(assessment.triage.approaches.first?.hasPrefix(text) == true, note) }
        if let text = expect["approachContains"] as? String { #expect(assessment.triage.approaches.contains { $0.contains(text) }, "\(note) \(assessment.triage.approaches)") }
        if let children = expect["insecure"] as? [String] { #expect(assessment.triage.childrenWithInsecurity == children, note) }
        if let care = expect["careLevel"] as? String { #expect(assessment.triage.careLevel.rawValue == care, note) }
        if let care = expect["possibleCareLevel"] as? String { #expect(assessment.triage.possibleCareLevel.rawValue == care, note) }
        if let text = expect["triageContains"] as? String { #expect(assessment.triage.reasons.contains { $0.contains(text) }, "\(note) \(assessment.triage.reasons)") }
        if let text = expect["triageStarts"] as? String { #expect(assessment.triage.reasons.first?.hasPrefix(text) == true, "\(note) \(assessment.triage.reasons)") }
        if let chronic = expect["chronic"] as? String { #expect(assessment.triage.chronic.rawValue == chronic, note) }
        if let severity = expect["violenceSeverity"] as? String { #expect(assessment.triage.violenceSeverity == severity, note) }
        if let pattern = expect["controlPattern"] as? String { #expect(assessment.profiles.control.pattern.rawValue == pattern, note) }
        if let text = expect["controlContains"] as? String { #expect(assessment.profiles.control.text.contains { $0.contains(text) }, "\(note) \(assessment.profiles.control.text)") }
        if let aggressor = expect["primaryAggressor"] as? String {
            #expect((assessment.profiles.primaryAggressor.member ?? assessment.profiles.primaryAggressor.determination.rawValue) == aggressor, note)
        }
        if let course = expect["trajectoryCourse"] as? String { #expect(assessment.profiles.trajectory?.course.rawValue == course, note) }
        if let text = expect["trajectoryContains"] as? String {
            #expect(assessment.profiles.trajectory?.reasons.contains { $0.contains(text) } == true, "\(note) \(assessment.profiles.trajectory?.reasons ?? [])")
        }
        if assessment.assessable == .complete { #expect(assessment.toEstablish.isEmpty, note) }
        #expect(assessment.possibleLevel >= assessment.level, note)

        guard let judgements else { return }
        var judged = JudgedSafetyAssessment(computed: assessment)
        var refused: SafetyError?
        for judgement in judgements {
            // Judged during the day of the assessment.
            do { judged = try judged.adding(judgement, now: asOf.addingTimeInterval(86_400)) } catch {
                refused = error
                break
            }
        }
        if let field = expect["judgementRefused"] as? String { #expect(refused?.field == field, note) } else { #expect(refused == nil, note) }
        if let text = expect["judgementMessageContains"] as? String { #expect(refused?.message.contains(text) == true, note) }
        if let level = expect["levelInForce"] as? String { #expect(judged.effectiveLevel.rawValue == level, note) }
        #expect(judged.computed == assessment, "the computed assessment is kept")
    }
}
