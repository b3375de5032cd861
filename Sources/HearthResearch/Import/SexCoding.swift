import HearthCore

/// A mapping's `sexCodes` (export value → `female`/`male`/`unknown`), checked once and used
/// both ways: importers read a value through it, exporters write a sex back as the
/// alphabetically first value that stands for it. Without codes, values are Hearth's own
/// spellings (`Sex(parsing:)`).
struct SexCoding: Sendable {
    private let codes: [String: Sex]?
    private let texts: [Sex: String]

    /// - Throws: ``ResearchError/Code/invalidMapping`` naming `sexCodes.<value>` when a code
    ///   maps to something that is not a sex.
    init(_ codes: [String: String]?) throws(ResearchError) {
        guard let codes else {
            self.codes = nil
            texts = [:]
            return
        }
        var parsed: [String: Sex] = [:]
        var texts: [Sex: String] = [:]
        for (value, name) in codes.sorted(by: { $0.key < $1.key }) {
            let sex: Sex
            do { sex = try Sex(parsing: name) } catch {
                throw ResearchError(.invalidMapping, field: "sexCodes.\(value)", message: error.message)
            }
            parsed[value] = sex
            if texts[sex] == nil { texts[sex] = value }
        }
        self.codes = parsed
        self.texts = texts
    }

    /// The sex an input value stands for.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` (without location; callers add it) for a
    ///   value the codes, or Hearth's spellings, do not know.
    func sex(_ text: String) throws(ResearchError) -> Sex {
        if let codes {
            guard let sex = codes[text] else { throw ResearchError(.invalidValue, message: "the value is not in the mapping's sexCodes") }
            return sex
        }
        do { return try Sex(parsing: text) } catch { throw ResearchError(.invalidValue, message: error.message) }
    }

    /// The value an exporter writes for a sex.
    func text(_ sex: Sex) -> String { texts[sex] ?? sex.rawValue }
}
