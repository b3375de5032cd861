import Foundation
import HearthResearch
import HearthCore
import HearthNorms
import HearthScoring

/// Writes score tables as CSV, chunk after chunk: `id`, `wave` (when the input had waves),
/// then `<scale>` and `<scale>_status` per scale, and `protocol_validity` when the
/// instrument has validity rules. A score is written only when its status has a usable value.
struct ScoreCSV {
    let definition: InstrumentDefinition
    let includeWave: Bool
    /// When set, each scale gets `_z`, `_t`, `_percentile`, `_band` and `_norm` columns.
    let norms: NormComparator?
    private let hasValidity: Bool
    private let allScales: [Int]
    /// Reused per chunk: every scale's statuses and values.
    private var columns: [ScoreColumn] = []
    /// Status names by code.
    private let statusNames: [String]

    init(definition: InstrumentDefinition, includeWave: Bool, norms: NormComparator?) {
        self.definition = definition
        self.includeWave = includeWave
        self.norms = norms
        hasValidity = !definition.validityRules.isEmpty || definition.maximumMissingItemsInProtocol != nil
        allScales = Array(definition.scales.indices)
        statusNames = (0...255).map { ScoreStatus(code: UInt8($0)).name }
    }

    /// Writes the header record.
    func writeHeader(into writer: inout CSVStreamWriter) {
        var names = ["id"]
        if includeWave { names.append("wave") }
        for scale in definition.scales {
            names += [scale.id, scale.id + "_status"]
            if norms != nil { names += ["_z", "_t", "_percentile", "_band", "_norm"].map { scale.id + $0 } }
        }
        if hasValidity { names.append("protocol_validity") }
        writer.writeRecord(names)
    }

    /// Writes one record per row of `table`, whose rows are `respondents`.
    mutating func write(_ table: ScoreTable, respondents: [Respondent], into writer: inout CSVStreamWriter) throws(ToolError) {
        do { try table.read(scales: allScales, into: &columns) } catch { throw .data(error.description) }
        let verdicts = try validityVerdicts(table)
        let columns = columns, statusNames = statusNames, includeWave = includeWave
        for row in 0..<table.rowCount {
            let respondent = respondents[row]
            var failure: ToolError?
            writer.writeRecord { fields in
                fields.write(respondent.id.rawValue)
                if includeWave {
                    if let wave = respondent.wave { fields.write(wave.index) } else { fields.writeEmpty() }
                }
                for scale in columns.indices {
                    if let value = columns[scale].value(at: row) { fields.write(value) } else { fields.writeEmpty() }
                    fields.write(statusNames[Int(columns[scale].status(at: row).code)])
                    if let norms {
                        do throws(ToolError) { try writeNorms(norms, table, row: row, scale: scale, respondent: respondent, into: &fields) } catch { failure = error }
                    }
                }
                if let verdicts { fields.write(verdicts[row]) }
            }
            if let failure { throw failure }
        }
    }

    /// Each row's protocol validity verdict, when the instrument has validity rules.
    private func validityVerdicts(_ table: ScoreTable) throws(ToolError) -> [String]? {
        guard hasValidity else { return nil }
        do {
            var verdicts: [String] = []
            verdicts.reserveCapacity(table.rowCount)
            for row in 0..<table.rowCount { verdicts.append(try table.validity(row: row).verdict.rawValue) }
            return verdicts
        } catch { throw .data(error.description) }
    }

    /// A score's `_z`, `_t`, `_percentile`, `_band` and `_norm` fields.
    private func writeNorms(
        _ norms: NormComparator, _ table: ScoreTable, row: Int, scale: Int, respondent: Respondent, into fields: inout CSVFieldWriter
    ) throws(ToolError) {
        let score: ScaleScore
        do { score = try table.score(row: row, scale: scale) } catch { throw .data(error.description) }
        let result = norms.compare(score, instrument: definition.id, respondent: respondent)
        for value in [result.z?.value, result.t?.value, result.percentile?.value] {
            if let value { fields.write(value) } else { fields.writeEmpty() }
        }
        fields.write(result.band?.rawValue ?? "")
        fields.write(result.status == .compared ? (result.normID ?? "") : result.status.rawValue)
    }
}
