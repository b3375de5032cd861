import HearthCore
import HearthSynthetic
import Testing

@testable import HearthScoring

@Suite("Fast path equals the reference scorer")
struct OracleEquivalenceTests {
    static let instruments = BuiltInInstrument.allCases

    /// Every cell of a random cohort — values, statuses, counts, verdicts — against the oracle.
    @Test(arguments: instruments)
    func randomCohortMatchesOracle(_ instrument: BuiltInInstrument) throws {
        let definition = instrument.requiresKeyFile ? try syntheticDefinition(instrument) : try instrument.definition()
        try compare(definition, rows: 1500, seed: UInt64(instrument.rawValue.utf8.count) &* 7919)
    }

    @Test func alternativeCTS2CodingAndProrationMatchOracle() throws {
        try compare(try Instruments.cts2(coding: .original, frequencyMissingData: .prorate(maximumMissingProportion: 0.2)), rows: 1500, seed: 42)
    }

    @Test func dutchAUDITCCutoffsMatchOracle() throws {
        try compare(try Instruments.auditC(riskCutoffs: .dutchPractice), rows: 1500, seed: 4242)
    }

    func compare(_ definition: InstrumentDefinition, rows: Int, seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var matrix = try ResponseMatrix(itemCount: definition.items.count)
        var rowAnswers: [[ItemAnswer]] = []
        for row in 0..<rows {
            // A spread of missingness so that every status occurs, and a few invalid codes.
            let missingRate = [0.0, 0.02, 0.1, 0.4][row % 4]
            let answers = randomAnswers(for: definition, missingRate: missingRate, invalidRate: row % 50 == 0 ? 0.02 : 0, using: &generator)
            rowAnswers.append(answers)
            try matrix.append(try randomRespondent(row, using: &generator), answers: answers)
        }
        let plan = try ScoringPlan(definition)
        let table = try plan.score(matrix, options: ScoringOptions(threads: 2, invalidCodes: .markScales))
        var seenStatuses = Set<ScoreStatus>()
        for row in 0..<rows {
            let expected = ReferenceScorer.score(definition, answers: rowAnswers[row], respondent: matrix.respondents[row])
            let report = try table.report(row: row)
            #expect(report.validity.verdict == expected.verdict, "row \(row)")
            for (index, cell) in expected.cells.enumerated() {
                let actual = report.scales[index]
                seenStatuses.insert(actual.status)
                let scaleID = definition.scales[index].id
                #expect(actual.status == cell.status, "row \(row) scale \(scaleID)")
                #expect(actual.answeredItems == cell.answered, "row \(row) scale \(scaleID)")
                #expect(actual.missingItems == cell.missing, "row \(row) scale \(scaleID)")
                if cell.status.hasUsableValue {
                    #expect(actual.value?.value == cell.value, "row \(row) scale \(scaleID)")
                } else {
                    #expect(actual.value == nil, "row \(row) scale \(scaleID)")
                }
            }
        }
        // The cohort exercised the rules, not only the happy path.
        #expect(seenStatuses.isSuperset(of: [.complete, .insufficient, .invalidCode]))
    }

    @Test func resultsDoNotDependOnThreadsChunksOrRowOrder() throws {
        let definition = try syntheticDefinition(.tscyc)
        var generator = SeededGenerator(seed: 7)
        var rows: [(Respondent, [ItemAnswer])] = []
        for index in 0..<20_000 {
            rows.append((try randomRespondent(index, using: &generator), randomAnswers(for: definition, missingRate: 0.05, using: &generator)))
        }
        func table(_ rows: [(Respondent, [ItemAnswer])], threads: Int) throws -> ScoreTable {
            var matrix = try ResponseMatrix(itemCount: definition.items.count)
            for (respondent, answers) in rows { try matrix.append(respondent, answers: answers) }
            let before = matrix
            let result = try ScoringPlan(definition).score(matrix, options: ScoringOptions(threads: threads))
            #expect(matrix == before)  // the caller's matrix is untouched
            return result
        }
        let single = try table(rows, threads: 1)
        for threads in [2, 3, 8] {
            let parallel = try table(rows, threads: threads)
            for row in stride(from: 0, to: rows.count, by: 97) {
                #expect(try parallel.report(row: row) == single.report(row: row))
            }
        }
        let reversed = try table(rows.reversed(), threads: 2)
        for row in stride(from: 0, to: rows.count, by: 101) {
            #expect(try reversed.report(row: rows.count - 1 - row) == single.report(row: row))
        }
    }
}

@Suite("Kernel selection")
struct KernelSelectionTests {
    /// Every built-in instrument (and every SYNTHETIC-keyed one) compiles a vector kernel;
    /// the equivalence tests above therefore exercise it, and its scalar fallback on blocks
    /// with out-of-range codes and on tail rows.
    @Test(arguments: BuiltInInstrument.allCases)
    func everyInstrumentHasAVectorKernel(_ instrument: BuiltInInstrument) throws {
        let definition = instrument.requiresKeyFile ? try syntheticDefinition(instrument) : try instrument.definition()
        #expect(try ScoringPlan(definition).kernel.block != nil)
    }

    @Test func plansBeyondByteLanesUseTheScalarKernel() throws {
        var definition = try syntheticDefinition(.nosik)
        definition.scales[0].codeValues = [0, 100, 200, 300, 400, 500]  // values above 255
        #expect(try ScoringPlan(definition).kernel.block == nil)
        var many = try syntheticDefinition(.tscyc)
        many.scales[0].missingData = .prorate(maximumMissingItems: 200)
        many.scales[0].items = Array(1...9)
        #expect(try ScoringPlan(many).kernel.block != nil)  // allowance capped at items − 1
    }

    @Test func scalarAndVectorKernelsAgreeOnTheSameRows() throws {
        var definition = try syntheticDefinition(.tscyc)
        let vector = try ScoringPlan(definition)
        definition.scales[0].codeValues = [1, 2, 3, 300]  // forces the scalar kernel for the whole plan
        let scalarOnly = try ScoringPlan(definition)
        #expect(scalarOnly.kernel.block == nil)
        var generator = SeededGenerator(seed: 11)
        var matrix = try ResponseMatrix(itemCount: 90)
        for index in 0..<400 {
            try matrix.append(try randomRespondent(index, using: &generator), answers: randomAnswers(for: definition, missingRate: 0.1, using: &generator))
        }
        let a = try vector.score(matrix), b = try scalarOnly.score(matrix)
        for row in 0..<400 {
            let left = try a.report(row: row), right = try b.report(row: row)
            // Scale 0 differs by construction; every other scale and the verdict must agree.
            #expect(left.scales.dropFirst() == right.scales.dropFirst())
            #expect(left.validity == right.validity)
        }
    }
}
