/// A value made once for each ``Language`` and read by language without hashing: the
/// tables of text rendered once per language (citations, evidence) that every assessment
/// reads.
package struct PerLanguage<Value: Sendable>: Sendable {
    /// One value per language, in `Language.allCases` order (``Language/position``).
    private let values: [Value]

    /// Makes the value of each language.
    package init(_ make: (Language) -> Value) {
        values = Language.allCases.map(make)
    }

    /// The value made for `language`.
    package subscript(language: Language) -> Value { values[language.position] }
}

extension Language {
    /// The language's position in `allCases` (a switch: `allCases.firstIndex(of:)` searches
    /// an array made on each call; a test checks the two agree).
    package var position: Int {
        switch self {
        case .english: 0
        case .dutch: 1
        }
    }
}
