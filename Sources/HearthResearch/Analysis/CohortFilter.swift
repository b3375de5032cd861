import HearthCore

/// Which respondents an analysis looks at: for each grouping key, the levels allowed
/// (`group` ∈ {research}, `wave` ∈ {1}). No conditions means everyone.
public struct CohortFilter: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The conditions, all of which must hold.
    public var conditions: [GroupingKey: Set<String>]

    /// Everyone.
    public init() { conditions = [:] }

    /// The respondents whose level of each key is one of the given levels.
    public init(_ conditions: [GroupingKey: Set<String>]) { self.conditions = conditions }

    /// `group = research; wave = 1`, or `everyone`.
    public var description: String {
        conditions.isEmpty
            ? "everyone"
            : conditions.sorted { $0.key.description < $1.key.description }.map { "\($0.key) = \($0.value.sorted().joined(separator: " or "))" }.joined(separator: "; ")
    }

    /// Whether a respondent passes.
    func admits(_ respondent: Respondent, attributes: [String: String]?) -> Bool {
        conditions.allSatisfy { key, levels in levels.contains(key.level(of: respondent, attributes: attributes)) }
    }

    /// This filter with one more condition (replacing one on the same key).
    public func requiring(_ key: GroupingKey, in levels: Set<String>) -> CohortFilter {
        var copy = self
        copy.conditions[key] = levels
        return copy
    }

    /// Encodes as `{"key": ["level", …]}`.
    public func encode(to encoder: any Encoder) throws {
        var object: [String: [String]] = [:]
        for (key, levels) in conditions { object[key.description] = levels.sorted() }
        var container = encoder.singleValueContainer()
        try container.encode(object)
    }

    /// Decodes `{"key": ["level", …]}`.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.singleValueContainer().decode([String: [String]].self)
        var conditions: [GroupingKey: Set<String>] = [:]
        for (name, levels) in object {
            do { conditions[try GroupingKey(parsing: name)] = Set(levels) } catch {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
            }
        }
        self.conditions = conditions
    }
}
