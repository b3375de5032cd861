import Foundation
import Testing

@testable import HearthResearch

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The change figures of `hearth analyze`: mean and 95 % CI per wave and group, n at each
/// wave, well-formed SVG with a description of every number.
@Suite("Change figures")
struct ChangeFigureTests {
    /// t₀.₉₇₅ for 9 and 29 degrees of freedom (SciPy `t.ppf(0.975, df)`): 2.2621571627982, 2.0452296421327.
    @Test func quantilesMatchSciPy() throws {
        #expect(abs(try #require(try StudentTDistribution(degreesOfFreedom: 9).quantile(0.975)) - 2.2621571627982) < 1e-9)
        #expect(abs(try #require(try StudentTDistribution(degreesOfFreedom: 29).quantile(0.975)) - 2.0452296421327) < 1e-9)
        #expect(abs(try #require(try StudentTDistribution(degreesOfFreedom: 9).quantile(0.025)) + 2.2621571627982) < 1e-9)
        #expect(try StudentTDistribution(degreesOfFreedom: 5).quantile(1) == nil)
    }

    static func change(_ group: String, before: (Double, Double), after: (Double, Double), n: Int, measured: Int) throws -> WaveChange {
        WaveChange(
            group: GroupLabel(keys: ["sex"], levels: [group]), column: ScoreVariable(instrument: "simspr", scale: "oer"), fromWave: 1, toWave: 2,
            before: try SummaryStatistics(count: n, mean: before.0, standardDeviation: before.1),
            after: try SummaryStatistics(count: n, mean: after.0, standardDeviation: after.1), test: nil, effectSize: nil, unavailable: nil,
            measuredAtFromWave: measured)
    }

    @Test func theFigureShowsMeansIntervalsAndAttrition() throws {
        // n 10, SD 3: the 95 % CI half-width is 2.2621571628 × 3 / √10 = 2.1460.
        let figure = ChangeFigure(changes: [try Self.change("female", before: (22, 3), after: (18, 3), n: 10, measured: 14),
                                            try Self.change("male", before: (20, 4), after: (19, 4), n: 1, measured: 3)])
        #expect(figure.fileName == "figure-change-simspr-oer-w1-w2.svg")
        #expect(figure.description.contains("female: wave 1: 22.00 (95% CI 19.85–24.15), wave 2: 18.00 (95% CI 15.85–20.15); n = 10 of 14 measured at wave 1"))
        #expect(figure.description.contains("male: wave 1: 20.00 (no interval)"))
        let svg = figure.svg
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("n = 14 → 10") && svg.contains("n = 3 → 1") && svg.contains("<desc id=\"desc\">"))
        #expect(!svg.contains("<script") && !svg.contains("href"))
    }
}

/// The Table 6.x figure: each group's mean ± 1 SD per scale, with n, from the table's own cells.
@Test func distributionFiguresDrawTheTablesNumbers() throws {
    let table = ReportTable(
        id: "6.1", title: "Emotional security by group", layoutSource: "Tierolf et al. (2014), Table 6.1",
        columns: ["Scale", "Range", "research N", "research Mean", "research SD", "reference N", "reference Mean", "reference SD"],
        rows: [
            ReportTable.Row(section: "Young children (SIMS-PR)"),
            ReportTable.Row("Overt emotional reactivity", [
                ReportTable.Cell(text: "7–35"), ReportTable.Cell(120, decimals: 0), ReportTable.Cell(21.99, decimals: 2), ReportTable.Cell(9.44, decimals: 2),
                ReportTable.Cell(300, decimals: 0), ReportTable.Cell(12.35, decimals: 2), ReportTable.Cell(2.55, decimals: 2),
            ]),
        ], notes: [])
    let figure = DistributionFigure(table: table)
    #expect(figure.fileName == "figure-table-6.1.svg")
    #expect(figure.groups == ["research", "reference"])
    #expect(figure.description.contains("SIMS-PR: Overt emotional reactivity: research 21.99 (SD 9.44, n 120), reference 12.35 (SD 2.55, n 300)"))
    #expect(XMLParser(data: Data(figure.svg.utf8)).parse())
    #expect(figure.svg.contains("21.99 (9.44) n 120") && figure.svg.contains("<desc id=\"desc\">"))
}
