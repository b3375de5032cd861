/// The works citations refer to, by id. Hearth's own rules cite ``builtIn``; a rule set may
/// bring more sources of its own, merged with it (``adding(_:)``).
public struct Bibliography: Hashable, Sendable {
    /// The sources, in the order given.
    public private(set) var sources: [Source]
    private var positions: [String: Int]
    /// Each source's ``Source/shortReference``, made once (citations are rendered for every
    /// fired rule and indicator of every assessment).
    private var shortReferences: [String]

    /// Creates a bibliography; a later source with the same id as an earlier one is
    /// reported by ``duplicateIDs``, and lookups find the first.
    public init(_ sources: [Source]) {
        self.sources = sources
        positions = [:]
        shortReferences = sources.map(\.shortReference)
        for (position, source) in sources.enumerated() where positions[source.id] == nil { positions[source.id] = position }
    }

    /// The first problem with the sources as a rule set gives them, if any: an id given twice
    /// (the built-in ids are taken), or an empty id, title or publisher.
    public var problem: String? {
        if let duplicate = duplicateIDs.first { return "more than one source has the id '\(duplicate)' (the built-in bibliography's ids are taken)" }
        if let index = sources.firstIndex(where: { [$0.id, $0.title, $0.publisher].contains { $0.allSatisfy(\.isWhitespace) } }) {
            return "source \(index) needs an id, a title and a publisher"
        }
        return nil
    }

    /// Ids given to more than one source.
    public var duplicateIDs: [String] {
        var seen = Set<String>(), duplicates: [String] = []
        for source in sources where !seen.insert(source.id).inserted && !duplicates.contains(source.id) { duplicates.append(source.id) }
        return duplicates
    }

    /// The source with an id.
    public func source(_ id: String) -> Source? { positions[id].map { sources[$0] } }

    /// The first citation whose source is not in the bibliography, if any.
    public func unresolved(_ citations: [Citation]) -> Citation? { citations.first { positions[$0.source] == nil } }

    /// This bibliography with more sources after it (for a rule set's own works).
    public func adding(_ more: [Source]) -> Bibliography { more.isEmpty ? self : Bibliography(sources + more) }

    /// A citation for people: "Tierolf et al. (2014), §4.3.3, Table 4.6". An
    /// id not in the bibliography is shown as it is, so nothing cited is hidden.
    public func text(_ citation: Citation, in language: Language = .english) -> String {
        let work: String
        if let position = positions[citation.source] {
            work = language == .english ? shortReferences[position] : sources[position].shortReference(in: language)
        } else {
            work = citation.source
        }
        guard let place = citation.at?.text(in: language), !place.allSatisfy(\.isWhitespace) else { return work }
        return "\(work), \(place)"
    }

    /// Several citations for people, joined by "; ".
    public func text(_ citations: [Citation], in language: Language = .english) -> String {
        citations.map { text($0, in: language) }.joined(separator: "; ")
    }
}
