/// Two columns of the same respondents compared by the paired t-test (own against partner
/// violence, Tables 4.4 and 4.5): the means over the respondents with both values.
public struct PairedScales: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first column.
    public var firstColumn: ScoreVariable
    /// The second column.
    public var secondColumn: ScoreVariable
    /// The respondents with both values.
    public var count: Int
    /// The first column's mean over them.
    public var first: Double?
    /// The second column's mean over them.
    public var second: Double?
    /// The paired t-test (first minus second); `nil` with ``unavailable``.
    public var test: TTest?
    /// Why there is no test.
    public var unavailable: String?

    /// `n = 12, t(11) = 3.10, p = .010`, or why there is no test.
    public var description: String {
        guard let test else { return "n = \(count), " + (unavailable ?? "no test") }
        return "n = \(count), t(\(ReportTable.format(test.degreesOfFreedom, decimals: 0))) = \(ReportTable.format(test.t, decimals: 2)), p "
            + (test.pValue < 0.001 ? "< .001" : "= " + ReportTable.Cell(pValue: test.pValue).text)
    }
}

extension CohortAnalysis {
    /// Compares two columns of the same respondents (joined per person and wave) by the paired t-test.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale.
    public func pairedScales(_ first: ScoreVariable, _ second: ScoreVariable, where filter: CohortFilter = CohortFilter()) throws(ResearchError) -> PairedScales {
        let x = try valuesByKey(first, where: filter).values
        let y = try valuesByKey(second, where: filter).values
        let keys = x.keys.filter { y[$0] != nil }.sorted()
        let a = keys.compactMap { x[$0] }, b = keys.compactMap { y[$0] }
        var result = PairedScales(firstColumn: first, secondColumn: second, count: keys.count, first: nil, second: nil, test: nil, unavailable: nil)
        result.first = try SummaryStatistics(a).mean
        result.second = try SummaryStatistics(b).mean
        do { result.test = try TTest.paired(before: a, after: b) } catch { result.unavailable = error.message }
        return result
    }
}
