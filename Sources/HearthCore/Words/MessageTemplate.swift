/// Reads a template's `{name}` parameters and the literal text between them, as UTF-8 bytes:
/// the one reading of templates, for rendering (``Message/text(in:)``) and for the tables'
/// checks (``MessageCatalog/placeholders(in:)``). A `{` without a closing `}` is literal
/// text; a name runs to the first `}`. Templates are short and read when rendered rather
/// than cached (no shared mutable state).
@usableFromInline
enum MessageTemplate {
    /// Calls `literal` with each run of literal bytes and `parameter` with the bytes of each
    /// name (between the braces), in order. Ranges index `bytes`.
    @inlinable
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, literal: (Range<Int>) -> Void, parameter: (Range<Int>) -> Void) {
        var position = 0, literalStart = 0
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "{"), let close = bytes[(position + 1)...].firstIndex(of: UInt8(ascii: "}")) else {
                position += 1
                continue
            }
            if literalStart < position { literal(literalStart..<position) }
            parameter((position + 1)..<close)
            position = close + 1
            literalStart = position
        }
        if literalStart < bytes.count { literal(literalStart..<bytes.count) }
    }
}
