import Foundation
import HearthCore
import HearthScoring

/// Turns `<instrument-id> [--key FILE]` and instrument settings into a definition.
struct InstrumentResolver {
    var io: any CommandIO

    func definition(
        id: String, keyPath: String?, auditCCutoffs: (women: Int?, men: Int?)
    ) throws(ToolError) -> InstrumentDefinition {
        let instrument: BuiltInInstrument
        do { instrument = try BuiltInInstrument(identifier: id) } catch { throw .usage(error.message, command: "score") }
        if auditCCutoffs.women != nil || auditCCutoffs.men != nil {
            guard instrument == .auditc else { throw .usage("--auditc-cutoff-women/--auditc-cutoff-men apply to auditc only") }
            let defaults = AUDITCRiskCutoffs.study
            let cutoffs = AUDITCRiskCutoffs(
                women: auditCCutoffs.women ?? defaults.women, men: auditCCutoffs.men ?? defaults.men,
                source: "set on the command line")
            do { return try Instruments.auditC(riskCutoffs: cutoffs) } catch { throw .usage(error.description) }
        }
        guard let keyPath else {
            // A licensed instrument without --key is a missing argument (usage), not bad data.
            do { return try instrument.definition() } catch { throw .usage(error.message + "\nscore it with --key FILE", command: "score") }
        }
        let data: Data
        do { data = try io.readFile(at: keyPath) } catch { throw .data("cannot read key file '\(keyPath)'") }
        do {
            let key = try ScoringKey.decode(data)
            return try instrument.definition(with: key)
        } catch {
            throw .data("key file '\(keyPath)': \(error.description)")
        }
    }
}
