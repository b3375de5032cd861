import HearthCore

/// All scale scores of one respondent on one instrument, with the protocol's validity
/// and the versions that produced them (so a rescoring after a rule fix is traceable).
public struct ScoreReport: Hashable, Sendable, Codable {
    /// The instrument's identifier.
    public var instrumentID: String
    /// The definition's version.
    public var definitionVersion: String
    /// Where the scoring key came from.
    public var key: KeyProvenance
    /// Who answered.
    public var respondent: Respondent
    /// The scores, in the definition's scale order.
    public var scales: [ScaleScore]
    /// Whether the protocol may be interpreted.
    public var validity: ProtocolValidity

    /// Creates a report.
    public init(
        instrumentID: String, definitionVersion: String, key: KeyProvenance, respondent: Respondent,
        scales: [ScaleScore], validity: ProtocolValidity
    ) {
        self.instrumentID = instrumentID
        self.definitionVersion = definitionVersion
        self.key = key
        self.respondent = respondent
        self.scales = scales
        self.validity = validity
    }

    /// The score of the scale with the given identifier, or `nil` when there is no such scale.
    ///
    /// A built-in instrument's scales are found by their position in its definition (checked
    /// against the id, so a report in another order is still searched), others by search.
    public subscript(scaleID: String) -> ScaleScore? {
        if let position = Self.builtInPositions[instrumentID]?[scaleID], position < scales.count, scales[position].scaleID == scaleID {
            return scales[position]
        }
        return scales.first { $0.scaleID == scaleID }
    }

    /// The position of a scale in a built-in definition, if it has one: resolve it once,
    /// then read reports with ``subscript(scaleID:at:)``.
    package static func builtInPosition(instrument: String, scale: String) -> Int? { builtInPositions[instrument]?[scale] }

    /// A scale by a position found with ``builtInPosition(instrument:scale:)`` (checked
    /// against the id; a report in another order is searched).
    package subscript(scaleID scaleID: String, at position: Int?) -> ScaleScore? {
        if let position, position < scales.count, scales[position].scaleID == scaleID { return scales[position] }
        return scales.first { $0.scaleID == scaleID }
    }

    /// The position of each scale in the built-in definitions (CTS2, ACE, AUDIT-C), by instrument.
    private static let builtInPositions: [String: [String: Int]] = {
        var positions: [String: [String: Int]] = [:]
        for instrument in BuiltInInstrument.allCases {
            guard let definition = try? instrument.definition() else { continue }
            positions[definition.id] = Dictionary(definition.scales.enumerated().map { ($1.id, $0) }) { first, _ in first }
        }
        return positions
    }()
}
