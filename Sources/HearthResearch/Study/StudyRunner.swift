import Foundation
import HearthCore
import HearthNorms
import HearthScoring

/// Runs a ``StudyConfiguration``: loads keys and norms, imports every input into one
/// cohort, scores it, and builds the tables and analyses. The engine behind
/// `hearth analyze`, usable from any Swift program. Not `Sendable`: it holds the caller's
/// file reader, which it calls synchronously on the caller's thread.
public struct StudyRunner {
    /// Reads a file at a path (the file system by default; tests pass their own).
    public typealias FileReader = (String) throws -> Data
    /// Opens a file at a path for reading in pieces (see ``CSVReader/ByteSource``).
    public typealias FileOpener = (String) throws -> CSVReader.ByteSource

    /// The tables a study can ask for: every table of the source report's chapters 4–7
    /// (two tables there are numbered 7.8: `7.8a` satisfaction with children's agencies,
    /// `7.8b` traumatised parents and second-line help).
    public static let tableIDs = [
        "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10",
        "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7",
        "6.1", "6.2", "6.3", "6.4",
        "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8a", "7.8b", "7.9", "7.10", "7.11",
    ]

    /// The configuration.
    public let configuration: StudyConfiguration
    /// The directory relative paths are resolved against.
    public let baseDirectory: String
    let readFile: FileReader
    let openFile: FileOpener?
    /// Records per chunk when the study aggregates as it reads (``streams(_:)``).
    var chunkRecords = Self.streamingChunkRecords

    /// Creates a runner. With `openFile`, REDCap exports and FHIR NDJSON files are streamed
    /// through it (memory holds one record or resource of the file, not the file); other
    /// files are read with `readFile`.
    public init(
        configuration: StudyConfiguration, baseDirectory: String,
        readFile: @escaping FileReader = { try Data(contentsOf: URL(fileURLWithPath: $0)) }, openFile: FileOpener? = nil
    ) {
        self.configuration = configuration
        self.baseDirectory = baseDirectory
        self.readFile = readFile
        self.openFile = openFile
    }

    /// Runs the study.
    ///
    /// - Parameter progress: Called with short stage messages and row counts (no data).
    /// - Throws: ``ResearchError`` naming the file and field of the first problem.
    public func run(progress: ((String) -> Void)? = nil) throws(ResearchError) -> StudyResult {
        let norms = try loadNorms()
        let mappings = try loadMappings()
        let definitions = try StudyDefinitions.resolve(instruments: mappings.instrumentIDs, keys: configuration.keys ?? [:],
            cts2FrequencyMissingData: configuration.cts2FrequencyMissingData, runner: self)
        if streams(mappings), case .redcap(let mapping) = mappings.inputs[0] {
            return try runStreaming(mapping: mapping, definitions: definitions, norms: norms, progress: progress)
        }
        var cohort = StudyCohort()
        var imports: [ImportReport] = []
        for (index, input) in configuration.inputs.enumerated() {
            imports.append(try importing(input, progress: progress) { context, rows throws(ResearchError) in
                switch mappings.inputs[index] {
                case .redcap(let mapping) where input.format == "spss":
                    let spss: SPSSReader
                    if let source = try open(input.path) { spss = try SPSSReader(source: input.path, read: source) } else {
                        spss = try SPSSReader(data: try read(input.path), source: input.path)
                    }
                    return try REDCapImporter.importSPSS(spss, mapping: mapping, definitions: definitions, into: &cohort, context: context, progress: rows)
                case .redcap(let mapping):
                    let importer = try REDCapImporter(mapping: mapping, definitions: definitions)
                    if let source = try open(input.path) {
                        var reader = CSVReader(source: input.path, read: source)
                        return try importer.importExport(from: &reader, into: &cohort, context: context, progress: rows)
                    }
                    return try importer.importExport(try read(input.path), source: input.path, into: &cohort, context: context, progress: rows)
                case .fhir(let mapping):
                    let importer = try FHIRImporter(mapping: mapping, definitions: definitions)
                    if let source = try open(input.path) {
                        return try importer.importResponses(reading: source, source: input.path, context: context, into: &cohort, progress: rows)
                    }
                    return try importer.importResponses(try read(input.path), source: input.path, context: context, into: &cohort, progress: rows)
                }
            })
        }
        progress?("scoring \(cohort.instrumentIDs.joined(separator: ", "))")
        var analysis = CohortAnalysis(try ScoredCohort(cohort))
        analysis.columnOrder = configuration.columnOrder ?? analysis.columnOrder
        try checkReferences(analysis)
        progress?("building tables and analyses")
        var result = StudyResult(
            name: configuration.name, imports: imports, tables: [], summaries: [], changes: [], reliabilities: [], excess: [])
        for (index, table) in (configuration.tables ?? []).enumerated() {
            result.tables.append(try Self.at("tables[\(index)]") { () throws(ResearchError) in try build(table, analysis: analysis, norms: norms) })
        }
        try analyse(analysis, norms: norms, into: &result)
        return result
    }

    /// Imports one input through `body` (given what the entry says of every record of its
    /// file, and a progress counter), with its progress messages; a problem of the mapping
    /// itself (checked as it meets the definitions) names the mapping file.
    func importing(
        _ input: StudyConfiguration.Input, progress: ((String) -> Void)?,
        _ body: (InputContext, @escaping (Int) -> Void) throws(ResearchError) -> ImportReport
    ) throws(ResearchError) -> ImportReport {
        progress?("importing \(input.path)")
        let report: ImportReport
        do {
            report = try body(InputContext(wave: input.wave, attributes: input.attributes ?? [:])) { count in progress?("  \(input.path): \(count) records") }
        } catch {
            throw error.naming(file: input.mapping)
        }
        progress?("  \(input.path): \(report.recordsRead) records read")
        return report
    }

    /// A file named relative to the configuration, opened for streaming (`nil` without an opener).
    func open(_ path: String) throws(ResearchError) -> CSVReader.ByteSource? {
        guard let openFile else { return nil }
        do { return try openFile(fullPath(path)) } catch {
            throw ResearchError(.malformedFile, source: path, message: "cannot be read")
        }
    }

    /// A path relative to the configuration made absolute.
    private func fullPath(_ path: String) -> String {
        path.hasPrefix("/") ? path : (baseDirectory as NSString).appendingPathComponent(path)
    }

    /// The contents of a file named relative to the configuration.
    func read(_ path: String) throws(ResearchError) -> Data {
        let full = fullPath(path)
        do { return try readFile(full) } catch {
            throw ResearchError(.malformedFile, source: path, message: "cannot be read")
        }
    }

    private func loadNorms() throws(ResearchError) -> NormSet {
        var norms: NormSet
        do { norms = try NormSet.builtIn() } catch {
            throw ResearchError(.scoring, message: "the built-in norms cannot be loaded: \(error.message)")
        }
        for path in configuration.normFiles ?? [] {
            let data = try read(path)
            do { norms = try norms.merging(NormSet.decode(data, name: path)) } catch {
                throw ResearchError(.malformedFile, source: path, field: error.field, message: error.message)
            }
        }
        return norms
    }
}
