import HearthCore
import HearthScoring

/// A study's imported data: one ``ResponseMatrix`` per instrument, and the attributes of
/// each respondent at each wave that are not items (city, study group, family).
///
/// Importers fill a cohort; several inputs (a REDCap export for one group, FHIR files for
/// another) merge into one. Rows keep their order of arrival. A respondent may appear once
/// per instrument and wave; attributes of the same key must agree across inputs.
public struct StudyCohort: Sendable {
    /// The largest number of distinct attribute names a cohort keeps.
    public static let maximumAttributeCount = 256

    /// The definitions, by instrument id.
    public private(set) var definitions: [String: InstrumentDefinition] = [:]
    /// The answers, by instrument id.
    public private(set) var matrices: [String: ResponseMatrix] = [:]
    /// Attributes by respondent and wave (`"group"`: `"research"`, `"city"`: `"A"`).
    public private(set) var attributes: [RecordKey: [String: String]] = [:]
    /// Every attribute name in use.
    public private(set) var attributeNames: Set<String> = []
    /// Help received, per respondent and the wave that ends the interval.
    public private(set) var help: [RecordKey: HelpReceived] = [:]
    private var keysByInstrument: [String: Set<RecordKey>] = [:]

    /// Creates an empty cohort.
    public init() {}

    /// The instrument ids, sorted.
    public var instrumentIDs: [String] { matrices.keys.sorted() }

    /// Appends every row of `matrix` to the instrument's rows.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when `definition` differs from the one
    ///   already in the cohort for the same id, or the matrix's item count does not match it;
    ///   ``ResearchError/Code/duplicateRecord`` when a row's id and wave are already present
    ///   for the instrument. The cohort is unchanged when it throws.
    public mutating func add(_ matrix: ResponseMatrix, definition: InstrumentDefinition, source: String? = nil) throws(ResearchError) {
        let id = definition.id
        if let existing = definitions[id], existing != definition {
            throw ResearchError(.invalidMapping, source: source, instrument: id, message: "a different definition of this instrument is already in the cohort")
        }
        guard matrix.itemCount == definition.items.count else {
            throw ResearchError(
                .invalidMapping, source: source, instrument: id,
                message: "the matrix has \(matrix.itemCount) items, the instrument \(definition.items.count)")
        }
        var keys = keysByInstrument[id] ?? []
        for respondent in matrix.respondents {
            guard keys.insert(RecordKey(respondent)).inserted else {
                throw ResearchError(
                    .duplicateRecord, source: source, instrument: id,
                    message: "a respondent appears twice at the same wave (\(RecordKey(respondent).wave.map { "wave \($0)" } ?? "no wave"))")
            }
        }
        // The first rows of an instrument are the matrix itself (no copy row by row).
        guard var merged = matrices[id] else {
            definitions[id] = definition
            matrices[id] = matrix
            keysByInstrument[id] = keys
            return
        }
        for row in 0..<matrix.rowCount {
            do {
                try merged.append(matrix.respondents[row], matrixCodes: matrix.matrixCodes(row: row))
            } catch {
                throw ResearchError(.scoring, source: source, instrument: id, message: error.description)
            }
        }
        definitions[id] = definition
        matrices[id] = merged
        keysByInstrument[id] = keys
    }

    /// Sets attributes of a respondent at a wave.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` when an attribute already has another
    ///   value for the key (two inputs disagree) or the cohort would exceed
    ///   ``maximumAttributeCount`` names. The cohort is unchanged when it throws.
    public mutating func setAttributes(_ values: [String: String], for key: RecordKey, source: String? = nil) throws(ResearchError) {
        var current = attributes[key] ?? [:]
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            if let existing = current[name], existing != value {
                throw ResearchError(.invalidValue, source: source, field: name, message: "two inputs give this attribute different values for the same respondent and wave")
            }
            current[name] = value
        }
        // Names are almost always known already: only a new one touches the set.
        let newNames = current.keys.filter { !attributeNames.contains($0) }
        guard attributeNames.count + newNames.count <= Self.maximumAttributeCount else { throw Self.tooManyAttributeNames(source: source) }
        attributes[key] = current
        if !newNames.isEmpty { attributeNames.formUnion(newNames) }
    }

    /// The error for a cohort that would exceed ``maximumAttributeCount`` attribute names.
    static func tooManyAttributeNames(source: String?) -> ResearchError {
        ResearchError(.invalidValue, source: source, message: "more than \(Self.maximumAttributeCount) attribute names")
    }

    /// Sets the attributes of many keys, as ``setAttributes(_:for:source:)`` does for each in
    /// key order (so the same error is reported first), without sorting when no key has
    /// attributes yet and no name is new beyond the limit (one input's attributes).
    mutating func setAttributes(_ all: [RecordKey: [String: String]], source: String? = nil) throws(ResearchError) {
        var names = attributeNames
        for values in all.values { for name in values.keys where !names.contains(name) { names.insert(name) } }
        let fresh = names.count <= Self.maximumAttributeCount && !all.keys.contains { attributes[$0] != nil }
        guard fresh else {
            for (key, values) in all.sorted(by: { $0.key < $1.key }) { try setAttributes(values, for: key, source: source) }
            return
        }
        attributes.merge(all) { _, new in new }
        attributeNames = names
    }

    /// Sets the help a respondent received in the interval ending at a wave.
    ///
    /// - Throws: ``ResearchError/Code/duplicateRecord`` when the key already has a help
    ///   record (two inputs describe the same interval). The cohort is unchanged when it throws.
    public mutating func setHelp(_ help: HelpReceived, for key: RecordKey, source: String? = nil) throws(ResearchError) {
        guard self.help[key] == nil else {
            throw ResearchError(.duplicateRecord, source: source, field: "help", message: "two inputs describe the help of the same respondent and wave")
        }
        self.help[key] = help
    }
}
