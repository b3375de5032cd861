/// What an SPSS system file's header and dictionary say: its variables and how cases are stored.
public struct SPSSDictionary: Hashable, Sendable {
    /// The product that wrote the file (the header's text after `@(#) SPSS DATA FILE`).
    public var product: String
    /// The file label.
    public var label: String
    /// The variables in file order (long strings whole, very long strings joined).
    public var variables: [SPSSVariable]
    /// The number of cases the file declares; `nil` when unknown (-1).
    public var caseCount: Int?
    /// Whether data are bytecode compressed.
    public var compressed: Bool
    /// The text encoding of names, labels and strings.
    public var encoding: SPSSTextEncoding

    /// The position of a variable by name (case-insensitive, as SPSS names are).
    public func index(of name: String) -> Int? {
        let wanted = name.lowercased()
        return variables.firstIndex { $0.name.lowercased() == wanted }
    }
}

/// Where one variable's value lies in a case: its 8-byte elements (a string's segments,
/// each with the bytes it carries).
struct SPSSLayout: Hashable, Sendable {
    /// Per segment: the first element and the bytes of the value it holds.
    var segments: [(element: Int, bytes: Int)]

    static func == (lhs: SPSSLayout, rhs: SPSSLayout) -> Bool {
        lhs.segments.map(\.element) == rhs.segments.map(\.element) && lhs.segments.map(\.bytes) == rhs.segments.map(\.bytes)
    }

    func hash(into hasher: inout Hasher) {
        for segment in segments {
            hasher.combine(segment.element)
            hasher.combine(segment.bytes)
        }
    }
}
