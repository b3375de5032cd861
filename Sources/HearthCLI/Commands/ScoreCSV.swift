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
    /// The norms resolved for the instrument, and the chunk's comparisons (when `norms` is set).
    private let instrumentNorms: InstrumentNorms?
    private var normColumns = NormColumns()
    private let hasValidity: Bool
    private let allScales: [Int]
    /// Reused per chunk: every scale's statuses and values, then the same row by row
    /// (`values[row * scales + scale]`), read through pointers while the CSV is written.
    private var columns: [ScoreColumn] = []
    private var rowValues: [Double] = []
    private var rowStatuses: [UInt8] = []
    /// Status names by code, as UTF-8 (`statusText[statusStart[code]..<statusStart[code + 1]]`).
    private let statusText: [UInt8]
    private let statusStart: [Int]

    init(definition: InstrumentDefinition, includeWave: Bool, norms: NormComparator?) {
        self.definition = definition
        self.includeWave = includeWave
        self.norms = norms
        instrumentNorms = norms.map { InstrumentNorms($0, definition: definition) }
        hasValidity = !definition.validityRules.isEmpty || definition.maximumMissingItemsInProtocol != nil
        allScales = Array(definition.scales.indices)
        var text: [UInt8] = [], starts = [0]
        for code in 0...255 {
            text += Array(ScoreStatus(code: UInt8(code)).name.utf8)
            starts.append(text.count)
        }
        statusText = text
        statusStart = starts
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
        transposeColumns(rows: table.rowCount)
        if let instrumentNorms {
            do { try instrumentNorms.compare(table, into: &normColumns) } catch { throw .data(error.description) }
        }
        let normColumns = normColumns
        let verdicts = try validityVerdicts(table)
        let scales = allScales.count, includeWave = includeWave
        var failure: ToolError?
        rowValues.withUnsafeBufferPointer { values in
            rowStatuses.withUnsafeBufferPointer { statuses in
                statusText.withUnsafeBufferPointer { text in
                    statusStart.withUnsafeBufferPointer { starts in
                        for row in 0..<table.rowCount where failure == nil {
                            let respondent = respondents[row]
                            writer.writeRecord { fields in
                                fields.write(respondent.id.rawValue)
                                if includeWave {
                                    if let wave = respondent.wave { fields.write(wave.index) } else { fields.writeEmpty() }
                                }
                                for scale in 0..<scales {
                                    let value = values[row &* scales &+ scale], code = Int(statuses[row &* scales &+ scale])
                                    if value.isNaN { fields.writeEmpty() } else { fields.write(value) }
                                    fields.write(bytes: UnsafeBufferPointer(rebasing: text[starts[code]..<starts[code &+ 1]]))
                                    if norms != nil {
                                        do throws(ToolError) {
                                            try Self.writeNorms(normColumns, row: row, scale: scale, into: &fields)
                                        } catch { failure = error }
                                    }
                                }
                                if let verdicts { fields.write(verdicts[row]) }
                            }
                        }
                    }
                }
            }
        }
        if let failure { throw failure }
    }

    /// Copies the columns into row-major buffers (NaN where a status has no usable value).
    private mutating func transposeColumns(rows: Int) {
        let scales = columns.count
        rowValues.resize(to: rows * scales, filling: .nan)
        rowStatuses.resize(to: rows * scales, filling: 0)
        for scale in 0..<scales {
            let values = columns[scale].values, statuses = columns[scale].statusCodes
            rowValues.withUnsafeMutableBufferPointer { target in
                values.withUnsafeBufferPointer { source in
                    for row in 0..<rows { target[row &* scales &+ scale] = source[row] }
                }
            }
            rowStatuses.withUnsafeMutableBufferPointer { target in
                statuses.withUnsafeBufferPointer { source in
                    for row in 0..<rows { target[row &* scales &+ scale] = source[row] }
                }
            }
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

    /// A score's `_z`, `_t`, `_percentile`, `_band` and `_norm` fields, from the chunk's
    /// comparisons (the results ``NormComparator/compare(_:instrument:respondent:)`` gives).
    private static func writeNorms(_ columns: NormColumns, row: Int, scale: Int, into fields: inout CSVFieldWriter) throws(ToolError) {
        let result: NormResult
        do { result = try columns.result(row: row, scale: scale) } catch { throw .data(error.description) }
        for value in [result.z?.value, result.t?.value, result.percentile?.value] {
            if let value { fields.write(value) } else { fields.writeEmpty() }
        }
        fields.write(result.band?.rawValue ?? "")
        fields.write(result.status == .compared ? (result.normID ?? "") : result.status.rawValue)
    }
}
