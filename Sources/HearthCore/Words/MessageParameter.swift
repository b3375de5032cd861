/// A message's named parameter and the kind of value it takes.
public struct MessageParameter: Hashable, Sendable {
    /// The kinds of values (``MessageArgument``'s cases).
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Shown as given.
        case text
        /// Several values shown as given.
        case list
        /// A vocabulary word.
        case term
        /// Several vocabulary words.
        case terms
        /// A whole number.
        case integer
        /// A number.
        case number
        /// A ratio shown as a percentage.
        case percent
    }

    /// The name templates use (`{days}`).
    public var name: String
    /// The kind of value.
    public var kind: Kind

    /// Creates a parameter.
    public init(_ name: String, _ kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// A parameter shown as given.
    public static func text(_ name: String) -> Self { Self(name, .text) }
    /// A parameter listing values as given.
    public static func list(_ name: String) -> Self { Self(name, .list) }
    /// A vocabulary word.
    public static func term(_ name: String) -> Self { Self(name, .term) }
    /// Several vocabulary words.
    public static func terms(_ name: String) -> Self { Self(name, .terms) }
    /// A whole number.
    public static func integer(_ name: String) -> Self { Self(name, .integer) }
    /// A number.
    public static func number(_ name: String) -> Self { Self(name, .number) }
    /// A ratio shown as a percentage.
    public static func percent(_ name: String) -> Self { Self(name, .percent) }
}
