import HearthCore
import HearthScoring

/// A ``REDCapMapping`` checked against the instrument definitions, and resolved against
/// an export's header into column positions, so that reading a row is index arithmetic.
struct REDCapFieldPlan: Sendable {
    /// Where one item's answer comes from.
    enum ItemSource: Sendable {
        /// One column (radio, dropdown, text, or a single `x___k` checkbox).
        case field(String)
        /// A single-choice checkbox group `x`, columns `x___<code>`.
        case choice(String)
    }

    /// One instrument's part of the plan. A class, immutable: every row reads it, and a
    /// struct this size would be copied into each call that reads a row.
    final class InstrumentPlan: Sendable {
        let id: String
        let definition: InstrumentDefinition
        let sources: [ItemSource]
        let respondent: RespondentFields
        /// Export value → code, when the form is coded differently.
        let codes: [String: UInt8]?

        init(id: String, definition: InstrumentDefinition, sources: [ItemSource], respondent: RespondentFields, codes: [String: UInt8]?) {
            self.id = id
            self.definition = definition
            self.sources = sources
            self.respondent = respondent
            self.codes = codes
        }
    }

    /// An item resolved against a header.
    enum ResolvedItem: Sendable {
        case column(Int, missing: [(MissingReason, Int)])
        case choice(options: [(UInt8, Int)], missing: [(MissingReason, Int)])
    }

    struct Columns: Sendable {
        var recordID: Int
        var event: Int?
        var repeatInstance: Int?
        var attributes: [(name: String, column: Int)]
        var items: [[ResolvedItem]]
        var respondent: [(sex: Int?, partnerSex: Int?, age: Int?)]
        var ignored: [String: String]
        /// The help fields, when mapped.
        var help: REDCapHelpColumns?
        /// The header, for naming columns in errors.
        var names: [String]
    }

    let instruments: [InstrumentPlan]
    /// Missing-data codes, upper-cased.
    let missing: [String: MissingReason]
    /// Whether each digit 0–9, alone in a cell, is a missing-data code (so not an answer).
    let missingDigits: [Bool]
    let sexCoding: SexCoding
    let mapping: REDCapMapping
    /// Each wave the events name, with its months since the report.
    let waves: [Int: Wave]

    init(mapping: REDCapMapping, definitions: [String: InstrumentDefinition]) throws(ResearchError) {
        self.mapping = mapping
        missing = try Self.missingCodes(mapping.missingCodes)
        missingDigits = (0...9).map { [missing] digit in missing[String(digit)] != nil }
        sexCoding = try SexCoding(mapping.sexCodes)
        var waves: [Int: Wave] = [:]
        for (name, event) in mapping.events.sorted(by: { $0.key < $1.key }) {
            let wave: Wave
            do { wave = try Wave(index: event.wave, monthsSinceReport: event.months) } catch {
                throw ResearchError(.invalidMapping, field: "events.\(name)", message: error.message)
            }
            // Events of one wave (e.g. one per arm) must agree on its months.
            if let known = waves[event.wave], known.monthsSinceReport != wave.monthsSinceReport {
                throw ResearchError(.invalidMapping, field: "events.\(name).months", message: "another event of wave \(event.wave) gives it other months since the report")
            }
            waves[event.wave] = wave
        }
        self.waves = waves
        var plans: [InstrumentPlan] = []
        var itemFields: Set<String> = []
        for entry in mapping.instruments {
            guard let definition = definitions[entry.instrument] else {
                throw ResearchError(.invalidMapping, instrument: entry.instrument, message: "no definition was given for this instrument")
            }
            guard !plans.contains(where: { $0.id == entry.instrument }) else {
                throw ResearchError(.invalidMapping, instrument: entry.instrument, message: "the instrument is mapped twice")
            }
            let plan = try Self.plan(entry, definition: definition)
            for field in entry.items.keys.sorted() + entry.checkboxChoices.keys.sorted() {
                guard itemFields.insert(field).inserted else {
                    throw ResearchError(.invalidMapping, field: field, instrument: entry.instrument, message: "the field is mapped to two items")
                }
            }
            plans.append(plan)
        }
        if let help = mapping.help { try REDCapHelpColumns.validate(help) }
        let metadata = Set(
            mapping.instruments.flatMap(\.respondent.all) + mapping.attributes.values + [mapping.recordIDField, mapping.eventField]
                + (mapping.help?.fields ?? []))
        if let clash = itemFields.intersection(metadata).sorted().first {
            throw ResearchError(.invalidMapping, field: clash, message: "the field is mapped both as an item and as metadata")
        }
        instruments = plans
    }

    private static func missingCodes(_ codes: [String: String]) throws(ResearchError) -> [String: MissingReason] {
        var result: [String: MissingReason] = [:]
        for (code, name) in codes {
            guard let reason = MissingReason.byName[name] else {
                throw ResearchError(
                    .invalidMapping, field: "missingCodes.\(code)",
                    message: "'\(name)' is not a kind of missing (skipped, dontKnow, refused, notAdministered)")
            }
            result[code.uppercased()] = reason
        }
        return result
    }

    private static func plan(_ entry: REDCapMapping.Instrument, definition: InstrumentDefinition) throws(ResearchError) -> InstrumentPlan {
        var sources = [ItemSource?](repeating: nil, count: definition.items.count)
        func assign(_ itemID: String, _ source: ItemSource, field: String) throws(ResearchError) {
            guard let index = definition.itemIndex(of: itemID) else {
                throw ResearchError(.invalidMapping, field: field, instrument: definition.id, message: "'\(itemID)' is not an item of the instrument")
            }
            guard sources[index] == nil else {
                throw ResearchError(.invalidMapping, field: field, instrument: definition.id, message: "item '\(itemID)' is mapped from two fields")
            }
            sources[index] = source
        }
        for (field, item) in entry.items.sorted(by: { $0.key < $1.key }) { try assign(item, .field(field), field: field) }
        for (field, item) in entry.checkboxChoices.sorted(by: { $0.key < $1.key }) { try assign(item, .choice(field), field: field) }
        var resolved: [ItemSource] = []
        for (index, source) in sources.enumerated() {
            guard let source else {
                throw ResearchError(
                    .invalidMapping, instrument: definition.id,
                    message: "item '\(definition.items[index].id)' has no field; every item must be mapped")
            }
            resolved.append(source)
        }
        return InstrumentPlan(
            id: definition.id, definition: definition, sources: resolved, respondent: entry.respondent,
            codes: try codes(entry.codes, definition: definition))
    }

    private static func codes(_ codes: [String: Int]?, definition: InstrumentDefinition) throws(ResearchError) -> [String: UInt8]? {
        guard let codes else { return nil }
        var result: [String: UInt8] = [:]
        let scale = definition.responseScale
        for (value, code) in codes {
            guard code >= Int(scale.minimum), code <= Int(scale.maximum) else {
                throw ResearchError(
                    .invalidMapping, field: "codes.\(value)", instrument: definition.id,
                    message: "code \(code) is outside the response scale \(scale.minimum)...\(scale.maximum)")
            }
            result[value] = UInt8(code)
        }
        return result
    }
}
