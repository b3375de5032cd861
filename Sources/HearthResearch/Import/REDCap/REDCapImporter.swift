import Foundation
import HearthCore
import HearthScoring

/// Reads REDCap CSV exports ("raw" data, one row per record and event) into a
/// ``StudyCohort``, through a ``REDCapMapping``.
///
/// `redcap_event_name` becomes the wave, `x___k` checkbox columns become items or one
/// single-choice item, missing-data codes become the kind of missing Hearth keeps, and
/// every other column must be mapped or ignored on purpose. Errors name the file, line and
/// column, never a cell's content.
public struct REDCapImporter: Sendable {
    /// The mapping.
    public let mapping: REDCapMapping
    /// The definitions of the mapped instruments, by id.
    public let definitions: [String: InstrumentDefinition]
    let fields: REDCapFieldPlan

    /// Creates an importer, checking the mapping against the definitions.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` naming the instrument, item or field
    ///   that is unknown, unmapped, mapped twice, or given a code outside the response scale.
    public init(mapping: REDCapMapping, definitions: [InstrumentDefinition]) throws(ResearchError) {
        self.mapping = mapping
        var byID: [String: InstrumentDefinition] = [:]
        for definition in definitions { byID[definition.id] = definition }
        self.definitions = byID
        fields = try REDCapFieldPlan(mapping: mapping, definitions: byID)
    }

    /// The field names the mapping reads or ignores (the columns an export of it has).
    var expectedFields: [String] {
        REDCapExportLayout(plan: fields, mapping: mapping).header + mapping.ignoredFields
            + mapping.setAside.flatMap { Array($0.items.keys).sorted() + $0.respondent.all }
    }

    /// Imports an export held in memory into `cohort`.
    ///
    /// - Parameter progress: Called with the number of rows read, every 10,000 rows.
    /// - Returns: What was read and left out.
    /// - Throws: ``ResearchError`` naming the line and column of the first problem; the
    ///   cohort is unchanged when it throws.
    @discardableResult
    public func importExport(
        _ data: Data, source: String, into cohort: inout StudyCohort, context: InputContext = InputContext(), progress: ((Int) -> Void)? = nil
    ) throws(ResearchError) -> ImportReport {
        guard data.count <= CSVTable.Limits.standard.maximumBytes else {
            throw ResearchError(.malformedFile, source: source, message: "larger than \(CSVTable.Limits.standard.maximumBytes) bytes")
        }
        var reader = CSVReader(data: data, source: source)
        return try importExport(from: &reader, into: &cohort, context: context, progress: progress)
    }

    /// Imports an export record by record from a streaming reader (a file read in pieces):
    /// memory holds one record of the export beside the cohort being built.
    ///
    /// - Parameters:
    ///   - context: The wave of every record (when the export has no event column; with one,
    ///     every event must be that wave) and attributes of every respondent (a record's own
    ///     attribute field, when filled, has the last word).
    ///   - progress: Called with the number of rows read, every 10,000 rows.
    /// - Returns: What was read and left out.
    /// - Throws: ``ResearchError`` naming the line and column of the first problem; the
    ///   cohort is unchanged when it throws.
    @discardableResult
    public func importExport(
        from csv: inout some RecordSource, into cohort: inout StudyCohort, context: InputContext = InputContext(), progress: ((Int) -> Void)? = nil
    ) throws(ResearchError) -> ImportReport {
        let source = csv.source
        var fileWave: Wave?
        if let wave = context.wave {
            do { fileWave = try Wave(index: wave) } catch { throw ResearchError(.invalidValue, source: source, field: "wave", message: error.message) }
        }
        let header = try csv.readHeader()
        let columns = try fields.resolve(header: header, source: source)
        var reader = REDCapRowReader(
            plan: fields, columns: columns, mapping: mapping, source: source, context: context, fileWave: fileWave)
        var report = ImportReport(source: source)
        report.ignoredFields = columns.ignored
        var record = CSVRecord()
        while try csv.read(into: &record) {
            do { try reader.read(record, line: record.line) } catch {
                var located = error
                located.recordName = csv.recordName
                throw located
            }
            if let progress, csv.recordCount % 10_000 == 0 { progress(csv.recordCount) }
        }
        report.recordsRead = csv.recordCount
        reader.addCounts(to: &report)
        let matrices = reader.matrices
        var updated = cohort
        for instrument in fields.instruments {
            guard let matrix = matrices[instrument.id], let definition = definitions[instrument.id] else { continue }
            try updated.add(matrix, definition: definition, source: source)
        }
        try updated.setAttributes(reader.attributes, source: source)
        for (key, help) in reader.help.sorted(by: { $0.key < $1.key }) { try updated.setHelp(help, for: key, source: source) }
        report.helpRecords = reader.help.count
        cohort = updated
        return report
    }
}
