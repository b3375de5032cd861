/// A value written as one string in study configurations (`cts2.total`, `age:0-5,6-11`):
/// parsed from it, printed as it, and so encoded and decoded as that string.
public protocol WrittenForm: Codable, CustomStringConvertible {
    /// Parses the written form.
    init(parsing text: String) throws(ResearchError)
}

extension WrittenForm {
    /// Encodes the written form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes the written form; a malformed one is a decoding error at its JSON path.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }
}
