import HearthCore
import HearthScoring

/// The columns of an export and how a matrix row fills them.
struct REDCapExportLayout {
    let plan: REDCapFieldPlan
    let mapping: REDCapMapping
    private(set) var header: [String] = []
    let hasEvent: Bool
    private(set) var attributeColumns: [(String, Int)] = []
    /// The help fields' columns, when the mapping has them.
    private(set) var helpColumns: REDCapHelpColumns?
    /// Per instrument, per item: the column, or the option and missing columns of a choice.
    private var itemColumns: [[ItemColumns]] = []
    private var respondentColumns: [(sex: Int?, partnerSex: Int?, age: Int?)] = []
    /// The export text of each kind of missing (skipped is blank).
    private let missingText: [MissingReason: String]

    enum ItemColumns {
        case field(Int)
        case choice(options: [UInt8: Int], missing: [MissingReason: Int])
    }

    init(plan: REDCapFieldPlan, mapping: REDCapMapping) {
        self.plan = plan
        self.mapping = mapping
        hasEvent = !mapping.events.isEmpty
        var missingText: [MissingReason: String] = [:]
        for (code, name) in mapping.missingCodes.sorted(by: { $0.key < $1.key }) {
            if let reason = MissingReason.byName[name], reason != .skipped, missingText[reason] == nil { missingText[reason] = code }
        }
        self.missingText = missingText
        var columns: [String: Int] = [:]
        func column(_ name: String) -> Int {
            if let existing = columns[name] { return existing }
            header.append(name)
            columns[name] = header.count - 1
            return header.count - 1
        }
        _ = column(mapping.recordIDField)
        if hasEvent { _ = column(mapping.eventField) }
        attributeColumns = mapping.attributes.sorted(by: { $0.key < $1.key }).map { ($0.key, column($0.value)) }
        helpColumns = mapping.help.flatMap { help in try? REDCapHelpColumns(help) { field in column(field) } }
        for instrument in plan.instruments {
            let fields = instrument.respondent
            respondentColumns.append((fields.sex.map(column), fields.partnerSex.map(column), fields.age.map(column)))
            itemColumns.append(instrument.sources.map { source in
                switch source {
                case .field(let name): return .field(column(name))
                case .choice(let base):
                    var options: [UInt8: Int] = [:]
                    for (text, code) in Self.optionNames(instrument) { options[code] = column("\(base)___\(text)") }
                    var missing: [MissingReason: Int] = [:]
                    for (reason, text) in missingText.sorted(by: { $0.value < $1.value }) { missing[reason] = column("\(base)___\(text.lowercased())") }
                    return .choice(options: options, missing: missing)
                }
            })
        }
    }

    /// The checkbox option suffixes of a choice item and their codes, in code order.
    private static func optionNames(_ instrument: REDCapFieldPlan.InstrumentPlan) -> [(String, UInt8)] {
        if let codes = instrument.codes {
            var first: [UInt8: String] = [:]
            for (text, code) in codes.sorted(by: { $0.key < $1.key }) where first[code] == nil { first[code] = text }
            return first.sorted { $0.key < $1.key }.map { ($0.value, $0.key) }
        }
        let scale = instrument.definition.responseScale
        return (scale.minimum...scale.maximum).map { (String($0), $0) }
    }

    func write(_ instrument: REDCapFieldPlan.InstrumentPlan, position: Int, matrix: ResponseMatrix, row: Int, into cells: inout [String]) throws(ResearchError) {
        let codes: ArraySlice<UInt8>
        do { codes = try matrix.matrixCodes(row: row) } catch {
            throw ResearchError(.scoring, instrument: instrument.id, message: error.description)
        }
        for (item, code) in codes.enumerated() {
            switch itemColumns[position][item] {
            case .field(let column):
                cells[column] = try text(code, instrument: instrument)
            case .choice(let options, let missing):
                if let reason = MissingReason(matrixCode: code) {
                    guard reason == .skipped else {
                        guard let column = missing[reason] else { throw missingCodeError(reason, instrument: instrument) }
                        cells[column] = "1"
                        continue
                    }
                    continue
                }
                for (option, column) in options { cells[column] = option == code ? "1" : "0" }
            }
        }
        let respondent = matrix.respondents[row]
        let fields = respondentColumns[position]
        try set(fields.sex, sexText(respondent.sex), in: &cells)
        try set(fields.partnerSex, sexText(respondent.partnerSex), in: &cells)
        try set(fields.age, respondent.age.map { String($0.years) } ?? "", in: &cells)
    }

    private func text(_ code: UInt8, instrument: REDCapFieldPlan.InstrumentPlan) throws(ResearchError) -> String {
        if let reason = MissingReason(matrixCode: code) {
            if reason == .skipped { return "" }
            guard let text = missingText[reason] else { throw missingCodeError(reason, instrument: instrument) }
            return text
        }
        guard let codes = instrument.codes else { return String(code) }
        guard let text = codes.filter({ $0.value == code }).keys.sorted().first else {
            throw ResearchError(.invalidMapping, field: "codes", instrument: instrument.id, message: "code \(code) has no export value in 'codes'")
        }
        return text
    }

    private func missingCodeError(_ reason: MissingReason, instrument: REDCapFieldPlan.InstrumentPlan) -> ResearchError {
        ResearchError(.invalidMapping, field: "missingCodes", instrument: instrument.id, message: "no missing-data code stands for '\(reason.name)'")
    }

    private func sexText(_ sex: Sex) -> String {
        sex == .unknown ? "" : plan.sexCoding.text(sex)
    }

    /// Writes a metadata cell shared by several instruments, which must agree.
    private func set(_ column: Int?, _ value: String, in cells: inout [String]) throws(ResearchError) {
        guard let column, !value.isEmpty else { return }
        guard cells[column].isEmpty || cells[column] == value else {
            throw ResearchError(.invalidValue, field: header[column], message: "two instruments give this metadata field different values")
        }
        cells[column] = value
    }
}
