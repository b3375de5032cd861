/// What a study's input entry says of a whole file that its records do not: the wave of
/// every record (a file per wave) and attributes of every respondent (e.g. the group).
/// Used by every importer (REDCap, SPSS through a REDCap mapping, FHIR).
public struct InputContext: Hashable, Sendable {
    /// The wave of every record in the file, when the records carry none.
    public var wave: Int?
    /// Attributes of every respondent in the file (e.g. `"group": "reference"`).
    public var attributes: [String: String]

    /// Creates a context.
    public init(wave: Int? = nil, attributes: [String: String] = [:]) {
        self.wave = wave
        self.attributes = attributes
    }
}
