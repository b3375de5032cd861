import HearthCore
import Testing

@testable import HearthScoring

@Suite("AUDIT-C")
struct AUDITCTests {
    func score(_ codes: [UInt8?], sex: Sex, partnerSex: Sex = .unknown, cutoffs: AUDITCRiskCutoffs = .study) throws -> ScoreReport {
        try ScoringPlan(Instruments.auditC(riskCutoffs: cutoffs)).score(answers(codes), for: person(sex: sex, partnerSex: partnerSex))
    }

    @Test func totalsAndStudyCutoffsForAWoman() throws {
        let report = try score([2, 1, 0, 3, 2, 1], sex: .female)
        #expect(report.value("self_total") == 3)
        #expect(report.value("self_risk") == 1)  // women ≥ 3
        #expect(report.value("partner_total") == 6)
        #expect(report.value("partner_risk") == 1)  // partner assumed male: ≥ 4
        #expect(report.status("partner_risk") == .complete)
    }

    @Test func menNeedFour() throws {
        #expect(try score([1, 1, 1, 0, 0, 0], sex: .male).value("self_risk") == 0)
        #expect(try score([2, 1, 1, 0, 0, 0], sex: .male).value("self_risk") == 1)
        #expect(try score([2, 1, 1, 0, 0, 0], sex: .male).value("self_total") == 4)
        #expect(try score([1, 1, 0, 0, 0, 0], sex: .female).value("self_risk") == 0)
    }

    @Test func neverDrinkingImpliesZeroForTheFollowUpQuestions() throws {
        let report = try score([1, 1, 1, 0, nil, nil], sex: .male)
        #expect(report.value("partner_total") == 0)
        #expect(report.status("partner_total") == .determined)
        #expect(report.value("partner_risk") == 0)
        #expect(report.status("partner_risk") == .determined)
        // Without the gate answer nothing is implied.
        let unknown = try score([nil, 1, 1, 0, 0, 0], sex: .male)
        #expect(unknown.status("self_total") == .insufficient)
        #expect(unknown.status("self_risk") == .insufficient)
        // A gate answer other than "never" implies nothing either.
        #expect(try score([1, nil, 0, 0, 0, 0], sex: .male).status("self_total") == .insufficient)
        // The implication can be switched off.
        let strict = try ScoringPlan(Instruments.auditC(neverDrinkingImpliesZero: false))
        #expect(try strict.score(answers([1, 1, 1, 0, nil, nil]), for: person(sex: .male)).status("partner_total") == .insufficient)
        #expect(try strict.score(answers([1, 1, 1, 0, 0, 0]), for: person(sex: .male)).status("partner_total") == .complete)
    }

    @Test func riskNeedsSex() throws {
        let report = try score([4, 4, 4, 4, 4, 4], sex: .unknown)
        #expect(report.value("self_total") == 12)
        #expect(report.status("self_risk") == .missingCovariate)
        #expect(report.value("self_risk") == nil)
        #expect(report.status("partner_risk") == .missingCovariate)
    }

    @Test func partnerCutoffUsesRecordedPartnerSex() throws {
        // Same-sex couple: a woman reporting on a female partner; 3 is risky for women.
        #expect(try score([0, 0, 0, 1, 1, 1], sex: .female, partnerSex: .female).value("partner_risk") == 1)
        // Default assumption (male partner) would say 3 < 4.
        #expect(try score([0, 0, 0, 1, 1, 1], sex: .female).value("partner_risk") == 0)
    }

    @Test func dutchPracticeCutoffs() throws {
        #expect(try score([1, 1, 1, 0, 0, 0], sex: .female, cutoffs: .dutchPractice).value("self_risk") == 0)
        #expect(try score([2, 1, 1, 0, 0, 0], sex: .female, cutoffs: .dutchPractice).value("self_risk") == 1)
        #expect(try score([2, 1, 1, 0, 0, 0], sex: .male, cutoffs: .dutchPractice).value("self_risk") == 0)
        #expect(try score([2, 2, 1, 0, 0, 0], sex: .male, cutoffs: .dutchPractice).value("self_risk") == 1)
    }

    @Test(arguments: [(0, 4), (3, 13), (-1, 4)])
    func cutoffsOutsideTheScaleAreRejected(_ women: Int, _ men: Int) {
        let error = caught { () throws(ScoringError) in
            _ = try Instruments.auditC(riskCutoffs: AUDITCRiskCutoffs(women: women, men: men, source: "test"))
        }
        #expect(error?.code == .invalidSetting)
    }
}
