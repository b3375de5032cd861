import Foundation
import HearthCore
import Testing

@testable import HearthNorms

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The one entry matching the criteria (fails the test when there is not exactly one).
func unique(
    _ set: NormSet, _ instrument: String, _ scale: String, _ statistic: String, _ population: String,
    sex: Sex? = nil, actor: String? = nil, wave: Int? = nil, where extra: (NormEntry) -> Bool = { _ in true }
) throws -> NormEntry {
    let matches = set.entries(instrument: instrument, scale: scale, statistic: statistic, population: population, sex: sex, wave: wave, actor: actor)
        .filter { sex != nil || $0.stratum.sex == nil }
        .filter(extra)
    try #require(matches.count == 1, "\(instrument) \(scale) \(statistic) \(population): \(matches.map(\.id))")
    return matches[0]
}

@Suite("Built-in norms: the report's tables, value by value")
struct BuiltInNormsTests {
    let norms: NormSet

    init() throws { norms = try NormSet.builtIn() }

    @Test func theSetIsCompleteAndVerbatim() throws {
        #expect(norms.entries.count == 465)
        #expect(Set(norms.entries.map(\.id)).count == 465)
        #expect(norms.entries.allSatisfy { !$0.source.lines.isEmpty && $0.source.file.hasPrefix("002_") })
        // The embedded text is the report's transcription committed as a fixture
        // (Fixtures/seed-norms.json, see Fixtures/README.md), byte for byte.
        let fixture = repositoryRoot.appendingPathComponent("Tests/HearthNormsTests/Fixtures/seed-norms.json")
        #expect(try String(contentsOf: fixture, encoding: .utf8) == BuiltInNorms.json)
    }

    /// Table 5.5: parenting stress (NOSI-K), N / mean / SD.
    @Test(arguments: [
        ("reference", Sex.male, 131, 39.18, 15.76), ("reference", .female, 203, 41.07, 19.58), ("reference", nil, 334, 40.33, 18.18),
        ("research", .male, 20, 66.10, 25.00), ("research", .female, 314, 50.41, 27.25), ("research", nil, 334, 51.35, 27.34),
    ] as [(String, Sex?, Int, Double, Double)])
    func table5_5(_ population: String, _ sex: Sex?, _ n: Int, _ mean: Double, _ sd: Double) throws {
        let entry = try unique(norms, "NOSI-K", "parentingStressTotal", "mean", population, sex: sex) { $0.source.table == "5.5" }
        #expect(entry.n == n && entry.mean == mean && entry.sd == sd)
        #expect(entry.source.table == "5.5")
    }

    /// Tables 5.3 and 5.4: socialisation and impulsivity.
    @Test func tables5_3and5_4() throws {
        let socialisation: [(String, Sex?, Int, Double, Double)] = [
            ("reference", nil, 487, 31.12, 3.84), ("research", nil, 199, 27.43, 4.94), ("research", .male, 16, 24.48, 5.40), ("research", .female, 183, 27.69, 4.82),
        ]
        for (population, sex, n, mean, sd) in socialisation {
            let entry = try unique(norms, "Gough-Socialization", "socialisation", "mean", population, sex: sex) { $0.source.table == "5.3" }
            #expect(entry.n == n && entry.mean == mean && entry.sd == sd)
        }
        let reference = try unique(norms, "Eysenck-Impulsivity", "impulsivity", "mean", "reference") { $0.source.table == "5.4" }
        #expect(reference.n == 487 && reference.mean == 4.82 && reference.sd == 3.01)
        let research = try unique(norms, "Eysenck-Impulsivity", "impulsivity", "mean", "research") { $0.source.table == "5.4" }
        #expect(research.n == 195 && research.mean == 6.60 && research.sd == 4.48)
    }

    /// Table 6.1: emotional security, research (wave 1) and reference, N / mean / SD.
    @Test(arguments: [
        ("SIMS-PR", "emotionalReactivity", 196, 21.99, 9.44, 114, 12.35, 2.55),
        ("SIMS-PR", "behavioralDysregulation", 202, 7.31, 3.54, 115, 5.31, 0.94),
        ("SIMS-PR", "avoidance", 197, 6.82, 3.27, 112, 4.70, 1.41),
        ("SIMS-PR", "involvement", 197, 20.50, 8.46, 113, 13.26, 4.14),
        ("SIS", "emotionalReactivity", 36, 14.64, 6.52, 117, 9.16, 2.32),
        ("SIS", "behavioralDysregulation", 36, 3.64, 1.07, 117, 3.19, 0.51),
        ("SIS", "avoidance", 36, 13.97, 5.56, 116, 12.17, 4.30),
        ("SIS", "involvement", 36, 11.57, 3.47, 116, 10.65, 3.27),
        ("SIS", "constructiveFamilyRepresentations", 36, 6.71, 2.98, 118, 13.84, 3.57),
        ("SIS", "destructiveFamilyRepresentations", 36, 7.82, 3.65, 115, 4.68, 1.14),
        ("SIS", "conflictSpillover", 36, 6.04, 2.24, 114, 4.86, 1.60),
    ] as [(String, String, Int, Double, Double, Int, Double, Double)])
    func table6_1(_ instrument: String, _ scale: String, _ n: Int, _ mean: Double, _ sd: Double, _ refN: Int, _ refMean: Double, _ refSD: Double) throws {
        let research = try unique(norms, instrument, scale, "mean", "research") { $0.source.table == "6.1" }
        #expect(research.n == n && research.mean == mean && research.sd == sd)
        let reference = try unique(norms, instrument, scale, "mean", "reference") { $0.source.table == "6.1" }
        #expect(reference.n == refN && reference.mean == refMean && reference.sd == refSD)
    }

    /// Table 6.2: trauma (TSCYC/TSCC) means.
    @Test(arguments: [
        ("anxiety", 241, 55.3, 14.1, 235, 45.9, 6.4), ("depression", 242, 53.3, 13.2, 234, 44.8, 5.1),
        ("anger", 243, 51.6, 12.5, 235, 43.7, 6.5), ("posttraumaticStress", 238, 55.3, 14.2, 235, 43.4, 4.9),
        ("dissociation", 241, 51.2, 11.4, 234, 44.5, 5.4), ("sexualConcerns", 239, 49.1, 8.6, 235, 47.5, 6.4),
    ] as [(String, Int, Double, Double, Int, Double, Double)])
    func table6_2(_ scale: String, _ n: Int, _ mean: Double, _ sd: Double, _ refN: Int, _ refMean: Double, _ refSD: Double) throws {
        let research = try unique(norms, "TSCYC+TSCC", scale, "mean", "research") { $0.source.table == "6.2" }
        #expect(research.n == n && research.mean == mean && research.sd == sd)
        let reference = try unique(norms, "TSCYC+TSCC", scale, "mean", "reference") { $0.source.table == "6.2" }
        #expect(reference.n == refN && reference.mean == refMean && reference.sd == refSD)
    }

    /// Table 5.1: the ACE score distribution.
    @Test func table5_1() throws {
        let research = try unique(norms, "ACE", "aceScore", "countDistribution", "research")
        let reference = try unique(norms, "ACE", "aceScore", "countDistribution", "reference")
        #expect(research.n == 200 && reference.n == 639)
        let researchCounts = [56, 33, 26, 28, 15, 17, 11, 8, 3, 3, 0]
        let referenceCounts = [441, 117, 42, 16, 10, 4, 5, 2, 1, 1, 0]
        #expect((0...10).map { research.countDistribution?[$0] } == researchCounts)
        #expect((0...10).map { reference.countDistribution?[$0] } == referenceCounts)
    }

    /// Table 4.1: CTS2 prevalence (%) and chronicity, wave 1, women and men, self and partner.
    @Test func table4_1() throws {
        // (scale, actor, statistic, W research, W reference, M research, M reference)
        let rows: [(String, String, String, Double, Double, Double, Double)] = [
            ("negotiation", "self", "prevalence", 93, 96, 100, 98), ("negotiation", "self", "chronicity", 60, 53, 64, 46),
            ("psychologicalAggression", "self", "prevalence", 88, 53, 94, 47), ("psychologicalAggression", "self", "chronicity", 30, 8, 23, 6),
            ("physicalAssault", "self", "prevalence", 47, 10, 81, 5), ("physicalAssault", "self", "chronicity", 14, 4, 10, 5),
            ("negotiation", "partner", "prevalence", 88, 96, 94, 98), ("negotiation", "partner", "chronicity", 35, 50, 48, 45),
            ("psychologicalAggression", "partner", "prevalence", 93, 49, 100, 47), ("psychologicalAggression", "partner", "chronicity", 61, 9, 40, 7),
            ("physicalAssault", "partner", "prevalence", 76, 8, 75, 6), ("physicalAssault", "partner", "chronicity", 48, 5, 20, 3),
        ]
        for (scale, actor, statistic, womenResearch, womenReference, menResearch, menReference) in rows {
            let cells: [(String, Sex, Double)] = [("research", .female, womenResearch), ("reference", .female, womenReference), ("research", .male, menResearch), ("reference", .male, menReference)]
            for (population, sex, expected) in cells {
                let entry = try unique(norms, "CTS2", scale, statistic, population, sex: sex, actor: actor) { $0.source.table == "4.1" }
                #expect((statistic == "prevalence" ? entry.percent : entry.mean) == expected, "\(scale) \(actor) \(statistic) \(population) \(sex)")
                #expect(entry.sd == nil)  // the report prints no SD for CTS2
            }
        }
    }

    @Test func strataReadTheirFields() throws {
        let entry = try #require(norms.entry(id: "N378"))
        #expect(entry.stratum.ageBand == 3...10)
        #expect(entry.stratum.wave == 1)
        #expect(entry.stratum.sex == nil)
        #expect(try #require(norms.entry(id: "N007")).stratum.actor == "self")
    }
}
