import Foundation
import HearthCore
import HearthResearch
import HearthScoring
import HearthSynthetic
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The error a throwing call raised, or `nil` (recording an issue) when it did not throw.
func researchError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> ResearchError? {
    do {
        try body()
        Issue.record("expected a ResearchError", sourceLocation: sourceLocation)
    } catch let error as ResearchError {
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// A synthetic matrix for `definition` whose rows are 3 waves of `rows / 3` people, with
/// every kind of missing present.
func wavedSyntheticMatrix(_ definition: InstrumentDefinition, rows: Int, seed: UInt64 = 7) throws -> ResponseMatrix {
    let source = try SyntheticCohort(seed: seed, missingRate: 0.05).matrix(definition, rows: 0..<rows)
    var matrix = try ResponseMatrix(itemCount: definition.items.count)
    for row in 0..<rows {
        var codes = Array(try source.matrixCodes(row: row))
        // Turn some skipped answers into the other kinds so that every kind round-trips.
        for (index, code) in codes.enumerated() where code == MissingReason.skipped.matrixCode {
            codes[index] = [MissingReason.skipped, .dontKnow, .refused, .notAdministered][(row + index) % 4].matrixCode
        }
        var respondent = source.respondents[row]
        respondent.id = try RespondentID("p\(row / 3)")
        respondent.wave = try Wave(index: row % 3 + 1)
        try matrix.append(respondent, matrixCodes: codes)
    }
    return matrix
}

/// A definition built from the SYNTHETIC key shipped in docs/examples/keys.
func syntheticDefinition(_ instrument: BuiltInInstrument) throws -> InstrumentDefinition {
    guard let key = SyntheticKeys.key(for: instrument) else { return try instrument.definition() }
    return try instrument.definition(with: key)
}

/// The scores of every row and scale, for comparing cohorts.
func allScores(_ matrix: ResponseMatrix, _ definition: InstrumentDefinition) throws -> [String: [ScaleScore]] {
    let table = try ScoringPlan(definition).score(matrix)
    var result: [String: [ScaleScore]] = [:]
    for row in 0..<table.rowCount {
        let key = RecordKey(table.respondents[row]).description
        result[key] = try (0..<definition.scales.count).map { try table.score(row: row, scale: $0) }
    }
    return result
}
