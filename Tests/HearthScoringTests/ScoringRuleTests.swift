import Foundation
import HearthCore
import Testing

@testable import HearthScoring

@Suite("Missing-data, rounding and cohort rules")
struct ScoringRuleTests {
    @Test(arguments: [
        (MissingDataRule.requireAll, 10, 0),
        (.prorate(maximumMissingItems: 2), 10, 2),
        (.prorate(maximumMissingItems: 20), 10, 9),  // at least one item must be answered
        (.prorate(maximumMissingProportion: 0.2), 7, 1),
        (.prorate(maximumMissingProportion: 0.2), 10, 2),
        (.prorate(maximumMissingProportion: 0.1), 30, 3),
        (.prorate(maximumMissingProportion: 0.125), 24, 3),
        (.prorate(maximumMissingProportion: 0.5), 9, 4),
        (.prorate(maximumMissingProportion: 1), 4, 3),
        (MissingDataRule(maximumMissingItems: 1, maximumMissingProportion: 0.5), 10, 1),
        (MissingDataRule(maximumMissingItems: 9, maximumMissingProportion: 0.2), 10, 2),
    ])
    func allowances(_ rule: MissingDataRule, _ items: Int, _ allowed: Int) {
        #expect(rule.allowedMissing(itemCount: items) == allowed)
    }

    @Test func ruleDescriptions() {
        #expect(MissingDataRule.requireAll.description == "all items required")
        #expect(MissingDataRule.prorate(maximumMissingItems: 2).description == "prorate if ≤ 2 missing")
        #expect(MissingDataRule.prorate(maximumMissingProportion: 0.2).description == "prorate if ≤ 20.0% missing")
    }

    @Test(arguments: [
        (RoundingRule.none, 2.5, 2.5), (.halfAwayFromZero, 2.5, 3), (.halfToEven, 2.5, 2), (.halfToEven, 3.5, 4),
        (.halfAwayFromZero, -2.5, -3), (.halfToEven, -2.5, -2), (.halfAwayFromZero, 2.4999, 2), (.twoDecimals, 0.125, 0.13),
        (.twoDecimals, 1.0 / 3.0, 0.33),
    ])
    func rounding(_ rule: RoundingRule, _ value: Double, _ expected: Double) {
        #expect(rule.apply(value) == expected)
    }

    /// The rounding rules are computed by arithmetic (no library call); they equal the
    /// standard library's rounding bit for bit on ties, their neighbours, tiny, huge and
    /// negative values, zeros of both signs, infinities and NaN, and random values.
    @Test func roundingByArithmeticEqualsTheStandardLibrary() {
        var values: [Double] = [0, -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .greatestFiniteMagnitude,
                                -.greatestFiniteMagnitude, 0.49999999999999994, -0.49999999999999994, 0.5, -0.5, 1.5, 2.5]
        let big = 4_503_599_627_370_496.0  // 2⁵²
        for base: Double in [big, big * 2, 4_611_686_018_427_387_904, 1e18] {
            for offset in [-2.5, -1.5, -1, -0.5, 0, 0.5, 1, 1.5] { values += [base + offset, -(base + offset)] }
            values += [base.nextDown, base.nextUp, -base.nextDown]
        }
        for k in -300...300 {
            let tie = Double(k) + 0.5
            values += [tie, tie.nextUp, tie.nextDown, Double(k), Double(k) + 0.25, Double(k) / 100 + 0.005, Double(k) * 0.001 + 0.0005]
        }
        var generator = SeededGenerator(seed: 52)
        for _ in 0..<20_000 {
            values.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)))
            values.append(Double.random(in: -1e6...1e6, using: &generator))
            values.append(Double(Int.random(in: 0...20_000, using: &generator)) / 8)
        }
        func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }
        var differences = 0
        for value in values {
            if !same(RoundingRule.halfToEven.apply(value), value.rounded(.toNearestOrEven)) { differences += 1 }
            if !same(RoundingRule.halfAwayFromZero.apply(value), value.rounded(.toNearestOrAwayFromZero)) { differences += 1 }
            if !same(RoundingRule.twoDecimals.apply(value), (value * 100).rounded(.toNearestOrAwayFromZero) / 100) { differences += 1 }
        }
        #expect(differences == 0, "\(differences) of \(values.count * 3) differ")
    }

    /// A missing answer is not a zero: prorating gives the answered mean, never the partial sum.
    @Test func missingIsNeverZero() throws {
        var definition = DefinitionValidationTests.base()
        definition.scales[0].missingData = .prorate(maximumMissingItems: 1)
        definition.scales[0].reverseKeyed = []
        let plan = try ScoringPlan(definition)
        let report = try plan.score(answers([4, nil, 4, 1, 1, 1]), for: try person())
        #expect(report.value("a") == 12)  // 8 / 2 × 3, not 8
        #expect(report.status("a") == .prorated)
        var meanDefinition = definition
        meanDefinition.scales[0].aggregation = .mean
        let mean = try ScoringPlan(meanDefinition).score(answers([4, nil, 2, 1, 1, 1]), for: try person())
        #expect(mean.value("a") == 3)
        #expect(try ScoringPlan(meanDefinition).score(answers([4, 1, 2, 1, 1, 1]), for: try person()).value("a") == 7.0 / 3.0)
    }

    @Test func everyKindOfMissingIsMissing() throws {
        let plan = try ScoringPlan(Instruments.ace())
        for reason in MissingReason.allCases {
            var items = answers([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
            items[4] = .missing(reason)
            let report = try plan.score(items, for: try person())
            #expect(report.status("total") == .insufficient)
            #expect(report["total"]?.missingItems == 1)
        }
    }

    @Test func invalidCodesAreRejectedOrMarked() throws {
        let plan = try ScoringPlan(Instruments.ace())
        var matrix = try ResponseMatrix(itemCount: 10)
        try matrix.append(try person("a"), answers: answers([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))
        try matrix.append(try person("b"), answers: answers([0, 0, 0, 0, 0, 0, 0, 0, 3, 0]))
        let error = caught { () throws(ScoringError) in _ = try plan.score(matrix) }
        #expect(error?.code == .invalidCode)
        #expect(error?.row == 1)
        #expect(error?.item == "9")
        let first = try #require(plan.firstInvalidCode(in: matrix))
        #expect(first.row == 1 && first.item == 8 && first.code == 3)
        let marked = try plan.score(matrix, options: ScoringOptions(invalidCodes: .markScales))
        #expect(try marked.status(row: 1, scale: 0) == .invalidCode)  // total uses item 9
        #expect(try marked.status(row: 1, scale: 1) == .complete)  // family violence does not
        #expect(try marked.values(scaleID: "total") == [0, nil])
    }

    @Test func cohortAPIErrors() throws {
        let plan = try ScoringPlan(Instruments.ace())
        let wrong = try ResponseMatrix(itemCount: 9)
        #expect(caught { () throws(ScoringError) in _ = try plan.score(wrong) }?.code == .itemCountMismatch)
        let empty = try ResponseMatrix(itemCount: 10)
        let none = try plan.score(empty)
        #expect(none.rowCount == 0)
        #expect(caught { () throws(ScoringError) in _ = try plan.score(empty, options: ScoringOptions(threads: 0)) }?.code == .invalidSetting)
        #expect(caught { () throws(ScoringError) in _ = try none.report(row: 0) }?.code == .invalidInput)
        #expect(caught { () throws(ScoringError) in _ = try none.score(row: 0, scale: 5) }?.code == .invalidInput)
        #expect(caught { () throws(ScoringError) in _ = try none.values(scaleID: "nope") }?.code == .unknownScale)
        #expect(caught { () throws(ScoringError) in _ = try none.score(row: 0, scaleID: "nope") }?.code == .unknownScale)
    }

    @Test func reportsRoundTripThroughJSON() throws {
        let report = try ScoringPlan(syntheticDefinition(.tscyc)).score(
            answers([UInt8?](repeating: 1, count: 90)), for: try person(sex: .female, age: 5))
        #expect(report.validity.verdict == .invalid)
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(ScoreReport.self, from: data) == report)
    }

    @Test func tableAccessorsAgree() throws {
        var matrix = try ResponseMatrix(itemCount: 10)
        try matrix.append(try person("a"), answers: answers([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]))
        try matrix.append(try person("b"), answers: answers([nil, 0, 0, 0, 0, 0, 0, 0, 0, 0]))
        let table = try ScoringPlan(Instruments.ace()).score(matrix)
        #expect(table.scaleIDs == ["total", "family_violence"])
        #expect(try table.values(scaleID: "total") == [2, nil])
        #expect(try table.score(row: 0, scaleID: "total").value == RawScore(2))
        #expect(try table.validity(row: 1).verdict == .valid)
        #expect(try table.report(row: 1).respondent.id.rawValue == "b")
    }
}

/// Regression: a cut-off of a prorated score read as NaN (found by the scoring fuzz
/// harness, input `Fuzz/corpus/scoring/finding-cutoff-nan.bin`).
@Suite("Cut-offs of prorated scores")
struct ProratedCutoffTests {
    @Test func aCutoffOfAProratedScoreKeepsItsStatusAndValue() throws {
        let definition = InstrumentDefinition(
            id: "demo", version: "1", name: "demo", citation: "", key: KeyProvenance(origin: .userDefinition, version: "1", source: "test"),
            informant: .adultSelfReport, responseScale: ResponseScale(minimum: 0, maximum: 4),
            items: (1...4).map { ItemDefinition(id: "\($0)") },
            scales: [
                ScaleDefinition(id: "sum", name: "sum", items: [1, 2, 3, 4], missingData: .prorate(maximumMissingItems: 1)),
                ScaleDefinition(id: "high", name: "high", cutoff: CutoffRule(source: "sum", female: 8, male: 8)),
            ])
        let plan = try ScoringPlan(definition)
        let respondent = Respondent(id: try RespondentID("r"), sex: .female)
        // 3 + 3 + 3 answered, one skipped: prorated 9 / 3 × 4 = 12 ≥ 8.
        let report = try plan.score([.code(3), .code(3), .code(3), .missing(.skipped)], for: respondent)
        #expect(report["sum"]?.status == .prorated && report["sum"]?.value == RawScore(12))
        #expect(report["high"]?.status == .prorated)
        #expect(report["high"]?.value == RawScore(1))
        let low = try plan.score([.code(1), .code(1), .code(1), .missing(.skipped)], for: respondent)
        #expect(low["high"]?.value == RawScore(0))
        var matrix = try ResponseMatrix(itemCount: 4)
        for _ in 0..<20 { try matrix.append(respondent, answers: [.code(3), .code(3), .code(3), .missing(.skipped)]) }
        let table = try plan.score(matrix)
        #expect(try table.values(scaleID: "high").allSatisfy { $0 == 1 })
    }
}

/// A report's scale lookup: by definition position for built-in instruments (checked against
/// the id), by search otherwise, and `nil` for no such scale.
@Test func reportScaleLookupFindsEveryScaleInAnyOrder() throws {
    let plan = try ScoringPlan(BuiltInInstrument.cts2.definition())
    let report = try plan.score(Array(repeating: ItemAnswer.code(1), count: plan.definition.items.count), for: try person())
    for scale in plan.definition.scales { #expect(report[scale.id]?.scaleID == scale.id) }
    var reversed = report
    reversed.scales.reverse()
    for scale in plan.definition.scales { #expect(reversed[scale.id] == report[scale.id]) }
    #expect(report["no_such_scale"] == nil)
    var renamed = report
    renamed.instrumentID = "not-built-in"
    #expect(renamed["self_physical_prevalence"] == report["self_physical_prevalence"])
}
