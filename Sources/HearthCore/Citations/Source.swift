/// A published work that rules, indicators, approaches or thresholds rest on: what a reader needs
/// to look it up (authors, year, title, publisher or journal, an address when public).
public struct Source: Hashable, Sendable, Codable, Identifiable {
    /// The identifier citations use (`tierolf2014`).
    public var id: String
    /// The authors as "Surname, I." (or an organisation), in the work's order.
    public var authors: [String]
    /// The year of publication (`nil`: undated, "n.d.", as web pages of the MARAC criteria).
    public var year: Int?
    /// The title (with subtitle).
    public var title: String
    /// Where it appeared: "Utrecht: Verwey-Jonker Instituut", or a journal with volume and pages.
    public var publisher: String
    /// A public address of the work or its description, when there is one.
    public var url: String?

    /// Creates a source.
    public init(id: String, authors: [String], year: Int?, title: String, publisher: String, url: String? = nil) {
        self.id = id
        self.authors = authors
        self.year = year
        self.title = title
        self.publisher = publisher
        self.url = url
    }

    /// The year as cited: the number, or "n.d." when undated.
    public var yearText: String { yearText(in: .english) }

    /// The year as cited in a language: the number, or "n.d." ("z.d." in Dutch) when undated.
    public func yearText(in language: Language) -> String {
        year.map(String.init) ?? (language == .dutch ? "z.d." : "n.d.")
    }

    /// The author–date form used in running text (APA 7): "Johnson (2008)", "Steketee &
    /// Lünnemann (2020)", "Tierolf et al. (2014)" for three or more authors; a work without
    /// authors is named by its title.
    public var shortReference: String { shortReference(in: .english) }

    /// ``shortReference`` in a language: the same author–date form (Dutch APA keeps "et al."
    /// and "&"), undated works "z.d.", and Hearth's own choices "keuze van Hearth".
    public func shortReference(in language: Language) -> String {
        if id == Bibliography.hearthsChoice, language == .dutch { return "keuze van Hearth" }
        let surnames = authors.map { author in author.split(separator: ",", maxSplits: 1).first.map(String.init) ?? author }
        let year = yearText(in: language)
        switch surnames.count {
        case 0: return self.year == nil ? title : "\(title) (\(year))"
        case 1: return "\(surnames[0]) (\(year))"
        case 2: return "\(surnames[0]) & \(surnames[1]) (\(year))"
        default: return "\(surnames[0]) et al. (\(year))"
        }
    }

    /// The full reference: authors (year). Title. Publisher. Address.
    public var reference: String { reference(in: .english) }

    /// ``reference`` in a language: the same APA form ("z.d." for undated works in Dutch), and
    /// Hearth's own choices described in the language.
    public func reference(in language: Language) -> String {
        if id == Bibliography.hearthsChoice, language == .dutch {
            return "Keuze van Hearth. Een eigen instelling van Hearth, niet ontleend aan een gepubliceerde bron; beschreven bij de regel."
        }
        let yearText = yearText(in: language)
        let names: String
        switch authors.count {
        case 0: names = ""
        case 1: names = authors[0]
        default: names = authors.dropLast().joined(separator: ", ") + ", & " + (authors.last ?? "")  // APA 7: a comma before "&"
        }
        let head = names.isEmpty ? (year == nil ? "\(title)." : "\(title) (\(yearText)).") : "\(names) (\(yearText)). \(title)."
        return "\(head) \(publisher)." + (url.map { " \($0)" } ?? "")
    }
}
