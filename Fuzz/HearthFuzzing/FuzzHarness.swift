import Foundation

/// The fuzz harnesses: one per parser or loader that takes outside input, and one that
/// scores random matrices against random definitions. Each must return normally for every
/// input; a broken invariant stops the process (the fuzzer records the input).
package enum FuzzHarness: String, CaseIterable, Sendable {
    /// Scoring key files (`ScoringKey.decode`, then the definition and a plan).
    case keys
    /// Norm files (`NormSet.decode`), then comparisons against every entry.
    case norms
    /// Profile rule sets (JSON), then classification of the example family.
    case profileRules
    /// Safety rule sets (JSON), then assessment of the example input.
    case safetyRules
    /// Cohort CSV through `hearth score`.
    case cohortCSV
    /// REDCap exports through a fixed mapping, and REDCap mapping files.
    case redcap
    /// FHIR QuestionnaireResponse JSON/NDJSON through a fixed mapping.
    case fhir
    /// Study configurations and FHIR mapping files.
    case study
    /// Family JSON through `hearth profile`.
    case family
    /// Safety input JSON through `hearth assess`.
    case safetyInput
    /// Random definitions and matrices: the fast path must equal the reference scorer.
    case scoring
    /// Raw CSV in random pieces: the streaming reader must equal the reference reader.
    case csvReader
    /// SPSS system files through the reader.
    case spss

    /// Runs the harness on one input.
    package func run(_ data: Data) {
        switch self {
        case .keys: KeyHarness.run(data)
        case .norms: NormHarness.run(data)
        case .profileRules: RuleSetHarness.profiles(data)
        case .safetyRules: RuleSetHarness.safety(data)
        case .cohortCSV: CLIHarness.cohortCSV(data)
        case .redcap: ImportHarness.redcap(data)
        case .fhir: ImportHarness.fhir(data)
        case .study: ImportHarness.study(data)
        case .family: CLIHarness.family(data)
        case .safetyInput: CLIHarness.safetyInput(data)
        case .scoring: ScoringHarness.run(data)
        case .csvReader: CSVReaderHarness.run(data)
        case .spss: SPSSHarness.run(data)
        }
    }
}

/// Stops the process when an invariant fails, naming it (never the input's content).
func require(_ condition: @autoclosure () -> Bool, _ invariant: String) {
    if !condition() { preconditionFailure("invariant broken: \(invariant)") }
}
