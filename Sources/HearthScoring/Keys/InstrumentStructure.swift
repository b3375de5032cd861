import HearthCore

/// The published structure of an instrument whose item keys are not built in: its items,
/// response scale and the scales a key must fill.
///
/// ``definition(with:)`` checks a user's ``ScoringKey`` against it and produces an
/// ``InstrumentDefinition``. Item texts are never part of a structure.
public struct InstrumentStructure: Hashable, Sendable, Codable {
    /// The instrument's identifier.
    public var id: String
    /// The instrument's name.
    public var name: String
    /// The publications the structure comes from.
    public var citation: String
    /// The licence situation and what the key file must contain.
    public var licence: String
    /// Who answers.
    public var informant: Informant
    /// The lowest intended age (years) of the person the form describes.
    public var minimumAge: Int?
    /// The highest intended age (years).
    public var maximumAge: Int?
    /// The codes every item takes.
    public var responseScale: ResponseScale
    /// The number of items on the form.
    public var itemCount: Int
    /// The scales a key fills.
    public var slots: [ScaleSlot]

    /// Creates a structure.
    public init(
        id: String, name: String, citation: String, licence: String, informant: Informant,
        minimumAge: Int? = nil, maximumAge: Int? = nil, responseScale: ResponseScale, itemCount: Int, slots: [ScaleSlot]
    ) {
        self.id = id
        self.name = name
        self.citation = citation
        self.licence = licence
        self.informant = informant
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.responseScale = responseScale
        self.itemCount = itemCount
        self.slots = slots
    }

    /// Builds a definition from a key after checking the key against this structure.
    ///
    /// - Throws: ``ScoringError/Code/keyMismatch`` when the key is for another instrument,
    ///   names a scale the structure lacks, omits a required scale, gives a scale another
    ///   number of items than published, or lists an item outside the form; then any
    ///   ``ScoringError/Code/invalidDefinition`` from ``InstrumentDefinition/validate()``.
    public func definition(with key: ScoringKey) throws(ScoringError) -> InstrumentDefinition {
        guard key.instrument == id else {
            throw ScoringError(.keyMismatch, instrument: id, field: "instrument", message: "key is for instrument '\(key.instrument)'")
        }
        var keyed = Set<String>()
        for scale in key.scales where !keyed.insert(scale.id).inserted {
            throw ScoringError(.keyMismatch, instrument: id, scale: scale.id, message: "scale is defined twice")
        }
        var seen = Set<String>()
        var scales: [ScaleDefinition] = []
        for slot in slots {
            guard let scaleKey = key.scales.first(where: { $0.id == slot.id }) else {
                if slot.isRequired {
                    throw ScoringError(.keyMismatch, instrument: id, scale: slot.id, message: "key does not define required scale '\(slot.id)'")
                }
                continue
            }
            seen.insert(slot.id)
            scales.append(try scale(for: slot, key: scaleKey))
        }
        if let unknown = key.scales.first(where: { !seen.contains($0.id) }) {
            throw ScoringError(.keyMismatch, instrument: id, scale: unknown.id, message: "the structure has no scale '\(unknown.id)'")
        }
        let definition = InstrumentDefinition(
            id: id, version: "\(Instruments.definitionVersion)+key.\(key.keyVersion)", name: name, citation: citation,
            key: KeyProvenance(origin: .keyFile, version: key.keyVersion, source: key.source, synthetic: key.synthetic),
            informant: informant, minimumAge: minimumAge, maximumAge: maximumAge, responseScale: responseScale,
            items: (1...itemCount).map { ItemDefinition(id: "\($0)") }, scales: scales,
            validityRules: key.validityRules ?? [], maximumMissingItemsInProtocol: key.maximumMissingItemsInProtocol)
        try definition.validate()
        return definition
    }

    private func scale(for slot: ScaleSlot, key: ScoringKey.Scale) throws(ScoringError) -> ScaleDefinition {
        if let expected = slot.expectedItemCount, key.items.count != expected {
            throw ScoringError(
                .keyMismatch, instrument: id, scale: slot.id,
                message: "the published structure has \(expected) items; the key lists \(key.items.count)")
        }
        if let outside = key.items.first(where: { !(1...itemCount).contains($0) }) {
            throw ScoringError(.keyMismatch, instrument: id, scale: slot.id, message: "item \(outside) is outside 1...\(itemCount)")
        }
        return ScaleDefinition(
            id: slot.id, name: slot.name, role: slot.role, direction: slot.direction, items: key.items,
            reverseKeyed: key.reverseKeyed ?? [], codeValues: key.codeValues,
            aggregation: key.aggregation ?? slot.aggregation, itemPairs: key.itemPairs,
            missingData: key.missingData ?? .requireAll, rounding: key.rounding ?? .none)
    }
}
