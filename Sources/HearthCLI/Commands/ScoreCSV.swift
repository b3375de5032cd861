import Foundation
import HearthCore
import HearthScoring

/// Renders a score table as CSV: `id`, `wave` (when the input had waves), then
/// `<scale>` and `<scale>_status` per scale, and `protocol_validity` when the instrument
/// has validity rules. A score is written only when its status has a usable value.
struct ScoreCSV {
    var table: ScoreTable
    var includeWave: Bool

    func render() throws(ToolError) -> Data {
        let definition = table.definition
        let hasValidity = !definition.validityRules.isEmpty || definition.maximumMissingItemsInProtocol != nil
        var writer = CSVWriter()
        var header = ["id"]
        if includeWave { header.append("wave") }
        for scale in definition.scales { header += [scale.id, "\(scale.id)_status"] }
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
            }
            if hasValidity { fields.append(report.validity.verdict.rawValue) }
            writer.writeRecord(fields)
        }
        return writer.data
    }
}
