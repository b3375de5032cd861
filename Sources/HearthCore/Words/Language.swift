/// A language user-facing text is rendered in. JSON keys, identifiers and data values (levels,
/// statuses, bands as JSON values) stay English in every language; sentences and labels for
/// people follow the language.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    /// English.
    case english = "en"
    /// Dutch, in the field's own terms (meldcode, Veilig Thuis).
    case dutch = "nl"
}
