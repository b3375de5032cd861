/// Levenshtein distance (insertions, deletions, substitutions; Wagner–Fischer).
package enum EditDistance {
    /// The number of single-character edits between two strings.
    package static func between(_ first: String, _ second: String) -> Int {
        let a = Array(first), b = Array(second)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates nearest to `word`, nearest first (ties in the candidates' order): one
    /// equal to it but for case first, then those that start with it, then those at most
    /// `limit` edits away (case-insensitive). The one "did you mean" of every message.
    package static func suggestions(for word: String, among candidates: [String], limit: Int = 2) -> [String] {
        let lowered = word.lowercased()
        let scored = candidates.enumerated().map { position, candidate -> (candidate: String, score: Int, position: Int) in
            let other = candidate.lowercased()
            let score = other == lowered ? -1 : (other.hasPrefix(lowered) && !lowered.isEmpty ? 0 : between(other, lowered))
            return (candidate, score, position)
        }
        return scored.filter { $0.score <= limit }.sorted { ($0.score, $0.position) < ($1.score, $1.position) }.map(\.candidate)
    }
}
