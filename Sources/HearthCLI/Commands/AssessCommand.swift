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
        usage: hearth assess <input.json> [--as-of YYYY-MM-DD] [--explain]

        A safety assessment of one family: the level with the rules that fired and why,
        the unknown information that could raise it, triage, the reassessment schedule
        and the dominant profile. JSON by default. Unknown keys are refused
        (docs/safety.md).

        options:
          --as-of DATE            the assessment date, YYYY-MM-DD or ISO 8601 (default: now)
          --explain               a readable explanation instead of JSON
          -h, --help              shows this help

        exit status: 0 success, 1 bad input, 2 bad usage
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, command: "assess", options: ["as-of"], flags: ["explain"])
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
        let answers: [FamilyAnswers.Member]
        do {
            let (decoded, nested) = try StrictJSONDecoder().decode(SafetyInput.self, FamilyAnswers.Nested.self, from: data, expecting: .safetyInput)
            (input, answers) = (decoded, nested.family.members)
        } catch {
            throw .json(error, in: path)
        }
        do { try FamilyAnswers.apply(answers, to: &input.family, path: "family.") } catch { throw .data("'\(path)': \(error.message)") }
        let assessment: SafetyAssessment
        do { assessment = try SafetyAssessor().assess(input, asOf: asOf) } catch {
            throw .data("'\(path)': " + (error.field.map { "\($0): " } ?? "") + error.message)
        }
        if parsed.flags.contains("explain") {
            io.writeStandardOutput(Data(SafetyExplanation.text(assessment).utf8))
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        guard let output = try? encoder.encode(assessment) else { throw .data("the assessment could not be encoded") }
        io.writeStandardOutput(output + Data("\n".utf8))
    }

    /// Dates as `YYYY-MM-DD` (midnight UTC) or full ISO 8601.
    static func parseDate(_ text: String) -> Date? { StrictJSONDecoder.date(from: text) }
}

/// A readable explanation of an assessment, for professionals.
enum SafetyExplanation {
    static func text(_ assessment: SafetyAssessment) -> String {
        var lines = [
            "Safety level: \(assessment.level.rawValue.uppercased()) — \(assessment.response)",
            "Rule set \(assessment.ruleSet). \(assessment.disclaimer)", "",
            "Rules that fired:",
        ]
        lines += assessment.firedRules.isEmpty ? ["  none"] : assessment.firedRules.map { rule in
            "  [\(rule.level.rawValue)] \(rule.rule): \(rule.reason)" + (rule.appliesTo.map { " (for \($0.joined(separator: ", ")))" } ?? "") + " — source: \(rule.source)"
        }
        lines += ["", "Unknown information that could raise the level:"]
        lines += assessment.missingInformation.isEmpty ? ["  none"] : assessment.missingInformation.map { "  \($0.unknown) (could make it \($0.couldRaiseTo.rawValue); rule \($0.rule))" }
        lines += ["", "Per person:"] + assessment.persons.map { "  \($0.member) (\($0.role.rawValue)): \($0.level.rawValue)" }
        let triage = assessment.triage
        lines += ["", "Triage: \(triage.complexity.rawValue), care level \(triage.careLevel.rawValue)"] + triage.reasons.map { "  \($0)" }
        if !triage.approaches.isEmpty { lines += ["Approach:"] + triage.approaches.map { "  \($0)" } }
        if !triage.childrenWithoutHelp.isEmpty { lines.append("Children without help of their own: \(triage.childrenWithoutHelp.joined(separator: ", "))") }
        let schedule = assessment.reassessment
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        lines += ["", "Reassessment: \(schedule.due ? "due now" : "not due") — " + (schedule.triggers.map(\.reason).joined(separator: ", ")),
                  "Next scheduled: \(day.string(from: schedule.nextScheduled)); monitoring at least until \(day.string(from: schedule.monitoringUntil))"]
        lines += ["", "Dominant profile: \(assessment.profiles.dominant.profile ?? assessment.profiles.dominant.kind.rawValue) — \(assessment.profiles.dominant.reason)"]
        return lines.joined(separator: "\n") + "\n"
    }
}
