import HearthCore
import HearthScoring

/// One mapped Questionnaire checked against its instrument definition.
struct FHIRQuestionnairePlan: Sendable {
    let mapping: FHIRMapping.Questionnaire
    let definition: InstrumentDefinition
    /// linkId → item position.
    let items: [String: Int]
    /// Coding code → Hearth code.
    let codes: [String: UInt8]
    let ignored: Set<String>

    init(_ mapping: FHIRMapping.Questionnaire, definition: InstrumentDefinition) throws(ResearchError) {
        self.mapping = mapping
        self.definition = definition
        var items: [String: Int] = [:]
        var mapped = [Bool](repeating: false, count: definition.items.count)
        for (linkId, itemID) in mapping.items.sorted(by: { $0.key < $1.key }) {
            guard let index = definition.itemIndex(of: itemID) else {
                throw ResearchError(.invalidMapping, field: linkId, instrument: definition.id, message: "'\(itemID)' is not an item of the instrument")
            }
            guard !mapped[index] else {
                throw ResearchError(.invalidMapping, field: linkId, instrument: definition.id, message: "item '\(itemID)' is mapped from two linkIds")
            }
            mapped[index] = true
            items[linkId] = index
        }
        if let unmapped = mapped.firstIndex(of: false) {
            throw ResearchError(
                .invalidMapping, instrument: definition.id,
                message: "item '\(definition.items[unmapped].id)' has no linkId; every item must be mapped")
        }
        var codes: [String: UInt8] = [:]
        for (code, value) in mapping.codes ?? [:] {
            guard let byte = UInt8(exactly: value), definition.responseScale.contains(byte) else {
                throw ResearchError(.invalidMapping, field: "codes.\(code)", instrument: definition.id, message: "\(value) is outside the response scale")
            }
            codes[code] = byte
        }
        self.items = items
        self.codes = codes
        ignored = Set(mapping.ignoredLinkIds ?? [])
        let metadata = [mapping.respondent?.sex, mapping.respondent?.partnerSex, mapping.respondent?.age].compactMap { $0 }
        if let clash = metadata.first(where: { items[$0] != nil }) {
            throw ResearchError(.invalidMapping, field: clash, instrument: definition.id, message: "the linkId is mapped both as an item and as metadata")
        }
    }

    /// Whether a response's `questionnaire` refers to this Questionnaire.
    func matches(_ canonical: String) -> Bool {
        canonical == mapping.canonical || canonical.split(separator: "|", maxSplits: 1).first.map(String.init) == mapping.canonical
    }
}
