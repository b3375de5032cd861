import HearthCore

/// One respondent at one measurement: the key that joins a study's instruments and
/// attributes (the row key of an import, `record_id` × event in REDCap).
public struct RecordKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The respondent's pseudonym.
    public var id: RespondentID
    /// The wave index, when the input records one.
    public var wave: Int?

    /// Creates a key.
    public init(id: RespondentID, wave: Int?) {
        self.id = id
        self.wave = wave
    }

    /// The key of a row's metadata.
    public init(_ respondent: Respondent) {
        self.init(id: respondent.id, wave: respondent.wave?.index)
    }

    /// Orders by identifier, then wave (a key without a wave first).
    public static func < (lhs: RecordKey, rhs: RecordKey) -> Bool {
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        return (lhs.wave ?? Int.min) < (rhs.wave ?? Int.min)
    }

    /// `id@wave`, for messages about structure (never printed with answers).
    public var description: String { wave.map { "\(id)@\($0)" } ?? id.rawValue }
}
