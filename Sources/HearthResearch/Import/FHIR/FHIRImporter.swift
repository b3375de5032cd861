import Foundation
import HearthCore
import HearthScoring

/// Reads FHIR R4 QuestionnaireResponses into a ``StudyCohort`` through an ``FHIRMapping``.
///
/// A file may hold one response, a Bundle of them, a JSON array of them, or NDJSON (one
/// resource per line, as FHIR bulk export writes). Answers may be `valueInteger`,
/// `valueBoolean` (0/1), whole `valueDecimal`, or `valueCoding` (its ordinalValue or
/// itemWeight extension, else the mapping's `codes`, else a numeric code). An item without
/// an answer is skipped, or the kind of missing its data-absent-reason extension gives; an
/// item not in the response is skipped. Responses marked `entered-in-error` are left out and
/// counted in the report.
public struct FHIRImporter: Sendable {
    /// What a caller knows of a whole file that the responses do not say.
    public typealias FileContext = InputContext

    /// The mapping.
    public let mapping: FHIRMapping
    let plans: [FHIRQuestionnairePlan]
    let sexCoding: SexCoding

    /// Creates an importer, checking the mapping against the definitions.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` naming the questionnaire, linkId or item.
    public init(mapping: FHIRMapping, definitions: [InstrumentDefinition]) throws(ResearchError) {
        self.mapping = mapping
        var plans: [FHIRQuestionnairePlan] = []
        for questionnaire in mapping.questionnaires {
            guard let definition = definitions.first(where: { $0.id == questionnaire.instrument }) else {
                throw ResearchError(.invalidMapping, field: questionnaire.canonical, instrument: questionnaire.instrument, message: "no definition was given for this instrument")
            }
            guard !plans.contains(where: { $0.mapping.canonical == questionnaire.canonical }) else {
                throw ResearchError(.invalidMapping, field: questionnaire.canonical, message: "the questionnaire is mapped twice")
            }
            plans.append(try FHIRQuestionnairePlan(questionnaire, definition: definition))
        }
        if let help = mapping.helpQuestionnaire {
            try help.validate()
            if plans.contains(where: { $0.matches(help.canonical) }) {
                throw ResearchError(.invalidMapping, field: help.canonical, message: "the help questionnaire is also mapped as an instrument")
            }
        }
        self.plans = plans
        sexCoding = try SexCoding(mapping.sexCodes)
    }

    /// Imports the responses in `data` into `cohort`.
    ///
    /// - Parameter progress: Called with the number of resources read, every 10,000.
    /// - Throws: ``ResearchError`` naming the resource and linkId of the first problem; the
    ///   cohort is unchanged when it throws.
    @discardableResult
    public func importResponses(
        _ data: Data, source: String, context: FileContext = FileContext(), into cohort: inout StudyCohort,
        progress: ((Int) -> Void)? = nil
    ) throws(ResearchError) -> ImportReport {
        var report = ImportReport(source: source)
        var reader = FHIRResponseReader(importer: self, context: context, source: source)
        let resources = try FHIRDocument.resources(in: data, source: source, report: &report)
        for (index, resource) in resources.enumerated() {
            try reader.read(resource, index: index, report: &report)
            if let progress, (index + 1) % 10_000 == 0 { progress(index + 1) }
        }
        report.recordsRead = resources.count
        try finish(reader, source: source, into: &cohort, report: &report)
        return report
    }

    /// Imports responses read in pieces: NDJSON (FHIR bulk export) line by line, a JSON
    /// array element by element, a Bundle entry by entry (when its `resourceType` comes
    /// before its `entry`, as FHIR writes it), so that memory holds one resource of the file
    /// beside the cohort, whether the file is pretty-printed or on one line; one resource
    /// (or a Bundle with `entry` first) is read whole, as
    /// ``importResponses(_:source:context:into:progress:)`` reads it.
    ///
    /// - Throws: as ``importResponses(_:source:context:into:progress:)``, naming the same
    ///   JSON path, line and column; in NDJSON the first line that is not a resource is named
    ///   by its number. Streamed, the first problem in file order is the one reported.
    @discardableResult
    public func importResponses(
        reading read: @escaping CSVReader.ByteSource, source: String, context: FileContext = FileContext(), into cohort: inout StudyCohort,
        progress: ((Int) -> Void)? = nil
    ) throws(ResearchError) -> ImportReport {
        var stream = JSONValueStream(read: read, source: source)
        return try importDocument(&stream, source: source, context: context, into: &cohort, progress: progress)
    }

    /// Adds what a reader collected to `cohort` (all or nothing).
    func finish(_ reader: FHIRResponseReader, source: String, into cohort: inout StudyCohort, report: inout ImportReport) throws(ResearchError) {
        report.helpRecords = reader.help.count
        var updated = cohort
        for plan in plans {
            guard let matrix = reader.matrices[plan.definition.id] else { continue }
            try updated.add(matrix, definition: plan.definition, source: source)
        }
        try updated.setAttributes(reader.attributes, source: source)
        for (key, help) in reader.help.sorted(by: { $0.key < $1.key }) { try updated.setHelp(help, for: key, source: source) }
        cohort = updated
    }
}
