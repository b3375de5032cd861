import Foundation
import HearthCore
import HearthScoring
import HearthSynthetic
import Testing

@testable import HearthNorms

/// The columnar comparison against the comparator, cell by cell.
@Suite("Norm columns")
struct NormColumnsTests {
    /// A synthetic cohort of an instrument with varied covariates: every 5th respondent of
    /// unknown sex, every 7th without an age, ages 0–120 cycling through the rest.
    static func table(_ instrument: BuiltInInstrument, rows: Int = 250) throws -> ScoreTable {
        let definition = try SyntheticKeys.definition(for: instrument)
        let source = try SyntheticCohort(seed: 7, missingRate: 0.1).matrix(definition, rows: 0..<rows)
        var matrix = try ResponseMatrix(itemCount: definition.items.count)
        for row in 0..<rows {
            let original = source.respondents[row]
            let age: Age? = row % 7 == 0 ? nil : (row % 3 == 0 ? try Age(years: row % 121) : original.age)
            let respondent = Respondent(id: original.id, sex: row % 5 == 0 ? .unknown : original.sex, partnerSex: original.partnerSex, age: age, wave: original.wave)
            let codes = source.codes[(row * definition.items.count)..<((row + 1) * definition.items.count)]
            try matrix.append(respondent, matrixCodes: codes)
        }
        return try ScoringPlan(definition).score(matrix, options: ScoringOptions(threads: 1, invalidCodes: .markScales))
    }

    /// Every cell: the stored status, z and band agree with the full result, and the full
    /// result equals the comparator's.
    static func checkEveryCell(_ table: ScoreTable, _ comparator: NormComparator) throws -> [NormResult.Status: Int] {
        let norms = InstrumentNorms(comparator, definition: table.definition)
        var columns = NormColumns()
        try norms.compare(table, into: &columns)
        #expect(columns.rowCount == table.rowCount && columns.scaleCount == table.definition.scales.count)
        var seen: [NormResult.Status: Int] = [:]
        let respondents = table.respondents
        let wholeTable = comparator.compare(table)
        #expect(wholeTable.count == table.rowCount)
        for row in 0..<table.rowCount {
            #expect(wholeTable[row].count == table.definition.scales.count)
            for scale in table.definition.scales.indices {
                let expected = comparator.compare(try table.score(row: row, scale: scale), instrument: table.definition.id, respondent: respondents[row])
                let result = try columns.result(row: row, scale: scale)
                #expect(result == expected, "\(table.definition.id) row \(row) scale \(table.definition.scales[scale].id)")
                #expect(wholeTable[row][scale] == expected, "compare(table), \(table.definition.id) row \(row)")
                #expect(try columns.status(row: row, scale: scale) == expected.status)
                #expect(try columns.z(row: row, scale: scale) == expected.z)
                #expect(try columns.band(row: row, scale: scale) == expected.band)
                seen[expected.status, default: 0] += 1
            }
        }
        return seen
    }

    @Test func everyBuiltInInstrumentMatchesTheComparator() throws {
        let comparator = NormComparator(normSet: try NormSet.builtIn())
        var seen: [NormResult.Status: Int] = [:]
        for instrument in BuiltInInstrument.allCases {
            seen.merge(try Self.checkEveryCell(try Self.table(instrument), comparator), uniquingKeysWith: +)
        }
        // Every status occurs, so every branch of the columnar path was compared.
        #expect(Set(seen.keys) == [.compared, .noNorm, .unavailable, .notScored])
    }

    @Test func researchPopulationAndTTablesMatchTheComparator() throws {
        let builtIn = try NormSet.builtIn()
        let rows = (0...60).map { [Double($0), 50 + Double($0)] }
        let tables = [
            RawToTTable(instrument: "tscyc", scale: "anx", sex: .female, minimumAge: 3, maximumAge: 12, rows: rows, source: "SYNTHETIC test table"),
            RawToTTable(instrument: "tscyc", scale: "dep", rows: Array(rows.prefix(8)), source: "SYNTHETIC: short, so raw scores fall outside it"),
            RawToTTable(instrument: "ace", scale: "total", rows: rows, source: "SYNTHETIC: an instrument without a band rule"),
        ]
        let normSet = try NormSet(name: "test", entries: builtIn.entries, tTables: tables)
        for population in ["reference", "research"] {
            let comparator = NormComparator(normSet: normSet, population: population)
            var bands = Set<NormBand?>()
            for instrument in [BuiltInInstrument.tscyc, .ace, .nosik, .simspr, .cts2] {
                _ = try Self.checkEveryCell(try Self.table(instrument), comparator)
            }
            let table = try Self.table(.tscyc)
            var columns = NormColumns()
            try InstrumentNorms(comparator, definition: table.definition).compare(table, into: &columns)
            let anx = try table.scaleIndex("anx")
            for row in 0..<table.rowCount { bands.insert(try columns.band(row: row, scale: anx)) }
            #expect(bands.compactMap { $0 }.count >= 2, "T tables band with the TSCYC rule: \(bands)")
        }
    }

    @Test func userSamplePopulationMatchesTheComparator() throws {
        // A user-named population from a sample: entries with a count distribution (percentiles by mid-rank).
        let scores = (0..<200).map { Double($0 % 37) }
        let entry = try NormEntry.fromSample(scores, id: "U1", instrument: "NOSI-K", scale: "parentingStressTotal", population: "clinic", source: "SYNTHETIC")
        let comparator = NormComparator(normSet: try NormSet(name: "clinic", entries: [entry]), population: "clinic")
        let seen = try Self.checkEveryCell(try Self.table(.nosik), comparator)
        #expect((seen[.compared] ?? 0) > 100)
    }

    @Test func columnsAreReusedAndRejectOtherTables() throws {
        let comparator = NormComparator(normSet: try NormSet.builtIn())
        let nosik = try Self.table(.nosik, rows: 50), ace = try Self.table(.ace, rows: 20)
        let nosikNorms = InstrumentNorms(comparator, definition: nosik.definition)
        var columns = NormColumns()
        #expect(columns.scaleCount == 0)
        #expect(caught { () throws(NormsError) in _ = try columns.result(row: 0, scale: 0) }?.code == .invalidValue)
        try nosikNorms.compare(nosik, into: &columns)
        let first = try columns.result(row: 49, scale: 0)
        // A smaller table of another instrument into the same columns: sized to it.
        try InstrumentNorms(comparator, definition: ace.definition).compare(ace, into: &columns)
        #expect(columns.rowCount == 20)
        #expect(caught { () throws(NormsError) in _ = try columns.status(row: 20, scale: 0) }?.code == .invalidValue)
        #expect(caught { () throws(NormsError) in _ = try columns.z(row: 0, scale: -1) }?.code == .invalidValue)
        let mismatch = caught { () throws(NormsError) in try nosikNorms.compare(ace, into: &columns) }
        #expect(mismatch?.code == .invalidValue && mismatch?.field == "table")
        try nosikNorms.compare(nosik, into: &columns)
        #expect(try columns.result(row: 49, scale: 0) == first)
    }
}

/// An entry that can compare nothing (no SD, a count distribution without respondents):
/// the columns and the full result both say unavailable, from one test of the entry.
@Test func anEntryThatCannotCompareIsUnavailableInColumnsAndResults() throws {
    let entry = NormEntry(
        id: "X1", instrument: "ACE", scale: "aceScore", statistic: "countDistribution", population: "reference",
        mean: 2, distribution: [:], source: .init(file: "test", table: "5.1", lines: []))
    #expect(!entry.supportsComparison)
    #expect(caught { () throws(NormsError) in _ = try entry.compare(RawScore(1)) }?.code == .statisticUnavailable)
    let comparator = NormComparator(normSet: try NormSet(name: "t", entries: [entry]), population: "reference")
    let table = try NormColumnsTests.table(.ace, rows: 40)
    let statuses = try NormColumnsTests.checkEveryCell(table, comparator)
    #expect(statuses[.unavailable, default: 0] > 0)
    #expect(statuses[.compared, default: 0] == 0)
}
