import Foundation
import HearthCore
import HearthScoring

/// Writes a ``StudyCohort`` as a REDCap-style CSV export through a ``REDCapMapping``:
/// the inverse of ``REDCapImporter``, for round trips and for handing data back to a
/// REDCap project.
///
/// Skipped answers are blank; other kinds of missing are written as the mapping's
/// missing-data code for that kind (the alphabetically first, when several map to it).
/// Help received is written through the mapping's `help` fields; a cohort with help and a
/// mapping without them is refused, so nothing is dropped.
public struct REDCapExporter: Sendable {
    /// The mapping.
    public let mapping: REDCapMapping
    let plan: REDCapFieldPlan

    /// Creates an exporter, checking the mapping against the definitions.
    ///
    /// - Throws: as ``REDCapImporter/init(mapping:definitions:)``.
    public init(mapping: REDCapMapping, definitions: [InstrumentDefinition]) throws(ResearchError) {
        self.mapping = mapping
        plan = try REDCapFieldPlan(mapping: mapping, definitions: Dictionary(definitions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The export of every respondent and wave in `cohort`, sorted by id and wave.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when a wave has no event, a kind of
    ///   missing has no missing-data code, the cohort lacks a mapped instrument's definition,
    ///   or the cohort records help and the mapping has no `help` fields;
    ///   ``ResearchError/Code/invalidValue`` when two instruments give one metadata field
    ///   different values.
    public func export(_ cohort: StudyCohort) throws(ResearchError) -> Data {
        let layout = REDCapExportLayout(plan: plan, mapping: mapping)
        if !cohort.help.isEmpty, layout.helpColumns == nil {
            throw ResearchError(.invalidMapping, field: "help", message: "the cohort records help received but the mapping has no help fields to write it to")
        }
        var writer = CSVWriter()
        writer.writeRecord(layout.header)
        var keys = Set(cohort.attributes.keys)
        if layout.helpColumns != nil { keys.formUnion(cohort.help.keys) }
        var rowIndex: [String: [RecordKey: Int]] = [:]
        for instrument in plan.instruments {
            guard let matrix = cohort.matrices[instrument.id] else { continue }
            var index: [RecordKey: Int] = [:]
            for (row, respondent) in matrix.respondents.enumerated() { index[RecordKey(respondent)] = row }
            keys.formUnion(index.keys)
            rowIndex[instrument.id] = index
        }
        for key in keys.sorted() {
            var cells = [String](repeating: "", count: layout.header.count)
            cells[0] = key.id.rawValue
            if layout.hasEvent { cells[1] = try eventName(for: key) }
            for (name, column) in layout.attributeColumns { cells[column] = cohort.attributes[key]?[name] ?? "" }
            if let help = cohort.help[key] { layout.helpColumns?.write(help, into: &cells) }
            for (position, instrument) in plan.instruments.enumerated() {
                guard let row = rowIndex[instrument.id]?[key], let matrix = cohort.matrices[instrument.id] else { continue }
                try layout.write(instrument, position: position, matrix: matrix, row: row, into: &cells)
            }
            writer.writeRecord(cells)
        }
        return writer.data
    }

    private func eventName(for key: RecordKey) throws(ResearchError) -> String {
        guard let wave = key.wave, let name = mapping.events.filter({ $0.value.wave == wave }).keys.sorted().first else {
            throw ResearchError(.invalidMapping, field: "events", message: "no event in the mapping for \(key.wave.map { "wave \($0)" } ?? "a row without a wave")")
        }
        return name
    }
}
