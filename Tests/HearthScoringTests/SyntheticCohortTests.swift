import Foundation
import HearthCore
import HearthSynthetic
import Testing

@testable import HearthScoring

@Suite("Synthetic cohorts and keys")
struct SyntheticCohortTests {
    @Test(arguments: BuiltInInstrument.allCases.filter(\.requiresKeyFile))
    func keysInCodeEqualTheJSONFiles(_ instrument: BuiltInInstrument) throws {
        #expect(SyntheticKeys.key(for: instrument) == (try syntheticKey(instrument.rawValue)))
    }

    @Test func rowsDoNotDependOnHowTheCohortIsSplit() throws {
        let cohort = SyntheticCohort(seed: 5)
        let definition = try SyntheticKeys.definition(for: .tscyc)
        let whole = try cohort.matrix(definition, rows: 0..<300)
        let first = try cohort.matrix(definition, rows: 0..<123), rest = try cohort.matrix(definition, rows: 123..<300)
        #expect(whole.codes == first.codes + rest.codes)
        #expect(whole.respondents == first.respondents + rest.respondents)
        #expect(try SyntheticCohort(seed: 6).matrix(definition, rows: 0..<300).codes != whole.codes)
    }

    @Test func missingnessIsAboutFivePercentAndCodesAreValid() throws {
        let definition = try SyntheticKeys.definition(for: .tscyc)
        let matrix = try SyntheticCohort().matrix(definition, rows: 0..<4000)
        let missing = Double(matrix.codes.filter { $0 >= MissingReason.firstReservedCode }.count) / Double(matrix.codes.count)
        #expect(abs(missing - 0.05) < 0.005)
        #expect(matrix.codes.allSatisfy { (1...4).contains($0) || $0 == MissingReason.skipped.matrixCode })
    }

    /// More partner violence, more child trauma (the source report's finding), so the
    /// synthetic PTS-TOT scores rise with the families' CTS2 violence.
    @Test func childTraumaRisesWithPartnerViolence() throws {
        let cohort = SyntheticCohort(seed: 9)
        var pairs: [(Double, Double)] = []
        for index in 0..<3000 {
            let family = cohort.family(index)
            pairs.append((family.violence, family.children[0].level))
        }
        let tscyc = try ScoringPlan(SyntheticKeys.definition(for: .tscyc))
        let cts2 = try ScoringPlan(Instruments.cts2())
        let trauma = try tscyc.score(cohort.matrix(tscyc.definition, rows: 0..<3000)).values(scaleID: "pts_tot")
        let violence = try cts2.score(cohort.matrix(cts2.definition, rows: 0..<3000)).values(scaleID: "partner_violence_frequency")
        let both = zip(violence, trauma).compactMap { pair -> (Double, Double)? in
            guard let x = pair.0, let y = pair.1 else { return nil }
            return (x, y)
        }
        #expect(both.count > 500)
        #expect(pearson(both) > 0.2)
        #expect(pearson(pairs) > 0.4)
    }

    @Test func batteryGivesEveryMemberTheirInstruments() throws {
        var definitions: [BuiltInInstrument: InstrumentDefinition] = [:]
        for instrument in BuiltInInstrument.allCases { definitions[instrument] = try SyntheticKeys.definition(for: instrument) }
        let cohort = SyntheticCohort()
        let matrices = try cohort.battery(definitions, families: 0..<200)
        let parents = (0..<200).reduce(0) { $0 + cohort.family($1).parents.count }
        let children = (0..<200).reduce(0) { $0 + cohort.family($1).children.count }
        let young = (0..<200).reduce(0) { $0 + cohort.family($1).children.filter { $0.age < 10 }.count }
        #expect(matrices[.cts2]?.rowCount == parents)
        #expect(matrices[.nosik]?.rowCount == children)
        #expect(matrices[.tscyc]?.rowCount == young)
        #expect(matrices[.tscc]?.rowCount == children - young)
        #expect(matrices[.sis]?.rowCount == children - young)
    }

    func pearson(_ pairs: [(Double, Double)]) -> Double {
        let n = Double(pairs.count)
        let mx = pairs.map(\.0).reduce(0, +) / n, my = pairs.map(\.1).reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in pairs {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
            syy += (y - my) * (y - my)
        }
        return sxy / (sxx * syy).squareRoot()
    }
}
