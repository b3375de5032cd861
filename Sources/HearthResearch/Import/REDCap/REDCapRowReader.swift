import HearthCore
import HearthScoring

/// Turns the rows of one export into matrix rows and attributes, one row at a time.
struct REDCapRowReader {
    /// What every row is read against. A class: a struct this size, read from a mutating
    /// method, is copied (every field retained) into each call that reads a cell.
    let cells: REDCapCellReader
    var plan: REDCapFieldPlan { cells.plan }
    var columns: REDCapFieldPlan.Columns { cells.columns }
    /// Per instrument (``REDCapFieldPlan/instruments`` order): its rows so far, and the
    /// report's counts, kept by position so that a row touches no dictionary.
    private var rows: [ResponseMatrix?]
    private var counts: [ImportReport.InstrumentCounts]
    /// Per instrument, missing answers by kind (``MissingReason`` matrix code − 0xFC).
    private var missingCounts: [[Int]]
    private(set) var attributes: [RecordKey: [String: String]] = [:]
    /// The help recorded, per record and event.
    private(set) var help: [RecordKey: HelpReceived] = [:]
    /// The keys of the records held (repeats among them are found at once).
    private var seen: Set<RecordKey> = []
    /// Every record's key with its line, on disk past a few MiB, when records are handed on
    /// in chunks (``takeRead()``): repeats across chunks are found from it (``earliestRepeat(before:)``).
    private let ledger: KeyLedger?
    private var codes: [UInt8] = []

    init(
        plan: REDCapFieldPlan, columns: REDCapFieldPlan.Columns, mapping: REDCapMapping, source: String, context: InputContext = InputContext(),
        fileWave: Wave? = nil, ledger: KeyLedger? = nil
    ) {
        self.ledger = ledger
        cells = REDCapCellReader(
            plan: plan, columns: columns, mapping: mapping, source: source, context: context, fileWave: fileWave)
        rows = Array(repeating: nil, count: plan.instruments.count)
        counts = Array(repeating: ImportReport.InstrumentCounts(), count: plan.instruments.count)
        missingCounts = Array(repeating: [0, 0, 0, 0], count: plan.instruments.count)
    }

    /// The rows read, by instrument id.
    var matrices: [String: ResponseMatrix] {
        var matrices: [String: ResponseMatrix] = [:]
        for (position, matrix) in rows.enumerated() { if let matrix { matrices[plan.instruments[position].id] = matrix } }
        return matrices
    }

    /// The number of records read whose rows, attributes and help are held (since the last ``takeRead()``).
    private(set) var heldRecords = 0

    /// Hands over the rows, attributes and help read since the last call and forgets them
    /// (and their keys: the ledger, which a reader that hands on chunks has, keeps every key);
    /// the counts are kept.
    mutating func takeRead() -> (matrices: [String: ResponseMatrix], attributes: [RecordKey: [String: String]], help: [RecordKey: HelpReceived]) {
        let taken = (matrices, attributes, help)
        for position in rows.indices { rows[position] = nil }
        attributes = [:]
        help = [:]
        seen.removeAll(keepingCapacity: true)
        heldRecords = 0
        return taken
    }

    /// The error for a record whose record and event appeared on an earlier line.
    private func repeated(line: Int) -> ResearchError {
        ResearchError(.duplicateRecord, source: cells.source, line: line, field: cells.mapping.recordIDField, message: "the same record and event appear twice")
    }

    /// The error for the earliest record before line `limit` whose record and event
    /// appeared earlier, among records handed on in chunks (a repeat within the records
    /// held is found when it is read); `nil` when there is none.
    func earliestRepeat(before limit: Int) throws(ResearchError) -> ResearchError? {
        guard let ledger else { return nil }
        do { return try ledger.firstRepeat(before: limit).map { repeated(line: $0) } } catch { throw Self.keysUnavailable(error, source: cells.source) }
    }

    /// The error for a ledger of record keys that cannot be made, written or read.
    static func keysUnavailable(_ error: any Error, source: String) -> ResearchError {
        ResearchError(
            .temporaryStorage, source: source,
            message: "the record keys cannot be kept to check for repeats: " + KeyLedger.reason(error))
    }

    /// Adds the counts of what was read to `report`.
    func addCounts(to report: inout ImportReport) {
        for (position, instrument) in plan.instruments.enumerated() {
            var instrumentCounts = counts[position]
            for (offset, count) in missingCounts[position].enumerated() where count > 0 {
                guard let reason = MissingReason(matrixCode: MissingReason.firstReservedCode &+ UInt8(offset)) else { continue }
                instrumentCounts.missingAnswers[reason.name, default: 0] += count
            }
            guard instrumentCounts != ImportReport.InstrumentCounts() else { continue }
            report.instruments[instrument.id] = instrumentCounts
        }
    }

    mutating func read(_ record: CSVRecord, line: Int) throws(ResearchError) {
        let key = try cells.recordKey(record, line: line)
        if let ledger {
            do { try ledger.add(id: key.id.rawValue, wave: UInt16(key.wave ?? 0), line: line) } catch { throw Self.keysUnavailable(error, source: cells.source) }
        }
        guard seen.insert(key).inserted else { throw repeated(line: line) }
        heldRecords += 1
        // The file's attributes, each overridden by the record's own field when it is filled.
        var values = cells.context.attributes
        let columns = cells.columns, plan = cells.plan
        for (name, column) in columns.attributes {
            let value = record.string(at: column).trimmingASCIIWhitespace()
            if !value.isEmpty { values[name] = value }
        }
        if !values.isEmpty { attributes[key] = values }
        if let columns = columns.help,
            let received = try columns.read(record, line: line, missing: plan.missing, header: { [names = self.columns.names] in names[$0] }, source: cells.source)
        {
            help[key] = received
        }
        for position in plan.instruments.indices {
            try readInstrument(plan.instruments[position], position: position, record: record, key: key, line: line)
        }
    }

    private mutating func readInstrument(
        _ instrument: REDCapFieldPlan.InstrumentPlan, position: Int, record: CSVRecord, key: RecordKey, line: Int
    ) throws(ResearchError) {
        codes.removeAll(keepingCapacity: true)
        var anyValue = false
        for (item, resolved) in cells.columns.items[position].enumerated() {
            let (code, hadValue) = try cells.answer(resolved, instrument: instrument, item: item, record: record, line: line)
            codes.append(code)
            anyValue = anyValue || hadValue
        }
        guard anyValue else {
            counts[position].emptyRecords += 1
            return
        }
        let respondent = try cells.respondent(key, instrument: instrument, fields: cells.columns.respondent[position], record: record, line: line)
        // The matrix is taken out of its slot while it grows, so that it is never shared
        // (and copied) by the append.
        var matrix: ResponseMatrix
        if let existing = rows[position].take() {
            matrix = existing
        } else {
            do { matrix = try ResponseMatrix(itemCount: instrument.definition.items.count) } catch {
                throw ResearchError(.scoring, source: cells.source, instrument: instrument.id, message: error.description)
            }
        }
        defer { rows[position] = matrix }
        do { try matrix.append(respondent, matrixCodes: codes) } catch {
            throw ResearchError(.scoring, source: cells.source, line: line, instrument: instrument.id, message: error.description)
        }
        counts[position].records += 1
        for code in codes where code >= MissingReason.firstReservedCode { missingCounts[position][Int(code &- MissingReason.firstReservedCode)] += 1 }
    }
}
