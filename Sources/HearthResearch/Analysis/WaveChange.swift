/// Change in one column between two waves for the people measured at both, as the report
/// compares waves: paired on the respondent id.
public struct WaveChange: Hashable, Sendable, Codable {
    /// The group.
    public var group: GroupLabel
    /// The column.
    public var column: ScoreVariable
    /// The earlier wave.
    public var fromWave: Int
    /// The later wave.
    public var toWave: Int
    /// Statistics at the earlier wave, of the paired people.
    public var before: SummaryStatistics
    /// Statistics at the later wave, of the paired people.
    public var after: SummaryStatistics
    /// The paired t-test (earlier minus later, so a decrease is positive); `nil` with
    /// ``unavailable`` saying why.
    public var test: TTest?
    /// The standardised mean change d_z = mean difference / SD of the differences.
    public var effectSize: Double?
    /// Why the test is missing, if it is.
    public var unavailable: String?
    /// How many of the group had a value at the earlier wave (``before`` counts those measured
    /// at both): the attrition between the waves.
    public var measuredAtFromWave: Int?
}

extension CohortAnalysis {
    /// Change from `fromWave` to `toWave` per group (grouped by the earlier wave's levels).
    ///
    /// Every group measured at the earlier wave is listed, even when none of its members
    /// was measured at both waves; with no one measured at the earlier wave the result is
    /// one group `all`. A change that cannot be tested (no or one pair, all differences
    /// equal) has ``WaveChange/unavailable`` saying why, never a silent absence.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale,
    ///   or a grouping by wave (the waves are the pair).
    public func waveChange(
        _ column: ScoreVariable, from fromWave: Int, to toWave: Int, by keys: [GroupingKey] = [],
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> [WaveChange] {
        guard !keys.contains(.wave), filter.conditions[.wave] == nil else {
            throw ResearchError(.invalidMapping, field: "wave", message: "a change between waves cannot also be grouped or filtered by wave")
        }
        let observations = try scored.observations(column, where: filter)
        var later: [String: Double] = [:]
        for observation in observations where observation.key.wave == toWave {
            if let value = observation.value { later[observation.key.id.rawValue] = value }
        }
        let earlier = observations.filter { $0.key.wave == fromWave && $0.value != nil }
        var groups = group(earlier, by: keys)
        if groups.isEmpty { groups = [(GroupLabel(keys: [], levels: []), [])] }
        var result: [WaveChange] = []
        for (label, measured) in groups {
            let members = measured.filter { later[$0.key.id.rawValue] != nil }
            let before = members.compactMap(\.value)
            let after = members.compactMap { later[$0.key.id.rawValue] }
            var change = WaveChange(
                group: label, column: column, fromWave: fromWave, toWave: toWave, before: try SummaryStatistics(before),
                after: try SummaryStatistics(after), test: nil, effectSize: nil, unavailable: nil, measuredAtFromWave: measured.count)
            if members.isEmpty {
                change.unavailable = measured.isEmpty
                    ? "no one has a value at wave \(fromWave)"
                    : "no one in this group has a value at both wave \(fromWave) and wave \(toWave)"
            } else {
                do {
                    let test = try TTest.paired(before: before, after: after)
                    change.test = test
                    change.effectSize = test.meanDifference / (test.standardError * Double(before.count).squareRoot())
                } catch {
                    change.unavailable = error.message
                }
            }
            result.append(change)
        }
        return result
    }
}
