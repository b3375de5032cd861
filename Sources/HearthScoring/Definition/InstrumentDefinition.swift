import HearthCore

/// An instrument as data: its items, response scale, scales, validity rules and sources.
///
/// Definitions are plain `Codable` values so that they can be stored, versioned, diffed
/// and loaded from JSON. They are compiled once into a ``ScoringPlan`` for scoring. The
/// built-in instruments are made by the factories in ``Instruments``; instruments whose
/// keys are licensed come from ``InstrumentStructure/definition(with:)`` and a key file.
public struct InstrumentDefinition: Hashable, Sendable, Codable {
    /// The instrument's identifier (e.g. `cts2`), the prefix of its CSV item columns.
    public var id: String
    /// The definition's version; bump it whenever a scoring rule changes.
    public var version: String
    /// The instrument's name.
    public var name: String
    /// The publication(s) the structure and rules come from.
    public var citation: String
    /// Where the scoring key comes from.
    public var key: KeyProvenance
    /// Who answers.
    public var informant: Informant
    /// The ages (years, inclusive) the instrument is meant for, when limited.
    public var minimumAge: Int?
    /// The highest age (years, inclusive) the instrument is meant for, when limited.
    public var maximumAge: Int?
    /// The codes every item takes.
    public var responseScale: ResponseScale
    /// The items in Hearth's form order.
    public var items: [ItemDefinition]
    /// The scales, in output order.
    public var scales: [ScaleDefinition]
    /// Rules that mark a protocol invalid.
    public var validityRules: [ValidityRule]
    /// The most items that may be missing in the whole protocol before it is invalid.
    public var maximumMissingItemsInProtocol: Int?

    /// Creates a definition. Call ``validate()`` (or compile a ``ScoringPlan``) to check it.
    public init(
        id: String, version: String, name: String, citation: String, key: KeyProvenance,
        informant: Informant, minimumAge: Int? = nil, maximumAge: Int? = nil,
        responseScale: ResponseScale, items: [ItemDefinition], scales: [ScaleDefinition],
        validityRules: [ValidityRule] = [], maximumMissingItemsInProtocol: Int? = nil
    ) {
        self.id = id
        self.version = version
        self.name = name
        self.citation = citation
        self.key = key
        self.informant = informant
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.responseScale = responseScale
        self.items = items
        self.scales = scales
        self.validityRules = validityRules
        self.maximumMissingItemsInProtocol = maximumMissingItemsInProtocol
    }

    /// The position (0-based) of the item with the given identifier.
    public func itemIndex(of itemID: String) -> Int? {
        items.firstIndex { $0.id == itemID }
    }

    /// The position (0-based) of the scale with the given identifier.
    public func scaleIndex(of scaleID: String) -> Int? {
        scales.firstIndex { $0.id == scaleID }
    }
}
