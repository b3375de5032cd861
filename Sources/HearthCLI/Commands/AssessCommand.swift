import Foundation
import HearthCore
import HearthProfiles
import HearthSafety

/// `hearth assess <input.json> [--as-of YYYY-MM-DD] [--explain]`: a safety assessment as
/// JSON, or with `--explain` as a readable explanation.
package struct AssessCommand: Subcommand {
    static let name = "assess"
    static let summary = "a safety assessment (JSON, or a readable explanation)"
    static let usage = """
        usage: hearth assess <input.json> [--as-of YYYY-MM-DD] [--role ROLE] [--language en|nl] [--explain]

        A safety assessment of one family: the level the known facts establish and the
        level the unknown ones could still produce, whether the minimum information is
        known, the rules that fired and why, what to establish and by when, triage, the
        reassessment schedule and the dominant profile. JSON by default. Unknown keys are
        refused (docs/safety.md). Professional judgements listed in the input under
        `judgements` are applied in order; the output then holds the computed assessment,
        the judgements and the level in force.

        options:
          --as-of DATE            the assessment date, YYYY-MM-DD or ISO 8601 (default: now)
          --role ROLE             who reads it: veilig-thuis, local-team, specialised-help
                                  or other (default); words what to do when too little is known
          --language en|nl        the language of sentences, names and sources: en (default)
                                  or nl (Dutch); JSON keys and values stay English
          --explain               a readable explanation instead of JSON
          -h, --help              shows this help

        exit status: 0 success, 1 bad input, 2 bad usage
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, command: "assess", options: ["as-of", "role", "language"], flags: ["explain"])
        var assessor: SafetyAssessor
        do { assessor = try SafetyAssessor() } catch { throw .data(error.message) }
        if let text = parsed.options["role"] {
            guard let role = Self.roles[text.lowercased()] else {
                throw .usage("--role must be one of veilig-thuis, local-team, specialised-help, other", command: "assess")
            }
            assessor.role = role
        }
        assessor.language = try LanguageOption.parse(parsed.options["language"], command: "assess")
        guard parsed.positional.count == 1, let path = parsed.positional.first else { throw .usage("assess needs one input JSON file", command: "assess") }
        let asOf: Date
        if let text = parsed.options["as-of"] {
            guard let date = Self.parseDate(text) else {
                throw .usage("--as-of needs a day that exists, YYYY-MM-DD, or an ISO 8601 date and time with a zone (Z or +01:00)", command: "assess")
            }
            asOf = date
        } else {
            asOf = Date()
        }
        let data: Data
        do { data = try io.readFile(at: path) } catch { throw .data("cannot read '\(path)'") }
        guard data.count <= 16 << 20 else { throw .data("'\(path)' is larger than 16 MiB") }
        var input: SafetyInput
        let extras: AssessExtras
        do {
            (input, extras) = try StrictJSONDecoder().decode(SafetyInput.self, AssessExtras.self, from: data, expecting: .safetyInput)
        } catch {
            throw .json(error, in: path)
        }
        do { try FamilyAnswers.apply(extras.family.members, to: &input.family, path: "family.") } catch { throw .data("'\(path)': \(error.message)") }
        let assessment: SafetyAssessment
        do { assessment = try assessor.assess(input, asOf: asOf) } catch {
            throw .data("'\(path)': " + (error.field.map { "\($0): " } ?? "") + error.message)
        }
        var judged = JudgedSafetyAssessment(computed: assessment)
        for (index, judgement) in (extras.judgements ?? []).enumerated() {
            do { judged = try judged.adding(judgement, now: max(Date(), asOf)) } catch {
                throw .data("'\(path)': judgements[\(index)]" + (error.field.map { ".\($0)" } ?? "") + ": " + error.message)
            }
        }
        if parsed.flags.contains("explain") {
            io.writeStandardOutput(Data(assessment.explanation(judged: extras.judgements == nil ? nil : judged).utf8))
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let encoded = extras.judgements == nil ? try? encoder.encode(assessment) : try? encoder.encode(judged)
        guard let output = encoded else { throw .data("the assessment could not be encoded") }
        io.writeStandardOutput(output + Data("\n".utf8))
    }

    /// What the command reads beside the ``SafetyInput``: the members' raw answers and the
    /// professional judgements.
    struct AssessExtras: Decodable {
        var family: FamilyAnswers.Members
        var judgements: [SafetyJudgement]?
    }

    /// The `--role` values.
    static let roles: [String: PractitionerRole] = [
        "veilig-thuis": .veiligThuis, "local-team": .localTeam, "specialised-help": .specialisedHelp, "other": .otherProfessional,
    ]

    /// Dates as `YYYY-MM-DD` (midnight UTC) or full ISO 8601.
    static func parseDate(_ text: String) -> Date? { StrictJSONDecoder.date(from: text) }
}
