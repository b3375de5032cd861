import Foundation
import HearthCore
import HearthNorms
import HearthProfiles
import HearthSafety
import HearthScoring
import HearthSynthetic

/// `--check`: the CI guard. Every instrument's fast path must equal the reference scorer on
/// every score of a synthetic cohort (with missing answers, out-of-range codes and a row
/// count that leaves a scalar tail), the battery's norm columns and decisions must equal the
/// comparator and the full assessments, and the tscyc-shape kernel must keep at least
/// ``minimumFraction`` of plain-row-sum's single-thread rate, measured in the same run.
enum Check {
    /// The fraction of plain-row-sum the kernel must keep. It is a regression guard set well
    /// below this machine's measured ratio (0.41–0.49, see docs/performance.md) to absorb
    /// noise on shared CI machines, yet above the 0.15–0.23 of the kernel before 2026-11-23;
    /// the design target is stated separately (0.50).
    static let minimumFraction = 0.25

    static func run(_ options: BenchOptions) throws -> Int32 {
        var passed = 0, failed = 0
        func record(_ ok: Bool, _ message: String) {
            if ok { passed += 1 } else { failed += 1 }
            print((ok ? "ok     " : "FAILED ") + message)
        }
        let cohort = SyntheticCohort(seed: 7, missingRate: 0.1)
        var definitions = try BuiltInInstrument.allCases.map { instrument in
            (instrument.requiresKeyFile ? "\(instrument.rawValue), SYNTHETIC key" : instrument.rawValue, try SyntheticKeys.definition(for: instrument))
        }
        definitions.append(("cts2, original coding, prorated frequencies",
                            try Instruments.cts2(coding: .original, frequencyMissingData: .prorate(maximumMissingProportion: 0.2))))
        definitions.append(("auditc, Dutch cut-offs", try Instruments.auditC(riskCutoffs: .dutchPractice)))
        for (label, definition) in definitions {
            var matrix = try cohort.matrix(definition, rows: 0..<4099)
            // Out-of-range codes in a few rows: their blocks must take the scalar path.
            matrix = try injectInvalidCodes(matrix, code: definition.responseScale.maximum + 1)
            let table = try ScoringPlan(definition).score(matrix, options: ScoringOptions(threads: 2, invalidCodes: .markScales))
            let difference = ReferenceScorer.firstDifference(table, definition: definition) { row in
                (0..<matrix.itemCount).map { ItemAnswer(matrixCode: matrix.codes[row * matrix.itemCount + $0]) }
            }
            record(difference == nil, "\(label): fast path equals the reference scorer on 4099 rows" + (difference.map { ": \($0)" } ?? ""))
        }
        try checkBattery(cohort, record)

        var workloadOptions = options
        workloadOptions.threads = [1]
        let workload = Workload(options: workloadOptions)
        let plan = try ScoringPlan(SyntheticKeys.definition(for: .tscyc))
        let matrix = try workload.cohort.matrix(plan.definition, rows: 0..<options.respondents)
        // Measured in turn, so that a slow spell of a shared CI machine falls on both.
        let measured = workload.measure([workload.plainRowSum(matrix, threads: 1), workload.streamScore("tscyc-shape", plan: plan, matrix: matrix, threads: 1)])
        let ratio = measured[1].itemsPerSecond / measured[0].itemsPerSecond
        record(ratio >= minimumFraction, String(format: "tscyc-shape at %.2f of plain-row-sum's rate (guard ≥ %.2f, target ≥ 0.50), %d rows", ratio, minimumFraction, options.respondents))
        print("check: \(passed) passed, \(failed) failed")
        return failed == 0 ? 0 : 1
    }

    /// The battery's decision path against the explained one on 1,500 synthetic families:
    /// every family's decision (level, fired rules, care level) equals its full assessment,
    /// and every norm column cell equals the comparator's result.
    static func checkBattery(_ cohort: SyntheticCohort, _ record: (Bool, String) -> Void) throws {
        let definitions = try SyntheticKeys.definitions()
        let pipeline = try FamilyPipeline(definitions: definitions)
        let families = 0..<1_500
        let matrices = try cohort.battery(definitions, families: families)
        var tables: [BuiltInInstrument: ScoreTable] = [:]
        for (instrument, matrix) in matrices {
            guard let definition = definitions[instrument] else { continue }
            tables[instrument] = try ScoringPlan(definition).score(matrix, options: ScoringOptions(threads: 1, invalidCodes: .markScales))
        }
        var cells = 0, cellDifferences = 0
        for (instrument, table) in tables {
            guard let norms = pipeline.norms[instrument] else { continue }
            var columns = NormColumns()
            try norms.compare(table, into: &columns)
            let respondents = table.respondents
            for row in 0..<table.rowCount {
                for scale in table.definition.scales.indices {
                    let expected = pipeline.comparator.compare(try table.score(row: row, scale: scale), instrument: table.definition.id, respondent: respondents[row])
                    cells += 1
                    if try columns.result(row: row, scale: scale) != expected || (try columns.band(row: row, scale: scale)) != expected.band { cellDifferences += 1 }
                }
            }
        }
        record(cellDifferences == 0, "norm columns equal NormComparator on \(cells) cells of the battery (\(cellDifferences) differ)")
        let layout = FamilyLayout(cohort: cohort, families: families)
        // The decisions from columns against the full assessments, with every table and with
        // a table missing in the middle of the fact columns (ACE: the columns after it keep
        // their places, and its facts read as unknown on both paths).
        var firedRules = Set<Int>()
        for (label, batch) in [("", tables), (" with the ACE table missing", tables.filter { $0.key != .ace })] {
            var source = FamilyPipeline.FactSource()
            source.read(batch, scales: pipeline.factScales)
            var facts: [FamilyFacts] = []
            pipeline.eachFamily(source, layout) { _, family in facts.append(family) }
            var differences = 0, levels = Set<String>()
            for family in layout.parentRanges.indices {
                let assessment = try pipeline.assessment(family, batch, layout)
                let decision = try pipeline.assessor.decide(layout.safetyFacts(family, facts[family]), asOf: pipeline.asOf)
                let fired = decision.firedRulePositions.map { pipeline.assessor.ruleSet.rules[$0].id }
                levels.insert(decision.level.rawValue)
                if label.isEmpty { firedRules.formUnion(decision.firedRulePositions) }
                if decision.level != assessment.level || decision.possibleLevel != assessment.possibleLevel || decision.assessable != assessment.assessable
                    || fired != assessment.firedRules.map(\.rule) || decision.careLevel != assessment.triage.careLevel
                    || decision.possibleCareLevel != assessment.triage.possibleCareLevel || decision.possibleComplexity != assessment.triage.possibleComplexity {
                    differences += 1
                }
            }
            record(differences == 0, "safety decisions equal full assessments on \(families.count) battery families\(label) (levels \(levels.sorted().joined(separator: ", ")); \(differences) differ)")
        }
        let ruleIDs = pipeline.assessor.ruleSet.rules.map(\.id)
        let unfired = ruleIDs.indices.filter { !firedRules.contains($0) }.map { ruleIDs[$0] }
        record(unfired.isEmpty, "every safety rule fires in the battery (\(unfired.isEmpty ? "all \(ruleIDs.count)" : "never: " + unfired.joined(separator: ", ")))")
    }

    /// A copy of `matrix` with one out-of-range code in every 97th row.
    static func injectInvalidCodes(_ matrix: ResponseMatrix, code: UInt8) throws -> ResponseMatrix {
        var copy = try ResponseMatrix(itemCount: matrix.itemCount, reservingRows: matrix.rowCount)
        for row in 0..<matrix.rowCount {
            var codes = Array(try matrix.matrixCodes(row: row))
            if row % 97 == 5 { codes[row % codes.count] = code }
            try copy.append(matrix.respondents[row], matrixCodes: codes)
        }
        return copy
    }
}
