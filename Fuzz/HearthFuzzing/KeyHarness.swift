import Foundation
import HearthCore
import HearthNorms
import HearthScoring

/// Key files: decoding, validation against the structure, compilation and scoring.
enum KeyHarness {
    static func run(_ data: Data) {
        guard let key = try? ScoringKey.decode(data) else { return }
        for instrument in BuiltInInstrument.allCases where instrument.requiresKeyFile {
            guard let definition = try? instrument.definition(with: key), let plan = try? ScoringPlan(definition) else { continue }
            var matrix: ResponseMatrix
            do { matrix = try ResponseMatrix(itemCount: definition.items.count) } catch { continue }
            let scale = definition.responseScale
            for code in [scale.minimum, scale.maximum, MissingReason.skipped.matrixCode] {
                let row = [UInt8](repeating: code, count: definition.items.count)
                try? matrix.append(Respondent(id: (try? RespondentID("r\(code)")) ?? fallbackID), matrixCodes: row)
            }
            require((try? plan.score(matrix)) != nil, "a compiled plan scores valid codes")
        }
    }

    static let fallbackID: RespondentID = {
        do { return try RespondentID("r") } catch { preconditionFailure("a one-letter id is valid") }
    }()
}

/// Norm files: decoding with validation, then every comparison on every entry.
enum NormHarness {
    static func run(_ data: Data) {
        guard let set = try? NormSet.decode(data, name: "fuzz") else { return }
        for entry in set.entries.prefix(64) {
            for raw in [-1.0, 0, 3.5, 1e6] {
                if let comparison = try? entry.compare(RawScore(raw)) {
                    if let percentile = comparison.percentile?.value { require((0...100).contains(percentile), "percentiles lie in 0...100") }
                    if let z = comparison.z?.value { require(z.isFinite, "z is finite") }
                }
            }
            if let threshold = try? entry.excessThreshold() { require(threshold.isFinite, "thresholds are finite") }
        }
        for table in set.tTables.prefix(64) {
            for raw in [-1.0, 0, 1, 7.5, 1e9, .nan] {
                if let t = table.tScore(for: raw) { require(t.value.isFinite, "T-scores are finite") }
            }
        }
    }
}
