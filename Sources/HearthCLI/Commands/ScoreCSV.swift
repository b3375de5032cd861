import Foundation
import HearthResearch
import HearthCore
import HearthNorms
import HearthScoring

/// Renders a score table as CSV: `id`, `wave` (when the input had waves), then
/// `<scale>` and `<scale>_status` per scale, and `protocol_validity` when the instrument
/// has validity rules. A score is written only when its status has a usable value.
struct ScoreCSV {
    var table: ScoreTable
    var includeWave: Bool
    /// When set, each scale gets `_z`, `_t`, `_percentile`, `_band` and `_norm` columns.
    var norms: NormComparator?

    func render() throws(ToolError) -> Data {
        let definition = table.definition
        let hasValidity = !definition.validityRules.isEmpty || definition.maximumMissingItemsInProtocol != nil
        var writer = CSVWriter()
        var header = ["id"]
        if includeWave { header.append("wave") }
        for scale in definition.scales {
            header += [scale.id, "\(scale.id)_status"]
            if norms != nil { header += ["_z", "_t", "_percentile", "_band", "_norm"].map { scale.id + $0 } }
        }
        if hasValidity { header.append("protocol_validity") }
        writer.writeRecord(header)
        for row in 0..<table.rowCount {
            let report: ScoreReport
            do { report = try table.report(row: row) } catch { throw .data(error.description) }
            var fields = [report.respondent.id.rawValue]
            if includeWave { fields.append(report.respondent.wave.map { "\($0.index)" } ?? "") }
            for score in report.scales {
                fields.append(score.value.map { CSVWriter.format($0.value) } ?? "")
                fields.append(score.status.name)
                if let norms {
                    let result = norms.compare(score, instrument: definition.id, respondent: report.respondent)
                    fields += [
                        result.z.map { CSVWriter.format($0.value) } ?? "", result.t.map { CSVWriter.format($0.value) } ?? "",
                        result.percentile.map { CSVWriter.format($0.value) } ?? "", result.band?.rawValue ?? "",
                        result.status == .compared ? (result.normID ?? "") : result.status.rawValue,
                    ]
                }
            }
            if hasValidity { fields.append(report.validity.verdict.rawValue) }
            writer.writeRecord(fields)
        }
        return writer.data
    }
}
