import HearthCore
import HearthScoring

/// The immutable half of reading an export: the plan and the header's columns, and how one
/// record's key, cells and respondent are read from them. Nothing here changes per row.
final class REDCapCellReader: Sendable {
    let plan: REDCapFieldPlan
    let columns: REDCapFieldPlan.Columns
    let mapping: REDCapMapping
    let source: String
    /// What the study's input entry says of every record.
    let context: InputContext
    /// ``context``'s wave, checked.
    let fileWave: Wave?

    init(
        plan: REDCapFieldPlan, columns: REDCapFieldPlan.Columns, mapping: REDCapMapping, source: String, context: InputContext, fileWave: Wave?
    ) {
        self.context = context
        self.fileWave = fileWave
        self.plan = plan
        self.columns = columns
        self.mapping = mapping
        self.source = source
    }

    /// The record's id and wave: its event's, or the file's when the export has no events.
    func recordKey(_ record: CSVRecord, line: Int) throws(ResearchError) -> RecordKey {
        let id: RespondentID
        do { id = try RespondentID(record.string(at: columns.recordID).trimmingASCIIWhitespace()) } catch {
            throw ResearchError(.invalidValue, source: source, line: line, field: mapping.recordIDField, message: error.message)
        }
        if let column = columns.repeatInstance, !record.string(at: column).trimmingASCIIWhitespace().isEmpty {
            throw ResearchError(
                .invalidValue, source: source, line: line, field: "redcap_repeat_instance",
                message: "repeating instruments are not supported; export them as separate events")
        }
        guard let column = columns.event else { return RecordKey(id: id, wave: fileWave?.index) }
        let name = record.string(at: column).trimmingASCIIWhitespace()
        guard let event = mapping.events[name] else {
            throw ResearchError(.invalidValue, source: source, line: line, field: mapping.eventField, message: "the event is not in the mapping's events")
        }
        if let fixed = fileWave, fixed.index != event.wave {
            throw ResearchError(.invalidValue, source: source, line: line, field: mapping.eventField, message: "the record's event is another wave than the one given for the file")
        }
        return RecordKey(id: id, wave: event.wave)
    }

    /// The matrix code of one item, and whether the export held anything for it.
    func answer(
        _ resolved: REDCapFieldPlan.ResolvedItem, instrument: REDCapFieldPlan.InstrumentPlan, item: Int, record: CSVRecord, line: Int
    ) throws(ResearchError) -> (UInt8, Bool) {
        switch resolved {
        case .column(let column, let missingColumns):
            if let reason = try checkedMissing(missingColumns, record: record, line: line) { return (reason.matrixCode, true) }
            // The common cells, empty or one digit that is no missing-data code, without strings.
            switch record.cell(column) {
            case .empty: return (MissingReason.skipped.matrixCode, false)
            case .digit(let digit) where instrument.codes == nil && !plan.missingDigits[digit]:
                let scale = instrument.definition.responseScale
                guard scale.contains(UInt8(digit)) else { break }  // the general path words the error
                return (UInt8(digit), true)
            default: break
            }
            let text = record.string(at: column).trimmingASCIIWhitespace()
            if text.isEmpty { return (MissingReason.skipped.matrixCode, false) }
            if let reason = plan.missing[text.uppercased()] { return (reason.matrixCode, true) }
            return (try code(text, instrument: instrument, column: column, line: line), true)
        case .choice(let options, let missingColumns):
            if let reason = try checkedMissing(missingColumns, record: record, line: line) { return (reason.matrixCode, true) }
            var chosen: UInt8?
            var anyValue = false
            for (code, column) in options {
                let checked = try isChecked(record, column: column, line: line)
                anyValue = anyValue || checked != nil
                guard checked == true else { continue }
                guard chosen == nil else {
                    throw ResearchError(
                        .invalidValue, source: source, line: line, field: header(column), instrument: instrument.id,
                        message: "more than one option of a single-choice item is checked")
                }
                chosen = code
            }
            return (chosen ?? MissingReason.skipped.matrixCode, anyValue)
        }
    }

    func checkedMissing(_ columns: [(MissingReason, Int)], record: CSVRecord, line: Int) throws(ResearchError) -> MissingReason? {
        for (reason, column) in columns where try isChecked(record, column: column, line: line) == true { return reason }
        return nil
    }

    /// A checkbox cell: `1` checked, `0` unchecked, empty not recorded.
    func isChecked(_ record: CSVRecord, column: Int, line: Int) throws(ResearchError) -> Bool? {
        switch record.cell(column) {
        case .empty: return nil
        case .digit(1): return true
        case .digit(0): return false
        default: break
        }
        switch record.string(at: column).trimmingASCIIWhitespace() {
        case "1": return true
        case "0": return false
        case "": return nil
        default:
            throw ResearchError(.invalidValue, source: source, line: line, field: header(column), message: "a checkbox column holds something other than 0 or 1")
        }
    }

    func code(_ text: String, instrument: REDCapFieldPlan.InstrumentPlan, column: Int, line: Int) throws(ResearchError) -> UInt8 {
        let scale = instrument.definition.responseScale
        if let codes = instrument.codes {
            guard let code = codes[text] else {
                throw ResearchError(
                    .invalidValue, source: source, line: line, field: header(column), instrument: instrument.id,
                    message: "the value is not in the instrument's 'codes' nor a missing-data code")
            }
            return code
        }
        guard let value = Int(text), let code = UInt8(exactly: value), scale.contains(code) else {
            throw ResearchError(
                .invalidValue, source: source, line: line, field: header(column), instrument: instrument.id,
                message: "not a code in \(scale.minimum)...\(scale.maximum) nor a missing-data code")
        }
        return code
    }

    func respondent(
        _ key: RecordKey, instrument: REDCapFieldPlan.InstrumentPlan, fields: (sex: Int?, partnerSex: Int?, age: Int?),
        record: CSVRecord, line: Int
    ) throws(ResearchError) -> Respondent {
        var respondent = Respondent(id: key.id)
        if let wave = key.wave { respondent.wave = plan.waves[wave] ?? fileWave }
        if let column = fields.sex { respondent.sex = try sex(record.string(at: column), column: column, line: line) }
        if let column = fields.partnerSex { respondent.partnerSex = try sex(record.string(at: column), column: column, line: line) }
        if let column = fields.age {
            let text = record.string(at: column).trimmingASCIIWhitespace()
            if !text.isEmpty, plan.missing[text.uppercased()] == nil {
                guard let years = Int(text) else {
                    throw ResearchError(.invalidValue, source: source, line: line, field: header(column), message: "not a whole number of years")
                }
                do { respondent.age = try Age(years: years) } catch {
                    throw ResearchError(.invalidValue, source: source, line: line, field: header(column), message: error.message)
                }
            }
        }
        return respondent
    }

    func sex(_ text: String, column: Int, line: Int) throws(ResearchError) -> Sex {
        let value = text.trimmingASCIIWhitespace()
        if value.isEmpty || plan.missing[value.uppercased()] != nil { return .unknown }
        do { return try plan.sexCoding.sex(value) } catch {
            throw ResearchError(.invalidValue, source: source, line: line, field: header(column), message: error.message)
        }
    }

    func header(_ column: Int) -> String { columns.names[column] }
}
