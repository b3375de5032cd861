/// A language user-facing text is rendered in. JSON keys and identifiers stay English in
/// every language.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    /// English.
    case english = "en"
}
