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
struct ProfileCommand: Subcommand {
    static let name = "profile"
    static let summary = "a family's violence profiles, typology and trajectory (JSON)"
    static let usage = """
        usage: hearth profile <family.json> [--excess-threshold N] [--language en|nl]

        Writes the family's violence profiles (with the indicators behind each), the
        dominant profile, the typology (mutuality, severity, Johnson type) and the
        trajectory over the waves, as JSON. Members may give raw 'answers' for cts2, ace
        and auditc (codes in Hearth's form order, null for missing) and precomputed
        'scores' ("nosik.total": 72). Unknown keys are refused (docs/profiles.md).

        options:
          --excess-threshold N    the CTS2 frequency above which a wave counts as
                                  excessive for the trajectory (default: the rule's)
          --language en|nl        the language of sentences, names and approaches: en
                                  (default) or nl (Dutch); JSON keys and values stay English
          -h, --help              shows this help

        exit status: 0 success, 1 bad input, 2 bad usage
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, command: "profile", options: ["excess-threshold", "language"])
        guard parsed.positional.count == 1, let path = parsed.positional.first else { throw .usage("profile needs one family JSON file", command: "profile") }
        let data: Data
        do { data = try io.readFile(at: path) } catch { throw .data("cannot read '\(path)'") }
        guard data.count <= 16 << 20 else { throw .data("'\(path)' is larger than 16 MiB") }
        var family: FamilyInput
        let answers: [FamilyAnswers.Member]
        do {
            let (decoded, members) = try StrictJSONDecoder().decode(FamilyInput.self, FamilyAnswers.Members.self, from: data, expecting: .family)
            (family, answers) = (decoded, members.members)
        } catch {
            throw .json(error, in: path)
        }
        do { try FamilyAnswers.apply(answers, to: &family, path: "") } catch { throw .data("'\(path)': \(error.message)") }
        var rule = TrajectoryRule()
        if let text = parsed.options["excess-threshold"] {
            guard let threshold = Double(text), threshold.isFinite, threshold >= 0 else { throw .usage("--excess-threshold needs a non-negative number", command: "profile") }
            rule.excessThreshold = threshold
        }
        let language = try LanguageOption.parse(parsed.options["language"], command: "profile")
        let result: ProfileResult
        do {
            var classifier = try ProfileClassifier(trajectoryRule: rule)
            classifier.language = language
            result = try classifier.classify(family)
        } catch {
            throw .data("'\(path)': " + (error.field.map { "\($0): " } ?? "") + error.message)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let output = try? encoder.encode(result) else { throw .data("the result could not be encoded") }
        io.writeStandardOutput(output + Data("\n".utf8))
    }
}
