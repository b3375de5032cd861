import HearthCore

/// The subgroup a norm statistic describes: sex, actor (own behaviour or the partner's),
/// wave, age band, city, and any other grouping the report uses (income, help received …).
///
/// Stored as the report's keys and values; typed accessors read the common ones. An absent
/// key means "all" (e.g. no `gender`: both sexes together).
public struct NormStratum: Hashable, Sendable, Codable {
    /// The grouping keys and values as recorded.
    public var values: [String: JSONValue]

    /// Creates a stratum.
    public init(_ values: [String: JSONValue] = [:]) { self.values = values }

    /// Decodes a stratum object.
    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: JSONValue].self)
    }

    /// Encodes the stratum object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }

    /// The respondents' sex, when the statistic is for one sex.
    public var sex: Sex? { values["gender"]?.string.flatMap(Sex.init(rawValue:)) }
    /// `self`, `partner` or `self+partner` for violence reported about oneself or the partner.
    public var actor: String? { values["actor"]?.string }
    /// The wave (1, 2 or 3), when the statistic is for one wave.
    public var wave: Int? { values["wave"]?.number.flatMap { Int(exactly: $0) } }
    /// The city, when the statistic is for one city.
    public var city: String? { values["city"]?.string }
    /// The children's age band as printed (e.g. `3-10`), when given.
    public var ageBand: ClosedRange<Int>? {
        guard let text = values["ageBand"]?.string else { return nil }
        let bounds = text.split(separator: "-").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
        return bounds[0]...bounds[1]
    }
}
