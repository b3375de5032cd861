/// The share of a group above an "excessive" threshold (the report's rule: above the
/// reference mean + 1 SD; the threshold comes from HearthNorms or the caller).
public struct ExcessShare: Hashable, Sendable, Codable {
    /// The group.
    public var group: GroupLabel
    /// The column.
    public var column: ScoreVariable
    /// The threshold; a value strictly above it is excessive.
    public var threshold: Double
    /// Rows with a value.
    public var count: Int
    /// Rows above the threshold.
    public var excessive: Int
    /// `excessive / count`, `nil` without values.
    public var share: Double?
}

extension CohortAnalysis {
    /// The share above `threshold` per group (group by `.wave` for the report's figures).
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` for a non-finite threshold;
    ///   ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale.
    public func excessShare(
        _ column: ScoreVariable, above threshold: Double, by keys: [GroupingKey] = [.wave], where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> [ExcessShare] {
        try Self.check(threshold: threshold)
        return group(try scored.observations(column, where: filter), by: keys).map { label, members in
            Self.excessShare(members.compactMap(\.value), column: column, above: threshold, label: label)
        }
    }

    /// Refuses a threshold that is not finite.
    static func check(threshold: Double) throws(ResearchError) {
        guard threshold.isFinite else { throw ResearchError(.invalidValue, field: "threshold", message: "the threshold must be finite") }
    }

    /// One group's share of `values` above `threshold`.
    static func excessShare(_ values: [Double], column: ScoreVariable, above threshold: Double, label: GroupLabel) -> ExcessShare {
        let above = values.count(where: { $0 > threshold })
        return ExcessShare(
            group: label, column: column, threshold: threshold, count: values.count, excessive: above,
            share: values.isEmpty ? nil : Double(above) / Double(values.count))
    }
}
