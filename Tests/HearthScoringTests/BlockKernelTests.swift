import HearthCore
import HearthSynthetic
import Testing

@testable import HearthScoring

/// The vector kernel's own edge cases, each held to the reference scorer: byte sums that
/// must be widened mid-scale, runs of members with mixed keyings, validity rules and age
/// ranges evaluated per block, and the constants it shares with `HearthCore`.
@Suite("Vector block kernel")
struct BlockKernelTests {
    /// A 200-item instrument (codes 0–4): a 160-item sum whose byte accumulator passes 255
    /// and must be widened between runs; a scale mixing forward, reflected and table items
    /// in scrambled order; an `any` scale; a mean; stratified validity rules on a value
    /// table and on a long prorated, rounded scale; an age range.
    static func wideDefinition() -> InstrumentDefinition {
        InstrumentDefinition(
            id: "wide", version: "1", name: "Wide", citation: "none",
            key: KeyProvenance(origin: .userDefinition, version: "1", source: "test"),
            informant: .adultSelfReport, minimumAge: 6, maximumAge: 12,
            responseScale: ResponseScale(minimum: 0, maximum: 4),
            items: (1...200).map { ItemDefinition(id: "i\($0)") },
            scales: [
                ScaleDefinition(id: "long", name: "Long", items: Array(1...160), reverseKeyed: [7, 70, 150],
                                missingData: .prorate(maximumMissingProportion: 0.1), rounding: .halfToEven),
                ScaleDefinition(id: "mixed", name: "Mixed", items: [190, 3, 171, 44, 199, 12, 180], reverseKeyed: [3, 199, 180],
                                missingData: .prorate(maximumMissingItems: 2)),
                ScaleDefinition(id: "table", name: "Table", role: .validity, items: [161, 162, 163, 164, 165, 166],
                                codeValues: [2, 0, 0, 1, 3]),
                ScaleDefinition(id: "some", name: "Some", items: [170, 172, 174], aggregation: .any),
                ScaleDefinition(id: "avg", name: "Average", items: Array(181...189), aggregation: .mean,
                                missingData: .prorate(maximumMissingItems: 3), rounding: .twoDecimals),
                ScaleDefinition(id: "check", name: "Check", role: .validity, items: Array(1...100), reverseKeyed: [7, 70],
                                missingData: .prorate(maximumMissingProportion: 0.1), rounding: .halfToEven),
            ],
            validityRules: [
                ValidityRule(id: "table", scale: "table", thresholds: [.init(sex: .female, value: 9), .init(sex: .male, maximumAge: 9, value: 7)],
                             reason: "r", source: "test"),
                ValidityRule(id: "low", scale: "check", comparison: .atMost, thresholds: [.init(minimumAge: 8, value: 60)],
                             reason: "r", source: "test"),
            ])
    }

    @Test func wideInstrumentUsesTheVectorKernelAndWidensMidScale() throws {
        let plan = try ScoringPlan(Self.wideDefinition())
        let block = try #require(plan.kernel.block, "the plan should have a vector kernel")
        let long = block.scales[0]
        // 160 members of value ≤ 4 cannot share one byte accumulator: at least two runs,
        // and a later run widens first.
        #expect(block.segments[long.segments].count >= 3)
        #expect(block.segments[long.segments].dropFirst().contains { $0.flushBefore })
        // The mixed scale groups its members by keying: forward, reflected (no table).
        let mixed = block.segments[block.scales[1].segments]
        #expect(Set(mixed.map(\.keying)) == [BlockKernel.Segment.forward, BlockKernel.Segment.reflected])
        // The table scale is one run reading table 0, and its items are consecutive.
        let table = block.segments[block.scales[2].segments]
        #expect(table.map(\.keying) == [0])
        #expect(table.first?.firstConsecutiveItem == 160)
    }

    /// Every cell and verdict of 1,000 rows (62 vector blocks and a scalar tail), with
    /// missingness from none to heavy, ages inside, outside and unknown, against the oracle.
    @Test(arguments: [0.0, 0.03, 0.3])
    func wideInstrumentMatchesReferenceScorer(_ missingRate: Double) throws {
        let definition = Self.wideDefinition()
        var generator = SeededGenerator(seed: UInt64(missingRate * 1000) + 17)
        var matrix = try ResponseMatrix(itemCount: definition.items.count)
        var rows: [[ItemAnswer]] = []
        for row in 0..<1000 {
            // Mostly low codes so that the validity rules fire in some rows; every fifth row
            // high codes, so that long sums pass what one byte holds.
            let high = row % 5 == 0
            let answers: [ItemAnswer] = definition.items.indices.map { _ in
                let draw = Double.random(in: 0..<1, using: &generator)
                if draw < missingRate { return .missing(.skipped) }
                if high { return .code(UInt8.random(in: 3...4, using: &generator)) }
                return .code(UInt8(Double.random(in: 0..<1, using: &generator) < 0.6 ? 0 : Int.random(in: 0...4, using: &generator)))
            }
            rows.append(answers)
            let sex: Sex = [.female, .male, .unknown][row % 3]
            let age: Int? = row % 7 == 0 ? nil : 3 + row % 13
            try matrix.append(try person("r\(row)", sex: sex, age: age), answers: answers)
        }
        let table = try ScoringPlan(definition).score(matrix, options: ScoringOptions(threads: 1))
        var verdicts = Set<String>()
        for row in rows.indices {
            let expected = ReferenceScorer.score(definition, answers: rows[row], respondent: matrix.respondents[row])
            let report = try table.report(row: row)
            #expect(report.validity.verdict == expected.verdict, "row \(row)")
            verdicts.insert("\(report.validity.verdict)")
            for (index, cell) in expected.cells.enumerated() {
                let actual = report.scales[index]
                #expect(actual.status == cell.status, "row \(row) scale \(definition.scales[index].id)")
                #expect(actual.answeredItems == cell.answered, "row \(row) scale \(definition.scales[index].id)")
                #expect(actual.missingItems == cell.missing, "row \(row) scale \(definition.scales[index].id)")
                // A score of an invalid protocol keeps no value in a report.
                #expect(actual.value?.value == (cell.status.hasUsableValue ? cell.value : nil), "row \(row) scale \(definition.scales[index].id)")
            }
        }
        // The rules were exercised, not only the valid path.
        #expect(verdicts.count >= 2, "verdicts seen: \(verdicts)")
    }

    /// Value tables in the forms the kernel treats apart: one value over consecutive codes
    /// (a range compare, starting at the lowest code or above it, value 1 or more), the same
    /// value over codes with a gap (a compare chain), and compare-chain lookups that several
    /// scales make of the same items (done once per block), reverse-keyed ones included.
    static func tablesDefinition() -> InstrumentDefinition {
        let counts = [0, 1, 2, 4, 9, 15]  // a midpoint table, as the CTS2's
        return InstrumentDefinition(
            id: "tables", version: "1", name: "Tables", citation: "none",
            key: KeyProvenance(origin: .userDefinition, version: "1", source: "test"),
            informant: .adultSelfReport, responseScale: ResponseScale(minimum: 0, maximum: 5),
            items: (1...24).map { ItemDefinition(id: "i\($0)") },
            scales: [
                ScaleDefinition(id: "range", name: "Range", items: Array(1...8), codeValues: [0, 3, 3, 3, 0, 0]),
                ScaleDefinition(id: "from_lowest", name: "From the lowest code", items: Array(5...12), codeValues: [2, 2, 0, 0, 0, 0]),
                ScaleDefinition(id: "any", name: "Any", items: Array(1...12), codeValues: [0, 1, 1, 1, 1, 1], aggregation: .any),
                ScaleDefinition(id: "gap", name: "Gap", items: Array(13...20), codeValues: [1, 0, 1, 0, 1, 0]),
                ScaleDefinition(id: "counts", name: "Counts", items: Array(1...24), reverseKeyed: [3, 20], codeValues: counts),
                ScaleDefinition(id: "counts_low", name: "Counts, low items", items: Array(1...12), reverseKeyed: [3], codeValues: counts,
                                missingData: .prorate(maximumMissingItems: 2)),
                ScaleDefinition(id: "counts_high", name: "Counts, high items", items: Array(13...24), codeValues: counts, aggregation: .any),
                ScaleDefinition(id: "counts_once", name: "Counts, reversed once", items: [20], reverseKeyed: [20], codeValues: counts),
            ])
    }

    @Test func rangeTablesAndSharedLookupsMatchReferenceScorer() throws {
        let definition = Self.tablesDefinition()
        let block = try #require(try ScoringPlan(definition).kernel.block, "the plan should have a vector kernel")
        // Ranges: 1…3 → 3, 0…1 → 2, 1…5 → 1; the gap and count tables are compare chains.
        let ranges = block.tableRange.compactMap { $0 }
        #expect(ranges.map { [$0.low[0], $0.span[0], $0.value[0]] } == [[1, 2, 3], [0, 1, 2], [1, 4, 1]])
        #expect(block.tableRange.filter { $0 == nil }.count == 3)  // gap, counts, counts reversed
        // Count lookups shared: items 1–24 forward (item 3 reversed in two scales, item 20 in
        // three), each used by "counts" and one of "countsLow"/"countsHigh".
        #expect(block.sharedLookups.count == 24)
        #expect(block.segments.contains { $0.keying == BlockKernel.Segment.shared })
        var generator = SeededGenerator(seed: 2026)
        var matrix = try ResponseMatrix(itemCount: definition.items.count)
        var rows: [[ItemAnswer]] = []
        for row in 0..<500 {
            let answers: [ItemAnswer] = definition.items.indices.map { _ in
                Double.random(in: 0..<1, using: &generator) < 0.05 ? .missing(.skipped) : .code(UInt8.random(in: 0...5, using: &generator))
            }
            rows.append(answers)
            try matrix.append(try person("r\(row)"), answers: answers)
        }
        let table = try ScoringPlan(definition).score(matrix, options: ScoringOptions(threads: 1))
        var values = Set<Double>()
        for row in rows.indices {
            let expected = ReferenceScorer.score(definition, answers: rows[row], respondent: matrix.respondents[row])
            let report = try table.report(row: row)
            for (index, cell) in expected.cells.enumerated() {
                let actual = report.scales[index], note: Comment = "row \(row) scale \(definition.scales[index].id)"
                #expect(actual.status == cell.status, note)
                #expect(actual.answeredItems == cell.answered, note)
                #expect(actual.value?.value == (cell.status.hasUsableValue ? cell.value : nil), note)
                if let value = actual.value?.value { values.insert(value) }
            }
        }
        #expect(values.count > 20, "sums of many sizes were compared")
    }

    /// Pair-difference scales in the vector kernel: forward and reverse-keyed pair items, pairs
    /// read through a value table, and missing pairs allowed (prorated) or not, against the
    /// reference scorer; values up to 255 so that 16-bit sums are needed.
    @Test func pairScalesMatchReferenceScorer() throws {
        let definition = InstrumentDefinition(
            id: "pairs", version: "1", name: "Pairs", citation: "none",
            key: KeyProvenance(origin: .userDefinition, version: "1", source: "test"),
            informant: .adultSelfReport, responseScale: ResponseScale(minimum: 1, maximum: 5),
            items: (1...20).map { ItemDefinition(id: "i\($0)") },
            scales: [
                ScaleDefinition(id: "total", name: "Total", items: Array(1...20)),
                ScaleDefinition(id: "inc", name: "Inconsistency", role: .validity, items: Array(1...10), reverseKeyed: [2, 5],
                                aggregation: .pairDifferenceSum, itemPairs: [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]],
                                missingData: .prorate(maximumMissingItems: 2)),
                ScaleDefinition(id: "inc_table", name: "Inconsistency, weighted", role: .validity, items: Array(11...20), reverseKeyed: [12],
                                codeValues: [0, 1, 3, 90, 255], aggregation: .pairDifferenceSum,
                                itemPairs: [[11, 12], [13, 14], [15, 16], [17, 18], [19, 20], [12, 13]]),
            ])
        let block = try #require(try ScoringPlan(definition).kernel.block, "the plan should have a vector kernel")
        #expect(block.pairScales.map(\.pairs.count) == [5, 6])
        #expect(block.pairScales.map(\.allowedMissingPairs) == [2, 0])
        #expect(Set(block.pairFirst.map(\.keying) + block.pairSecond.map(\.keying)).isSuperset(of: [BlockKernel.Segment.forward, BlockKernel.Segment.reflected, 0]))
        var generator = SeededGenerator(seed: 4242)
        var matrix = try ResponseMatrix(itemCount: definition.items.count)
        var rows: [[ItemAnswer]] = []
        for row in 0..<600 {
            let rate = [0.0, 0.05, 0.25][row % 3]
            let answers: [ItemAnswer] = definition.items.indices.map { _ in
                Double.random(in: 0..<1, using: &generator) < rate ? .missing(.skipped) : .code(UInt8.random(in: 1...5, using: &generator))
            }
            rows.append(answers)
            try matrix.append(try person("r\(row)"), answers: answers)
        }
        let table = try ScoringPlan(definition).score(matrix, options: ScoringOptions(threads: 1))
        var statuses = Set<ScoreStatus>(), largest = 0.0
        for row in rows.indices {
            let expected = ReferenceScorer.score(definition, answers: rows[row], respondent: matrix.respondents[row])
            let report = try table.report(row: row)
            for index in 1...2 {
                let actual = report.scales[index], cell = expected.cells[index], note: Comment = "row \(row) scale \(definition.scales[index].id)"
                #expect(actual.status == cell.status, note)
                #expect(actual.answeredItems == cell.answered && actual.missingItems == cell.missing, note)
                #expect(actual.value?.value == (cell.status.hasUsableValue ? cell.value : nil), note)
                statuses.insert(actual.status)
                largest = max(largest, actual.value?.value ?? 0)
            }
        }
        #expect(statuses.isSuperset(of: [.complete, .prorated, .insufficient]))
        #expect(largest > 255, "sums past one byte were compared")
    }

    @Test func cts2SharesItsMidpointLookups() throws {
        // Past-year and ever prevalence are ranges (codes 3–8 and 2–8 are 1); each of the 40
        // violence acts' midpoint counts feeds four frequencies and is looked up once per block.
        let block = try #require(try ScoringPlan(try Instruments.cts2()).kernel.block)
        #expect(block.tableRange.compactMap { $0 }.map { [$0.low[0], $0.span[0], $0.value[0]] }.sorted { $0[0] < $1[0] } == [[2, 6, 1], [3, 5, 1]])
        #expect(block.sharedLookups.count == 40)
    }

    /// Tiles of 16 rows: a scale's 16 cells of one tile are adjacent, every cell has its
    /// own place, and the last tile is padded.
    @Test func cellLayoutPlacesEveryCellOnce() {
        let layout = CellLayout(scaleCount: 3)
        #expect(layout.index(scale: 0, row: 0) == 0)
        #expect(layout.index(scale: 0, row: 15) == 15)
        #expect(layout.index(scale: 1, row: 0) == 16)
        #expect(layout.index(scale: 2, row: 15) == 47)
        #expect(layout.index(scale: 0, row: 16) == 48)
        #expect(layout.index(scale: 2, row: 33) == 2 * 48 + 2 * 16 + 1)
        #expect(layout.cellCount(rows: 33) == 3 * 48)
        #expect(layout.cellCount(rows: 0) == 0)
        let cells = (0..<33).flatMap { row in (0..<3).map { layout.index(scale: $0, row: row) } }
        #expect(Set(cells).count == cells.count)
        #expect(cells.allSatisfy { $0 < layout.cellCount(rows: 33) })
        #expect([0, 1, 15, 16, 17, 32].map(CellLayout.tileStart(atOrAfter:)) == [0, 16, 16, 16, 32, 32])
    }

    /// The kernel indexes thresholds by age code; the codes must agree with `HearthCore`.
    @Test func ageCodesAgreeWithCore() throws {
        #expect(Int(RowCovariates.unknownAge) == Age.maximumYears + 1)
        #expect(KernelValidity.ageSlots == Int(RowCovariates.unknownAge) + 1)
        #expect(KernelValidity.unknownAge == Int(RowCovariates.unknownAge))
        let oldest = RowCovariates(try person(age: Age.maximumYears))
        #expect(Int(oldest.age) == Age.maximumYears)
        #expect(RowCovariates(try person(age: nil)).age == RowCovariates.unknownAge)
    }
}
