import Foundation
import HearthCore
import HearthNorms
import HearthResearch
import HearthScoring
import Testing

/// A small cohort whose table cells are worked out by hand below: three research parents
/// and one reference parent (CTS2 and ACE), one of them again at wave 2, with cities,
/// families, incomes and help between the waves.
///
/// CTS2 (study coding: 1 never, 3 once = 1, 4 twice = 2, 5 = 4, 6 = 8, 8 = 25 a year):
/// - p1, woman, research, city A, family f1, low income: own minor psychological (item 7)
///   4; partner minor psychological (7) 25 and severe physical (20) 8. Wave 2: partner
///   minor psychological 2. ACE items 1 and 3 (total 2, family violence 1).
/// - p2, man, research, city B, family f2, high income: own minor physical (15) 2;
///   partner severe psychological (11) 1. ACE item 5 (total 1, family violence 0).
/// - p3, woman, research, city A, family f3, low income: none. ACE none.
/// - p4, woman, reference, city A: own minor psychological (8) 1. ACE item 2 (1, 1).
struct LayoutCohort {
    static func cts2(_ answers: [String: UInt8], definition: InstrumentDefinition) -> [UInt8] {
        definition.items.map { answers[$0.id] ?? 1 }
    }

    static func make() throws -> CohortAnalysis {
        let cts2 = try BuiltInInstrument.cts2.definition()
        let ace = try BuiltInInstrument.ace.definition()
        var cts2Rows = try ResponseMatrix(itemCount: cts2.items.count)
        var aceRows = try ResponseMatrix(itemCount: 10)
        var cohort = StudyCohort()
        let people: [(id: String, sex: Sex, wave: Int, group: String, city: String, income: String, cts2: [String: UInt8], ace: Set<Int>?)] = [
            ("p1", .female, 1, "research", "A", "low", ["self_7": 5, "partner_7": 8, "partner_20": 6], [1, 3]),
            ("p2", .male, 1, "research", "B", "high", ["self_15": 4, "partner_11": 3], [5]),
            ("p3", .female, 1, "research", "A", "low", [:], []),
            ("p4", .female, 1, "reference", "A", "low", ["self_8": 3], [2]),
            ("p1", .female, 2, "research", "A", "low", ["partner_7": 4], nil),
        ]
        for person in people {
            let respondent = Respondent(
                id: try RespondentID(person.id), sex: person.sex, partnerSex: person.sex == .female ? .male : .female, age: try Age(years: 35),
                wave: try Wave(index: person.wave))
            try cts2Rows.append(respondent, matrixCodes: Self.cts2(person.cts2, definition: cts2))
            if let yes = person.ace { try aceRows.append(respondent, matrixCodes: (1...10).map { yes.contains($0) ? 1 : 0 }) }
            try cohort.setAttributes(
                ["group": person.group, "city": person.city, "family": "f" + person.id.dropFirst(), "income": person.income], for: RecordKey(respondent))
        }
        try cohort.add(cts2Rows, definition: cts2)
        try cohort.add(aceRows, definition: ace)
        // Help: p1 at wave 2 (youth care, satisfied; mental health, dissatisfied); p2 at wave
        // 2 none; p3 at wave 2 not recorded.
        try cohort.setHelp(
            HelpReceived(hadHelp: true, agencies: [.youthCare, .mentalHealth], satisfaction: [.youthCare: .satisfied, .mentalHealth: .dissatisfied]),
            for: RecordKey(id: try RespondentID("p1"), wave: 2))
        try cohort.setHelp(HelpReceived(hadHelp: false), for: RecordKey(id: try RespondentID("p2"), wave: 2))
        return CohortAnalysis(try ScoredCohort(cohort))
    }
}

@Suite("Report table layouts, by hand")
struct ReportLayoutTests {
    func value(_ table: ReportTable, row: String, column: String) -> Double? {
        guard let index = table.columns.firstIndex(of: column), let found = table.rows.first(where: { $0.label == row }) else { return nil }
        return found.cells[index - 1].value
    }

    @Test func table4_2MeansSevereAndMinorViolencePerGroup() throws {
        let table = try ReportTable.severityByGroup(in: try LayoutCohort.make())
        // Women in the research group: p1 and p3.
        #expect(value(table, row: "Partner severe violence (0–275)", column: "female · research Mean") == 4)
        #expect(value(table, row: "Partner minor violence (0–225)", column: "female · research Mean") == 12.5)
        #expect(value(table, row: "Own minor violence (0–225)", column: "male · research Mean") == 2)
        #expect(value(table, row: "Own minor violence (0–225)", column: "female · reference Mean") == 1)
        #expect(value(table, row: "Own severe violence (0–275)", column: "female · research N") == 2)
    }

    @Test func tables4_4And4_5CompareOwnAndPartnerViolence() throws {
        let analysis = try LayoutCohort.make()
        let table = try ReportTable.mutualViolence(in: analysis, group: "research", id: "4.4")
        // Own: p1 4, p2 2, p3 0; partner: 33, 1, 0.
        #expect(value(table, row: "Own violence, total", column: "Total Mean") == 2)
        #expect(abs((value(table, row: "Partner violence, total", column: "Total Mean") ?? 0) - 34.0 / 3) < 1e-12)
        #expect(value(table, row: "Partner violence, total", column: "female Mean") == 16.5)
        // One man: no Welch test, and the cell says why.
        #expect(table.rows[0].cells.last?.unavailable != nil)
        let paired = try TTest.paired(before: [4, 2, 0], after: [33, 1, 0])
        #expect(table.notes[0].contains("n = 3, t(2) = \(ReportTable.Cell(paired.t, decimals: 2).text)"))
        let byType = try ReportTable.ownAgainstPartner(in: analysis)
        #expect(abs((byType.rows[0].cells[1].value ?? 0) - 4.0 / 3) < 1e-12 && abs((byType.rows[0].cells[2].value ?? 0) - 25.0 / 3) < 1e-12)
        #expect(byType.rows[0].cells[3].value == (try TTest.paired(before: [4, 0, 0], after: [25, 0, 0])).pValue)
    }

    @Test func table4_6SortsCouplesByWhoUsesViolence() throws {
        let table = try ReportTable.mutuality(in: try LayoutCohort.make())
        // Psychological: p1 both; p2 (a man) own none, partner yes → the woman only.
        // Woman only 1, man only 0: McNemar (|1 − 0| − 1)²/1 = 0, p = 1.
        #expect(table.rows[0].cells.map(\.value) == [2, 1, 1, 0, 1])
        // The three categories by the respondent's sex (both: a woman; woman only: a man): X² = 2.
        #expect(table.notes[0] == "Psychological violence, the three categories by the respondent's sex: χ²(1) = 2.00, p = .157.")
        // Physical: p1's partner (a man) only; p2 (a man) himself only → the man only, twice.
        #expect(table.rows[2].cells.prefix(4).map(\.value) == [2, 0, 0, 2])
        // Man only twice, woman only never: (|0 − 2| − 1)²/2 = 0.5.
        #expect(table.rows[2].cells[4].value == (try ChiSquareDistribution(degreesOfFreedom: 1)).upperTail(0.5))
    }

    @Test func table4_7ComparesBackgroundLevels() throws {
        let table = try ReportTable.violenceByBackground(in: try LayoutCohort.make(), characteristics: [.attribute("income")])
        // Low income: p1 and p3 (own 4 and 0); high: p2 (own 2; partner 1).
        #expect(table.rows.first { $0.label == "low" }?.cells.map(\.value) == [2, 2, 16.5])
        #expect(table.rows.first { $0.label == "high" }?.cells.map(\.value) == [1, 2, 1])
        #expect(table.rows.contains { $0.isSection && $0.label == "income" })
        // One high-income parent: no Welch test, so no marks; the note says why the test across levels is missing.
        #expect(table.notes.contains { $0.hasPrefix("income, across its levels: own violence (two groups") || $0.hasPrefix("income, across its levels: own violence not computed") })
    }

    @Test func table5_2SharesChildhoodViolencePerCity() throws {
        let table = try ReportTable.aceByCity(in: try LayoutCohort.make())
        // City A (research): p1 (ACE 2, family violence) and p3 (0, none); city B: p2 (1, none).
        let a = try #require(table.rows.first { $0.label == "A" })
        #expect(a.cells.map(\.value) == [1, 2.0.squareRoot(), 50, 1, 50, 1])
        let total = try #require(table.rows.first { $0.label == "Total" })
        #expect(abs((total.cells[2].value ?? 0) - 100.0 / 3) < 1e-12 && total.cells[3].value == 1 && total.cells[5].value == 2)
    }

    @Test func chapter7TablesCountHelpPerPersonAndInterval() throws {
        let analysis = try LayoutCohort.make()
        let perInterval = ReportTable.helpPerInterval(in: analysis, adults: true)
        // Wave 1–2: p1 help, p2 none; p3 unrecorded is not counted.
        #expect(perInterval.rows[0].cells.map(\.value) == [1, 1, 2])
        #expect(perInterval.rows[0].cells[0].text == "1 (50.0%)")
        let kinds = ReportTable.agencyKinds(in: analysis, adults: true)
        // Every kind Hearth knows is listed, the ones no one had with 0 (as the report lists FIOM).
        #expect(kinds.rows.map(\.label) == Agency.known.map(\.rawValue) + ["Any help"])
        #expect(kinds.rows.first { $0.label == "youth-care" }?.cells.map(\.value) == [1, 100])
        #expect(kinds.rows.first { $0.label == "fiom" }?.cells.map(\.value) == [0, 0])
        let number = ReportTable.numberOfAgencies(in: analysis)
        #expect(number.rows[1].cells[0].value == 100 && number.rows.last?.cells.map(\.value) == [1, 0])
        let satisfaction = ReportTable.satisfaction(in: analysis, adults: true)
        #expect(satisfaction.rows.first { $0.label == "mental-health" }?.cells.map(\.value) == [1, 0, 0, 100])
        // No children in this cohort: empty tables, never a crash.
        #expect(ReportTable.helpPerInterval(in: analysis, adults: false).rows.allSatisfy { $0.cells.last?.value == 0 })
    }

    @Test func tables5_3To5_6SummariseAScaleByGroupSexAndCity() throws {
        let analysis = try LayoutCohort.make()
        let ace = ScoreVariable(instrument: "ace", scale: "total")
        let table = try ReportTable.scaleByGroup(in: analysis, id: "5.3", column: ace, title: "ACE", bySex: true)
        // Research: 2, 1, 0 (mean 1, SD 1; the man 1, women 2 and 0); reference: 1 (a woman).
        #expect(table.rows.map(\.label) == ["research", "– men", "– women", "reference", "– men", "– women"])
        #expect(table.rows[0].cells.prefix(3).map(\.value) == [3, 1, 1])
        #expect(table.rows[1].cells.prefix(3).map(\.value) == [1, 1, nil])
        #expect(table.rows[2].cells.prefix(3).map(\.value) == [2, 1, 2.0.squareRoot()])
        // One reference parent: no SD, and so no Welch test; the notes say so.
        #expect(table.rows[3].cells[2].unavailable != nil && table.notes[0].contains("research against reference (Welch): not computed"))
        #expect(table.rows[5].cells[0].value == 1)
        // Against a published reference (n 487, mean 0.5, SD 1): Welch from the summary statistics, ** at p < .005.
        let entry = try #require(try NormSet.builtIn().entry(id: "N337"))
        let published = try ReportTable.scaleByGroup(in: analysis, id: "5.3", column: ace, title: "ACE", bySex: false, referenceNorm: entry)
        #expect(published.rows.map(\.label) == ["reference (Reclassering Nederland employees 2007)", "research"])
        let p = try TTest.welch(try SummaryStatistics([2, 1, 0]), try SummaryStatistics(count: 487, mean: 31.12, standardDeviation: 3.84)).pValue
        #expect(published.rows[1].cells[1].text == "1.00" + (p < 0.005 ? "**" : ""))
        let byCity = try ReportTable.scaleByCity(in: analysis, id: "5.6", column: ace, title: "ACE")
        #expect(byCity.rows.map(\.label) == ["A", "B"] && byCity.rows[0].cells.map(\.value) == [1, 2, 2.0.squareRoot()])
    }

    @Test func correlationTablesJoinFamiliesAndCarryOnceAskedMeasuresForward() throws {
        let analysis = try LayoutCohort.make()
        let total = ScoreVariable(instrument: "cts2", scale: "total_violence_frequency")
        let ace = ScoreVariable(instrument: "ace", scale: "total")
        let table = try ReportTable.correlationTable(
            in: analysis, norms: try NormSet.builtIn(), id: "7.9", title: "test",
            variables: [.init("Violence", total), .init("The family's violence", total, family: true), .init("ACE", ace, asked: .once)],
            upperWave: 2, where: CohortFilter([.attribute("group"): ["research"]]))
        // Wave 1: each family has one parent, so the family's violence is the parent's own: r = 1.
        #expect(abs((table.rows[1].cells[0].value ?? 0) - 1) < 1e-12 && table.rows[1].cells[0].text == "1.00**")
        // Violence 37, 3, 0 against ACE 2, 1, 0: r and p as PearsonCorrelation gives them.
        let r = try PearsonCorrelation.between([37, 3, 0], [2, 1, 0])
        #expect(table.rows[2].cells[0].text == (r.pValue < 0.05 ? ReportTable.Cell(r.r, decimals: 2).text : "ns"))
        // Wave 2 (above the diagonal): only p1, with ACE carried from wave 1 — one pair.
        #expect(table.rows[0].cells[2].unavailable?.contains("n = 1") == true)
    }

    @Test func everyTableOfTheExampleExplainsEveryMissingCell() throws {
        let directory = StudyRunnerTests.exampleDirectory
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/study.json"))
        let result = try StudyRunner(configuration: try StudyConfiguration.decode(data, source: "study.json"), baseDirectory: directory).run()
        #expect(result.tables.count == 33)
        for table in result.tables {
            for row in table.rows where !row.isSection {
                #expect(row.cells.count == table.columns.count - 1, "Table \(table.id), row \(row.label): \(row.cells.count) cells for \(table.columns.count - 1) columns")
                for cell in row.cells {
                    #expect(cell.text != ReportTable.Cell.notComputed || cell.unavailable?.isEmpty == false, "Table \(table.id), \(row.label)")
                    #expect(cell.value.map(\.isFinite) ?? true, "Table \(table.id), \(row.label): a non-finite value")
                    #expect(!cell.text.contains("nan") && !cell.text.contains("inf"), "Table \(table.id), \(row.label)")
                }
            }
            #expect(table.layoutSource.hasPrefix("Tierolf et al. (2014), Table"), "Table \(table.id)")
        }
    }
}

/// Tables 7.5 and 7.8b on parents whose TSI answers make them traumatised or not by hand:
/// with straight T tables that put raw 0 at T 40 and any symptom at T 70, p1 (anxious
/// arousal items answered 1) is traumatised and p2 (no symptom) is not. Both answer the
/// response-level items 1, so neither reads as denial (SYNTHETIC key: `rl` counts 0s).
@Suite("Report table layouts with trauma, by hand")
struct TraumaLayoutTests {
    static func make() throws -> (CohortAnalysis, NormSet) {
        let tsi = try syntheticDefinition(.tsi)
        let anxious = Set(try #require(tsi.scales.first { $0.id == "aa" }).items)
        let responseLevel = Set(try #require(tsi.scales.first { $0.id == "rl" }).items)
        var rows = try ResponseMatrix(itemCount: tsi.items.count)
        var cohort = StudyCohort()
        for (id, symptoms) in [("p1", true), ("p2", false)] {
            let respondent = Respondent(id: try RespondentID(id), sex: .female, age: try Age(years: 30), wave: try Wave(index: 1))
            try rows.append(respondent, matrixCodes: (1...tsi.items.count).map { responseLevel.contains($0) || symptoms && anxious.contains($0) ? 1 : 0 })
            try cohort.setAttributes(["group": "research", "family": "f" + id], for: RecordKey(respondent))
        }
        try cohort.add(rows, definition: tsi)
        try cohort.setHelp(HelpReceived(hadHelp: true, agencies: [.mentalHealth]), for: RecordKey(id: try RespondentID("p1"), wave: 2))
        try cohort.setHelp(HelpReceived(hadHelp: true, agencies: [.shelter]), for: RecordKey(id: try RespondentID("p2"), wave: 2))
        let tables = CohortAnalysis.adultTraumaScaleIDs.map { scale in
            RawToTTable(instrument: "tsi", scale: scale, rows: (0...24).map { [Double($0), $0 == 0 ? 40 : 70] }, source: "test")
        }
        return (CohortAnalysis(try ScoredCohort(cohort)), try NormSet(name: "test", entries: [], tTables: tables))
    }

    @Test func table7_8bCrossesTraumaWithSecondLineHelp() throws {
        let (analysis, norms) = try Self.make()
        let table = try ReportTable.traumaAndSecondLineHelp(in: analysis, norms: norms)
        // p2: not traumatised, a shelter only (first line); p1: traumatised, mental health care (second line, the report's GGZ).
        #expect(table.rows[0].cells.map(\.value) == [1, 0, 1])
        #expect(table.rows[1].cells.map(\.value) == [0, 1, 1])
        #expect(table.rows[2].cells.map(\.value) == [1, 1, 2])
    }

    @Test func table7_5ComparesTheTraumatisedShareByHelp() throws {
        let (analysis, norms) = try Self.make()
        let table = try ReportTable.helpBaseline(in: analysis, norms: norms)
        // Both had help: 1 of 2 traumatised; no one without help.
        let row = try #require(table.rows.first { $0.label == "% traumatised (TSI)" })
        #expect(row.cells[0].value == 50 && row.cells[2].value == 2 && row.cells[3].value == 0)
        #expect(row.cells[1].unavailable != nil)
    }
}

/// Tables 6.3 and 6.4 on two young children whose TSCYC answers make them traumatised or
/// not by hand: with T tables that put anxiety raw ≥ 15 at T 75 (clinical, ≥ 70) and every
/// other score at T 40, c1 (anxiety items answered 2) is traumatised at wave 1 and c2 (all
/// 1) is not. Response-level items are answered 2, so neither reads as denial.
@Suite("Children's trauma tables, by hand")
struct ChildTraumaLayoutTests {
    static func make() throws -> (CohortAnalysis, NormSet) {
        let tscyc = try syntheticDefinition(.tscyc)
        func items(_ scale: String) throws -> Set<Int> { Set(try #require(tscyc.scales.first { $0.id == scale }).items) }
        let anxiety = try items("anx"), responseLevel = try items("rl")
        var rows = try ResponseMatrix(itemCount: tscyc.items.count)
        var cohort = StudyCohort()
        for (id, wave, city, anxious) in [("c1", 1, "A", true), ("c2", 1, "B", false), ("c1", 2, "A", false)] {
            let respondent = Respondent(id: try RespondentID(id), sex: .female, age: try Age(years: 6), wave: try Wave(index: wave))
            try rows.append(respondent, matrixCodes: (1...tscyc.items.count).map { item in
                responseLevel.contains(item) || anxious && anxiety.contains(item) ? 2 : 1
            })
            try cohort.setAttributes(["group": "research", "city": city], for: RecordKey(respondent))
        }
        try cohort.add(rows, definition: tscyc)
        let tables = ["anx", "dep", "ang", "pts_tot", "dis", "sc"].map { scale in
            RawToTTable(instrument: "tscyc", scale: scale, rows: (0...120).map { [Double($0), scale == "anx" && $0 >= 15 ? 75 : 40] }, source: "test")
        }
        return (CohortAnalysis(try ScoredCohort(cohort)), try NormSet(name: "test", entries: [], tTables: tables))
    }

    @Test func table6_3SharesTraumatisedChildrenPerCity() throws {
        let (analysis, norms) = try Self.make()
        let table = try ReportTable.childTraumaByCity(in: analysis, norms: norms)
        // City A: c1, traumatised (anxiety T 75); city B: c2, not. Posttraumatic stress T 40 for both.
        #expect(table.rows.map(\.label) == ["A", "B", "Total"])
        #expect(table.rows[0].cells.prefix(3).map(\.value) == [100, 40, 1])
        #expect(table.rows[1].cells.prefix(3).map(\.value) == [0, 40, 1])
        #expect(table.rows[2].cells.prefix(3).map(\.value) == [50, 40, 2])
        // Traumatised or not by city, [[1, 0], [0, 1]] with Yates: X² = 0, p = 1.
        #expect(table.notes[0] == "Traumatised by city: χ²(1) = 0.00, p = 1.000.")
    }

    @Test func table6_4AveragesEachWaveAndPairsTheChildrenMeasuredTwice() throws {
        let (analysis, norms) = try Self.make()
        let table = try ReportTable.childTraumaOverWaves(in: analysis, norms: norms, waves: [1, 2])
        // Columns: posttraumatic stress, depression, anxiety, …; anxiety T at wave 1: 75 and 40.
        #expect(table.rows[0].label == "Wave 1 (N=2 with posttraumatic stress)" && table.rows[0].cells[2].value == 57.5 && table.rows[0].cells[0].value == 40)
        #expect(table.rows[1].label == "Wave 2 (N=1 with posttraumatic stress)" && table.rows[1].cells[2].value == 40)
        // One child at both waves: the paired test needs two pairs, and says so.
        #expect(table.rows[2].label == "p wave 1–2 (paired)" && table.rows[2].cells[2].unavailable == "the paired test needs at least two pairs")
    }

    @Test func table4_8And4_10AreTheWaveBySexVersionsOf4_1And4_2() throws {
        let analysis = try LayoutCohort.make()
        let overWaves = try ReportTable.partnerViolenceOverWaves(in: analysis)
        #expect(overWaves.id == "4.8" && overWaves.columns == ["CTS2", "1 · female (N=2)", "1 · male (N=1)", "2 · female (N=1)"])
        let severity = try ReportTable.severityOverWaves(in: analysis)
        // Wave 2 women: p1 alone, partner minor violence 2 (psychological item 7, twice).
        #expect(severity.id == "4.10" && severity.rows[3].cells[5].value == 2)
    }
}
