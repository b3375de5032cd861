import HearthCore
import Testing

@testable import HearthScoring

/// Properties that must hold for every instrument on random cohorts (docs/reliability.md).
@Suite("Scoring invariants on random cohorts")
struct InvariantTests {
    static let instruments = BuiltInInstrument.allCases

    func cohort(_ definition: InstrumentDefinition, rows: Int, seed: UInt64) throws -> ResponseMatrix {
        var generator = SeededGenerator(seed: seed)
        var matrix = try ResponseMatrix(itemCount: definition.items.count)
        for row in 0..<rows {
            let answers = randomAnswers(for: definition, missingRate: [0.0, 0.05, 0.3][row % 3], using: &generator)
            try matrix.append(try randomRespondent(row, using: &generator), answers: answers)
        }
        return matrix
    }

    func definition(_ instrument: BuiltInInstrument) throws -> InstrumentDefinition {
        instrument.requiresKeyFile ? try syntheticDefinition(instrument) : try instrument.definition()
    }

    /// The smallest and largest value a scale can take.
    func theoreticalRange(_ definition: InstrumentDefinition, _ scale: ScaleDefinition) -> ClosedRange<Double> {
        let low = Int(definition.responseScale.minimum), high = Int(definition.responseScale.maximum)
        let values = (low...high).map { Double(scale.codeValues?[$0 - low] ?? $0) }
        let least = values.min() ?? 0, most = values.max() ?? 0
        if scale.isDerived || scale.aggregation == .any { return 0...1 }
        switch scale.aggregation {
        case .sum: return least * Double(scale.items.count)...most * Double(scale.items.count)
        case .mean: return least...most
        case .pairDifferenceSum: return 0...(most - least) * Double(scale.itemPairs?.count ?? 0)
        case .any: return 0...1
        }
    }

    @Test(arguments: instruments)
    func scoresStayWithinTheTheoreticalRange(_ instrument: BuiltInInstrument) throws {
        let definition = try definition(instrument)
        let table = try ScoringPlan(definition).score(try cohort(definition, rows: 600, seed: 17))
        for (index, scale) in definition.scales.enumerated() {
            let range = theoreticalRange(definition, scale)
            for row in 0..<table.rowCount {
                guard let value = try table.score(row: row, scale: index).value?.value else { continue }
                #expect(range.contains(value), "\(definition.id).\(scale.id) row \(row): \(value) outside \(range)")
            }
        }
    }

    @Test(arguments: instruments)
    func scoresDoNotDependOnRowOrderChunksOrThreads(_ instrument: BuiltInInstrument) throws {
        let definition = try definition(instrument)
        let plan = try ScoringPlan(definition)
        let matrix = try cohort(definition, rows: 257, seed: 5)
        let untouched = matrix
        let reference = try plan.score(matrix, options: ScoringOptions(threads: 1))
        func cells(_ table: ScoreTable, row: Int) throws -> [ScaleScore] {
            try definition.scales.indices.map { try table.score(row: row, scale: $0) }
        }
        for threads in [2, 3, 8] {
            let table = try plan.score(matrix, options: ScoringOptions(threads: threads))
            for row in 0..<matrix.rowCount { #expect(try cells(table, row: row) == cells(reference, row: row)) }
        }
        for chunk in [1, 16, 100] {
            for start in stride(from: 0, to: matrix.rowCount, by: chunk) {
                let rows = start..<min(start + chunk, matrix.rowCount)
                let table = try plan.score(matrix, rows: rows)
                for row in rows { #expect(try cells(table, row: row - start) == cells(reference, row: row)) }
            }
        }
        // Reversed row order gives the same cells, reversed.
        var reversed = try ResponseMatrix(itemCount: matrix.itemCount)
        for row in (0..<matrix.rowCount).reversed() { try reversed.append(matrix.respondents[row], matrixCodes: try matrix.matrixCodes(row: row)) }
        let backwards = try plan.score(reversed)
        for row in 0..<matrix.rowCount {
            #expect(try cells(backwards, row: matrix.rowCount - 1 - row) == cells(reference, row: row))
        }
        #expect(matrix == untouched, "scoring never changes its input")
        #expect(try plan.score(matrix).definition == definition)
    }

    @Test(arguments: instruments)
    func reverseKeyingIsAReflection(_ instrument: BuiltInInstrument) throws {
        // Reflecting an answer twice gives it back; and a scale that reverse-keys an item
        // scores the reflected answer exactly as the same scale without reverse keying
        // scores the original.
        let definition = try definition(instrument)
        let low = definition.responseScale.minimum, high = definition.responseScale.maximum
        for code in low...high { #expect(low + high - (low + high - code) == code) }
        for (index, scale) in definition.scales.enumerated() where !scale.reverseKeyed.isEmpty {
            var plain = definition
            plain.scales[index].reverseKeyed = []
            let reflectedPositions = Set(scale.reverseKeyed)
            let matrix = try cohort(definition, rows: 120, seed: 9)
            var reflected = try ResponseMatrix(itemCount: matrix.itemCount)
            for row in 0..<matrix.rowCount {
                let codes = try matrix.matrixCodes(row: row).enumerated().map { item, code in
                    reflectedPositions.contains(item + 1) && code <= high ? low + high - code : code
                }
                try reflected.append(matrix.respondents[row], matrixCodes: codes)
            }
            let keyed = try ScoringPlan(definition).score(matrix)
            let unkeyed = try ScoringPlan(plain).score(reflected)
            for row in 0..<matrix.rowCount {
                #expect(try keyed.score(row: row, scale: index) == unkeyed.score(row: row, scale: index), "\(definition.id).\(scale.id)")
            }
        }
    }

    @Test(arguments: instruments)
    func aMissingAnswerIsNeverScoredAsZero(_ instrument: BuiltInInstrument) throws {
        // Taking one answer away either leaves the scale without a value or prorates it
        // from the other answers: never the score of an answer worth 0.
        let definition = try definition(instrument)
        let plan = try ScoringPlan(definition)
        var generator = SeededGenerator(seed: 23)
        for _ in 0..<60 {
            let answers = randomAnswers(for: definition, missingRate: 0, using: &generator)
            let respondent = try randomRespondent(0, using: &generator)
            let full = try plan.score(answers, for: respondent)
            for scale in definition.scales where scale.aggregation == .sum && !scale.isDerived && scale.skipRule == nil {
                guard let item = scale.items.first else { continue }
                var fewer = answers
                fewer[item - 1] = .missing(.refused)
                let score = try #require(try plan.score(fewer, for: respondent)[scale.id])
                #expect(score.missingItems == (full[scale.id]?.missingItems ?? 0) + 1)
                guard score.status == .prorated, let value = score.value?.value, let total = full[scale.id]?.raw?.value else { continue }
                let itemValue = try itemValueOf(definition, scale, item: item, answers[item - 1])
                let others = total - itemValue
                let expected = scale.rounding.apply(others / Double(scale.items.count - 1) * Double(scale.items.count))
                #expect(abs(value - expected) < 1e-9, "\(definition.id).\(scale.id): prorated from the other answers")
            }
        }
    }

    func itemValueOf(_ definition: InstrumentDefinition, _ scale: ScaleDefinition, item: Int, _ answer: ItemAnswer) throws -> Double {
        let code = Int(try #require(answer.code))
        let low = Int(definition.responseScale.minimum), high = Int(definition.responseScale.maximum)
        let keyed = scale.reverseKeyed.contains(item) ? low + high - code : code
        return Double(scale.codeValues?[keyed - low] ?? keyed)
    }
}
