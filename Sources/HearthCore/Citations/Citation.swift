/// A reference to a place in a source: the bibliography id and, when it helps the reader,
/// the chapter, section, table or item (`§4.3.3, Table 4.6`; `item 6`). Page numbers only
/// where the work has them: the transcriptions Hearth was built from have none, so Hearth's
/// own citations never give pages.
public struct Citation: Hashable, Sendable, Codable {
    /// The ``Source/id`` in the bibliography.
    public var source: String
    /// Where in the source: chapter, section, table or item, as the work numbers them (with a
    /// Dutch rendering where it has words: "the level", "het niveau").
    public var at: LocalizedText?

    /// Creates a citation.
    public init(_ source: String, at: LocalizedText? = nil) {
        self.source = source
        self.at = at
    }
}
