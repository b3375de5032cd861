import Foundation
import HearthCore
import HearthSynthetic

@testable import HearthScoring

/// The repository's root, found from this file's path (tests run from sources).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The SYNTHETIC key of an instrument, from `docs/examples/keys`.
func syntheticKey(_ instrument: String) throws -> ScoringKey {
    try ScoringKey.load(contentsOf: repositoryRoot.appendingPathComponent("docs/examples/keys/\(instrument).SYNTHETIC.json"))
}

/// The definition of a keyed instrument with its SYNTHETIC key.
func syntheticDefinition(_ instrument: BuiltInInstrument) throws -> InstrumentDefinition {
    try instrument.definition(with: syntheticKey(instrument.rawValue))
}

/// Every instrument's definition: built-in ones with defaults, keyed ones with SYNTHETIC keys.
func allTestDefinitions() throws -> [InstrumentDefinition] {
    try BuiltInInstrument.allCases.map { instrument in
        instrument.requiresKeyFile ? try syntheticDefinition(instrument) : try instrument.definition()
    } + [try Instruments.cts2(coding: .original, frequencyMissingData: .prorate(maximumMissingProportion: 0.2))]
}

func person(_ id: String = "r1", sex: Sex = .unknown, partnerSex: Sex = .unknown, age: Int? = nil) throws -> Respondent {
    Respondent(id: try RespondentID(id), sex: sex, partnerSex: partnerSex, age: try age.map { years throws in try Age(years: years) })
}

/// Answers from optional codes: `nil` is a skipped item.
func answers(_ codes: [UInt8?]) -> [ItemAnswer] {
    codes.map { $0.map(ItemAnswer.code) ?? .missing(.skipped) }
}

/// The tests' deterministic generator: HearthSynthetic's SplitMix64, one implementation for
/// the benchmark's cohorts and the tests' random ones.
typealias SeededGenerator = SplitMix64

/// A random row for a definition: mostly valid codes, some missing of every kind, and
/// (when `invalidRate` > 0) some out-of-range codes.
func randomAnswers(for definition: InstrumentDefinition, missingRate: Double, invalidRate: Double = 0, using generator: inout SeededGenerator) -> [ItemAnswer] {
    let scale = definition.responseScale
    return definition.items.map { _ in
        let draw = Double.random(in: 0..<1, using: &generator)
        if draw < missingRate { return .missing(MissingReason.allCases.randomElement(using: &generator) ?? .skipped) }
        if draw < missingRate + invalidRate { return .code(UInt8.random(in: (scale.maximum + 1)...250, using: &generator)) }
        return .code(UInt8.random(in: scale.minimum...scale.maximum, using: &generator))
    }
}

func randomRespondent(_ index: Int, using generator: inout SeededGenerator) throws -> Respondent {
    let sexes: [Sex] = [.female, .male, .unknown]
    return try person(
        "r\(index)", sex: sexes.randomElement(using: &generator) ?? .unknown,
        partnerSex: sexes.randomElement(using: &generator) ?? .unknown,
        age: Bool.random(using: &generator) ? Int.random(in: 2...70, using: &generator) : nil)
}

/// The error a typed-throwing closure raised, or `nil` when it returned.
func caught<Failure: Error>(_ body: () throws(Failure) -> Void) -> Failure? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}

extension ScoreReport {
    /// The usable value of a scale, for terse expectations.
    func value(_ scaleID: String) -> Double? { self[scaleID]?.value?.value }
    /// The status of a scale.
    func status(_ scaleID: String) -> ScoreStatus? { self[scaleID]?.status }
}
