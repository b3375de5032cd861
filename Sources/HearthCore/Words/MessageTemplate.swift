/// Splits a template into literal text and `{name}` parameters. A brace without a closing
/// brace is literal text. Templates are short and rendered once per message, so they are
/// parsed when rendered rather than cached (no shared mutable state).
enum MessageTemplate {
    enum Piece: Equatable {
        case literal(Substring)
        case parameter(Substring)
    }

    static func pieces(of template: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            if open > rest.startIndex { pieces.append(.literal(rest[..<open])) }
            pieces.append(.parameter(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.literal(rest)) }
        return pieces
    }
}
