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
        var updated = cohort
        let source = csv.source
        let report = try read(&csv, context: context, chunkRecords: .max, progress: progress) { reader, report, _ throws(ResearchError) in
            try add(&reader, into: &updated, report: &report, source: source)
        }
        cohort = updated
        return report
    }

    /// Imports an export record by record, handing its rows on in cohorts of at most
    /// `chunkRecords` records each (in file order), so that memory holds one chunk, not the
    /// export: what a study that aggregates as it reads (``StudyRunner``) imports with. The
    /// chunks together hold what ``importExport(from:into:context:progress:)`` adds to an
    /// empty cohort; the record keys are kept for the repeat check (one per record).
    ///
    /// - Throws: ``ResearchError`` naming the line and column of the first problem (chunks
    ///   before it have been handed on), or the first error `body` throws.
    package func importExport(
        from csv: inout some RecordSource, context: InputContext, chunkRecords: Int, progress: ((Int) -> Void)?,
        each body: (StudyCohort) throws(ResearchError) -> Void
    ) throws(ResearchError) -> ImportReport {
        let source = csv.source
        // The attribute names of every chunk: past the cohort's limit, the error the whole
        // import gives when it sets them, at the end (chunks before then go without attributes).
        var names: Set<String> = []
        return try read(&csv, context: context, chunkRecords: chunkRecords, progress: progress) { reader, report, last throws(ResearchError) in
            for values in reader.attributes.values { names.formUnion(values.keys) }
            let overLimit = names.count > StudyCohort.maximumAttributeCount
            if overLimit && last { throw StudyCohort.tooManyAttributeNames(source: source) }
            var chunk = StudyCohort()
            try add(&reader, into: &chunk, report: &report, source: source, attributes: !overLimit)
            try body(chunk)
        }
    }

    /// Reads every record, calling `flush` whenever the reader holds `chunkRecords` records,
    /// and once at the end with the rest (also when there were none; its last argument says
    /// which).
    private func read(
        _ csv: inout some RecordSource, context: InputContext, chunkRecords: Int, progress: ((Int) -> Void)?,
        flush: (inout REDCapRowReader, inout ImportReport, Bool) throws(ResearchError) -> Void
    ) throws(ResearchError) -> ImportReport {
        let source = csv.source
        var fileWave: Wave?
        if let wave = context.wave {
            do { fileWave = try Wave(index: wave) } catch { throw ResearchError(.invalidValue, source: source, field: "wave", message: error.message) }
        }
        let header = try csv.readHeader()
        let columns = try fields.resolve(header: header, source: source)
        // Records handed on in chunks keep their keys in a ledger (on disk past a few MiB):
        // a repeat across chunks is found from it, and reported before any later problem.
        let ledger: KeyLedger?
        if chunkRecords == .max { ledger = nil } else {
            do { ledger = try KeyLedger() } catch { throw REDCapRowReader.keysUnavailable(error, source: source) }
        }
        var reader = REDCapRowReader(
            plan: fields, columns: columns, mapping: mapping, source: source, context: context, fileWave: fileWave, ledger: ledger)
        var report = ImportReport(source: source)
        report.ignoredFields = columns.ignored
        var record = CSVRecord()
        func located(_ error: ResearchError) -> ResearchError {
            var located = error
            located.recordName = csv.recordName
            return located
        }
        while true {
            let more: Bool
            // A problem on a line after a repeat, or on the repeating line itself (its key is
            // checked first), is reported as the repeat (the ledger holds no later line).
            do { more = try csv.read(into: &record) } catch { throw try reader.earliestRepeat(before: .max).map(located) ?? error }
            guard more else { break }
            do { try reader.read(record, line: record.line) } catch {
                throw located(try reader.earliestRepeat(before: .max) ?? error)
            }
            if let progress, csv.recordCount % 10_000 == 0 { progress(csv.recordCount) }
            if reader.heldRecords >= chunkRecords { try flush(&reader, &report, false) }
        }
        if let repeated = try reader.earliestRepeat(before: .max) { throw located(repeated) }
        report.recordsRead = csv.recordCount
        reader.addCounts(to: &report)
        try flush(&reader, &report, true)
        return report
    }

    /// Moves the rows, attributes (unless told not to) and help `reader` holds into `cohort`
    /// (instruments in the mapping's order, help in key order), counting the help records.
    private func add(
        _ reader: inout REDCapRowReader, into cohort: inout StudyCohort, report: inout ImportReport, source: String, attributes withAttributes: Bool = true
    ) throws(ResearchError) {
        let (matrices, attributes, help) = reader.takeRead()
        for instrument in fields.instruments {
            guard let matrix = matrices[instrument.id], let definition = definitions[instrument.id] else { continue }
            try cohort.add(matrix, definition: definition, source: source)
        }
        if withAttributes { try cohort.setAttributes(attributes, source: source) }
        for (key, help) in help.sorted(by: { $0.key < $1.key }) { try cohort.setHelp(help, for: key, source: source) }
        report.helpRecords += help.count
    }
}
