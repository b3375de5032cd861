import Foundation
import HearthCore
import Testing

@testable import HearthNorms

@Suite("Norm comparisons, change and effect sizes")
struct NormStatisticsTests {
    let norms: NormSet
    init() throws { norms = try NormSet.builtIn() }

    func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { a.map { abs($0 - b) <= tolerance } ?? false }

    @Test func normalDistribution() {
        #expect(StandardNormal.cumulativeProbability(0) == 0.5)
        #expect(close(StandardNormal.cumulativeProbability(1.96), 0.9750021048517795, 1e-12))
        #expect(close(StandardNormal.cumulativeProbability(-1.96), 0.024997895148220435, 1e-12))
        #expect(close(StandardNormal.cumulativeProbability(1), 0.8413447460685429, 1e-12))
        #expect(StandardNormal.cumulativeProbability(-40) >= 0)
    }

    @Test func zTAndNormalPercentileAgainstNOSIKReference() throws {
        let reference = try #require(norms.entry(id: "N355"))  // 40.33 (18.18)
        let comparison = try reference.compare(RawScore(40.33 + 18.18))
        #expect(close(comparison.z?.value, 1))
        #expect(close(comparison.t?.value, 60))
        #expect(close(comparison.percentile?.value, 84.13447460685429, 1e-9))
        #expect(comparison.percentileMethod == .normalApproximation)
        #expect(comparison.unavailable.isEmpty)
        let low = try reference.compare(RawScore(25))
        #expect(close(low.z?.value, (25 - 40.33) / 18.18))
    }

    @Test func distributionPercentileIsMidRank() throws {
        let research = try #require(norms.entries(instrument: "ACE", statistic: "countDistribution", population: "research").first)
        // Score 2: 56 + 33 below, 26 at → (89 + 13) / 200.
        let two = try research.compare(RawScore(2))
        #expect(close(two.percentile?.value, 51))
        #expect(two.percentileMethod == .distribution)
        #expect(two.z == nil)  // no SD printed with the distribution
        #expect(two.unavailable == ["z and T: no mean printed"])
        let reference = try #require(norms.entries(instrument: "ACE", statistic: "countDistribution", population: "reference").first)
        #expect(close(try reference.compare(RawScore(0)).percentile?.value, 100 * 220.5 / 639))
        #expect(close(try reference.compare(RawScore(10)).percentile?.value, 100))
    }

    @Test func missingStatisticsAreReportedNotInvented() throws {
        let chronicity = try #require(norms.entry(id: "N011"))  // CTS2 chronicity: mean 60, no SD
        let error = caught { () throws(NormsError) in _ = try chronicity.compare(RawScore(70)) }
        #expect(error?.code == .statisticUnavailable)
        #expect(caught { () throws(NormsError) in _ = try chronicity.excessThreshold() }?.field == "sd")
        let prevalence = try #require(norms.entry(id: "N007"))
        #expect(caught { () throws(NormsError) in _ = try prevalence.compare(RawScore(1)) }?.code == .statisticUnavailable)
        let reference = try #require(norms.entry(id: "N355"))
        #expect(caught { () throws(NormsError) in _ = try reference.compare(RawScore(.nan)) }?.code == .invalidValue)
    }

    /// The report's "normal versus excessive" rule: above the reference mean + 1 SD.
    @Test func excessThresholdIsStrict() throws {
        let reference = try #require(norms.entry(id: "N355"))
        #expect(close(try reference.excessThreshold(), 58.51))
        #expect(try !reference.isExcessive(RawScore(58.51)))
        #expect(try reference.isExcessive(RawScore(58.52)))
    }

    /// Jacobson & Truax with the report's own NOSI-K statistics: research wave 1 51.35
    /// (27.34), reference 40.33 (18.18), α .96 (both groups, L3026–3028).
    @Test func reliableAndClinicallySignificantChange() throws {
        let c = ClinicalCutoff.c(dysfunctionalMean: 51.35, dysfunctionalSD: 27.34, functionalMean: 40.33, functionalSD: 18.18)
        #expect(close(c, (18.18 * 51.35 + 27.34 * 40.33) / (18.18 + 27.34)))
        #expect(close(c, 44.73122144112478, 1e-9))
        let sDiff = 2.0.squareRoot() * 27.34 * 0.2  // √2 · SD · √(1 − .96)
        let improved = try ReliableChange(before: 80, after: 45, sd: 27.34, reliability: 0.96, cutoff: c)
        #expect(close(improved.standardErrorOfDifference, sDiff, 1e-12))
        #expect(close(improved.index, -35 / sDiff, 1e-12))
        #expect(improved.isReliable && improved.crossedCutoff == false)
        #expect(improved.classification == .improved)  // 45 is still above c = 44.73
        #expect(try ReliableChange(before: 80, after: 40, sd: 27.34, reliability: 0.96, cutoff: c).classification == .recovered)
        #expect(try ReliableChange(before: 50, after: 45, sd: 27.34, reliability: 0.96, cutoff: c).classification == .unchanged)
        #expect(try ReliableChange(before: 40, after: 60, sd: 27.34, reliability: 0.96, cutoff: c).classification == .deteriorated)
        #expect(try ReliableChange(before: 80, after: 40, sd: 27.34, reliability: 0.96).classification == .improved)
        // Either side of the critical value; the cut-off itself counts as functional.
        #expect(try !ReliableChange(before: 60, after: 60 - 1.95 * sDiff, sd: 27.34, reliability: 0.96).isReliable)
        #expect(try ReliableChange(before: 60, after: 60 - 1.97 * sDiff, sd: 27.34, reliability: 0.96).isReliable)
        #expect(try ReliableChange(before: 60, after: 60 + 1.97 * sDiff, sd: 27.34, reliability: 0.96).classification == .deteriorated)
        #expect(try ReliableChange(before: 100, after: c, sd: 27.34, reliability: 0.96, cutoff: c).crossedCutoff == true)
        // Higher is better (constructive family representations): the directions flip.
        let security = try ReliableChange(before: 6.71, after: 14, sd: 2.98, reliability: 0.82, cutoff: 10, higherIsWorse: false)
        #expect(security.classification == .recovered)
    }

    @Test func cutoffChoice() throws {
        let both = try ClinicalCutoff.best(dysfunctional: (51.35, 27.34), functional: (40.33, 18.18))
        #expect(close(both.value, 44.73122144112478, 1e-9))
        let onlyDysfunctional = try ClinicalCutoff.best(dysfunctional: (51.35, 27.34), functional: nil)
        #expect(onlyDysfunctional == .a(51.35 - 2 * 27.34))
        let onlyFunctional = try ClinicalCutoff.best(dysfunctional: nil, functional: (40.33, 18.18))
        #expect(onlyFunctional == .b(40.33 + 2 * 18.18))
        #expect(try ClinicalCutoff.best(dysfunctional: nil, functional: (13.84, 3.57), higherIsWorse: false) == .b(13.84 - 2 * 3.57))
        #expect(caught { () throws(NormsError) in _ = try ClinicalCutoff.best(dysfunctional: nil, functional: nil) }?.code == .statisticUnavailable)
    }

    @Test(arguments: [(Double.nan, 10.0, 0.9), (1, 0, 0.9), (1, 10, 1.0), (1, 10, -0.1), (1, .infinity, 0.5)])
    func changeRejectsInvalidInput(_ before: Double, _ sd: Double, _ reliability: Double) {
        let error = caught { () throws(NormsError) in _ = try ReliableChange(before: before, after: 2, sd: sd, reliability: reliability) }
        #expect(error?.code == .invalidValue)
    }

    @Test func effectSizes() throws {
        #expect(close(try EffectSize.glassDelta(groupMean: 51.35, normMean: 40.33, normSD: 18.18), 11.02 / 18.18))
        let pooled = ((333 * 27.34 * 27.34 + 333 * 18.18 * 18.18) / 666).squareRoot()
        #expect(close(try EffectSize.cohensD(mean1: 51.35, sd1: 27.34, n1: 334, mean2: 40.33, sd2: 18.18, n2: 334), 11.02 / pooled))
        #expect(caught { () throws(NormsError) in _ = try EffectSize.glassDelta(groupMean: 1, normMean: 0, normSD: 0) }?.code == .invalidValue)
        #expect(caught { () throws(NormsError) in _ = try EffectSize.cohensD(mean1: 1, sd1: 0, n1: 1, mean2: 0, sd2: 0, n2: 1) }?.code == .invalidValue)
    }

    @Test func userSetsAreValidated() throws {
        let source = NormEntry.Source(file: "mine.csv", table: nil, lines: [1])
        let good = NormEntry(id: "U1", instrument: "NOSI-K", scale: "total", statistic: "mean", population: "clinic A", n: 50, mean: 55, sd: 20, source: source)
        let set = try NormSet(name: "clinic A", entries: [good])
        #expect(set.entries(population: "clinic A").count == 1)
        var negative = good
        negative.id = "U2"
        negative.sd = -1
        for broken in [[good, good], [negative], [NormEntry(id: "U3", instrument: "x", scale: "y", statistic: "percent", population: "p", percent: 120, source: source)]] {
            #expect(caught { () throws(NormsError) in _ = try NormSet(name: "bad", entries: broken) }?.code == .invalidNormSet)
        }
        let data = try JSONEncoder().encode([good])
        #expect(try NormSet.decode(data, name: "round trip").entries == [good])
        let malformed = caught { () throws(NormsError) in _ = try NormSet.decode(Data(#"[{"id": 1}]"#.utf8), name: "x") }
        #expect(malformed?.code == .malformedFile)
        #expect(malformed?.field == "[0].id")
        #expect(caught { () throws(NormsError) in _ = try NormSet.decode(Data("not json".utf8), name: "x") }?.code == .malformedFile)
    }

    @Test func builtInRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(norms.entries)
        #expect(try NormSet.decode(data, name: "again").entries == norms.entries)
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

@Suite("Norms from a reference sample")
struct SampleNormTests {
    @Test func meanSDAndDistributionFromScores() throws {
        let entry = try NormEntry.fromSample([2, 4, 4, 4, 5, 5, 7, 9, nil], id: "S1", instrument: "NOSI-K", scale: "parentingStressTotal", population: "mine", source: "sample.csv")
        #expect(entry.n == 8)
        #expect(entry.mean == 5)
        #expect(abs((entry.sd ?? 0) - (32.0 / 7).squareRoot()) < 1e-12)  // Σ(x − 5)² = 32, n − 1 = 7
        #expect(abs(try entry.excessThreshold() - (5 + (32.0 / 7).squareRoot())) < 1e-12)
        let comparison = try entry.compare(RawScore(4))
        #expect(comparison.percentileMethod == .distribution)
        #expect(comparison.percentile == PercentileRank(100 * (1 + 1.5) / 8))
        let fractional = try NormEntry.fromSample([1.5, 2.5], id: "S2", instrument: "x", scale: "y", population: "mine", source: "s")
        #expect(fractional.distribution == nil)
        #expect(try fractional.compare(RawScore(2)).percentileMethod == .normalApproximation)
        #expect(caught { () throws(NormsError) in _ = try NormEntry.fromSample([1, nil], id: "S3", instrument: "x", scale: "y", population: "p", source: "s") }?.code == .invalidValue)
        #expect(caught { () throws(NormsError) in _ = try NormEntry.fromSample([1, .nan], id: "S4", instrument: "x", scale: "y", population: "p", source: "s") }?.code == .invalidValue)
    }
}

/// Huge but finite numbers from files or callers are answers of "none", never traps
/// (found while fixing the `family` fuzz finding; see docs/reliability.md).
@Suite("Huge numbers in norms")
struct HugeNumberTests {
    @Test func aTTableHasNoTScoreForAHugeRawScore() {
        let table = RawToTTable(instrument: "tscc", scale: "anx", rows: [[0, 40], [1, 45]], source: "test")
        #expect(table.tScore(for: 1e300) == nil)
        #expect(table.tScore(for: -1e300) == nil)
        #expect(table.tScore(for: 1.4) == TScore(45))
        #expect(table.tScore(for: 1.5) == nil)
    }

    @Test func normFilesAreStrictAboutKeysAndStrata() throws {
        func entry(_ stratum: String, extra: String = "") -> String {
            #"[{"id": "X", "instrument": "ACE", "scale": "s", "statistic": "mean", "population": "reference", "stratum": \#(stratum), "mean": 1, "sd": 1, "source": {"file": "f", "lines": []}\#(extra)}]"#
        }
        func failure(_ text: String) -> NormsError? { caught { () throws(NormsError) in _ = try NormSet.decode(Data(text.utf8), name: "t") } }
        #expect(try NormSet.decode(Data(entry(#"{"gender": "female", "actor": "self", "ageBand": "3-10", "ethnicity": "any"}"#).utf8), name: "t").entries.count == 1)
        #expect(failure(entry(#"{"gendr": "female"}"#))?.field == "[0].stratum.gendr")
        #expect(failure(entry(#"{"gender": "vrouw"}"#))?.message.contains("expected one of: female, male, unknown") == true)
        #expect(failure(entry(#"{"actor": "both"}"#))?.field == "[0].stratum.actor")
        #expect(failure(entry(#"{"ageBand": "ten"}"#))?.field == "[0].stratum.ageBand")
        let typo = failure(entry("{}", extra: #", "men": 2"#))
        #expect(typo?.field == "[0].men" && typo?.message.contains("did you mean 'mean'?") == true)
        #expect(failure(#"{"name": "t"}"#)?.message == "norm file: holds no 'entries' and no 'tTables'")
    }

    @Test func aStratumWaveMustBeAWholeNumber() throws {
        let json = #"[{"id": "X", "instrument": "ACE", "scale": "s", "statistic": "mean", "population": "reference", "stratum": {"wave": 1e300}, "mean": 1, "sd": 1, "source": {"file": "f", "lines": []}}]"#
        let error = caught { () throws(NormsError) in _ = try NormSet.decode(Data(json.utf8), name: "huge") }
        #expect(error?.code == .malformedFile && error?.field == "[0].stratum.wave")
    }
}
