import HearthCore

/// The help fields of a ``REDCapMapping/Help`` resolved against an export's header, and
/// the reading of one row's help from them.
struct REDCapHelpColumns: Sendable {
    var hadHelp: Int?
    var yes: Set<String>
    var no: Set<String>
    var agencies: [(agency: Agency, column: Int)]
    var agencyCount: Int?
    var satisfaction: [(agency: Agency, column: Int)]
    var satisfactionCodes: [String: Satisfaction]

    /// Checks the mapping's help part: well-formed agency ids, yes and no values apart.
    static func validate(_ help: REDCapMapping.Help) throws(ResearchError) {
        for (kind, path) in [(help.agencies, "help.agencies"), (help.satisfaction, "help.satisfaction")] {
            for id in (kind ?? [:]).keys.sorted() where !Agency(rawValue: id).isWellFormed {
                throw ResearchError(.invalidMapping, field: "\(path).\(id)", message: "an agency id is lowercase letters, digits and '-' (at most 40)")
            }
        }
        let yes = Set(help.yesValues ?? ["1"]), no = Set(help.noValues ?? ["0"])
        if !yes.isDisjoint(with: no) { throw ResearchError(.invalidMapping, field: "help.yesValues", message: "a value cannot mean both yes and no") }
        let fields = help.fields
        if let repeated = Dictionary(grouping: fields, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw ResearchError(.invalidMapping, field: repeated, message: "the field is used twice in the help mapping")
        }
    }

    /// Resolves the columns; `require` marks a field as used (or throws for a missing column).
    init(_ help: REDCapMapping.Help, require: (String) throws(ResearchError) -> Int) throws(ResearchError) {
        hadHelp = try help.hadHelp.map { field throws(ResearchError) in try require(field) }
        yes = Set(help.yesValues ?? ["1"])
        no = Set(help.noValues ?? ["0"])
        agencyCount = try help.agencyCount.map { field throws(ResearchError) in try require(field) }
        agencies = []
        for (id, field) in (help.agencies ?? [:]).sorted(by: { $0.key < $1.key }) { agencies.append((Agency(rawValue: id), try require(field))) }
        satisfaction = []
        for (id, field) in (help.satisfaction ?? [:]).sorted(by: { $0.key < $1.key }) { satisfaction.append((Agency(rawValue: id), try require(field))) }
        satisfactionCodes = help.satisfactionCodes ?? ["1": .satisfied, "2": .neutral, "3": .dissatisfied]
    }

    /// Writes a help record into a row's cells: the first yes or no value, `1`/`0` per
    /// agency checkbox, the count, the first code of each satisfaction (the inverse of
    /// ``read(_:line:missing:header:source:)``). Parts not recorded stay blank.
    func write(_ help: HelpReceived, into cells: inout [String]) {
        if let column = hadHelp, let flag = help.hadHelp { cells[column] = (flag ? yes : no).sorted().first ?? "" }
        let recorded = help.hadHelp != nil || !help.agencies.isEmpty
        for (agency, column) in agencies where recorded { cells[column] = help.agencies.contains(agency) ? "1" : "0" }
        if let column = agencyCount, let count = help.agencyCount { cells[column] = String(count) }
        for (agency, column) in satisfaction {
            guard let level = help.satisfaction[agency] else { continue }
            cells[column] = satisfactionCodes.filter { $0.value == level }.keys.sorted().first ?? ""
        }
    }

    /// One row's help (`nil` when nothing is recorded). Empty cells and missing-data codes
    /// are "not recorded".
    func read(
        _ record: CSVRecord, line: Int, missing: [String: MissingReason], header: (Int) -> String, source: String
    ) throws(ResearchError) -> HelpReceived? {
        func value(_ column: Int) -> String? {
            let text = record.string(at: column).trimmingASCIIWhitespace()
            return text.isEmpty || missing[text.uppercased()] != nil ? nil : text
        }
        func fail(_ column: Int, _ message: String) -> ResearchError {
            ResearchError(.invalidValue, source: source, line: line, field: header(column), message: message)
        }
        var help = HelpReceived()
        if let column = hadHelp, let text = value(column) {
            if yes.contains(text) { help.hadHelp = true } else if no.contains(text) { help.hadHelp = false } else {
                throw fail(column, "the value is neither a yes nor a no value of the help mapping")
            }
        }
        for (agency, column) in agencies {
            guard let text = value(column) else { continue }
            switch text {
            case "1": help.agencies.insert(agency)
            case "0": break
            default: throw fail(column, "a checkbox column holds something other than 0 or 1")
            }
        }
        if let column = agencyCount, let text = value(column) {
            guard let count = Int(text), count >= 0, count <= 100 else { throw fail(column, "the number of agencies is not a whole number in 0...100") }
            help.agencyCount = count
        }
        for (agency, column) in satisfaction {
            guard let text = value(column) else { continue }
            guard let level = satisfactionCodes[text] else { throw fail(column, "the value is not one of the help mapping's satisfactionCodes") }
            help.satisfaction[agency] = level
        }
        if help.hadHelp == false, !help.agencies.isEmpty {
            throw fail(hadHelp ?? 0, "no help is recorded, yet an agency is checked")
        }
        return help.isEmpty ? nil : help
    }
}
