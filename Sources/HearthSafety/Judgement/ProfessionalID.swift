/// A professional's identifier as the host application supplies it. Hearth authenticates no
/// one: the host must make sure the identifier belongs to the person acting. Identifiers are
/// compared normalised (surrounding and repeated spaces removed, letters folded to lower
/// case), so `" prof-1 "` and `"PROF-1"` are the same professional.
public struct ProfessionalID: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The identifier as given.
    public let rawValue: String

    /// Creates an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Creates an identifier from a literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// The identifier compared: trimmed, inner runs of spaces as one, lower case.
    public var normalized: String {
        rawValue.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// Whether the identifier names anyone (not empty once normalised).
    public var isEmpty: Bool { normalized.isEmpty }

    /// The identifier as given.
    public var description: String { rawValue }

    /// Identifiers are equal when their normalised forms are.
    public static func == (lhs: ProfessionalID, rhs: ProfessionalID) -> Bool { lhs.normalized == rhs.normalized }

    /// Hashes the normalised form.
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }

    /// Decodes a JSON string.
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }

    /// Encodes the identifier as given.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
