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

    /// The grouping keys a stratum may use: the report's groupings (§4–7: sex, actor, wave,
    /// age band, city, subgroup, sample, help received, education, income, separation, paid
    /// job, ethnicity) and a printed label. Research may group by protected attributes such
    /// as ethnicity; profiles and safety never read them.
    public static let knownKeys: [String] = [
        "gender", "actor", "wave", "ageBand", "city", "subgroup", "sample", "label", "helpReceived",
        "education", "income", "separated", "paidJob", "ethnicity",
    ]

    /// Decodes a stratum object, checking its keys against ``knownKeys`` and the typed keys'
    /// values (`gender` a sex, `wave` a whole number from 1, `ageBand` `from-to`).
    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: JSONValue].self)
        func fail(_ key: String, _ message: String) -> DecodingError {
            .dataCorrupted(.init(codingPath: decoder.codingPath + [StratumKey(key)], debugDescription: message))
        }
        for key in values.keys.sorted() where !Self.knownKeys.contains(key) {
            throw fail(key, "not a stratum key (known: \(Self.knownKeys.joined(separator: ", ")))")
        }
        if values["gender"] != nil, sex == nil { throw fail("gender", "expected one of: female, male, unknown") }
        if values["wave"] != nil, !(wave.map { $0 >= 1 } ?? false) { throw fail("wave", "expected a whole number from 1") }
        if values["ageBand"] != nil, ageBand == nil { throw fail("ageBand", "expected 'from-to' in whole years") }
        if let actor = values["actor"], actor.string.map({ ["self", "partner", "self+partner"].contains($0) }) != true {
            throw fail("actor", "expected one of: self, partner, self+partner")
        }
    }

    private struct StratumKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ key: String) { stringValue = key }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
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
