/// The one-way analysis of variance of several groups' values (equal variances): the F of
/// a regression on the groups' dummies, so it is ``LinearRegression``'s model F — one
/// implementation, checked against R's `lm` through it.
public struct OneWayANOVA: Hashable, Sendable, Codable {
    /// F = (between-group mean square) / (within-group mean square).
    public var f: Double
    /// Groups − 1.
    public var dfBetween: Int
    /// Observations − groups.
    public var dfWithin: Int
    /// P(F ≥ f).
    public var p: Double

    /// Tests the groups (each with its values; at least two groups).
    ///
    /// - Throws: ``ResearchError/Code/insufficientData`` for fewer than two groups, an empty
    ///   group (named), too few values, or no variance within the groups.
    public static func test(_ groups: [(level: String, values: [Double])]) throws(ResearchError) -> OneWayANOVA {
        guard groups.count >= 2 else { throw ResearchError(.insufficientData, message: "an analysis of variance needs at least two groups") }
        if let empty = groups.first(where: { $0.values.isEmpty }) {
            throw ResearchError(.insufficientData, field: empty.level, message: "the group has no values")
        }
        let dummies = groups.indices.dropFirst().map { g in
            (term: groups[g].level, values: groups.enumerated().flatMap { index, group in Array(repeating: index == g ? 1.0 : 0, count: group.values.count) })
        }
        let fit = try LinearRegression.fit(outcome: groups.flatMap(\.values), predictors: dummies)
        guard let f = fit.f, let p = fit.pModel else { throw ResearchError(.insufficientData, message: "no F for a single group") }
        return OneWayANOVA(f: f, dfBetween: fit.dfModel, dfWithin: fit.dfResidual, p: p)
    }
}
