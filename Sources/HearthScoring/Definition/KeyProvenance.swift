/// Where an instrument's scoring key comes from, and under which terms.
public struct KeyProvenance: Hashable, Sendable, Codable {
    /// Whether the key is built into Hearth or supplied by the user.
    public enum Origin: String, Hashable, Sendable, Codable, CaseIterable {
        /// Built in from published sources (cited in ``KeyProvenance/source``).
        case builtIn
        /// Loaded from a key file the user supplied.
        case keyFile
        /// A definition the user wrote in full.
        case userDefinition
    }

    /// Where the key comes from.
    public var origin: Origin
    /// The key's version (Hearth's, or the key file's `keyVersion`).
    public var version: String
    /// The citation or file description of the key.
    public var source: String
    /// Whether the key is synthetic (made up for tests and demonstrations, not for use).
    public var synthetic: Bool

    /// Creates a provenance record.
    public init(origin: Origin, version: String, source: String, synthetic: Bool = false) {
        self.origin = origin
        self.version = version
        self.source = source
        self.synthetic = synthetic
    }
}
