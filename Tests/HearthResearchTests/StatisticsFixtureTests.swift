import Foundation
import HearthResearch
import Testing

/// The statistics against values SciPy and NumPy computed on the same fixed data
/// (`Fixtures/make_statistics_fixtures.py`).
@Suite("Statistics against SciPy fixtures")
struct StatisticsFixtureTests {
    struct Fixtures: Decodable {
        struct TPoint: Decodable { var t: Double; var df: Double; var cdf: Double; var twoSided: Double }
        struct Descriptive: Decodable {
            var name: String; var values: [Double]; var count: Int
            var mean: Double?; var sd: Double?; var min: Double?; var max: Double?
        }
        struct Welch: Decodable {
            var name: String; var a: [Double]; var b: [Double]
            var error: Bool?; var t: Double?; var p: Double?; var df: Double?; var cohensD: Double?
        }
        struct Paired: Decodable {
            var name: String; var before: [Double]; var after: [Double]
            var error: Bool?; var t: Double?; var p: Double?; var df: Double?
        }
        struct Pearson: Decodable { var name: String; var x: [Double]; var y: [Double]; var error: Bool?; var r: Double?; var p: Double? }
        struct Alpha: Decodable { var name: String; var rows: [[Double?]]; var error: Bool?; var alpha: Double?; var cases: Int? }
        var tDistribution: [TPoint]
        var descriptives: [Descriptive]
        var welch: [Welch]
        var paired: [Paired]
        var pearson: [Pearson]
        var cronbachAlpha: [Alpha]
    }

    static let fixtures: Fixtures = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/statistics-fixtures.json")
        do { return try JSONDecoder().decode(Fixtures.self, from: Data(contentsOf: url)) } catch {
            Issue.record("cannot read the fixtures: \(error)")
            return Fixtures(tDistribution: [], descriptives: [], welch: [], paired: [], pearson: [], cronbachAlpha: [])
        }
    }()

    /// |a − b| ≤ tolerance, relative for large values.
    func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test func fixturesAreLoaded() {
        #expect(Self.fixtures.tDistribution.count == 99)
        #expect(Self.fixtures.welch.count == 5)
    }

    @Test func tDistributionMatchesSciPyTo1e9() throws {
        for point in Self.fixtures.tDistribution {
            let distribution = try StudentTDistribution(degreesOfFreedom: point.df)
            #expect(abs(distribution.cumulativeProbability(point.t) - point.cdf) < 1e-9, "cdf t=\(point.t) df=\(point.df)")
            #expect(abs(distribution.twoSidedPValue(point.t) - point.twoSided) < 1e-9, "p t=\(point.t) df=\(point.df)")
        }
    }

    @Test func descriptivesMatchNumPy() throws {
        for fixture in Self.fixtures.descriptives {
            let statistics = try SummaryStatistics(fixture.values)
            #expect(statistics.count == fixture.count, "\(fixture.name)")
            #expect(close(statistics.mean, fixture.mean, 1e-14), "\(fixture.name) mean")
            #expect(close(statistics.standardDeviation, fixture.sd, 1e-9), "\(fixture.name) sd")
            #expect(statistics.minimum == fixture.min && statistics.maximum == fixture.max, "\(fixture.name) range")
        }
    }

    @Test func welchMatchesSciPy() throws {
        for fixture in Self.fixtures.welch {
            if fixture.error == true {
                #expect(throws: ResearchError.self, "\(fixture.name)") { try TTest.welch(fixture.a, fixture.b) }
                continue
            }
            let test = try TTest.welch(fixture.a, fixture.b)
            #expect(close(test.t, fixture.t), "\(fixture.name) t")
            #expect(close(test.degreesOfFreedom, fixture.df), "\(fixture.name) df")
            #expect(abs(test.pValue - (fixture.p ?? .nan)) < 1e-9, "\(fixture.name) p")
            #expect(test.kind == .welch)
        }
    }

    @Test func pairedMatchesSciPy() throws {
        for fixture in Self.fixtures.paired {
            if fixture.error == true {
                #expect(throws: ResearchError.self, "\(fixture.name)") { try TTest.paired(before: fixture.before, after: fixture.after) }
                continue
            }
            let test = try TTest.paired(before: fixture.before, after: fixture.after)
            #expect(close(test.t, fixture.t), "\(fixture.name) t")
            #expect(test.degreesOfFreedom == fixture.df)
            #expect(abs(test.pValue - (fixture.p ?? .nan)) < 1e-9, "\(fixture.name) p")
        }
    }

    @Test func pearsonMatchesExactSums() throws {
        for fixture in Self.fixtures.pearson {
            if fixture.error == true {
                #expect(throws: ResearchError.self, "\(fixture.name)") { try PearsonCorrelation.between(fixture.x, fixture.y) }
                continue
            }
            let correlation = try PearsonCorrelation.between(fixture.x, fixture.y)
            #expect(close(correlation.r, fixture.r, 1e-12), "\(fixture.name) r")
            #expect(abs(correlation.pValue - (fixture.p ?? .nan)) < 1e-9, "\(fixture.name) p")
            #expect(correlation.count == fixture.x.count)
        }
    }

    @Test func cronbachAlphaMatchesNumPy() throws {
        for fixture in Self.fixtures.cronbachAlpha {
            if fixture.error == true {
                #expect(throws: ResearchError.self, "\(fixture.name)") { try CronbachAlpha.estimate(rows: fixture.rows) }
                continue
            }
            let estimate = try CronbachAlpha.estimate(rows: fixture.rows)
            #expect(close(estimate.alpha, fixture.alpha, 1e-12), "\(fixture.name)")
            #expect(estimate.caseCount == fixture.cases)
            #expect(estimate.excludedCases == fixture.rows.count - (fixture.cases ?? 0))
        }
    }
}
