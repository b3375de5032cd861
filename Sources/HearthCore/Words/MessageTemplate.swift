import Foundation

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
        guard let base = bytes.baseAddress else { return }
        var position = 0, literalStart = 0
        // Braces are found with `memchr` rather than a loop over every byte: templates are read
        // for every message rendered.
        while position < bytes.count, let open = find(UInt8(ascii: "{"), base, from: position, count: bytes.count) {
            guard let close = find(UInt8(ascii: "}"), base, from: open + 1, count: bytes.count) else { break }
            if literalStart < open { literal(literalStart..<open) }
            parameter((open + 1)..<close)
            position = close + 1
            literalStart = position
        }
        if literalStart < bytes.count { literal(literalStart..<bytes.count) }
    }

    /// The offset of the first `byte` at or after `start` and before `count`, or `nil`.
    @inlinable
    static func find(_ byte: UInt8, _ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
        guard start < count, let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Whether a parameter's name is spelled by `bytes` (lengths first, then the bytes as one
    /// contiguous buffer rather than through the generic views).
    @inlinable
    static func names(_ name: String, equal bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.utf8.count == bytes.count else { return false }
        return name.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) } ?? name.utf8.elementsEqual(bytes)
    }
}
