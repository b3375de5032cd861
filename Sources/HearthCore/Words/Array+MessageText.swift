extension Array {
    /// The messages' texts in a language joined by `separator` (one message: its text, without
    /// a copy; none: empty).
    @inlinable
    public func joinedText<ID>(in language: Language = .english, separator: String = "; ") -> String where Element == Message<ID> {
        count == 1 ? self[0].text(in: language) : map { $0.text(in: language) }.joined(separator: separator)
    }
}
