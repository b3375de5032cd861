import HearthCore
import Testing

@testable import HearthScoring

@Suite("CTS2")
struct CTS2Tests {
    // Study codes (1 never, 2 not in past year, 3 once, 4 twice, 5 3–5, 6 6–10, 7 11–20, 8 >20).
    // Behaviours 1–6 negotiation, 7–10 psych minor, 11–14 psych severe, 15–19 phys minor, 20–26 phys severe.
    static let selfCodes: [UInt8] = [8, 3, 1, 2, 5, 1, /* psych minor */ 3, 4, 1, 2, /* psych severe */ 2, 1, 1, 1,
        /* phys minor */ 1, 1, 1, 1, 1, /* phys severe */ 1, 1, 1, 1, 1, 1, 7]
    static let partnerCodes: [UInt8] = [1, 1, 1, 1, 1, 1, /* psych minor */ 8, 8, 8, 8, /* psych severe */ 6, 6, 1, 1,
        /* phys minor */ 5, 5, 5, 5, 5, /* phys severe */ 1, 1, 1, 1, 1, 1, 2]

    /// Hand-computed with midpoints 0,0,1,2,4,8,15,25.
    static let expected: [String: Double] = [
        // self: negotiation 25+1+0+0+4+0
        "self_negotiation_prevalence": 1, "self_negotiation_ever_prevalence": 1, "self_negotiation_frequency": 30,
        // psych minor 1+2+0+0 = 3; severe all 0 but item 11 happened before the past year
        "self_psychological_prevalence": 1, "self_psychological_ever_prevalence": 1, "self_psychological_frequency": 3,
        "self_psychological_minor_prevalence": 1, "self_psychological_minor_frequency": 3,
        "self_psychological_severe_prevalence": 0, "self_psychological_severe_frequency": 0,
        // phys minor none; severe one behaviour 11–20 times (15)
        "self_physical_prevalence": 1, "self_physical_ever_prevalence": 1, "self_physical_frequency": 15,
        "self_physical_minor_prevalence": 0, "self_physical_minor_frequency": 0,
        "self_physical_severe_prevalence": 1, "self_physical_severe_frequency": 15,
        "self_violence_frequency": 18,
        // partner: no negotiation
        "partner_negotiation_prevalence": 0, "partner_negotiation_ever_prevalence": 0, "partner_negotiation_frequency": 0,
        // psych minor 4 × 25 = 100; severe 8 + 8 = 16
        "partner_psychological_prevalence": 1, "partner_psychological_ever_prevalence": 1, "partner_psychological_frequency": 116,
        "partner_psychological_minor_prevalence": 1, "partner_psychological_minor_frequency": 100,
        "partner_psychological_severe_prevalence": 1, "partner_psychological_severe_frequency": 16,
        // phys minor 5 × 4 = 20; severe only "not in the past year" (counts as ever, not past year)
        "partner_physical_prevalence": 1, "partner_physical_ever_prevalence": 1, "partner_physical_frequency": 20,
        "partner_physical_minor_prevalence": 1, "partner_physical_minor_frequency": 20,
        "partner_physical_severe_prevalence": 0, "partner_physical_severe_frequency": 0,
        "partner_violence_frequency": 136,
        "total_violence_frequency": 154,
    ]

    @Test func everyScaleMatchesHandComputedValues() throws {
        let definition = try Instruments.cts2()
        #expect(Set(definition.scales.map(\.id)) == Set(Self.expected.keys))
        let report = try ScoringPlan(definition).score(answers(Self.selfCodes + Self.partnerCodes), for: try person())
        for (scale, value) in Self.expected {
            #expect(report.value(scale) == value, "\(scale)")
            #expect(report.status(scale) == .complete, "\(scale)")
        }
    }

    @Test func layoutCountsFollowStrausEtAl() {
        #expect(CTS2Layout.negotiation.count == 6)
        #expect(CTS2Layout.psychologicalMinor.count == 4 && CTS2Layout.psychologicalSevere.count == 4)
        #expect(CTS2Layout.physicalMinor.count == 5 && CTS2Layout.physicalSevere.count == 7)
        // The report's 11 severe and 9 minor violence items.
        #expect(CTS2Layout.psychologicalSevere.count + CTS2Layout.physicalSevere.count == 11)
        #expect(CTS2Layout.psychologicalMinor.count + CTS2Layout.physicalMinor.count == 9)
    }

    @Test func theoreticalMaximaMatchTheReportsRanges() throws {
        let report = try ScoringPlan(Instruments.cts2()).score(answers([UInt8](repeating: 8, count: 52)), for: try person())
        #expect(report.value("total_violence_frequency") == 1000)  // Table 4.9: 0–1000
        #expect(report.value("self_violence_frequency") == 500)
        #expect(report.value("self_psychological_severe_frequency")! + report.value("self_physical_severe_frequency")! == 275)  // Table 4.2
        #expect(report.value("self_psychological_minor_frequency")! + report.value("self_physical_minor_frequency")! == 225)
        #expect(report.value("self_psychological_frequency") == 200)
        let none = try ScoringPlan(Instruments.cts2()).score(answers([UInt8](repeating: 1, count: 52)), for: try person())
        #expect(none.value("total_violence_frequency") == 0)
        #expect(none.value("partner_physical_ever_prevalence") == 0)
    }

    @Test func originalCodingGivesTheSameScores() throws {
        // study code → original code: never 1→0, before 2→7, once 3→1, … >20 8→6.
        let map: [UInt8: UInt8] = [1: 0, 2: 7, 3: 1, 4: 2, 5: 3, 6: 4, 7: 5, 8: 6]
        let original = (Self.selfCodes + Self.partnerCodes).map { map[$0] ?? 99 }
        let report = try ScoringPlan(Instruments.cts2(coding: .original)).score(answers(original), for: try person())
        for (scale, value) in Self.expected { #expect(report.value(scale) == value, "\(scale)") }
    }

    @Test func missingBehavioursNeverCountAsNone() throws {
        var codes: [UInt8?] = Self.selfCodes + Self.partnerCodes
        codes[8] = nil  // self behaviour 9 (psychological, minor)
        codes[26] = nil  // partner behaviour 1 (negotiation)
        let report = try ScoringPlan(Instruments.cts2()).score(answers(codes), for: try person())
        // Behaviour 7 happened: prevalence is settled whatever behaviour 9 was.
        #expect(report.value("self_psychological_minor_prevalence") == 1)
        #expect(report.status("self_psychological_minor_prevalence") == .determined)
        // Frequencies need every behaviour by default.
        #expect(report.status("self_psychological_minor_frequency") == .insufficient)
        #expect(report.status("self_violence_frequency") == .insufficient)
        #expect(report.status("total_violence_frequency") == .insufficient)
        // No partner negotiation among the answered five: a missing sixth leaves prevalence unknown.
        #expect(report.status("partner_negotiation_prevalence") == .insufficient)
        #expect(report.value("partner_negotiation_prevalence") == nil)
        // Untouched scales stay complete.
        #expect(report.value("self_physical_frequency") == 15)
    }

    @Test func frequencyProrationIsAParameter() throws {
        var codes: [UInt8?] = Self.selfCodes + Self.partnerCodes
        codes[8] = nil
        let definition = try Instruments.cts2(frequencyMissingData: .prorate(maximumMissingProportion: 0.2))
        let report = try ScoringPlan(definition).score(answers(codes), for: try person())
        // 4 items: 20 % allows none.
        #expect(report.status("self_psychological_minor_frequency") == .insufficient)
        // 8 items: one allowed; answered 7 sum to 3 → 3 / 7 × 8.
        #expect(report.status("self_psychological_frequency") == .prorated)
        #expect(report.value("self_psychological_frequency") == 3.0 / 7.0 * 8.0)
        #expect(report["self_psychological_frequency"]?.prorated?.value == 3.0 / 7.0 * 8.0)
        // 20 items: 18 over 19 answered.
        #expect(report.value("self_violence_frequency") == 18.0 / 19.0 * 20.0)
    }

    @Test func invalidCodingIsRejected() {
        var coding = CTS2Coding.study
        coding.annualCounts.removeLast()
        let error = caught { () throws(ScoringError) in _ = try Instruments.cts2(coding: coding) }
        #expect(error?.code == .invalidSetting)
        var flags = CTS2Coding.study
        flags.pastYear[0] = 2
        #expect(caught { () throws(ScoringError) in _ = try Instruments.cts2(coding: flags) }?.code == .invalidSetting)
    }

    @Test(arguments: [0 as UInt8, 9, 200])
    func codesOutsideOneToEightAreRejected(_ code: UInt8) throws {
        var codes = Self.selfCodes + Self.partnerCodes
        codes[30] = code
        let plan = try ScoringPlan(Instruments.cts2())
        let respondent = try person()
        let error = caught { () throws(ScoringError) in _ = try plan.score(answers(codes), for: respondent) }
        #expect(error?.code == .invalidCode)
        #expect(error?.item == "partner_5")
    }
}
