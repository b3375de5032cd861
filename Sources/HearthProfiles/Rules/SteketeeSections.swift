import HearthCore

/// Sections of Steketee & Lünnemann (2020), cited by title: the article numbers neither
/// sections nor (in Hearth's transcription) pages. The titles are the article's own (Dutch).
package enum SteketeeSections {
    /// The section on the kinds of partner violence and child abuse, and the approach each needs.
    package static let profiles = section("Meer aandacht voor de verschillen in soorten van partnergeweld en kindermishandeling")
    /// The subsection describing the five profiles.
    package static let screening = section("Zorgvuldige screening van de problematiek voor maatwerk")
    /// The section on case coordination by one party.
    package static let coordination = section("Het versterken van de regiefunctie")
    /// The section on professionals' knowledge.
    package static let professionals = section("Hoge kwaliteit van professionals")
    /// The section on help as a matter of long breath.
    package static let longBreath = section("De hulp is kwestie van lange adem")

    /// A section cited by its title: "section “…”", in Dutch "paragraaf “…”".
    private static func section(_ title: String) -> LocalizedText {
        LocalizedText("section “\(title)”", dutch: "paragraaf “\(title)”")
    }
}
