import HearthCore
import HearthNorms
import HearthResearch
import HearthScoring

/// Writes score tables as an SPSS system file, chunk after chunk, with the columns of
/// ``ScoreCSV`` as variables: each score numeric and labelled with its scale's name, each
/// status a numeric code with the status names as value labels; a score without a usable
/// value is system-missing and its status says why. Numbers keep full precision.
struct ScoreSAV {
    let definition: InstrumentDefinition
    let includeWave: Bool
    let norms: NormComparator?
    private var chunk: ScoreChunk
    private let writer: SPSSWriter
    private var cells: [SPSSCellValue] = []
    private var bytes: [UInt8] = []

    /// The widths of the string variables: an id, a norm band, a norm id, a verdict.
    static let bandWidth = 16, normWidth = 64, verdictWidth = 32

    /// Whether `id` is written as a number (an SPSS input's id was numeric).
    private let numericID: Bool

    /// - Parameter inputID: An SPSS input's id variable: the output's `id` takes its type and
    ///   width (a string of its width, or a number in its format) instead of A128.
    init(definition: InstrumentDefinition, includeWave: Bool, norms: NormComparator?, inputID: SPSSVariable? = nil) throws(ToolError) {
        self.definition = definition
        self.includeWave = includeWave
        self.norms = norms
        chunk = ScoreChunk(definition: definition, norms: norms)
        let statusLabels = Dictionary(uniqueKeysWithValues: ScoreStatus.allKnown.map { (SPSSValue.number(Double($0.code)), $0.name) })
        numericID = inputID.map { !$0.isString } ?? false
        let idLabel = "Respondent (pseudonym)"
        let id = switch inputID {
        case let input? where input.isString: SPSSVariable(name: "id", width: min(input.width, RespondentID.maximumByteCount), label: idLabel, measure: .nominal)
        case let input?: SPSSVariable(name: "id", label: idLabel, format: input.format, measure: .nominal)
        case nil: SPSSVariable(name: "id", width: RespondentID.maximumByteCount, label: idLabel, measure: .nominal)
        }
        var variables = [id]
        if includeWave { variables.append(SPSSVariable(name: "wave", label: "Wave", format: SPSSFormat(type: 5, width: 4, decimals: 0), measure: .ordinal)) }
        for scale in definition.scales {
            variables.append(SPSSVariable(name: scale.id, label: scale.name, format: SPSSFormat(type: 5, width: 12, decimals: 4), measure: .scale))
            variables.append(SPSSVariable(
                name: scale.id + "_status", label: "Status: \(scale.name)", valueLabels: statusLabels, format: SPSSFormat(type: 5, width: 2, decimals: 0), measure: .nominal))
            if norms != nil {
                for (suffix, label) in [("_z", "z"), ("_t", "T"), ("_percentile", "percentile")] {
                    variables.append(SPSSVariable(name: scale.id + suffix, label: "\(scale.name): \(label)", format: SPSSFormat(type: 5, width: 12, decimals: 4), measure: .scale))
                }
                variables.append(SPSSVariable(name: scale.id + "_band", width: Self.bandWidth, label: "\(scale.name): band", measure: .ordinal))
                variables.append(SPSSVariable(name: scale.id + "_norm", width: Self.normWidth, label: "\(scale.name): norm entry or why none", measure: .nominal))
            }
        }
        if chunk.hasValidity { variables.append(SPSSVariable(name: "protocol_validity", width: Self.verdictWidth, label: "Protocol validity", measure: .nominal)) }
        do { writer = try SPSSWriter(variables: variables) } catch { throw .data(error.description) }
    }

    /// Writes the header and dictionary (the number of cases is written as unknown: the stream does not know it).
    func writeHeader(into out: inout CSVStreamWriter) {
        out.append(raw: writer.dictionary(label: "Hearth scores: \(definition.name)"))
    }

    /// Writes one case per row of `table`, whose rows are `respondents`.
    mutating func write(_ table: ScoreTable, respondents: [Respondent], into out: inout CSVStreamWriter) throws(ToolError) {
        try chunk.load(table)
        bytes.removeAll(keepingCapacity: true)
        let scales = chunk.scaleCount
        for row in 0..<table.rowCount {
            cells.removeAll(keepingCapacity: true)
            if numericID {
                // The id was read from this number's text, so it reads back as the same number.
                guard let number = Double(respondents[row].id.rawValue) else { throw .data("row \(row + 1) of a chunk: a numeric id could not be written as a number") }
                cells.append(.number(number))
            } else {
                cells.append(.string(respondents[row].id.rawValue))
            }
            if includeWave { cells.append(respondents[row].wave.map { .number(Double($0.index)) } ?? .missing) }
            for scale in 0..<scales {
                let value = chunk.values[row &* scales &+ scale]
                cells.append(value.isNaN ? .missing : .number(value))
                cells.append(.number(Double(chunk.statuses[row &* scales &+ scale])))
                if norms != nil {
                    let result = try chunk.normResult(row: row, scale: scale)
                    for value in [result.z?.value, result.t?.value, result.percentile?.value] { cells.append(value.map { .number($0) } ?? .missing) }
                    cells.append(.string(result.band?.rawValue ?? ""))
                    cells.append(.string(result.status == .compared ? (result.normID ?? "") : result.status.rawValue))
                }
            }
            if let verdicts = chunk.verdicts { cells.append(.string(verdicts[row])) }
            writer.append(cells, to: &bytes)
        }
        out.append(raw: bytes)
    }
}
