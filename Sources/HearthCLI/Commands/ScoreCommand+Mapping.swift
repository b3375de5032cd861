import Foundation
import HearthCore
import HearthResearch
import HearthScoring

extension ScoreCommand {
    /// What `--mapping` needs besides the instrument: where to read and write.
    struct MappedInput {
        var mappingPath: String
        var input: any ByteInput
        var source: String
        var isSPSS: Bool
        var delimiter: CSVDelimiter
    }

    /// Scores one instrument of a project's export (a REDCap CSV export or an SPSS file)
    /// read through a REDCap mapping, as `hearth analyze` reads it: the mapping's other
    /// instruments are left unread, events become waves, records without any answer to the
    /// instrument are not rows. The export is imported whole, then scored in chunks.
    func scoreThroughMapping(_ mapped: MappedInput, stream: ScoreStream, to output: any StagedOutput) throws(ToolError) -> (rows: Int, notes: [String]) {
        let definition = stream.definition
        let data: Data
        do { data = try io.readFile(at: mapped.mappingPath) } catch { throw .data("cannot read '\(mapped.mappingPath)'") }
        let mapping: REDCapMapping
        do { mapping = try REDCapMapping.decode(data, source: mapped.mappingPath) } catch { throw .data(error.description) }
        guard let restricted = mapping.restricted(to: definition.id) else {
            throw .data("\(mapped.mappingPath): the mapping has no entry for instrument '\(definition.id)'")
        }
        var cohort = StudyCohort()
        let report: ImportReport
        var inputID: SPSSVariable?
        do {
            let read: CSVReader.ByteSource = { buffer in try mapped.input.read(into: buffer) }
            if mapped.isSPSS {
                let spss = try SPSSReader(source: mapped.source, read: read)
                inputID = spss.dictionary.variables.first { $0.name.lowercased() == restricted.recordIDField.lowercased() }
                report = try REDCapImporter.importSPSS(spss, mapping: restricted, definitions: [definition], into: &cohort)
            } else {
                var csv = CSVReader(source: mapped.source, delimiter: mapped.delimiter, read: read)
                report = try REDCapImporter(mapping: restricted, definitions: [definition]).importExport(from: &csv, into: &cohort)
            }
        } catch {
            throw .data(error.naming(file: mapped.mappingPath).description)
        }
        var scoring = stream
        if scoring.format.isSPSS { scoring.format = .sav(inputID: inputID) }
        let matrix: ResponseMatrix
        if let imported = cohort.matrices[definition.id] { matrix = imported } else {
            do { matrix = try ResponseMatrix(itemCount: definition.items.count) } catch { throw .data(error.description) }
        }
        let summary = try scoring.run(matrix, hasWave: !restricted.events.isEmpty, ignoredColumns: [], to: output)
        return (summary.rows, Self.notes(report, instrument: definition.id, source: mapped.source))
    }

    /// What an import through a mapping left unread, for standard error: records without an
    /// answer, other columns (names only).
    private static func notes(_ report: ImportReport, instrument: String, source: String) -> [String] {
        var notes: [String] = []
        if let empty = report.instruments[instrument]?.emptyRecords, empty > 0 {
            notes.append("\(source): \(empty) record(s) hold no answer to \(instrument): not scored")
        }
        if let unread = unreadColumns(report.ignoredFields.keys.sorted(), source: source) { notes.append(unread) }
        return notes
    }
}
