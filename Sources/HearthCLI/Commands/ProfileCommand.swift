import Foundation
import HearthCore
import HearthProfiles
import HearthScoring

/// `hearth profile <family.json> [--excess-threshold N]`: the family's profiles, typology
/// and trajectory, as JSON.
///
/// Members may give raw `answers` for the built-in instruments (`cts2`, `ace`, `auditc`:
/// codes in Hearth's form order, `null` for missing), which are scored here, and
/// pre-computed `scores` (`"nosik.total": 72`) for instruments scored elsewhere.
struct ProfileCommand {
    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, options: ["excess-threshold"])
        guard parsed.positional.count == 1, let path = parsed.positional.first else { throw .usage("profile needs one family JSON file") }
        let data: Data
        do { data = try io.readFile(at: path) } catch { throw .data("cannot read '\(path)'") }
        guard data.count <= 16 << 20 else { throw .data("'\(path)' is larger than 16 MiB") }
        var family: FamilyInput
        do {
            family = try JSONDecoder().decode(FamilyInput.self, from: data)
        } catch let error as DecodingError {
            throw .data("'\(path)': \(FamilyAnswers.describe(error))")
        } catch {
            throw .data("'\(path)' is not valid JSON")
        }
        try FamilyAnswers.apply(to: &family, from: data, nested: false)
        var rule = TrajectoryRule()
        if let text = parsed.options["excess-threshold"] {
            guard let threshold = Double(text), threshold.isFinite, threshold >= 0 else { throw .usage("--excess-threshold needs a non-negative number") }
            rule.excessThreshold = threshold
        }
        let result: ProfileResult
        do { result = try ProfileClassifier(trajectoryRule: rule).classify(family) } catch { throw .data(error.description) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let output = try? encoder.encode(result) else { throw .data("the result could not be encoded") }
        io.writeStandardOutput(output + Data("\n".utf8))
    }
}
