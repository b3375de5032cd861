import Foundation

/// The value of a message's named parameter. Values are data: a renderer formats them for
/// its language; nothing here is personal data beyond member pseudonyms.
public enum MessageArgument: Hashable, Sendable {
    /// Shown as given: a pseudonym, an identifier, a rule set's name.
    case text(String)
    /// Several values shown as given, joined by ", ".
    case list([String])
    /// A word of Hearth's vocabulary (an answer, an incident kind, an actor), rendered by the
    /// message table's ``MessageCatalog/term(_:in:)``.
    case term(String)
    /// Several vocabulary words, joined by ", ".
    case terms([String])
    /// A whole number.
    case integer(Int)
    /// A number: whole numbers without decimals, others with up to six significant digits.
    case number(Double)
    /// A ratio shown as a whole percentage (0.25 → 25%).
    case percent(Double)
}

extension MessageArgument {
    /// The argument as text in a language, words through a table's vocabulary.
    @inlinable
    func text<Catalog: MessageCatalog>(in language: Language, vocabulary: Catalog.Type) -> String {
        switch self {
        case .text(let value): value
        case .list(let values): values.joined(separator: ", ")
        case .term(let key): Catalog.term(key, in: language) ?? key
        case .terms(let keys): keys.map { Catalog.term($0, in: language) ?? $0 }.joined(separator: ", ")
        case .integer(let value): String(value)
        case .number(let value): Self.format(value, in: language)
        case .percent(let ratio): Self.percent(ratio)
        }
    }

    /// Whole numbers (below 10¹⁵) as integers; others as `%g` (six significant digits), so
    /// that 58.510000000000005 reads 58.51 (58,51 in Dutch): how messages write numbers.
    public static func format(_ value: Double, in language: Language) -> String {
        language.decimal(format(value))
    }

    /// ``format(_:in:)`` in English.
    public static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return shortest(value)
    }

    /// `%g` (C's printf: six significant digits, trailing zeros dropped) into a stack buffer,
    /// as `String(format: "%g")` writes it, without Foundation's formatter (messages write
    /// numbers for every score of every assessment). On Apple platforms in the C locale
    /// (`vsnprintf_l` with no locale), as CoreFoundation formats; elsewhere `vsnprintf`, which
    /// `String(format:)` also reaches. The longest `%g` of a double, `-1.79769e+308`, takes
    /// 13 of the 32 bytes.
    private static func shortest(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer -> String in
            guard let base = buffer.baseAddress else { return String(format: "%g", value) }
            #if canImport(Darwin)
            let written = withVaList([value]) { vsnprintf_l(base, 32, nil, "%g", $0) }
            #else
            let written = withVaList([value]) { vsnprintf(base, 32, "%g", $0) }
            #endif
            guard written > 0, written < 32 else { return String(format: "%g", value) }
            return String(cString: base)
        }
    }

    /// A ratio as a whole percentage; never traps, whatever the ratio.
    @usableFromInline
    static func percent(_ ratio: Double) -> String {
        let value = (ratio * 100).rounded()
        guard let whole = Int(exactly: value) else { return "\(value)%" }
        return "\(whole)%"
    }
}

extension MessageArgument {
    /// The kind of value, as a parameter declares it (``MessageParameter/kind``).
    @inlinable
    public var kind: MessageParameter.Kind {
        switch self {
        case .text: .text
        case .list: .list
        case .term: .term
        case .terms: .terms
        case .integer: .integer
        case .number: .number
        case .percent: .percent
        }
    }

    /// Decodes a value of a declared kind (JSON holds the bare value; the message says
    /// how to read it).
    init(from container: SingleValueDecodingContainer, kind: MessageParameter.Kind) throws {
        switch kind {
        case .text: self = .text(try container.decode(String.self))
        case .term: self = .term(try container.decode(String.self))
        case .list: self = .list(try container.decode([String].self))
        case .terms: self = .terms(try container.decode([String].self))
        case .integer: self = .integer(try container.decode(Int.self))
        case .number: self = .number(try container.decode(Double.self))
        case .percent: self = .percent(try container.decode(Double.self))
        }
    }
}

extension MessageArgument: Encodable {
    /// Encodes the bare value: a string, an array of strings, or a number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value), .term(let value): try container.encode(value)
        case .list(let values), .terms(let values): try container.encode(values)
        case .integer(let value): try container.encode(value)
        case .number(let value), .percent(let value): try container.encode(value)
        }
    }
}
