import HearthCore
import HearthNorms
import HearthResearch
import HearthScoring

/// One chunk of scores prepared for writing, whatever the format (``ScoreCSV``,
/// ``ScoreSAV``): every scale's values and statuses row by row, the norm comparisons when
/// asked for, and each row's protocol validity verdict when the instrument has rules.
struct ScoreChunk {
    let definition: InstrumentDefinition
    /// The norms resolved for the instrument (when comparing).
    let instrumentNorms: InstrumentNorms?
    /// Whether the instrument has protocol validity rules (a verdict per row).
    let hasValidity: Bool
    let scaleCount: Int
    /// The chunk's scores row by row.
    private var rows = ScoreRows()
    /// `values[row * scaleCount + scale]`, NaN where a status has no usable value.
    var values: [Double] { rows.values }
    /// `statuses[row * scaleCount + scale]`: status codes.
    var statuses: [UInt8] { rows.statuses }
    /// The chunk's comparisons with the norms.
    private(set) var norms = NormColumns()
    /// Per row the protocol validity verdict.
    private(set) var verdicts: [String]?

    init(definition: InstrumentDefinition, norms: NormComparator?) {
        self.definition = definition
        instrumentNorms = norms.map { InstrumentNorms($0, definition: definition) }
        hasValidity = !definition.validityRules.isEmpty || definition.maximumMissingItemsInProtocol != nil
        scaleCount = definition.scales.count
    }

    /// Prepares a scored chunk.
    mutating func load(_ table: ScoreTable) throws(ToolError) {
        rows.load(table)
        if let instrumentNorms {
            do { try instrumentNorms.compare(table, into: &norms) } catch { throw .data(error.description) }
        }
        verdicts = try validityVerdicts(table)
    }

    /// A score's norm result (``NormComparator/compare(_:instrument:respondent:)``'s).
    func normResult(row: Int, scale: Int) throws(ToolError) -> NormResult {
        do { return try norms.result(row: row, scale: scale) } catch { throw .data(error.description) }
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
}
