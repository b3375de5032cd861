/// A circumstance as the professional knows it: yes, no, or not known.
///
/// "Unknown" is never read as "no": an indicator that depends on an unknown answer is
/// itself unknown, and a profile that depends on it may be undetermined.
public enum Answer: String, Hashable, Sendable, Codable, CaseIterable {
    /// Present.
    case yes
    /// Absent (established).
    case no
    /// Not known (not asked, not answered, not established).
    case unknown

    /// Decodes `yes`/`no`/`unknown`; a missing key decodes as `unknown` in ``Circumstances``.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let answer = Answer(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected yes, no or unknown"))
        }
        self = answer
    }
}
