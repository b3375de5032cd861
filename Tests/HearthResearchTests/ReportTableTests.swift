import Foundation
import HearthCore
import HearthNorms
import HearthResearch
import HearthScoring
import Testing

@Suite("Report tables")
struct ReportTableTests {
    /// Three research parents at two waves; every CTS2 behaviour "never" (code 1) except
    /// the ones listed (self behaviour 7 and 8: psychological aggression, minor).
    func cts2Analysis() throws -> CohortAnalysis {
        let definition = try BuiltInInstrument.cts2.definition()
        var matrix = try ResponseMatrix(itemCount: 52)
        var cohort = StudyCohort()
        let rows: [(String, Sex, Int, [Int: UInt8])] = [
            ("r1", .female, 1, [7: 6]), ("r2", .female, 1, [:]), ("r3", .male, 1, [7: 3, 8: 8]),
            ("r1", .female, 2, [7: 4]), ("r2", .female, 2, [:]), ("r3", .male, 2, [7: 3]),
        ]
        for (id, sex, wave, answers) in rows {
            let codes = (1...52).map { answers[$0] ?? 1 }
            let respondent = Respondent(id: try RespondentID(id), sex: sex, wave: try Wave(index: wave))
            try matrix.append(respondent, matrixCodes: codes)
            try cohort.setAttributes(["group": "research"], for: RecordKey(respondent))
        }
        try cohort.add(matrix, definition: definition)
        return CohortAnalysis(try ScoredCohort(cohort))
    }

    func row(_ table: ReportTable, _ label: String, occurrence: Int = 0) -> [String] {
        table.rows.filter { $0.label == label }.dropFirst(occurrence).first?.cells.map(\.text) ?? []
    }

    @Test func table41HasTheReportsLayoutAndHandComputedCells() throws {
        let table = try ReportTable.partnerViolence(in: cts2Analysis())
        #expect(table.id == "4.1")
        #expect(table.columns == ["CTS2", "female · research (N=2)", "male · research (N=1)"])
        #expect(table.rows.count == 14)
        #expect(table.rows.filter(\.isSection).map(\.label) == ["Self (own behaviour)", "Partner (partner's behaviour)"])
        #expect(row(table, "Prevalence psychological aggression (%)") == ["50%", "100%"])
        #expect(row(table, "Chronicity psychological aggression (times per year)") == ["8", "26"])
        #expect(row(table, "Prevalence negotiation (%)") == ["0%", "0%"])
        #expect(row(table, "Chronicity negotiation (times per year)") == ["n/a", "n/a"], "no one with prevalence: no chronicity")
        #expect(table.markdown().contains("- n/a (Self (own behaviour), Chronicity negotiation (times per year), female · research (N=2)): no one in this group with a determined frequency had an act in the past year"))
        #expect(row(table, "Prevalence psychological aggression (%)", occurrence: 1) == ["0%", "0%"])
        #expect(table.rows.first { $0.label == "Prevalence psychological aggression (%)" }?.cells.first?.value == 50)
    }

    @Test func table49ComparesWavesForThePeopleMeasuredAtBoth() throws {
        let table = try ReportTable.violenceOverWaves(in: cts2Analysis(), waves: [1, 2])
        #expect(table.columns == ["Measure (theoretical range)", "Wave 1 (N=3)", "Wave 2 (N=3)", "p wave 1–2"])
        #expect(table.rows.map(\.label) == ReportTableTests.measureLabels)
        #expect(row(table, "Total violence incidents (0–1000)") == ["11", "1", ".304"])
        #expect(row(table, "Total own violence (0–500)") == ["11", "1", ".304"])
        #expect(row(table, "Total physical violence incidents (0–600)") == ["0", "0", "n/a"], "no variance: no test")
        #expect(table.rows[1].cells[2].unavailable?.isEmpty == false)
        #expect(abs((table.rows[0].cells[2].value ?? 0) - 0.3038539925117681) < 1e-9)
        #expect(table.notes.contains { $0.contains("on the 3 respondents measured at both") })
    }

    static let measureLabels = [
        "Total violence incidents (0–1000)", "Total physical violence incidents (0–600)", "Total psychological violence incidents (0–400)",
        "Total own violence (0–500)", "Total partner violence (0–500)",
    ]

    @Test func table51CountsTheACEDistribution() throws {
        let table = try ReportTable.aceDistribution(in: ACECohort.make())
        #expect(table.columns == ["ACE score", "research N", "research %", "reference N", "reference %"])
        #expect(row(table, "0") == ["1", "33.3", "1", "33.3"])
        #expect(row(table, "3") == ["1", "33.3", "0", "0.0"])
        #expect(row(table, "Total") == ["3", "100", "3", "100"])
        #expect(row(table, "Mean ACE score") == ["2.7", "", "1.0", ""])
        #expect(table.rows.count == 13)
        #expect(table.notes.first?.contains("1 respondent(s) without one") == true)
    }

    /// Children with SIMS-PR, SIS, TSCYC and TSCC from the synthetic generator, half
    /// research and half reference.
    func childAnalysis() throws -> CohortAnalysis {
        var cohort = StudyCohort()
        for instrument in [BuiltInInstrument.simspr, .sis, .tscyc, .tscc] {
            let definition = try syntheticDefinition(instrument)
            let matrix = try wavedSyntheticMatrix(definition, rows: 60, seed: 5)
            try cohort.add(matrix, definition: definition)
        }
        for person in 0..<20 {
            for wave in 1...3 {
                try cohort.setAttributes(["group": person < 10 ? "research" : "reference"], for: RecordKey(id: try RespondentID("p\(person)"), wave: wave))
            }
        }
        return CohortAnalysis(try ScoredCohort(cohort))
    }

    @Test func table61AgreesWithTheAnalysisItRestsOn() throws {
        let analysis = try childAnalysis()
        let table = try ReportTable.emotionalSecurity(in: analysis)
        #expect(table.columns == [
            "Scale", "Range", "research N", "research Mean", "research SD", "reference N", "reference Mean", "reference SD", "p (Welch)", "d",
        ])
        #expect(table.rows.filter(\.isSection).map(\.label) == ["Young children (SIMS-PR)", "Older children (SIS)"])
        #expect(table.rows.filter { !$0.isSection }.map { $0.cells[0].text } == ["10–50", "5–25", "4–20", "9–45", "7–28", "3–12", "7–28", "6–24", "4–16", "4–16", "4–16"])
        let oer = ScoreVariable(instrument: "simspr", scale: "oer")
        let wave1 = CohortFilter([.wave: ["1"]])
        let comparison = try analysis.compare(oer, on: .attribute("group"), "research", against: "reference", where: wave1)
        let cells = try #require(table.rows.first { $0.label == "Overt emotional reactivity" })
        #expect(cells.cells[1].value == Double(comparison.first.statistics.count))
        #expect(cells.cells[2].value == comparison.first.statistics.mean)
        #expect(cells.cells[7].value == comparison.test?.pValue)
        #expect(cells.cells[8].value == comparison.cohensD)
    }

    @Test func table62PoolsTScoresAndCountsScoresWithoutATable() throws {
        let analysis = try childAnalysis()
        // A straight-line table T = 40 + raw for TSCC anxiety, girls 8–16 only.
        let table = RawToTTable(instrument: "tscc", scale: "anx", sex: .female, minimumAge: 3, maximumAge: 17, rows: (0...27).map { [Double($0), 40 + Double($0)] }, source: "test")
        let norms = try NormSet(name: "test", entries: [], tTables: [table])
        let trauma = try ReportTable.traumaScores(in: analysis, norms: norms)
        #expect(trauma.rows.map(\.label) == ["Anxiety", "Depression", "Anger", "Posttraumatic stress", "Dissociation", "Sexual concerns"])
        let raw = try analysis.summarize(ScoreVariable(instrument: "tscc", scale: "anx"), by: [.attribute("group")], where: CohortFilter([.wave: ["1"], .sex: ["female"]]))
        let anxiety = try #require(trauma.rows.first)
        #expect(anxiety.cells[0].value == Double(raw[0].statistics.count))
        #expect(abs((anxiety.cells[1].value ?? 0) - (40 + (raw[0].statistics.mean ?? 0))) < 1e-9)
        // No values: counts 0, means empty, and the tests n/a with the reason.
        #expect(trauma.rows[1].cells.allSatisfy { $0.text.isEmpty || $0.text == "0" || $0.unavailable != nil })
        #expect(trauma.rows[1].cells.suffix(2).allSatisfy { $0.text == "n/a" && $0.unavailable?.isEmpty == false })
        #expect(trauma.markdown().contains("- n/a (Depression, p (Welch)): "))
        #expect(trauma.notes.contains { $0.contains("had no T table") })
        let rawTable = try ReportTable.traumaScores(in: analysis, norms: norms, metric: .raw)
        #expect(rawTable.rows.count == 12)
        #expect(rawTable.rows.first?.label == "TSCYC anxiety")
    }

    @Test func tablesNeedTheirInstruments() throws {
        let analysis = try ACECohort.make()
        #expect(researchError { _ = try ReportTable.partnerViolence(in: analysis) }?.code == .invalidMapping)
        #expect(researchError { _ = try ReportTable.emotionalSecurity(in: analysis) }?.code == .invalidMapping)
        #expect(researchError { _ = try ReportTable.traumaScores(in: analysis, norms: NormSet(name: "n", entries: [])) }?.code == .invalidMapping)
        #expect(researchError { _ = try ReportTable.violenceOverWaves(in: cts2Analysis(), waves: []) }?.code == .invalidMapping)
    }

    @Test func rendersCSVMarkdownAndJSON() throws {
        let table = try ReportTable.aceDistribution(in: ACECohort.make())
        let csv = String(decoding: table.csv(), as: UTF8.self)
        #expect(csv.hasPrefix("ACE score,research N,research %,reference N,reference %\n0,1,33.3,1,33.3\n"))
        #expect(csv.contains("\nMean ACE score,2.7,,1.0,\n"))
        let markdown = table.markdown()
        #expect(markdown.hasPrefix("### Table 5.1: ACE score distribution, wave 1\n"))
        #expect(markdown.contains("|---|---:|---:|---:|---:|"))
        #expect(markdown.contains("| 0 | 1 | 33.3 | 1 | 33.3 |"))
        let decoded = try JSONDecoder().decode(ReportTable.self, from: table.json())
        #expect(decoded == table)
        let sectioned = try ReportTable.partnerViolence(in: cts2Analysis())
        #expect(String(decoding: sectioned.csv(), as: UTF8.self).contains("\nSelf (own behaviour),,\n"))
        #expect(sectioned.markdown().contains("| **Self (own behaviour)** | | |"))
    }

    @Test func pValuesAndMarksFollowTheReport() {
        #expect(ReportTable.Cell(pValue: 0.0004, suffix: "*").text == "<.001*")
        #expect(ReportTable.Cell(pValue: 0.0449).text == ".045")
        #expect(ReportTable.Cell(pValue: 1).text == "1.000")
        #expect(ReportTable.Cell(-0.0001, decimals: 2).text == "0.00")
        #expect(ReportTable.Cell(nil, decimals: 2).text == "")
    }
}
