import HearthCore
import Testing

@testable import HearthScoring

/// TSCYC, TSCC and TSI with the SYNTHETIC keys in docs/examples/keys. The keys are made
/// up; these tests check that structure, keying, proration and validity rules work.
@Suite("Trauma checklists (SYNTHETIC keys)")
struct TraumaChecklistTests {
    func tscyc(_ edit: (inout [UInt8?]) -> Void, sex: Sex = .female, age: Int? = 7) throws -> ScoreReport {
        var codes = [UInt8?](repeating: 2, count: 90)
        edit(&codes)
        return try ScoringPlan(syntheticDefinition(.tscyc)).score(answers(codes), for: person(sex: sex, age: age))
    }

    /// The base TSCYC case: every answer 2, with reverse keys, proration and overlap exercised.
    func tscycBase(_ codes: inout [UInt8?]) {
        codes[8] = 1  // item 9, anx, reverse keyed: 1 → 4
        codes[18] = nil  // item 19, ang: one missing, prorated
        for item in 28...35 { codes[item - 1] = 3 }  // pts_i all 3
        codes[43] = nil  // items 44, 45 (pts_ar): two missing, more than allowed
        codes[44] = nil
        codes[70] = 4  // item 71, dis, reverse keyed: 4 → 1
    }

    @Test func tscycHandComputedScores() throws {
        let report = try tscyc(tscycBase)
        let expected: [String: (Double?, ScoreStatus)] = [
            "anx": (8 * 2 + 4, .complete),
            "dep": (18, .complete),
            "ang": (16.0 / 8.0 * 9.0, .prorated),
            "pts_i": (24, .complete),
            "pts_av": (16, .complete),
            "pts_ar": (nil, .insufficient),
            // 24 items, 12.5 % allows 3 missing; answered 22 sum 24 + 16 + 6 × 2 = 52 → 52/22 × 24 = 56.73 → 57.
            "pts_tot": (57, .prorated),
            "sc": (20, .complete),
            "dis": (9 * 2 + 1, .complete),
            "rl": (0, .complete),
            "atr": (16, .complete),
        ]
        for (scale, (value, status)) in expected {
            #expect(report.value(scale) == value, "\(scale)")
            #expect(report.status(scale) == status, "\(scale)")
        }
        #expect(report["pts_tot"]?.missingItems == 2)
        #expect(report.validity.verdict == .valid)
        #expect(report.validity.findings.isEmpty)
        #expect(report.key.synthetic)
        #expect(report.definitionVersion == "hearth-1+key.SYNTHETIC-1")
    }

    @Test func tscycResponseLevelInvalidatesByStratum() throws {
        // Eight answers of 1 on the RL items: 8 ≥ 7 for girls aged 3–12.
        let denial = try tscyc({ for item in 72...79 { $0[item - 1] = 1 } })
        #expect(denial.validity.verdict == .invalid)
        #expect(denial.validity.findings.map(\.ruleID) == ["tscyc.rl"])
        #expect(denial.status("anx") == .invalid)
        #expect(denial.value("anx") == nil)
        #expect(denial["anx"]?.raw?.value == 19)  // 8 × 2 + reversed 2 → 3; kept for inspection
        #expect(denial.status("rl") == .complete)  // validity scales keep their own status
        // Six answers of 1: 6 < 7 for a girl, but 6 ≥ 6 for a boy.
        let six: (inout [UInt8?]) -> Void = { for item in 72...77 { $0[item - 1] = 1 } }
        #expect(try tscyc(six, sex: .female).validity.verdict == .valid)
        #expect(try tscyc(six, sex: .male).validity.verdict == .invalid)
    }

    /// The rule docs/scoring.md states: an invalid protocol makes every score-role scale
    /// that had a usable value `invalid`; a scale without a value keeps the status that says
    /// why (here `insufficient`), on the one-respondent and the batch path alike.
    @Test func anInvalidProtocolKeepsAnInsufficientScaleInsufficient() throws {
        let edit: (inout [UInt8?]) -> Void = { codes in
            self.tscycBase(&codes)
            for item in 72...79 { codes[item - 1] = 1 }  // the response-level rule fires
        }
        let report = try tscyc(edit)
        #expect(report.validity.verdict == .invalid)
        #expect(report.status("pts_ar") == .insufficient)
        #expect(report.status("ang") == .invalid)  // was prorated
        #expect(report.status("anx") == .invalid)  // was complete
        var codes = [UInt8?](repeating: 2, count: 90)
        edit(&codes)
        var matrix = try ResponseMatrix(itemCount: 90)
        try matrix.append(person(sex: .female, age: 7), answers: answers(codes))
        let table = try ScoringPlan(syntheticDefinition(.tscyc)).score(matrix)
        let batch = try table.report(row: 0)
        #expect(batch.status("pts_ar") == .insufficient && batch.status("ang") == .invalid && batch.status("anx") == .invalid)
    }

    @Test func tscycAtypicalResponse() throws {
        // ATR items all 3: 24 ≥ 24.
        let report = try tscyc({ for item in 80...87 { $0[item - 1] = 3 } })
        #expect(report.validity.verdict == .invalid)
        #expect(report.validity.findings.first?.reason.contains("atypical") == true)
        let below = try tscyc({ for item in 80...86 { $0[item - 1] = 3 } })  // 7 × 3 + 2 = 23
        #expect(below.validity.verdict == .valid)
    }

    @Test func tscycUnassessableRulesAreReportedNotPassed() throws {
        let unknownSex = try tscyc({ _ in }, sex: .unknown)
        #expect(unknownSex.validity.verdict == .notAssessed)
        #expect(unknownSex.validity.findings.map(\.kind) == [.validityNotAssessed])
        #expect(unknownSex.status("anx") == .complete)  // not assessed is not invalid
        let tooOld = try tscyc({ _ in }, age: 15)
        #expect(tooOld.validity.verdict == .notAssessed)
        #expect(tooOld.validity.findings.map(\.kind) == [.validityNotAssessed, .outsideAgeRange])
        let rlMissing = try tscyc({ $0[71] = nil })
        #expect(rlMissing.status("rl") == .insufficient)
        #expect(rlMissing.validity.verdict == .notAssessed)
    }

    @Test func tscycTooManyMissingItemsInvalidatesTheProtocol() throws {
        let nine = try tscyc({ for item in [1, 10, 19, 28, 36, 52, 62, 88, 89] { $0[item - 1] = nil } })
        #expect(nine.validity.verdict == .valid)
        let ten = try tscyc({ for item in [1, 10, 19, 28, 36, 52, 62, 88, 89, 90] { $0[item - 1] = nil } })
        #expect(ten.validity.verdict == .invalid)
        #expect(ten.validity.findings.map(\.kind) == [.tooManyMissingItems])
        #expect(ten.status("dep") == .invalid)
    }

    @Test func tsccScalesAndValidity() throws {
        let plan = try ScoringPlan(syntheticDefinition(.tscc))
        let ones = try plan.score(answers([UInt8?](repeating: 1, count: 54)), for: person(age: 12))
        let expected: [String: Double] = [
            "anx": 9, "dep": 9, "ang": 9, "pts": 10, "dis": 10, "dis_o": 5, "dis_f": 5, "sc": 7, "sc_p": 4, "sc_d": 3,
            "und": 0, "hyp": 0,
        ]
        for (scale, value) in expected { #expect(ones.value(scale) == value, "\(scale)") }
        #expect(ones.validity.verdict == .valid)
        // All 0: six underresponse items → UND 6 ≥ 6.
        let zeros = try plan.score(answers([UInt8?](repeating: 0, count: 54)), for: person(age: 12))
        #expect(zeros.value("und") == 6)
        #expect(zeros.validity.findings.map(\.ruleID) == ["tscc.und"])
        // All 3: six hyperresponse items → HYP 6 ≥ 4.
        let threes = try plan.score(answers([UInt8?](repeating: 3, count: 54)), for: person(age: 12))
        #expect(threes.value("hyp") == 6)
        #expect(threes.value("anx") == nil)
        #expect(threes.validity.findings.map(\.ruleID) == ["tscc.hyp"])
        // One PTS item missing: prorated 9 / 9 × 10.
        var codes = [UInt8?](repeating: 1, count: 54)
        codes[30] = nil
        let prorated = try plan.score(answers(codes), for: person(age: 12))
        #expect(prorated.value("pts") == 10)
        #expect(prorated.status("pts") == .prorated)
    }

    @Test func tsiScalesAndInconsistency() throws {
        let plan = try ScoringPlan(syntheticDefinition(.tsi))
        var codes = [UInt8?](repeating: 1, count: 100)
        codes[0] = 3  // pair (1, 9): |3 − 0| = 3
        codes[8] = 0
        codes[1] = 2  // pair (2, 10): |2 − 0| = 2
        codes[9] = 0
        let report = try plan.score(answers(codes), for: person(age: 40))
        #expect(report.value("aa") == 11)  // 3 + 2 + 6 × 1
        #expect(report.value("d") == 6)  // 0 + 0 + 6 × 1
        #expect(report.value("ai") == 8)
        #expect(report.value("inc") == 5)
        for scale in ["ie", "da", "dis", "sc", "dsb", "isr", "trb"] { #expect(report.value(scale) == 8, "\(scale)") }
        #expect(report["inc"]?.answeredItems == 7)  // pairs
        #expect(report.value("rl") == 0)
        #expect(report.value("atr") == 10)
        #expect(report.validity.verdict == .valid)
        // Inconsistency of 10 or more invalidates.
        var inconsistent = [UInt8?](repeating: 0, count: 100)
        for item in [1, 2, 17, 33] { inconsistent[item - 1] = 3 }  // 4 pairs × 3 = 12
        let flagged = try plan.score(answers(inconsistent), for: person(age: 40))
        #expect(flagged.value("inc") == 12)
        #expect(flagged.validity.findings.contains { $0.ruleID == "tsi.inc" })
        // A missing pair leaves INC unknown and the rule unassessed.
        codes[16] = nil
        let partial = try plan.score(answers(codes), for: person(age: 40))
        #expect(partial.status("inc") == .insufficient)
        #expect(partial.validity.verdict == .notAssessed)
    }
}
