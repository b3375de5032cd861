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
    /// The chunk being written: values, statuses, norms and verdicts row by row.
    private var chunk: ScoreChunk
    /// The status names by code, as text and as stored fields (for rows written a whole run
    /// of scales at a time).
    private let cells: CSVValueStatusCells

    init(definition: InstrumentDefinition, includeWave: Bool, norms: NormComparator?) {
        self.definition = definition
        self.includeWave = includeWave
        self.norms = norms
        chunk = ScoreChunk(definition: definition, norms: norms)
        cells = CSVValueStatusCells(texts: (0...255).map { ScoreStatus(code: UInt8($0)).name })
    }

    /// The output's column names: `id`, `wave` (when the input had waves), `<scale>` and
    /// `<scale>_status` per scale (with `_z`, `_t`, `_percentile`, `_band`, `_norm` when
    /// comparing with norms), `protocol_validity` when the instrument has validity rules.
    static func columnNames(_ definition: InstrumentDefinition, includeWave: Bool, norms: Bool) -> [String] {
        var names = ["id"]
        if includeWave { names.append("wave") }
        for scale in definition.scales {
            names += [scale.id, scale.id + "_status"]
            if norms { names += ["_z", "_t", "_percentile", "_band", "_norm"].map { scale.id + $0 } }
        }
        if !definition.validityRules.isEmpty || definition.maximumMissingItemsInProtocol != nil { names.append("protocol_validity") }
        return names
    }

    /// Writes the header record.
    func writeHeader(into writer: inout CSVStreamWriter) {
        writer.writeRecord(Self.columnNames(definition, includeWave: includeWave, norms: norms != nil))
    }

    /// Writes one record per row of `table`, whose rows are `respondents`.
    mutating func write(_ table: ScoreTable, respondents: [Respondent], into writer: inout CSVStreamWriter) throws(ToolError) {
        try chunk.load(table)
        let chunk = chunk
        let scales = chunk.scaleCount, includeWave = includeWave, cells = cells
        var failure: ToolError?
        chunk.values.withUnsafeBufferPointer { values in
            chunk.statuses.withUnsafeBufferPointer { statuses in
                for row in 0..<table.rowCount where failure == nil {
                    let respondent = respondents[row]
                    writer.writeRecord { fields in
                        fields.write(respondent.id.rawValue)
                        if includeWave {
                            if let wave = respondent.wave { fields.write(wave.index) } else { fields.writeEmpty() }
                        }
                        // Without norms a row's scales are one run of `value,status` pairs.
                        let row0 = row &* scales
                        if norms == nil, fields.writeValueStatusCells(
                            values: UnsafeBufferPointer(rebasing: values[row0..<(row0 &+ scales)]),
                            statuses: UnsafeBufferPointer(rebasing: statuses[row0..<(row0 &+ scales)]), cells)
                        {
                            if let verdicts = chunk.verdicts { fields.write(verdicts[row]) }
                            return
                        }
                        for scale in 0..<scales {
                            let value = values[row &* scales &+ scale], code = Int(statuses[row &* scales &+ scale])
                            if value.isNaN { fields.writeEmpty() } else { fields.write(value) }
                            fields.write(cells.texts[code])
                            if norms != nil {
                                do throws(ToolError) {
                                    Self.writeNorms(try chunk.normResult(row: row, scale: scale), into: &fields)
                                } catch { failure = error }
                            }
                        }
                        if let verdicts = chunk.verdicts { fields.write(verdicts[row]) }
                    }
                }
            }
        }
        if let failure { throw failure }
    }

    /// A score's `_z`, `_t`, `_percentile`, `_band` and `_norm` fields.
    private static func writeNorms(_ result: NormResult, into fields: inout CSVFieldWriter) {
        for value in [result.z?.value, result.t?.value, result.percentile?.value] {
            if let value { fields.write(value) } else { fields.writeEmpty() }
        }
        fields.write(result.band?.rawValue ?? "")
        fields.write(result.status == .compared ? (result.normID ?? "") : result.status.rawValue)
    }
}
