import Foundation
import HearthResearch
import Testing

/// Correlations, regressions, contingency tests and multiple-comparison corrections against
/// R's stats package on the same fixed data (`Fixtures/R/make_r_fixtures.R`, R 4.2.2).
/// The issue asks for 1e-6 relative; these hold to 1e-9 (p-values: relative, with an
/// absolute floor of 1e-15 for p-values R reports as tiny).
@Suite("Statistics against R fixtures")
struct RStatisticsFixtureTests {
    struct Fixtures: Decodable {
        struct ChiSquarePoint: Decodable { var x: Double; var df: Double; var upper: Double; var lower: Double }
        struct FPoint: Decodable { var f: Double; var d1: Double; var d2: Double; var upper: Double }
        struct Correlation: Decodable {
            var name: String; var x: [Double]; var y: [Double]
            var pearsonR: Double; var pearsonP: Double; var spearmanRho: Double; var spearmanP: Double; var spearmanS: Double; var exact: Bool
        }
        struct Predictor: Decodable { var term: String; var values: [Double] }
        struct Coefficient: Decodable {
            var term: String; var estimate: Double; var standardError: Double; var t: Double; var p: Double
            var ciLow: Double; var ciHigh: Double; var beta: Double?
        }
        struct Regression: Decodable {
            var name: String; var outcome: [Double]; var predictors: [Predictor]; var coefficients: [Coefficient]
            var rSquared: Double; var adjustedRSquared: Double; var f: Double?; var dfModel: Int; var dfResidual: Int
            var pModel: Double?; var residualStandardError: Double; var n: Int
        }
        struct RegressionError: Decodable { var name: String; var outcome: [Double]; var predictors: [Predictor]; var field: String }
        struct Table: Decodable {
            var name: String; var counts: [[Int]]; var chiSquare: Double; var p: Double; var yatesChiSquare: Double; var yatesP: Double
            var df: Int; var expected: [[Double]]; var cramersV: Double; var fisherP: Double?
        }
        struct Adjust: Decodable { var p: [Double?]; var holm: [Double?]; var bonferroni: [Double?] }
        struct Pair: Decodable { var p: Double; var adjustedP: Double }
        struct Group: Decodable { var level: String; var values: [Double] }
        struct PairwiseMeans: Decodable { var name: String; var method: String; var groups: [Group]; var pairs: [Pair] }
        struct PairwiseProportions: Decodable { var name: String; var method: String; var yes: [Int]; var total: [Int]; var pairs: [Pair] }
        struct MixedEffect: Decodable { var term: String; var estimate: Double; var standardError: Double; var df: Double; var t: Double; var p: Double }
        struct Mixed: Decodable {
            var name: String; var method: String; var slope: Bool; var outcome: [Double]; var groups: [Int]; var time: [Double]
            var fixed: [Predictor]; var fixedEffects: [MixedEffect]; var interceptVariance: Double; var slopeVariance: Double?
            var correlation: Double?; var residualVariance: Double; var logLikelihood: Double; var aic: Double; var bic: Double
            var nObservations: Int; var nGroups: Int; var singular: Bool; var theta: [Double]
        }
        var mixedModels: [Mixed]
        struct LRT: Decodable { var name: String; var outcome: [Double]; var groups: [Int]; var fixed: [Predictor]; var chiSquare: Double; var df: Int; var p: Double }
        struct McNemar: Decodable { var firstOnly: Int; var secondOnly: Int; var correct: Bool; var chiSquare: Double; var p: Double }
        var likelihoodRatios: [LRT]
        var mcnemar: [McNemar]
        var chiSquare: [ChiSquarePoint]
        var f: [FPoint]
        var correlations: [Correlation]
        var regressions: [Regression]
        var regressionErrors: [RegressionError]
        var tables: [Table]
        var adjust: Adjust
        var pairwiseMeans: [PairwiseMeans]
        var pairwiseProportions: [PairwiseProportions]
    }

    static let fixtures: Fixtures? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/R/r-fixtures.json")
        return try? JSONDecoder().decode(Fixtures.self, from: Data(contentsOf: url))
    }()

    func fixtures() throws -> Fixtures { try #require(Self.fixtures, "Fixtures/R/r-fixtures.json cannot be read") }

    /// Relative closeness, with an absolute floor for values near zero.
    func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9, floor: Double = 1e-15) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= Swift.max(tolerance * abs(b), floor)
    }

    @Test func fixturesAreComplete() throws {
        let f = try fixtures()
        #expect(f.chiSquare.count == 104 && f.f.count == 49 && f.correlations.count == 13 && f.regressions.count == 4)
        #expect(f.tables.count == 10 && f.regressionErrors.count == 3 && f.pairwiseMeans.count == 2 && f.pairwiseProportions.count == 2)
        #expect(f.mixedModels.count == 6)
    }

    @Test func chiSquareAndFDistributionsMatchR() throws {
        let f = try fixtures()
        for point in f.chiSquare {
            let distribution = try ChiSquareDistribution(degreesOfFreedom: point.df)
            #expect(close(distribution.upperTail(point.x), point.upper, 1e-12, floor: 1e-300), "pchisq upper x=\(point.x) df=\(point.df)")
            #expect(close(distribution.cumulativeProbability(point.x), point.lower, 1e-12, floor: 1e-300), "pchisq x=\(point.x) df=\(point.df)")
        }
        for point in f.f {
            let distribution = try FDistribution(numerator: point.d1, denominator: point.d2)
            #expect(close(distribution.upperTail(point.f), point.upper, 1e-10, floor: 1e-300), "pf f=\(point.f) \(point.d1),\(point.d2)")
        }
    }

    @Test func pearsonAndSpearmanMatchCorTest() throws {
        for c in try fixtures().correlations {
            let pearson = try PearsonCorrelation.between(c.x, c.y)
            #expect(close(pearson.r, c.pearsonR, 1e-12), "\(c.name) r")
            #expect(close(pearson.pValue, c.pearsonP), "\(c.name) Pearson p")
            let spearman = try SpearmanCorrelation.between(c.x, c.y)
            #expect(close(spearman.rho, c.spearmanRho, 1e-12), "\(c.name) rho")
            #expect(close(spearman.s, c.spearmanS, 1e-9, floor: 1e-6), "\(c.name) S")
            #expect(close(spearman.pValue, c.spearmanP), "\(c.name) Spearman p \(spearman.pValue) vs \(c.spearmanP)")
            #expect((spearman.pValueMethod != .tApproximation) == c.exact, "\(c.name) method")
            #expect((spearman.pValueMethod == .exact) == (c.exact && c.x.count <= 9), "\(c.name) enumeration")
        }
    }

    @Test func regressionsMatchLm() throws {
        for r in try fixtures().regressions {
            // A predictor offset by 10⁶ makes XᵀX's condition number about 10¹²: there R's own
            // t and F p-values of the one slope differ by 2e-10 relative, so agreement is
            // checked to 1e-7 (the issue asks for 1e-6); elsewhere to 1e-9.
            let tolerance = r.name == "oneLargeOffset" ? 1e-7 : 1e-9
            let fit = try LinearRegression.fit(outcome: r.outcome, predictors: r.predictors.map { ($0.term, $0.values) })
            #expect(fit.coefficients.count == r.coefficients.count, "\(r.name)")
            for (mine, theirs) in zip(fit.coefficients, r.coefficients) {
                let label = "\(r.name) \(theirs.term)"
                #expect(mine.term == theirs.term || theirs.term == "(Intercept)" && mine.term == LinearRegression.interceptTerm, "\(label)")
                #expect(close(mine.estimate, theirs.estimate, tolerance), "\(label) estimate")
                #expect(close(mine.standardError, theirs.standardError, tolerance), "\(label) SE")
                #expect(close(mine.t, theirs.t, tolerance), "\(label) t")
                #expect(close(mine.p, theirs.p, tolerance), "\(label) p")
                #expect(close(mine.ciLow, theirs.ciLow, tolerance, floor: tolerance * theirs.standardError), "\(label) ciLow")
                #expect(close(mine.ciHigh, theirs.ciHigh, tolerance, floor: tolerance * theirs.standardError), "\(label) ciHigh")
                #expect(close(mine.beta, theirs.beta, tolerance), "\(label) beta")
            }
            #expect(close(fit.rSquared, r.rSquared, tolerance) && close(fit.adjustedRSquared, r.adjustedRSquared, tolerance), "\(r.name) R²")
            #expect(close(fit.f, r.f, tolerance) && close(fit.pModel, r.pModel, tolerance), "\(r.name) F")
            #expect(fit.dfModel == r.dfModel && fit.dfResidual == r.dfResidual && fit.n == r.n, "\(r.name) df")
            #expect(close(fit.residualStandardError, r.residualStandardError, tolerance), "\(r.name) sigma")
        }
    }

    @Test func collinearConstantAndTooFewAreErrorsNamingTheTerms() throws {
        for r in try fixtures().regressionErrors {
            #expect(throws: ResearchError.self, "\(r.name)") {
                _ = try LinearRegression.fit(outcome: r.outcome, predictors: r.predictors.map { ($0.term, $0.values) })
            }
            do {
                _ = try LinearRegression.fit(outcome: r.outcome, predictors: r.predictors.map { ($0.term, $0.values) })
            } catch {
                #expect(error.code == .insufficientData && error.field == r.field, "\(r.name): \(error)")
            }
        }
    }

    @Test func contingencyTablesMatchChisqTestAndFisherTest() throws {
        for t in try fixtures().tables {
            let plain = try ContingencyTest.test(t.counts, yatesCorrection: false)
            #expect(close(plain.chiSquare, t.chiSquare, 1e-12) && close(plain.p, t.p, 1e-10), "\(t.name) X²")
            #expect(plain.df == t.df && !plain.yatesCorrection, "\(t.name) df")
            #expect(close(plain.cramersV, t.cramersV, 1e-12), "\(t.name) V")
            for (mine, theirs) in zip(plain.expected.joined(), t.expected.joined()) { #expect(close(mine, theirs, 1e-12), "\(t.name) E") }
            #expect(plain.expectedBelowFive == t.expected.joined().count(where: { $0 < 5 }))
            let corrected = try ContingencyTest.test(t.counts)
            #expect(close(corrected.chiSquare, t.yatesChiSquare, 1e-12) && close(corrected.p, t.yatesP, 1e-10), "\(t.name) Yates")
            #expect(corrected.yatesCorrection == (t.counts.count == 2 && t.counts[0].count == 2))
            if let fisher = t.fisherP { #expect(close(try FisherExactTest.pValue(t.counts), fisher, 1e-9), "\(t.name) Fisher") }
        }
    }

    /// Estimates, variance components, Satterthwaite df and p to 1e-4 relative (the issue's
    /// bar); a variance R puts at 0 within 1e-6 absolute, and `singular` as R's.
    @Test func mixedModelsMatchLmerAndLmerTest() throws {
        for m in try fixtures().mixedModels {
            let fit = try LinearMixedModel.fit(
                outcome: m.outcome, fixed: m.fixed.map { ($0.term, $0.values) }, groups: m.groups, slopeTime: m.slope ? m.time : nil,
                method: m.method == "reml" ? .reml : .ml)
            let label = m.name
            #expect(fit.nObservations == m.nObservations && fit.nGroups == m.nGroups, "\(label) counts")
            #expect(fit.fixedEffects.count == m.fixedEffects.count && fit.theta.count == m.theta.count, "\(label) terms")
            for (mine, theirs) in zip(fit.theta, m.theta) {
                #expect(abs(theirs) < 1e-4 ? abs(mine) < 1e-3 : close(mine, theirs, 1e-3), "\(label) theta \(fit.theta) vs \(m.theta)")
            }
            #expect(fit.singular == m.singular, "\(label) singular")
            for (mine, theirs) in zip(fit.fixedEffects, m.fixedEffects) {
                #expect(close(mine.estimate, theirs.estimate, 1e-4, floor: 1e-4 * theirs.standardError), "\(label) \(theirs.term) estimate \(mine.estimate) vs \(theirs.estimate)")
                #expect(close(mine.standardError, theirs.standardError, 1e-4), "\(label) \(theirs.term) SE \(mine.standardError) vs \(theirs.standardError)")
                #expect(close(mine.df, theirs.df, 1e-4), "\(label) \(theirs.term) df \(mine.df ?? -1) vs \(theirs.df)")
                #expect(close(mine.p, theirs.p, 1e-4, floor: 1e-12), "\(label) \(theirs.term) p \(mine.p ?? -1) vs \(theirs.p)")
            }
            func variance(_ mine: Double?, _ theirs: Double?, _ what: String) {
                // A variance R leaves at its boundary (θ within 1e-4 of 0, `isSingular`).
                if let theirs, what.hasSuffix("variance"), theirs < 1e-6 {
                    #expect(abs(mine ?? 1) <= 1e-6, "\(label) \(what) \(mine ?? -1) vs 0")
                } else {
                    #expect(close(mine, theirs, 1e-4), "\(label) \(what) \(mine ?? -1) vs \(theirs ?? -1)")
                }
            }
            variance(fit.randomEffects.interceptVariance, m.interceptVariance, "intercept variance")
            variance(fit.randomEffects.slopeVariance, m.slopeVariance, "slope variance")
            if !m.singular { variance(fit.randomEffects.correlation, m.correlation, "correlation") }
            variance(fit.residualVariance, m.residualVariance, "residual variance")
            #expect(close(fit.logLikelihood, m.logLikelihood, 1e-6) && close(fit.aic, m.aic, 1e-6) && close(fit.bic, m.bic, 1e-6), "\(label) logLik \(fit.logLikelihood) vs \(m.logLikelihood)")
        }
    }

    @Test func mixedModelsRefuseVariancesTheDataCannotSeparate() throws {
        // 40 persons × 2 waves with a random slope: 80 observations for 80 random effects (lme4 refuses too).
        let groups = (0..<80).map { $0 / 2 }
        let time = (0..<80).map { Double($0 % 2) }
        let outcome = (0..<80).map { Double(($0 * 37) % 11) + Double($0 % 2) }
        #expect(throws: ResearchError.self) { _ = try LinearMixedModel.fit(outcome: outcome, fixed: [("time", time)], groups: groups, slopeTime: time) }
        // Everyone measured once at different times: no person is measured twice for a slope.
        #expect(throws: ResearchError.self) {
            _ = try LinearMixedModel.fit(outcome: [1, 2, 3, 4, 5, 6], fixed: [], groups: [0, 0, 1, 1, 2, 2], slopeTime: [0, 0, 1, 1, 2, 2])
        }
    }

    @Test func mixedModelsIncludeSingleWavePersonsAndRefuseWhatCannotBeFit() throws {
        let m = try #require(try fixtures().mixedModels.first)
        // Persons measured once are in the fit (they inform the fixed effects and σ²).
        let counts = Dictionary(grouping: m.groups, by: { $0 }).mapValues(\.count)
        #expect(counts.values.contains(1) && counts.count == m.nGroups)
        func refusal(_ outcome: [Double], _ fixed: [(term: String, values: [Double])], _ groups: [Int]) -> ResearchError? {
            do { _ = try LinearMixedModel.fit(outcome: outcome, fixed: fixed, groups: groups); return nil } catch { return error }
        }
        let groups = [0, 0, 1, 1, 2, 2]
        let time = [0.0, 1, 0, 1, 0, 1]
        let collinear = refusal([1, 2, 3, 5, 4, 6], [("time", time), ("twice", time.map { $0 * 2 })], groups)
        #expect(collinear?.code == .insufficientData && collinear?.field == "twice")
        let constant = refusal(Array(repeating: 4, count: 6), [("time", time)], groups)
        #expect(constant?.code == .insufficientData && constant?.field == "outcome")
        let onePerson = refusal([1, 2, 3], [], [0, 0, 0])
        #expect(onePerson?.field == "groups")
        #expect(refusal([1, 2], [("time", [0, 1])], [0, 1])?.code == .insufficientData)
        #expect(refusal([1, .nan, 3, 4], [], [0, 0, 1, 1])?.code == .invalidValue)
        #expect(refusal([1, 2, 3, 4], [], [0, 0, 2, 2])?.field == "groups")
    }

    @Test func likelihoodRatioTestsMatchAnova() throws {
        let f = try fixtures()
        #expect(f.likelihoodRatios.count == 2)
        for case_ in f.likelihoodRatios {
            let null = try LinearMixedModel.fit(outcome: case_.outcome, fixed: [], groups: case_.groups, method: .ml)
            let full = try LinearMixedModel.fit(outcome: case_.outcome, fixed: case_.fixed.map { ($0.term, $0.values) }, groups: case_.groups, method: .ml)
            let test = try LikelihoodRatioTest.test(null: null, full: full)
            #expect(test.df == case_.df && close(test.chiSquare, case_.chiSquare, 1e-5) && close(test.p, case_.p, 1e-5), "\(case_.name): \(test.chiSquare) vs \(case_.chiSquare)")
        }
        let reml = try LinearMixedModel.fit(outcome: f.likelihoodRatios[0].outcome, fixed: [], groups: f.likelihoodRatios[0].groups)
        #expect(throws: ResearchError.self) { try LikelihoodRatioTest.test(null: reml, full: reml) }
    }

    @Test func mcNemarMatchesR() throws {
        let f = try fixtures()
        #expect(f.mcnemar.count == 6)
        for m in f.mcnemar {
            let test = try McNemarTest.test(firstOnly: m.firstOnly, secondOnly: m.secondOnly, continuityCorrection: m.correct)
            #expect(close(test.chiSquare, m.chiSquare, 1e-12) && close(test.p, m.p, 1e-10), "\(m)")
        }
        #expect(throws: ResearchError.self) { try McNemarTest.test(firstOnly: 0, secondOnly: 0) }
    }

    @Test func holmAndBonferroniMatchPAdjust() throws {
        let a = try fixtures().adjust
        let p = a.p.map { $0 ?? .nan }
        for (method, expected) in [(PValueAdjustment.holm, a.holm), (.bonferroni, a.bonferroni)] {
            for (mine, theirs) in zip(method.adjust(p), expected) { #expect(theirs == nil ? mine.isNaN : close(mine, theirs, 1e-15), "\(method)") }
        }
        #expect(PValueAdjustment.none.adjust([0.2, 0.01]) == [0.2, 0.01])
    }

    @Test func pairwiseComparisonsMatchPairwiseTTestAndPropTest() throws {
        let f = try fixtures()
        for m in f.pairwiseMeans {
            let method = try #require(PValueAdjustment(rawValue: m.method))
            let pairs = try PairwiseComparison.means(m.groups.map { ($0.level, $0.values) }, adjustment: method)
            #expect(pairs.count == m.pairs.count)
            for (mine, theirs) in zip(pairs, m.pairs) {
                #expect(close(mine.p, theirs.p, 1e-10) && close(mine.adjustedP, theirs.adjustedP, 1e-10), "\(m.name) \(mine.first)–\(mine.second)")
            }
        }
        for m in f.pairwiseProportions {
            let method = try #require(PValueAdjustment(rawValue: m.method))
            let counts = [m.yes, zip(m.total, m.yes).map { $0 - $1 }]
            let pairs = PairwiseComparison.counts(counts, levels: m.yes.indices.map { "\($0 + 1)" }, adjustment: method)
            for (mine, theirs) in zip(pairs, m.pairs) {
                #expect(close(mine.p, theirs.p, 1e-10) && close(mine.adjustedP, theirs.adjustedP, 1e-10), "\(m.name) \(mine.first)–\(mine.second)")
            }
        }
    }
}
