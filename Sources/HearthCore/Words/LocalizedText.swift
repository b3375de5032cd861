/// A text given in English and, when translated, in Dutch: the names, descriptions and
/// approaches a rule set brings. In JSON either a plain string (English only) or an object
/// `{"en": "…", "nl": "…"}`; a missing Dutch text shows the English one.
public struct LocalizedText: Hashable, Sendable {
    /// The English text (always given).
    public var english: String
    /// The Dutch text, when translated.
    public var dutch: String?

    /// Creates a text.
    public init(_ english: String, dutch: String? = nil) {
        self.english = english
        self.dutch = dutch
    }

    /// The text in a language (English where there is no translation: ``isTranslated(to:)``).
    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .dutch: dutch ?? english
        }
    }

    /// Whether the text is given in a language.
    public func isTranslated(to language: Language) -> Bool {
        switch language {
        case .english: true
        case .dutch: dutch != nil
        }
    }
}

extension LocalizedText: ExpressibleByStringLiteral {
    /// An English-only text.
    public init(stringLiteral value: String) { self.init(value) }
}

extension LocalizedText: Codable {
    private enum CodingKeys: String, CodingKey {
        case english = "en"
        case dutch = "nl"
    }

    /// Decodes a plain string (English) or `{"en": …, "nl": …}` (`en` required).
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            self.init(text)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(String.self, forKey: .english), dutch: try container.decodeIfPresent(String.self, forKey: .dutch))
    }

    /// Encodes a plain string when only English is given, else the object.
    public func encode(to encoder: any Encoder) throws {
        guard let dutch else {
            var single = encoder.singleValueContainer()
            try single.encode(english)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(english, forKey: .english)
        try container.encode(dutch, forKey: .dutch)
    }
}
