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
    private var columns: [ScoreColumn] = []
    /// `values[row * scaleCount + scale]`, NaN where a status has no usable value.
    private(set) var values: [Double] = []
    /// `statuses[row * scaleCount + scale]`: status codes.
    private(set) var statuses: [UInt8] = []
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
        do { try table.read(scales: Array(0..<scaleCount), into: &columns) } catch { throw .data(error.description) }
        transposeColumns(rows: table.rowCount)
        if let instrumentNorms {
            do { try instrumentNorms.compare(table, into: &norms) } catch { throw .data(error.description) }
        }
        verdicts = try validityVerdicts(table)
    }

    /// A score's norm result (``NormComparator/compare(_:instrument:respondent:)``'s).
    func normResult(row: Int, scale: Int) throws(ToolError) -> NormResult {
        do { return try norms.result(row: row, scale: scale) } catch { throw .data(error.description) }
    }

    /// Copies the columns into row-major buffers (NaN where a status has no usable value).
    private mutating func transposeColumns(rows: Int) {
        let scales = columns.count
        values.resize(to: rows * scales, filling: .nan)
        statuses.resize(to: rows * scales, filling: 0)
        // In blocks of rows, every scale of a block before the next block: the block's rows
        // (1,024 × scales × 9 bytes) stay in the second-level cache while each scale's cells
        // are stored across them, instead of every scale's pass striding over the whole chunk
        // (blocks of a few rows would retain and release each column's arrays too often).
        let blockRows = 1024
        for blockStart in stride(from: 0, to: rows, by: blockRows) {
            let blockEnd = min(blockStart + blockRows, rows)
            for scale in 0..<scales {
                let source = columns[scale].values, codes = columns[scale].statusCodes
                values.withUnsafeMutableBufferPointer { target in
                    source.withUnsafeBufferPointer { source in
                        for row in blockStart..<blockEnd { target[row &* scales &+ scale] = source[row] }
                    }
                }
                statuses.withUnsafeMutableBufferPointer { target in
                    codes.withUnsafeBufferPointer { source in
                        for row in blockStart..<blockEnd { target[row &* scales &+ scale] = source[row] }
                    }
                }
            }
        }
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
