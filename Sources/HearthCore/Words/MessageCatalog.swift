/// A module's table of messages: one typed id per message, its named parameters, and its
/// template in every ``Language`` (written as an exhaustive `switch`, so a language without a
/// message does not compile). Templates name parameters in braces: `"{count} incidents in the
/// last {window} days"`; a test checks that each template uses exactly the declared names.
public protocol MessageCatalog: RawRepresentable, CaseIterable, Hashable, Sendable, Codable where RawValue == String {
    /// The parameters, in the order a ``Message`` holds their values.
    var parameters: [MessageParameter] { get }
    /// The template in a language.
    func template(in language: Language) -> String
    /// A vocabulary word (``MessageArgument/term(_:)``) in a language; `nil` shows the key.
    static func term(_ key: String, in language: Language) -> String?
}

extension MessageCatalog {
    /// The parameter names a template uses, in order of appearance (for tests and tools).
    public func placeholders(in language: Language) -> [String] {
        var template = template(in: language), names: [String] = []
        template.withUTF8 { bytes in
            MessageTemplate.scan(bytes) { _ in } parameter: { name in names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[name]), as: UTF8.self)) }
        }
        return names
    }
}
