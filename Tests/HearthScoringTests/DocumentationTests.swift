import Foundation
import HearthCore
import Testing

@testable import HearthScoring

/// The instrument pages are written by hand; these checks keep them in step with the
/// definitions, so a page cannot silently drop or misname a scale.
@Suite("Documentation matches the definitions")
struct DocumentationTests {
    func page(_ instrument: BuiltInInstrument) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("docs/instruments/\(instrument.rawValue).md"), encoding: .utf8)
    }

    @Test(arguments: BuiltInInstrument.allCases)
    func everyScaleIsOnItsPage(_ instrument: BuiltInInstrument) throws {
        let text = try page(instrument)
        let scaleIDs = try instrument.structure?.slots.map(\.id) ?? instrument.definition().scales.map(\.id)
        for id in scaleIDs {
            #expect(text.contains("`\(id)`"), "\(instrument.rawValue): \(id)")
        }
        #expect(text.contains("(`\(instrument.rawValue)`)"))
        #expect(text.contains(instrument.requiresKeyFile ? "key file needed" : "Built in"))
    }

    @Test(arguments: BuiltInInstrument.allCases.filter(\.requiresKeyFile))
    func fixedItemCountsAreOnThePage(_ instrument: BuiltInInstrument) throws {
        let text = try page(instrument)
        for slot in instrument.structure?.slots ?? [] {
            if let count = slot.expectedItemCount { #expect(text.contains("\(count)"), "\(instrument.rawValue): \(slot.id)") }
        }
        #expect(text.contains("\(instrument.structure?.itemCount ?? -1) "))
    }
}

/// The README's Swift example, kept compiling and true.
@Suite("README example")
struct ReadmeExampleTests {
    @Test func exampleBehavesAsDescribed() throws {
        let plan = try ScoringPlan(Instruments.ace())
        let respondent = Respondent(id: try RespondentID("P-0001"), sex: .female, age: try Age(years: 34))
        let report = try plan.score([.code(1), .code(0), .missing(.refused), .code(1), .code(0),
                                     .code(1), .code(0), .code(0), .code(0), .code(0)], for: respondent)
        #expect(report["total"]?.status == .insufficient)
        #expect(report["family_violence"]?.value == RawScore(1.0))

        var matrix = try ResponseMatrix(itemCount: plan.definition.items.count)
        try matrix.append(respondent, answers: [.code(0), .code(0), .code(0), .code(0), .code(0),
                                                .code(0), .code(0), .code(0), .code(0), .code(0)])
        let table = try plan.score(matrix)
        #expect(try table.values(scaleID: "total") == [0])

        let key = try ScoringKey.load(contentsOf: repositoryRoot.appendingPathComponent("docs/examples/keys/tscyc.SYNTHETIC.json"))
        let tscyc = try ScoringPlan(BuiltInInstrument.tscyc.definition(with: key))
        #expect(tscyc.definition.key.synthetic)
    }
}
