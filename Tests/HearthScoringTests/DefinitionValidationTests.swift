import Foundation
import HearthCore
import Testing

@testable import HearthScoring

@Suite("Definition validation")
struct DefinitionValidationTests {
    /// A small valid definition to break one way at a time.
    static func base() -> InstrumentDefinition {
        InstrumentDefinition(
            id: "demo", version: "1", name: "Demo", citation: "none",
            key: KeyProvenance(origin: .userDefinition, version: "1", source: "test"),
            informant: .adultSelfReport, responseScale: ResponseScale(minimum: 1, maximum: 4),
            items: (1...6).map { ItemDefinition(id: "\($0)") },
            scales: [
                ScaleDefinition(id: "a", name: "A", items: [1, 2, 3], reverseKeyed: [3]),
                ScaleDefinition(id: "v", name: "V", role: .validity, items: [4, 5, 6]),
                ScaleDefinition(id: "a_cut", name: "A cut", cutoff: CutoffRule(source: "a", female: 6, male: 7)),
            ],
            validityRules: [ValidityRule(id: "v", scale: "v", thresholds: [.init(value: 10)], reason: "r", source: "s")])
    }

    static let breakages: [(String, @Sendable (inout InstrumentDefinition) -> Void)] = [
        ("id", { $0.id = "Bad-ID" }),
        ("version", { $0.version = "" }),
        ("scale order", { $0.responseScale = ResponseScale(minimum: 4, maximum: 1) }),
        ("reserved codes", { $0.responseScale = ResponseScale(minimum: 0, maximum: 0xFC) }),
        ("no items", { $0.items = [] }),
        ("duplicate item", { $0.items[1].id = "1" }),
        ("item id", { $0.items[0].id = "a b" }),
        ("age", { $0.minimumAge = -1 }),
        ("age order", { $0.minimumAge = 10; $0.maximumAge = 5 }),
        ("protocol limit", { $0.maximumMissingItemsInProtocol = -2 }),
        ("no scales", { $0.scales = []; $0.validityRules = [] }),
        ("duplicate scale", { $0.scales[1].id = "a"; $0.validityRules = [] }),
        ("scale id case", { $0.scales[0].id = "A" }),
        ("empty scale", { $0.scales[0].items = []; $0.scales[0].reverseKeyed = [] }),
        ("item zero", { $0.scales[0].items[0] = 0 }),
        ("item too high", { $0.scales[0].items[0] = 7 }),
        ("item twice", { $0.scales[0].items = [1, 1, 3] }),
        ("reverse outside", { $0.scales[0].reverseKeyed = [4] }),
        ("reverse twice", { $0.scales[0].reverseKeyed = [3, 3] }),
        ("code values count", { $0.scales[0].codeValues = [0, 1] }),
        ("code values range", { $0.scales[0].codeValues = [0, 1, 2, -1] }),
        ("pairs missing", { $0.scales[1].aggregation = .pairDifferenceSum }),
        ("pair shape", { $0.scales[1].aggregation = .pairDifferenceSum; $0.scales[1].itemPairs = [[4, 4]] }),
        ("pairs on a sum", { $0.scales[1].itemPairs = [[4, 5]] }),
        ("negative allowance", { $0.scales[0].missingData = .prorate(maximumMissingItems: -1) }),
        ("NaN proportion", { $0.scales[0].missingData = .prorate(maximumMissingProportion: .nan) }),
        ("gate outside scale", { $0.scales[0].skipRule = SkipRule(gateItem: 5, gateCode: 1) }),
        ("gate code", { $0.scales[0].skipRule = SkipRule(gateItem: 1, gateCode: 9) }),
        ("cut-off source", { $0.scales[2].cutoff?.source = "nope" }),
        ("cut-off of cut-off", { $0.scales[2].cutoff?.source = "a_cut" }),
        ("cut-off with items", { $0.scales[2].items = [1] }),
        ("cut-off NaN", { $0.scales[2].cutoff?.male = .infinity }),
        ("rule scale", { $0.validityRules[0].scale = "zz" }),
        ("rule on score scale", { $0.validityRules[0].scale = "a" }),
        ("rule thresholds", { $0.validityRules[0].thresholds = [] }),
        ("rule NaN", { $0.validityRules[0].thresholds = [.init(value: .nan)] }),
        ("rule twice", { $0.validityRules.append($0.validityRules[0]) }),
        ("too many rules", { definition in
            definition.validityRules = (0...30).map { ValidityRule(id: "r\($0)", scale: "v", thresholds: [.init(value: 1)], reason: "r", source: "s") }
        }),
    ]

    @Test func baseIsValid() throws {
        try Self.base().validate()
    }

    @Test(arguments: breakages.map(\.0))
    func eachBreakageIsCaught(_ name: String) throws {
        var definition = Self.base()
        try #require(Self.breakages.first { $0.0 == name }).1(&definition)
        let broken = definition
        let error = caught { () throws(ScoringError) in _ = try ScoringPlan(broken) }
        #expect(error?.code == .invalidDefinition, "\(name)")
        #expect(error?.instrument == broken.id)
    }

    @Test func definitionsRoundTripThroughJSONAndStillScore() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for definition in try allTestDefinitions() {
            let data = try encoder.encode(definition)
            let decoded = try JSONDecoder().decode(InstrumentDefinition.self, from: data)
            #expect(decoded == definition, "\(definition.id)")
            _ = try ScoringPlan(decoded)
        }
    }

    @Test func builtInDefinitionsAreValidAndItemTextFree() throws {
        for definition in try allTestDefinitions() {
            try definition.validate()
            // Labels are structural: short, no question marks (no item texts).
            for item in definition.items {
                #expect((item.label ?? "").count <= 60, "\(definition.id) \(item.id)")
                #expect(!(item.label ?? "").contains("?"))
            }
        }
    }
}
