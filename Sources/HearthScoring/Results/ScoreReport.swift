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
    public subscript(scaleID: String) -> ScaleScore? {
        scales.first { $0.scaleID == scaleID }
    }
}
