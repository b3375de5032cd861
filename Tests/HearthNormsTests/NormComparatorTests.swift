import Foundation
import HearthCore
import HearthScoring
import Testing

@testable import HearthNorms

@Suite("Comparing scores with norms")
struct NormComparatorTests {
    let norms: NormSet
    init() throws { norms = try NormSet.builtIn() }

    func person(_ sex: Sex, age: Int?) throws -> Respondent {
        Respondent(id: try RespondentID("p"), sex: sex, age: try age.map { years throws in try Age(years: years) })
    }

    func score(_ scale: String, _ value: Double, status: ScoreStatus = .complete) -> ScaleScore {
        ScaleScore(scaleID: scale, status: status, raw: RawScore(value), prorated: nil, answeredItems: 1, missingItems: 0, rule: .requireAll)
    }

    @Test func choosesTheStratumOfTheRespondent() throws {
        let reference = NormComparator(normSet: norms)
        // Women: N354 41.07 (19.58); sex unknown: both sexes N355 40.33 (18.18).
        let woman = reference.compare(score("total", 41.07 + 19.58), instrument: "nosik", respondent: try person(.female, age: 8))
        #expect(woman.normID == "N354")
        #expect(abs((woman.z?.value ?? 0) - 1) < 1e-12)
        #expect(woman.band == .normal)  // exactly mean + 1 SD is not above it
        let over = reference.compare(score("total", 61), instrument: "nosik", respondent: try person(.female, age: 8))
        #expect(over.band == .excessive)
        #expect(reference.compare(score("total", 50), instrument: "nosik", respondent: try person(.unknown, age: nil)).normID == "N355")
        let research = NormComparator(normSet: norms, population: "research")
        #expect(research.compare(score("total", 50), instrument: "nosik", respondent: try person(.male, age: 8)).normID == "N356")
    }

    @Test func ageBandsBoundTheNorms() throws {
        let reference = NormComparator(normSet: norms)
        #expect(reference.compare(score("oer", 12), instrument: "simspr", respondent: try person(.female, age: 5)).normID == "N379")
        #expect(reference.compare(score("oer", 12), instrument: "simspr", respondent: try person(.female, age: 10)).normID == "N379")
        let older = reference.compare(score("oer", 12), instrument: "simspr", respondent: try person(.female, age: 11))
        #expect(older.status == .noNorm)
        #expect(older.z == nil)
        #expect(reference.compare(score("cfr", 13.84), instrument: "sis", respondent: try person(.male, age: 14)).z?.value == 0)
    }

    @Test func unavailableAndUnscoredAreDistinct() throws {
        let reference = NormComparator(normSet: norms)
        #expect(reference.compare(score("total_violence_frequency", 80), instrument: "cts2", respondent: try person(.female, age: 30)).status == .unavailable)
        #expect(reference.compare(score("anx", 20), instrument: "tscyc", respondent: try person(.female, age: 6)).status == .unavailable)
        #expect(reference.compare(score("total", 3), instrument: "auditc", respondent: try person(.female, age: 30)).status == .noNorm)
        #expect(reference.compare(score("total", 3, status: .insufficient), instrument: "ace", respondent: try person(.female, age: 30)).status == .notScored)
        let ace = reference.compare(score("total", 3), instrument: "ace", respondent: try person(.female, age: 30))
        #expect(ace.percentileMethod == .distribution)
        #expect(abs((ace.percentile?.value ?? 0) - 100 * 608 / 639) < 1e-9)
    }

    @Test func tTablesConvertAndBand() throws {
        let tables = try NormSet.load(contentsOf: repositoryRoot.appendingPathComponent("docs/examples/norms/tscyc-t-tables.SYNTHETIC.json"))
        let comparator = NormComparator(normSet: try norms.merging(tables))
        func t(_ raw: Double, _ sex: Sex = .female, age: Int = 4) throws -> NormResult {
            comparator.compare(score("anx", raw), instrument: "tscyc", respondent: try person(sex, age: age))
        }
        // SYNTHETIC table, girls 3–4: T = 35 + 2.5 (raw − 9).
        #expect(try t(21).t == TScore(65))
        #expect(try t(21).band == .borderline)  // 65 is the first borderline T
        #expect(try t(20).band == .normal)
        #expect(try t(23).t == TScore(70))
        #expect(try t(23).band == .clinical)  // 70 is the first clinical T
        #expect(try t(22.5).t == TScore(70))  // prorated 22.5 rounds half away from zero to 23
        #expect(try t(8).status == .noNorm)  // below the table: never extrapolated
        #expect(try t(37).status == .noNorm)
        #expect(try t(21, .unknown).status == .unavailable)  // no table for unknown sex
        #expect(try t(21, age: 13).status == .unavailable)
    }

    @Test func tTablesAreValidated() throws {
        func table(_ rows: [[Double]], sex: Sex? = .female, ages: ClosedRange<Int> = 3...4) -> RawToTTable {
            RawToTTable(instrument: "tscyc", scale: "anx", sex: sex, minimumAge: ages.lowerBound, maximumAge: ages.upperBound, rows: rows, source: "test")
        }
        let good = table([[9, 35], [10, 37.5], [11, 37.5]])
        _ = try NormSet(name: "ok", entries: [], tTables: [good, table([[9, 36]], sex: .male)])
        let broken: [[RawToTTable]] = [
            [table([[9, 35], [11, 40]])],  // gap
            [table([[9, 40], [10, 35]])],  // decreasing
            [table([[9.5, 35]])],  // not a whole raw score
            [table([])],  // empty
            [table([[9, 35, 1]])],  // not a pair
            [good, table([[9, 35]], ages: 4...6)],  // overlapping norm groups
            [good, table([[9, 35]], sex: nil)],  // "both sexes" overlaps "female"
        ]
        for tables in broken {
            #expect(caught { () throws(NormsError) in _ = try NormSet(name: "bad", entries: [], tTables: tables) }?.code == .invalidNormSet)
        }
    }

    @Test func bandRulesAreInclusive() {
        let tscyc = ClinicalBandRule.builtIn[0], tscc = ClinicalBandRule.builtIn[1]
        #expect(tscyc.band(for: TScore(64.99)) == .normal)
        #expect(tscyc.band(for: TScore(65)) == .borderline)
        #expect(tscyc.band(for: TScore(69.99)) == .borderline)
        #expect(tscyc.band(for: TScore(70)) == .clinical)
        #expect(tscc.band(for: TScore(64.99)) == .normal)
        #expect(tscc.band(for: TScore(65)) == .clinical)
        #expect(ClinicalBandRule.builtIn.map(\.instrument) == ["tscyc", "tscc", "tsi"])
    }

    @Test func clinicalCountsKeepUnknownApart() {
        #expect(ClinicalCount(bands: [.normal, .clinical, nil]).anyClinical == true)
        #expect(ClinicalCount(bands: [.normal, .borderline, .normal]).anyClinical == false)
        #expect(ClinicalCount(bands: [.normal, nil]).anyClinical == nil)
        let count = ClinicalCount(bands: [.clinical, .clinical, .normal, nil, .normal, .borderline])
        #expect(count.clinical == 2 && count.assessed == 5 && count.total == 6)
    }

    @Test func ageRoutingHasAStatedBoundary() {
        let routing = AgeRouting()
        #expect(routing.instruments(forChildAged: 9) == [.simspr, .tscyc, .nosik])
        #expect(routing.instruments(forChildAged: 10) == [.sis, .tscc, .nosik])
        #expect(AgeRouting(childReportFromAge: 11).instruments(forChildAged: 10) == [.simspr, .tscyc, .nosik])
        #expect(routing.instruments(forChildAged: 2).isEmpty)
        #expect(routing.instruments(forChildAged: 18).isEmpty)
    }

    @Test func reliabilityDefaultsComeFromTheReport() throws {
        let comparator = NormComparator(normSet: norms)
        #expect(comparator.reliability(instrument: "nosik", scale: "total")?.alpha == 0.96)
        #expect(comparator.reliability(instrument: "tscyc", scale: "pts_tot")?.alpha == 0.91)
        #expect(comparator.reliability(instrument: "sis", scale: "bd")?.alpha == 0.14)
        #expect(comparator.reliability(instrument: "tsi", scale: "trb")?.alpha == 0.69)
        #expect(comparator.reliability(instrument: "auditc", scale: "self_total") == nil)
        // Every link's reliability entry exists and is an alpha of the linked scale's instrument family.
        for link in NormLink.builtIn {
            guard let id = link.reliabilityEntry else { continue }
            let entry = try #require(norms.entry(id: id), "\(link.instrument).\(link.scale)")
            #expect(entry.statistic == "cronbachAlpha" && entry.alpha != nil)
        }
    }

    @Test func wholeTablesAreCompared() throws {
        let definition = try BuiltInInstrument.ace.definition()
        var matrix = try ResponseMatrix(itemCount: 10)
        try matrix.append(try person(.female, age: 30), answers: (0..<10).map { .code($0 < 3 ? 1 : 0) })
        let results = NormComparator(normSet: norms).compare(try ScoringPlan(definition).score(matrix))
        #expect(results.count == 1 && results[0].count == 2)
        #expect(results[0][0].normID == "N274")
        #expect(results[0][1].status == .noNorm)
    }

    @Test func normFilesInObjectForm() throws {
        let json = #"{"name": "clinic", "entries": [{"id": "C1", "instrument": "NOSI-K", "scale": "parentingStressTotal", "statistic": "mean", "population": "clinic", "stratum": {}, "n": 40, "mean": 60, "sd": 20, "source": {"file": "clinic.xlsx", "table": null, "lines": [1]}}]}"#
        let set = try NormSet.decode(Data(json.utf8), name: "fallback")
        #expect(set.name == "clinic")
        let comparator = NormComparator(normSet: try norms.merging(set), population: "clinic")
        let result = comparator.compare(score("total", 80), instrument: "nosik", respondent: try person(.female, age: 8))
        #expect(result.normID == "C1" && result.z == ZScore(1))
        #expect(caught { () throws(NormsError) in _ = try norms.merging(norms) }?.code == .invalidNormSet)  // duplicate ids
        #expect(caught { () throws(NormsError) in _ = try NormSet.load(contentsOf: URL(fileURLWithPath: "/nonexistent.json")) }?.code == .unreadableFile)
    }
}

@Suite("README norms example")
struct ReadmeNormsExampleTests {
    @Test func exampleBehavesAsDescribed() throws {
        let plan = try ScoringPlan(BuiltInInstrument.ace.definition())
        let respondent = Respondent(id: try RespondentID("P-0001"), sex: .female, age: try Age(years: 34))
        let report = try plan.score([.code(1), .code(0), .code(0), .code(1), .code(0), .code(1), .code(0), .code(0), .code(0), .code(0)], for: respondent)
        let norms = NormComparator(normSet: try NormSet.builtIn(), population: "reference")
        let result = norms.compare(try #require(report["total"]), instrument: "ace", respondent: respondent)
        #expect(result.percentileMethod == .distribution)
        let change = try ReliableChange(before: 80, after: 40, sd: 27.34, reliability: 0.96, cutoff: 44.73)
        #expect(change.classification == .recovered)
    }
}
