import Foundation
import HearthCore
import HearthResearch
import HearthScoring
import Testing

/// A small ACE cohort whose statistics are computed by hand (and checked with SciPy):
/// research a1–a4 and reference b1–b3 at wave 1, a1–a3 again at wave 2.
struct ACECohort {
    static func answers(_ yes: Set<Int>, missing: Set<Int> = []) -> [UInt8] {
        (1...10).map { missing.contains($0) ? MissingReason.skipped.matrixCode : (yes.contains($0) ? 1 : 0) }
    }

    static let rows: [(id: String, wave: Int, group: String, sex: Sex, codes: [UInt8])] = [
        ("a1", 1, "research", .female, answers([1, 2, 3])),
        ("a2", 1, "research", .female, answers([1, 2, 3, 4, 5])),
        ("a3", 1, "research", .male, answers([])),
        ("a4", 1, "research", .female, answers([], missing: [4])),
        ("b1", 1, "reference", .female, answers([7])),
        ("b2", 1, "reference", .male, answers([])),
        ("b3", 1, "reference", .female, answers([3, 4])),
        ("a1", 2, "research", .female, answers([1])),
        ("a2", 2, "research", .female, answers([2, 3, 4, 5])),
        ("a3", 2, "research", .male, answers([])),
    ]

    static func make() throws -> CohortAnalysis {
        let definition = try BuiltInInstrument.ace.definition()
        var matrix = try ResponseMatrix(itemCount: 10)
        var cohort = StudyCohort()
        for row in rows {
            let respondent = Respondent(id: try RespondentID(row.id), sex: row.sex, age: try Age(years: 30), wave: try Wave(index: row.wave))
            try matrix.append(respondent, matrixCodes: row.codes)
            try cohort.setAttributes(["group": row.group], for: RecordKey(respondent))
        }
        try cohort.add(matrix, definition: definition)
        return CohortAnalysis(try ScoredCohort(cohort))
    }
}

@Suite("Cohort analysis")
struct CohortAnalysisTests {
    let total = ScoreVariable(instrument: "ace", scale: "total")
    let wave1 = CohortFilter([.wave: ["1"]])

    @Test func summarizesPerGroupInTheReportsOrder() throws {
        let summaries = try ACECohort.make().summarize(total, by: [.attribute("group")], where: wave1)
        #expect(summaries.map(\.group.description) == ["research", "reference"])
        let research = summaries[0]
        #expect(research.statistics.count == 3 && research.missingValues == 1)
        #expect(abs((research.statistics.mean ?? 0) - 8.0 / 3) < 1e-12)
        #expect(abs((research.statistics.standardDeviation ?? 0) - (19.0 / 3).squareRoot()) < 1e-12)
        #expect(research.prevalence == nil)  // a count, not a 0/1 scale
        #expect(summaries[1].statistics.mean == 1 && summaries[1].statistics.standardDeviation == 1)
        // family_violence (items 1, 2 or 7): a1 and a2 yes, a3 and a4 no (a4's missing item 4
        // is not one of them); b1 yes (item 7), b2 and b3 no.
        let violence = try ACECohort.make().summarize(ScoreVariable(instrument: "ace", scale: "family_violence"), by: [.attribute("group")], where: wave1)
        #expect(violence.map(\.prevalence) == [0.5, 1.0 / 3])
    }

    @Test func groupsBySeveralKeysAndAgeBands() throws {
        let analysis = try ACECohort.make()
        let bySex = try analysis.summarize(total, by: [.sex, .wave])
        #expect(bySex.map(\.group.description) == ["female · 1", "female · 2", "male · 1", "male · 2"])
        let byAge = try analysis.summarize(total, by: [.ageBands([18...29, 30...39])])
        #expect(byAge.map(\.group.description) == ["30-39"])
        let unknown = try analysis.summarize(total, by: [.attribute("city")])
        #expect(unknown.map(\.group.description) == [GroupingKey.missingLevel])
    }

    @Test func waveChangePairsTheSamePeople() throws {
        let changes = try ACECohort.make().waveChange(total, from: 1, to: 2, where: CohortFilter([.attribute("group"): ["research"]]))
        let change = try #require(changes.first)
        #expect(change.before.count == 3 && change.before.mean == 8.0 / 3 && change.after.mean == 5.0 / 3)
        let test = try #require(change.test)
        #expect(abs(test.t - 3.0.squareRoot()) < 1e-12)
        #expect(test.degreesOfFreedom == 2)
        #expect(abs(test.pValue - 0.22540333075851665) < 1e-9)
        #expect(abs((change.effectSize ?? 0) - 1) < 1e-12)
        let error = researchError { _ = try ACECohort.make().waveChange(total, from: 1, to: 2, by: [.wave]) }
        #expect(error?.code == .invalidMapping)
    }

    @Test func tooFewPairsAreReportedNotThrown() throws {
        let changes = try ACECohort.make().waveChange(total, from: 1, to: 2, where: CohortFilter([.sex: ["male"]]))
        #expect(changes.first?.test == nil)
        #expect(changes.first?.unavailable?.contains("two pairs") == true)
    }

    @Test func changesWithoutPairsAreListedAsUnavailable() throws {
        // The reference group was measured at wave 1 only: its change is listed, with why.
        let byGroup = try ACECohort.make().waveChange(total, from: 1, to: 2, by: [.attribute("group")])
        #expect(byGroup.map(\.group.description) == ["research", "reference"])
        #expect(byGroup[0].test != nil && byGroup[0].before.count == 3)
        #expect(byGroup[1].test == nil && byGroup[1].before.count == 0)
        #expect(byGroup[1].unavailable == "no one in this group has a value at both wave 1 and wave 2")
        // Nobody at wave 3: one group, all, with the reason.
        let none = try ACECohort.make().waveChange(total, from: 3, to: 1)
        #expect(none.count == 1 && none[0].group.description == "all")
        #expect(none[0].unavailable == "no one has a value at wave 3")
        let noLater = try ACECohort.make().waveChange(total, from: 2, to: 3)
        #expect(noLater.count == 1 && noLater[0].unavailable == "no one in this group has a value at both wave 2 and wave 3")
    }

    @Test func excessShareByWave() throws {
        let shares = try ACECohort.make().excessShare(total, above: 1.5)
        #expect(shares.map(\.excessive) == [3, 1])
        #expect(shares.map(\.count) == [6, 3])
        #expect(shares.map(\.share) == [0.5, 1.0 / 3])
        #expect(throws: ResearchError.self) { try ACECohort.make().excessShare(total, above: .nan) }
    }

    @Test func comparesTwoGroupsWithWelchAndCohensD() throws {
        let comparison = try ACECohort.make().compare(total, on: .attribute("group"), "research", against: "reference", where: wave1)
        let test = try #require(comparison.test)
        #expect(abs(test.t - 1.066003581778052) < 1e-12)
        #expect(abs(test.degreesOfFreedom - 2.6162162162162166) < 1e-12)
        #expect(abs(test.pValue - 0.37479224039769976) < 1e-9)
        #expect(abs((comparison.cohensD ?? 0) - 0.8703882797784891) < 1e-12)
        let absent = try ACECohort.make().compare(total, on: .attribute("group"), "research", against: "nobody", where: wave1)
        #expect(absent.test == nil && absent.unavailable != nil)
    }

    @Test func correlationJoinsOnRespondentAndWave() throws {
        let r = try ACECohort.make().correlation(total, ScoreVariable(instrument: "ace", scale: "family_violence"))
        #expect(r.count == 9)
        #expect(abs(r.r - 0.6531561093841245) < 1e-12)
        #expect(abs(r.pValue - 0.05645797236145992) < 1e-9)
    }

    @Test func reliabilityUsesItemsListwise() throws {
        let alpha = try ACECohort.make().reliability(instrument: "ace", scale: "total")
        #expect(abs(alpha.alpha - 0.6810035842293906) < 1e-12)
        #expect(alpha.caseCount == 9 && alpha.excludedCases == 1 && alpha.itemCount == 10)
        let anyScale = researchError { _ = try ACECohort.make().reliability(instrument: "ace", scale: "family_violence") }
        #expect(anyScale?.code == .invalidMapping)
    }

    @Test func reliabilityFollowsReverseKeyingAndCodeValues() throws {
        // A reverse-keyed item and its mirror image give the same alpha as the plain items.
        let plain = InstrumentDefinition(
            id: "demo", version: "1", name: "demo", citation: "", key: KeyProvenance(origin: .userDefinition, version: "1", source: "test"),
            informant: .adultSelfReport, responseScale: ResponseScale(minimum: 1, maximum: 5),
            items: (1...3).map { ItemDefinition(id: "\($0)") }, scales: [ScaleDefinition(id: "s", name: "s", items: [1, 2, 3])])
        var reversed = plain
        reversed.scales = [ScaleDefinition(id: "s", name: "s", items: [1, 2, 3], reverseKeyed: [3])]
        let rows: [[UInt8]] = [[1, 2, 1], [2, 2, 3], [4, 5, 4], [5, 4, 5], [3, 3, 2]]
        func alpha(_ definition: InstrumentDefinition, mirrorThird: Bool) throws -> Double {
            var matrix = try ResponseMatrix(itemCount: 3)
            for (index, row) in rows.enumerated() {
                let codes = mirrorThird ? [row[0], row[1], 6 - row[2]] : row
                try matrix.append(Respondent(id: try RespondentID("r\(index)")), matrixCodes: codes)
            }
            var cohort = StudyCohort()
            try cohort.add(matrix, definition: definition)
            return try CohortAnalysis(ScoredCohort(cohort)).reliability(instrument: "demo", scale: "s").alpha
        }
        #expect(abs(try alpha(plain, mirrorThird: false) - alpha(reversed, mirrorThird: true)) < 1e-12)
    }

    @Test func unknownColumnsAreErrors() throws {
        let analysis = try ACECohort.make()
        #expect(researchError { _ = try analysis.summarize(ScoreVariable(instrument: "tsi", scale: "anx")) }?.code == .invalidMapping)
        #expect(researchError { _ = try analysis.summarize(ScoreVariable(instrument: "ace", scale: "nope")) }?.field == "ace.nope")
    }

    @Test func writtenFormsParseAndRoundTrip() throws {
        #expect(try ScoreVariable(parsing: "cts2.self_physical_frequency+partner_physical_frequency").scales.count == 2)
        #expect(throws: ResearchError.self) { try ScoreVariable(parsing: "cts2") }
        #expect(throws: ResearchError.self) { try ScoreVariable(parsing: "cts2.a+") }
        #expect(try GroupingKey(parsing: "age:0-5,6-11") == .ageBands([0...5, 6...11]))
        #expect(throws: ResearchError.self) { try GroupingKey(parsing: "age:5-1") }
        let filter = CohortFilter([.wave: ["1"], .attribute("group"): ["research"]])
        let data = try JSONEncoder().encode(filter)
        #expect(try JSONDecoder().decode(CohortFilter.self, from: data) == filter)
    }

    @Test func publishedStatisticsReproduceTheReportsSignificance() throws {
        // Table 6.1: research vs reference; the report says research is higher on every
        // scale except older children's overt involvement (L3409–3417).
        let young = try TTest.welch(SummaryStatistics(count: 196, mean: 21.99, standardDeviation: 9.44), SummaryStatistics(count: 114, mean: 12.35, standardDeviation: 2.55))
        #expect(abs(young.t - 13.476249071850114) < 1e-9 && young.pValue < 0.001)
        let older = try TTest.welch(SummaryStatistics(count: 36, mean: 11.57, standardDeviation: 3.47), SummaryStatistics(count: 116, mean: 10.65, standardDeviation: 3.27))
        #expect(abs(older.pValue - 0.16454887966084178) < 1e-9)
        #expect(throws: ResearchError.self) { try SummaryStatistics(count: 5, mean: 1, standardDeviation: -1) }
        #expect(throws: ResearchError.self) { try SummaryStatistics([1, .infinity]) }
        #expect(throws: ResearchError.self) { try StudentTDistribution(degreesOfFreedom: 0) }
    }
}

/// Correlation matrices, regressions, crosstabs and comparisons of means on the ACE cohort,
/// against hand-computed values and against the two-variable statistics already checked
/// with SciPy.
@Suite("Cohort statistics")
struct CohortStatisticsTests {
    let total = ScoreVariable(instrument: "ace", scale: "total")
    let violence = ScoreVariable(instrument: "ace", scale: "family_violence")

    @Test func aTwoWaveMatrixHasTheFirstWaveBelowAndTheSecondAbove() throws {
        let analysis = try ACECohort.make()
        let matrix = try analysis.correlations([total, violence], waves: [1, 2])
        let first = try analysis.correlation(total, violence, where: CohortFilter([.wave: ["1"]]))
        #expect(matrix.r[1][0] == first.r && matrix.p[1][0] == first.pValue && matrix.n[1][0] == first.count)
        #expect(matrix.n[0][1] == 3 && matrix.r[0][0] == nil && matrix.lowerWave == 1 && matrix.upperWave == 2)
        // a4 misses an item: its total is absent at wave 1, so six pairs there.
        #expect(first.count == 6)
        let one = try analysis.correlations([total, violence], waves: [1])
        #expect(one.r[0][1] == one.r[1][0] && one.r[0][0] == 1 && one.n[0][0] == 6)
        #expect(throws: ResearchError.self) { try analysis.correlations([total]) }
        #expect(throws: ResearchError.self) { try analysis.correlations([total, violence], waves: [1, 2, 3]) }
    }

    @Test func spearmanMatricesSayHowEachPWasComputed() throws {
        let matrix = try ACECohort.make().correlations([total, violence], method: .spearman, waves: [1])
        // ACE totals tie (0 twice): the t approximation, as R.
        #expect(matrix.pValueMethods?[1][0] == .tApproximation)
    }

    @Test func aSimpleRegressionAgreesWithPearsonsR() throws {
        let analysis = try ACECohort.make()
        let regression = try analysis.regression(total, on: [violence], wave: 1)
        let r = try analysis.correlation(total, violence, where: CohortFilter([.wave: ["1"]]))
        let fit = try #require(regression.fit)
        #expect(abs(fit.rSquared - r.r * r.r) < 1e-12)
        #expect(abs(fit.coefficients[1].p - r.pValue) < 1e-12)
        #expect(abs((fit.coefficients[1].beta ?? 0) - r.r) < 1e-12)
        #expect(fit.n == 6 && regression.excluded == 1)
    }

    @Test func aFactorIsDummyCodedAgainstItsReferenceLevel() throws {
        let analysis = try ACECohort.make()
        let regression = try analysis.regression(total, on: [], factors: [FactorPredictor(key: .attribute("group"), reference: "reference")], wave: 1)
        let fit = try #require(regression.fit)
        // Research totals 3, 5, 0 (mean 8/3); reference 1, 0, 2 (mean 1): b = 5/3.
        #expect(fit.coefficients.map(\.term) == ["(Intercept)", "group=research"])
        #expect(abs(fit.coefficients[0].estimate - 1) < 1e-12 && abs(fit.coefficients[1].estimate - 5.0 / 3) < 1e-12)
        #expect(throws: ResearchError.self) {
            try analysis.regression(total, on: [], factors: [FactorPredictor(key: .attribute("group"), reference: "nobody")], wave: 1)
        }
        let constant = try analysis.regression(total, on: [total], wave: 1)
        #expect(constant.fit == nil && constant.unavailable?.contains("exactly") == true)
    }

    @Test func aCrosstabCountsTestsAndFlagsSmallExpectedCounts() throws {
        let crosstab = try ACECohort.make().crosstab(.key(.sex), by: .attribute("group"), wave: 1, yatesCorrection: false)
        // Research: 3 female, 1 male; reference: 2 female, 1 male.
        #expect(crosstab.rowLevels == ["female", "male"] && crosstab.columnLevels == ["research", "reference"])
        #expect(crosstab.counts == [[3, 2], [1, 1]])
        #expect(crosstab.columnPercentages[0][0] == 0.75 && crosstab.rowPercentages[1][1] == 0.5)
        let test = try #require(crosstab.test)
        // Every |O − E| is 1/7: X² = (1/7)(1/20 + 1/15 + 1/8 + 1/6) = 7/120.
        #expect(abs(test.chiSquare - 7.0 / 120) < 1e-14 && test.df == 1 && test.expectedBelowFive == 4)
        #expect(abs(test.cramersV - (1.0 / 120).squareRoot()) < 1e-14)
        // Hypergeometric support 2…4 with weights 6, 12, 3: the observed 3 is the most likely.
        #expect(crosstab.fisherP == 1)
        let corrected = try ACECohort.make().crosstab(.key(.sex), by: .attribute("group"), wave: 1)
        #expect(corrected.test?.chiSquare == 0 && corrected.test?.yatesCorrection == true)
    }

    @Test func aScoreCrosstabTakesTheValuesAsCategories() throws {
        let crosstab = try ACECohort.make().crosstab(.score(total), by: .attribute("group"), wave: 1)
        #expect(crosstab.rowLevels == ["0", "1", "2", "3", "5"] && crosstab.excluded == 1)
        #expect(crosstab.counts == [[1, 1], [0, 1], [0, 1], [1, 0], [1, 0]])
        #expect(crosstab.fisherP == nil && crosstab.pairwise.isEmpty)
    }

    @Test func twoGroupMeansAreComparedByWelch() throws {
        let analysis = try ACECohort.make()
        let comparison = try analysis.compareMeans(total, by: .attribute("group"), wave: 1)
        let direct = try analysis.compare(total, on: .attribute("group"), "research", against: "reference", where: CohortFilter([.wave: ["1"]]))
        #expect(comparison.twoGroups?.test == direct.test && comparison.f == nil && comparison.pairwise.isEmpty)
    }

    @Test func aMixedModelUsesEveryMeasuredWaveOfEveryPerson() throws {
        let analysis = try ACECohort.make()
        let model = try analysis.mixedModel(total, group: FactorPredictor(key: .attribute("group"), reference: "reference"), interaction: false)
        // Totals (wave 1 → 2): a1 3 → 1, a2 5 → 4, a3 0 → 0; b1 1, b2 0, b3 2 once; a4 has none.
        #expect(model.waves == [1, 2] && model.excluded == 1 && model.personsWithOneWave == 3)
        let direct = try LinearMixedModel.fit(
            outcome: [3, 5, 0, 1, 0, 2, 1, 4, 0], fixed: [("wave=2", [0, 0, 0, 0, 0, 0, 1, 1, 1]), ("group=research", [1, 1, 1, 0, 0, 0, 1, 1, 1])],
            groups: [0, 1, 2, 3, 4, 5, 0, 1, 2])
        let fit = try #require(model.fit)
        #expect(fit.fixedEffects.map(\.term) == ["(Intercept)", "wave=2", "group=research"])
        for (mine, theirs) in zip(fit.fixedEffects, direct.fixedEffects) { #expect(abs(mine.estimate - theirs.estimate) < 1e-9) }
        #expect(abs(fit.residualVariance - direct.residualVariance) < 1e-9 && fit.nGroups == 6 && fit.nObservations == 9)
        let linear = try analysis.mixedModel(total, waveCoding: .linear, waveTimes: [1: 0, 2: 12])
        #expect(linear.fit?.fixedEffects.map(\.term) == ["(Intercept)", "time"] && linear.waveTimes == ["1": 0, "2": 12])
        #expect(throws: ResearchError.self) { try analysis.mixedModel(total, waveTimes: [1: 0]) }
        let empty = try analysis.mixedModel(total, where: CohortFilter([.attribute("group"): ["nobody"]]))
        #expect(empty.fit == nil && empty.unavailable != nil)
    }

    @Test func aRegressionOfColumnsNeverMeasuredTogetherSaysWhy() throws {
        // Wave 2's totals and wave 1's family violence never share a person and wave.
        let analysis = try ACECohort.make()
        let regression = try analysis.regression(total, on: [violence], where: CohortFilter())
        #expect(regression.fit != nil)
        var cohort = StudyCohort()
        let ace = try BuiltInInstrument.ace.definition()
        var matrix = try ResponseMatrix(itemCount: 10)
        try matrix.append(Respondent(id: try RespondentID("child"), wave: try Wave(index: 1)), matrixCodes: Array(repeating: 1, count: 10))
        try cohort.add(matrix, definition: ace)
        var cts2 = try ResponseMatrix(itemCount: 52)
        try cts2.append(Respondent(id: try RespondentID("parent"), wave: try Wave(index: 1)), matrixCodes: Array(repeating: 1, count: 52))
        try cohort.add(cts2, definition: try BuiltInInstrument.cts2.definition())
        let apart = try CohortAnalysis(try ScoredCohort(cohort)).regression(total, on: [ScoreVariable(instrument: "cts2", scale: "total_violence_frequency")])
        #expect(apart.fit == nil && apart.unavailable?.contains("never measured for the same person") == true)
    }

    @Test func crosstabRowsAreEitherAScoreOrAKey() throws {
        let base = #"{"format": "hearth-study@1", "name": "x", "inputs": [{"format": "redcap", "path": "a.csv", "mapping": "m.json"}], "#
        for crosstab in [#"{"by": "group"}"#, #"{"score": "ace.total", "key": "sex", "by": "group"}"#] {
            do {
                _ = try StudyConfiguration.decode(Data((base + #""crosstabs": ["# + crosstab + "]}").utf8), source: "study.json")
                Issue.record("accepted \(crosstab)")
            } catch {
                #expect(error.field == "crosstabs[0]" && error.code == .invalidMapping)
            }
        }
    }
}
