/// A score variable to analyse (named apart from HearthScoring's column storage, ``HearthScoring/ScoreColumn``): one scale of an instrument, or the sum of several of its scales
/// (the report's Table 4.9 adds own and partner violence, `self_physical_frequency` +
/// `partner_physical_frequency`). A sum is present only when every part is.
///
/// Written as `instrument.scale` or `instrument.scale+scale` in study configurations.
public struct ScoreVariable: Hashable, Sendable, WrittenForm {
    /// The instrument id.
    public var instrument: String
    /// The scales whose values are added (one for a plain scale).
    public var scales: [String]

    /// One scale.
    public init(instrument: String, scale: String) {
        self.instrument = instrument
        scales = [scale]
    }

    /// The sum of several scales of one instrument.
    public init(instrument: String, sumOf scales: [String]) {
        self.instrument = instrument
        self.scales = scales
    }

    /// Parses `instrument.scale` or `instrument.scale+scale`.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for any other shape.
    public init(parsing text: String) throws(ResearchError) {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        let scales = parts.count == 2 ? parts[1].split(separator: "+", omittingEmptySubsequences: false).map(String.init) : []
        guard parts.count == 2, !parts[0].isEmpty, !scales.isEmpty, !scales.contains(where: \.isEmpty) else {
            throw ResearchError(.invalidMapping, field: text, message: "a score column is written 'instrument.scale' or 'instrument.scale+scale'")
        }
        self.init(instrument: parts[0], sumOf: scales)
    }

    /// `instrument.scale[+scale…]`.
    public var description: String { instrument + "." + scales.joined(separator: "+") }
}
