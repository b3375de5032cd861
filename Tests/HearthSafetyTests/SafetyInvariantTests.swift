import Foundation
import HearthCore
import HearthProfiles
import HearthSynthetic
import Testing

@testable import HearthSafety

/// Properties over many random families: more danger never lowers the level.
@Suite("Safety invariants")
struct SafetyInvariantTests {
    /// A deterministic random input: circumstances, risk factors and critical indicators
    /// each yes/no/unknown, and up to six dated incidents.
    static func randomInput(_ seed: UInt64) -> SafetyInput {
        var generator = SplitMix64(seed: seed)
        func answer() -> Answer { Answer.allCases.randomElement(using: &generator) ?? .unknown }
        return quietInput { input in
            for path in [\Circumstances.separated, \.coerciveControl, \.stalking, \.debtsOrPoverty, \.substanceUse, \.childNeglect, \.repeatedReports] {
                input.family.circumstances[keyPath: path] = answer()
            }
            for path in [\RiskFactors.childhoodViolence, \.povertyIncome, \.partnerProblemDrinking, \.sexualCoercion, \.controlAndIsolation,
                         \.separationOrHandovers, \.stalking, \.criminalBackground, \.priorSevereViolence, \.repeatedReports] {
                input.riskFactors[keyPath: path] = answer()
            }
            for path in SafetyInvariantTests.indicators { input.criticalIndicators[keyPath: path] = generator.next() % 3 == 0 ? .unknown : .no }
            input.incidents = (0..<Int(generator.next() % 7)).map { _ in
                Incident(
                    date: daysAgo(Double(generator.next() % 400) + 1), kind: Incident.Kind.allCases.randomElement(using: &generator) ?? .physical,
                    severity: generator.next() % 2 == 0 ? .minor : .severe, childrenPresent: answer())
            }.sorted { $0.date < $1.date }
        }
    }

    static let indicators = [\CriticalIndicators.threatToKill, \.weapon, \.strangulation, \.extremeFear, \.escalation]

    @Test func addingACriticalIndicatorNeverLowersTheLevel() throws {
        for seed in 0..<200 as Range<UInt64> {
            let input = Self.randomInput(seed)
            let before = try assess(input)
            for path in Self.indicators {
                var more = input
                more.criticalIndicators[keyPath: path] = .yes
                let after = try assess(more)
                #expect(after.level >= before.level, "seed \(seed)")
                #expect(after.level == .acute, "a critical indicator is acute whatever else (seed \(seed))")
            }
        }
    }

    @Test func answeringAnUnknownNeverHidesIt() throws {
        // An unknown critical indicator is listed as missing information, never read as no.
        for seed in 0..<100 as Range<UInt64> {
            let input = Self.randomInput(seed)
            let assessment = try assess(input)
            let unknown = input.criticalIndicators.all.filter { $0.answer == .unknown }.map(\.name)
            for name in unknown {
                #expect(assessment.missingInformation.contains { $0.rule == "critical.\(name)" && $0.unknown.hasSuffix(": unknown") }, "seed \(seed): \(name)")
            }
        }
    }

    /// Every unknown answer a professional gives (circumstances, risk factors, critical
    /// indicators, danger signs) answered yes.
    static func unknownsAnsweredYes(_ input: SafetyInput) -> SafetyInput {
        var input = input
        func yes<Facts>(_ facts: inout Facts, _ paths: [WritableKeyPath<Facts, Answer>]) {
            for path in paths where facts[keyPath: path] == .unknown { facts[keyPath: path] = .yes }
        }
        yes(&input.family.circumstances, circumstancePaths)
        yes(&input.riskFactors, riskFactorPaths)
        yes(&input.criticalIndicators, indicators)
        yes(&input.dangerSigns, dangerSignPaths)
        return input
    }

    @Test func answeringUnknownsNeverTakesTriageBeyondItsPossibleCare() throws {
        // "Local team on what is known" is a floor, not a finding: answering the unknowns
        // moves the care level between it and the possible care level, never above.
        let assessor = try SafetyAssessor()
        var rose = 0
        for seed in 0..<600 as Range<UInt64> {
            let input = SafetyDecisionTests.randomInput(seed)
            let before = try assessor.assess(input, asOf: asOf).triage
            let after = try assessor.assess(Self.unknownsAnsweredYes(input), asOf: asOf).triage
            #expect(before.careLevel <= before.possibleCareLevel, "seed \(seed)")
            #expect(after.careLevel >= before.careLevel && after.careLevel <= before.possibleCareLevel, "seed \(seed)")
            #expect(before.complexity == .lessComplex || before.possibleComplexity == .complex, "seed \(seed)")
            if after.complexity == .complex { #expect(before.possibleComplexity == .complex, "seed \(seed)") }
            rose += after.careLevel > before.careLevel ? 1 : 0
        }
        // Not vacuous: answering unknowns raises the care of some of the families (23 of 600).
        #expect(rose >= 10, "\(rose) rose")
    }

    @Test func assessmentIsDeterministicAndLeavesItsInputAlone() throws {
        for seed in 0..<50 as Range<UInt64> {
            let input = Self.randomInput(seed)
            let copy = input
            let first = try assess(input)
            #expect(try assess(input) == first)
            #expect(input == copy)
        }
    }
}
