/// One item in Hearth's layout of an instrument's form.
///
/// Items are identified by their position (1-based, in Hearth's form order) and by an
/// identifier such as `7` or `self_7` that names the CSV column `<instrument>_<id>`.
/// Item *texts* of copyrighted questionnaires are never stored; ``label`` holds at most a
/// structural description (e.g. "physical, severe") or a published category name.
public struct ItemDefinition: Hashable, Sendable, Codable {
    /// The item's identifier within the instrument (unique; letters, digits and `_`).
    public var id: String
    /// A structural label, never the copyrighted item text.
    public var label: String?

    /// Creates an item.
    public init(id: String, label: String? = nil) {
        self.id = id
        self.label = label
    }
}
