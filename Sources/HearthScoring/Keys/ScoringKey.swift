import Foundation
import HearthCore

/// The contents of a scoring-key file: which items make up each scale of an instrument,
/// how they are keyed, and the validity rules — the parts a licence holder has and
/// Hearth may not ship.
///
/// A key file is JSON (see `docs/key-files.md`):
/// ```json
/// { "format": "hearth-scoring-key", "formatVersion": 1, "instrument": "simspr",
///   "keyVersion": "SYNTHETIC-1", "synthetic": true, "source": "made up for tests",
///   "scales": [ { "id": "oer", "items": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "reverseKeyed": [] } ] }
/// ```
/// A key is checked against the instrument's built-in ``InstrumentStructure`` when it is
/// applied: unknown or missing scales and wrong item counts are errors naming the scale.
public struct ScoringKey: Hashable, Sendable, Codable {
    /// The value of ``format`` in every key file.
    public static let formatName = "hearth-scoring-key"
    /// The key-file format version this library reads.
    public static let supportedFormatVersion = 1

    /// One scale's key.
    public struct Scale: Hashable, Sendable, Codable {
        /// The scale identifier (one of the structure's slots).
        public var id: String
        /// The 1-based item positions in Hearth's form order.
        public var items: [Int]
        /// The items whose code is reflected before scoring.
        public var reverseKeyed: [Int]?
        /// A value per code (lowest code first), e.g. `[1, 0, 0, 0]` to count answers of 0.
        public var codeValues: [Int]?
        /// Item pairs for an inconsistency scale.
        public var itemPairs: [[Int]]?
        /// The aggregation, when it differs from the slot's default.
        public var aggregation: ScaleAggregation?
        /// The missing-data rule; all items required when absent.
        public var missingData: MissingDataRule?
        /// The rounding of prorated or mean scores; none when absent.
        public var rounding: RoundingRule?

        /// Creates a scale key.
        public init(
            id: String, items: [Int], reverseKeyed: [Int]? = nil, codeValues: [Int]? = nil, itemPairs: [[Int]]? = nil,
            aggregation: ScaleAggregation? = nil, missingData: MissingDataRule? = nil, rounding: RoundingRule? = nil
        ) {
            self.id = id
            self.items = items
            self.reverseKeyed = reverseKeyed
            self.codeValues = codeValues
            self.itemPairs = itemPairs
            self.aggregation = aggregation
            self.missingData = missingData
            self.rounding = rounding
        }
    }

    /// Always ``formatName``.
    public var format: String
    /// The format version; ``supportedFormatVersion``.
    public var formatVersion: Int
    /// The instrument the key belongs to.
    public var instrument: String
    /// The key's own version, recorded with every score.
    public var keyVersion: String
    /// Whether the key is made up (for tests and demonstrations). Synthetic keys must say so.
    public var synthetic: Bool
    /// Where the key comes from (manual and edition, or "synthetic").
    public var source: String
    /// The scales.
    public var scales: [Scale]
    /// Validity rules, with raw thresholds per stratum.
    public var validityRules: [ValidityRule]?
    /// The most items that may be missing in a protocol before it is invalid.
    public var maximumMissingItemsInProtocol: Int?

    /// Creates a key.
    public init(
        instrument: String, keyVersion: String, synthetic: Bool, source: String, scales: [Scale],
        validityRules: [ValidityRule]? = nil, maximumMissingItemsInProtocol: Int? = nil
    ) {
        format = Self.formatName
        formatVersion = Self.supportedFormatVersion
        self.instrument = instrument
        self.keyVersion = keyVersion
        self.synthetic = synthetic
        self.source = source
        self.scales = scales
        self.validityRules = validityRules
        self.maximumMissingItemsInProtocol = maximumMissingItemsInProtocol
    }

    /// The largest key file this library reads, in bytes.
    public static let maximumFileSize = 4 << 20

    /// Decodes a key from JSON data.
    ///
    /// - Throws: ``ScoringError/Code/malformedFile`` naming the JSON path of the problem.
    public static func decode(_ data: Data) throws(ScoringError) -> ScoringKey {
        guard data.count <= maximumFileSize else {
            throw ScoringError(.malformedFile, message: "key file is larger than \(maximumFileSize) bytes")
        }
        let key: ScoringKey
        do {
            key = try StrictJSONDecoder(maximumBytes: maximumFileSize).decode(ScoringKey.self, from: data, expecting: .scoringKey)
        } catch {
            throw ScoringError(.malformedFile, field: error.field, message: "key file: " + error.positionedMessage)
        }
        guard key.format == formatName else {
            throw ScoringError(.malformedFile, field: "format", message: "expected \"\(formatName)\"")
        }
        guard key.formatVersion == supportedFormatVersion else {
            throw ScoringError(.malformedFile, field: "formatVersion", message: "this version is not supported (expected \(supportedFormatVersion))")
        }
        return key
    }

    /// Reads and decodes a key file.
    ///
    /// - Throws: ``ScoringError/Code/unreadableFile`` when the file cannot be read,
    ///   ``ScoringError/Code/malformedFile`` when it cannot be decoded.
    public static func load(contentsOf url: URL) throws(ScoringError) -> ScoringKey {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ScoringError(.unreadableFile, message: "cannot read the key file '\(url.path)' (missing, or not readable)")
        }
        return try decode(data)
    }

    /// Encodes the key as pretty-printed JSON with sorted keys.
    ///
    /// - Throws: ``ScoringError/Code/malformedFile`` if encoding fails (non-finite numbers).
    public func encoded() throws(ScoringError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(self) } catch {
            throw ScoringError(.malformedFile, message: "key cannot be encoded as JSON")
        }
    }
}
