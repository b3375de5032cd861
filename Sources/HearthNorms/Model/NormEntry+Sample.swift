extension NormEntry {
    /// A norm entry computed from a reference sample's scores (e.g. a user's own general-
    /// population sample, or the usable values of a ``HearthScoring/ScoreTable`` column):
    /// n, mean, sample SD (n − 1, two-pass), and the count distribution when every score
    /// is a whole number. Missing scores (`nil`) are left out, never counted as zero.
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` for a non-finite score or fewer than two
    ///   scores (no SD).
    public static func fromSample(
        _ scores: [Double?], id: String, instrument: String, scale: String, population: String,
        stratum: NormStratum = NormStratum(), source: String
    ) throws(NormsError) -> NormEntry {
        let values = scores.compactMap { $0 }
        guard values.allSatisfy(\.isFinite) else {
            throw NormsError(.invalidValue, entry: id, field: "scores", message: "a score is not a finite number")
        }
        guard values.count >= 2 else {
            throw NormsError(.invalidValue, entry: id, field: "scores", message: "a sample needs at least two scores for an SD")
        }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
        var distribution: [String: JSONValue]?
        if values.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e9 }) {
            var counts: [Int: Int] = [:]
            for value in values { counts[Int(exactly: value) ?? 0, default: 0] += 1 }  // whole and below 1e9, checked above
            distribution = Dictionary(uniqueKeysWithValues: counts.map { ("\($0.key)", JSONValue.object(["count": .number(Double($0.value))])) })
        }
        var entry = NormEntry(
            id: id, instrument: instrument, scale: scale, statistic: "mean", population: population, stratum: stratum,
            n: values.count, mean: mean, sd: sd, source: Source(file: source, table: nil, lines: []))
        // The distribution makes percentiles exact; keep it under its own statistic.
        entry.distribution = distribution
        return entry
    }

    /// For an entry built from a sample: the count distribution kept with its mean.
    var sampleCountDistribution: [Int: Int]? {
        guard statistic == "mean", let distribution else { return nil }
        var counts: [Int: Int] = [:]
        for (key, cell) in distribution {
            guard let score = Int(key), let count = cell["count"]?.number else { return nil }
            counts[score] = Int(count)
        }
        return counts
    }
}
