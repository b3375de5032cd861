import HearthCore
import HearthNorms
import HearthScoring

extension StudyRunner {
    /// Records per chunk when a study aggregates as it reads.
    static let streamingChunkRecords = 4_096

    /// Whether the study can aggregate as it reads: one REDCap CSV export or SPSS file read
    /// through a REDCap mapping (streamed through the runner's file opener), and only
    /// summaries and excess shares asked for. Their statistics need each group's values, not
    /// the cohort; every other analysis and table joins instruments, waves or persons, and
    /// with several inputs (or a FHIR file) a row's attributes can come from another part of
    /// the data.
    func streams(_ mappings: StudyMappings) -> Bool {
        let c = configuration
        guard openFile != nil, c.inputs.count == 1, case .redcap = mappings.inputs[0] else { return false }
        let others: [Int?] = [
            c.tables?.count, c.changes?.count, c.reliability?.count, c.correlations?.count, c.regressions?.count, c.crosstabs?.count,
            c.meanComparisons?.count, c.mixedModels?.count,
        ]
        return others.allSatisfy { ($0 ?? 0) == 0 }
    }

    /// Runs a study that ``streams(_:)``: the export is imported in chunks of
    /// ``streamingChunkRecords`` records, each scored and its summaries' and excess shares'
    /// values gathered per group, then dropped. The result equals ``run(progress:)``'s for the
    /// same study, bit for bit (each group's values are gathered in row order, and the
    /// statistics are computed from them as from the whole cohort), and so do the errors:
    /// import errors first, then the configuration's references, then each analysis's own.
    ///
    /// Memory holds one chunk, the record keys (for the repeat check) and each group's
    /// values (8 bytes a value), not the cohort.
    func runStreaming(
        mapping: REDCapMapping, definitions: [InstrumentDefinition], norms: NormSet, progress: ((String) -> Void)?
    ) throws(ResearchError) -> StudyResult {
        let input = configuration.inputs[0]
        var gathered = StreamedAnalyses(configuration)
        let report = try importing(input, progress: progress) { context, rows throws(ResearchError) in
            let add = { (chunk: StudyCohort) throws(ResearchError) in gathered.add(chunk) }
            // In the order `run(progress:)` meets them: the file, then the mapping, for SPSS; the
            // mapping, then the file, for CSV (`streams` saw an opener, so the file is opened).
            if input.format == "spss" {
                let spss = try SPSSReader(source: input.path, read: try opened(input.path))
                return try REDCapImporter.importSPSS(
                    spss, mapping: mapping, definitions: definitions, context: context, chunkRecords: chunkRecords, progress: rows, each: add)
            }
            let importer = try REDCapImporter(mapping: mapping, definitions: definitions)
            var reader = CSVReader(source: input.path, read: try opened(input.path))
            return try importer.importExport(from: &reader, context: context, chunkRecords: chunkRecords, progress: rows, each: add)
        }
        if let failure = gathered.scoringFailure { throw failure }
        try checkReferences(gathered.referenceIndex())
        progress?("building analyses")
        var result = StudyResult(name: configuration.name, imports: [report], tables: [], summaries: [], changes: [], reliabilities: [], excess: [])
        for index in (configuration.summaries ?? []).indices { result.summaries += try gathered.summaries(index) }
        for (index, excess) in (configuration.excess ?? []).enumerated() {
            result.excess += try gathered.excessShares(index, above: try threshold(excess, norms: norms))
        }
        return result
    }
}

extension StudyRunner {
    /// A file opened for streaming (``streams(_:)`` checked that there is an opener).
    fileprivate func opened(_ path: String) throws(ResearchError) -> CSVReader.ByteSource {
        guard let source = try open(path) else { throw ResearchError(.malformedFile, source: path, message: "cannot be read") }
        return source
    }
}

/// What a streamed study gathers from chunk after chunk: per summary and excess request,
/// each group's values and rows without one; and what the reference checks read.
struct StreamedAnalyses {
    /// One request's groups so far, or the error its first chunk with the instrument gave.
    struct Groups {
        var values: [GroupLabel: (values: [Double], missing: Int)] = [:]
        /// Whether any chunk had rows of the column's instrument.
        var sawInstrument = false
        var failure: ResearchError?
    }

    let configuration: StudyConfiguration
    /// The requests, summaries then excess shares, as (column, keys, filter).
    private let requests: [(column: ScoreVariable, keys: [GroupingKey], filter: CohortFilter)]
    private var groups: [Groups]
    private let columnOrder: [String]
    /// The definitions of every chunk's instruments.
    private var definitions: [String: InstrumentDefinition] = [:]
    /// For the reference checks: attribute names, and the levels of the filters' keys and the waves.
    private var attributeNames: Set<String> = []
    private let filterKeys: Set<GroupingKey>
    private var levels: [GroupingKey: Set<String>] = [:]
    private var waves: Set<Int> = []

    init(_ configuration: StudyConfiguration) {
        self.configuration = configuration
        let summaries = (configuration.summaries ?? []).map { ($0.column, $0.by ?? [], $0.where ?? CohortFilter()) }
        let excess = (configuration.excess ?? []).map { ($0.column, $0.by ?? [.wave], $0.where ?? CohortFilter()) }
        requests = summaries + excess
        groups = Array(repeating: Groups(), count: requests.count)
        columnOrder = configuration.columnOrder ?? CohortAnalysis.defaultColumnOrder
        filterKeys = Set(requests.flatMap { $0.filter.conditions.keys })
    }

    /// The first chunk's scoring error: thrown after the import, as the whole cohort's scoring
    /// follows its import (chunks after it are not gathered).
    private(set) var scoringFailure: ResearchError?

    /// Scores a chunk and gathers its values.
    mutating func add(_ chunk: StudyCohort) {
        guard scoringFailure == nil else { return }
        let scored: ScoredCohort
        do { scored = try ScoredCohort(chunk) } catch {
            scoringFailure = error
            return
        }
        var analysis = CohortAnalysis(scored)
        analysis.columnOrder = columnOrder
        definitions.merge(chunk.definitions) { _, new in new }
        attributeNames.formUnion(chunk.attributeNames)
        if !filterKeys.isEmpty {
            let respondents = analysis.respondents(where: CohortFilter())
            for key in filterKeys { levels[key, default: []].formUnion(respondents.map { analysis.level(key, of: $0) }) }
            waves.formUnion(respondents.compactMap { $0.wave?.index })
        }
        for (index, request) in requests.enumerated() where groups[index].failure == nil && analysis.scored.tables[request.column.instrument] != nil {
            groups[index].sawInstrument = true
            do {
                for (label, members) in analysis.group(try analysis.scored.observations(request.column, where: request.filter), by: request.keys) {
                    let values = members.compactMap(\.value)
                    groups[index].values[label, default: ([], 0)].values += values
                    groups[index].values[label, default: ([], 0)].missing += members.count - values.count
                }
            } catch {
                groups[index].failure = error
            }
        }
    }

    /// The index the reference checks read.
    func referenceIndex() -> ReferenceIndex {
        ReferenceIndex(attributeNames: attributeNames, levels: { [levels] key in levels[key] ?? [] }, waves: { [waves] in waves })
    }

    /// A request's groups in order, or its error.
    private func ordered(_ index: Int) throws(ResearchError) -> [(GroupLabel, (values: [Double], missing: Int))] {
        let request = requests[index]
        if let failure = groups[index].failure { throw failure }
        guard groups[index].sawInstrument else { throw ScoredCohort.noData(request.column) }
        return groups[index].values.sorted { CohortAnalysis.precedes($0.key, $1.key, columnOrder: columnOrder) }.map { ($0.key, $0.value) }
    }

    /// The summaries of the configuration's summary `index`.
    func summaries(_ index: Int) throws(ResearchError) -> [GroupSummary] {
        let column = requests[index].column, prevalence = CohortAnalysis.isPrevalence(column, definitions: definitions)
        var result: [GroupSummary] = []
        for (label, group) in try ordered(index) {
            result.append(try CohortAnalysis.summary(values: group.values, missing: group.missing, column: column, label: label, isPrevalence: prevalence))
        }
        return result
    }

    /// The excess shares of the configuration's excess request `index`.
    func excessShares(_ index: Int, above threshold: Double) throws(ResearchError) -> [ExcessShare] {
        try CohortAnalysis.check(threshold: threshold)
        let position = (configuration.summaries?.count ?? 0) + index, column = requests[position].column
        return try ordered(position).map { label, group in CohortAnalysis.excessShare(group.values, column: column, above: threshold, label: label) }
    }
}
