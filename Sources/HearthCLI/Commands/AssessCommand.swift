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
        usage: hearth assess <input.json> [--as-of YYYY-MM-DD] [--role ROLE] [--explain]

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
          --explain               a readable explanation instead of JSON
          -h, --help              shows this help

        exit status: 0 success, 1 bad input, 2 bad usage
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, command: "assess", options: ["as-of", "role"], flags: ["explain"])
        let roles: [String: PractitionerRole] = ["veilig-thuis": .veiligThuis, "local-team": .localTeam, "specialised-help": .specialisedHelp, "other": .otherProfessional]
        var assessor: SafetyAssessor
        do { assessor = try SafetyAssessor() } catch { throw .data(error.message) }
        if let text = parsed.options["role"] {
            guard let role = roles[text.lowercased()] else {
                throw .usage("--role must be one of veilig-thuis, local-team, specialised-help, other", command: "assess")
            }
            assessor.role = role
        }
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
            io.writeStandardOutput(Data(SafetyExplanation.text(assessment, judged: extras.judgements == nil ? nil : judged).utf8))
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

    /// Dates as `YYYY-MM-DD` (midnight UTC) or full ISO 8601.
    static func parseDate(_ text: String) -> Date? { StrictJSONDecoder.date(from: text) }
}

/// A readable explanation of an assessment, for professionals.
enum SafetyExplanation {
    static func text(_ assessment: SafetyAssessment, judged: JudgedSafetyAssessment? = nil) -> String {
        let state = SafetyMessage.term(assessment.assessable.rawValue, in: .english) ?? assessment.assessable.rawValue
        let known = assessment.level.rawValue.uppercased()
        // The level the unknowns could still produce leads when it is higher: never read calm first.
        let headline = assessment.possibleLevel > assessment.level
            ? "Safety level: could be \(assessment.possibleLevel.rawValue.uppercased()) — \(known) on what is known (\(state))"
            : "Safety level: \(known)" + (assessment.assessable == .complete ? "" : " (\(state))")
        var lines: [String] = []
        if let judged {
            lines.append("Level in force: \(judged.effectiveLevel.rawValue.uppercased()) (\(judged.judgements.count) professional judgement\(judged.judgements.count == 1 ? "" : "s"))")
            lines += judged.judgements.map { judgement in
                "  \(judgement.assessor): \(judgement.level.rawValue) — \(judgement.reason)" + (judgement.secondReviewer.map { " (reviewed by \($0))" } ?? "")
            }
            lines.append("Computed:")
        }
        // While facts are missing, the first line says by when to establish them.
        let establish = assessment.toEstablish.first.map { "; establish what is missing \(SafetyMessage.term($0.within.rawValue, in: .english) ?? $0.within.rawValue)" } ?? ""
        lines += ["\(headline)\(establish) — \(assessment.response)", "Rule set \(assessment.ruleSet). \(assessment.disclaimer)"]
        for disagreement in assessment.inputDisagreements {
            lines.append("Note: \(disagreement.fields.joined(separator: " and ")) disagree; read as \(disagreement.readAs.rawValue).")
        }
        if let first = assessment.toEstablish.first {
            lines += ["", "To establish \(SafetyMessage.term(first.within.rawValue, in: .english) ?? first.within.rawValue):"]
            lines += assessment.toEstablish.map { "  \($0.text)" }
        }
        lines += ["", "Rules that fired:"]
        lines += assessment.firedRules.isEmpty ? ["  none"] : assessment.firedRules.map { rule in
            "  [\(rule.level.rawValue)] \(rule.rule): \(rule.reason)" + (rule.appliesTo.map { " (for \($0.joined(separator: ", ")))" } ?? "") + " — source: \(rule.source)"
        }
        lines += ["", "Unknown information that could raise the level:"]
        // Rules that lack the same fact are listed once, with all of them.
        var groups: [(text: String, level: SafetyLevel, rules: [String])] = []
        for missing in assessment.missingInformation {
            if let index = groups.firstIndex(where: { $0.text == missing.unknown }) {
                groups[index].rules.append(missing.rule)
                groups[index].level = max(groups[index].level, missing.couldRaiseTo)
            } else {
                groups.append((missing.unknown, missing.couldRaiseTo, [missing.rule]))
            }
        }
        lines += groups.isEmpty ? ["  none"] : groups.map { "  \($0.text) (could make it \($0.level.rawValue); rule\($0.rules.count > 1 ? "s" : "") \($0.rules.joined(separator: ", ")))" }
        lines += ["", "Level per person (the family's level, raised by rules about that person):"] + assessment.persons.map { "  \($0.member) (\($0.role.rawValue)): \($0.level.rawValue)" }
        let triage = assessment.triage
        lines += ["", "Triage: \(triage.complexity.rawValue), care level \(triage.careLevel.rawValue)"] + triage.reasons.map { "  \($0)" }
        if !triage.approaches.isEmpty { lines += ["Approach:"] + triage.approaches.map { "  \($0)" } }
        if !triage.childrenWithoutHelp.isEmpty { lines.append("Children without help of their own: \(triage.childrenWithoutHelp.joined(separator: ", "))") }
        if !triage.childrenWithInsecurity.isEmpty { lines.append("Children with emotional insecurity beyond the reference band: \(triage.childrenWithInsecurity.joined(separator: ", "))") }
        if !triage.childrenWithTrauma.isEmpty { lines.append("Children with trauma in the clinical range: \(triage.childrenWithTrauma.joined(separator: ", "))") }
        let schedule = assessment.reassessment
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        lines += ["", schedule.due ? "Reassessment: due now — " + schedule.triggers.map(\.reason).joined(separator: ", ") : "Reassessment: not due",
                  "Next scheduled: \(day.string(from: schedule.nextScheduled)); "
                    + (schedule.monitoringActive
                        ? "monitoring at least until \(day.string(from: schedule.monitoringUntil))"
                        : "monitoring may end (since \(day.string(from: schedule.monitoringUntil))): record who closes it and why")]
        lines += ["", "Dominant profile: \(assessment.profiles.dominant.profile ?? assessment.profiles.dominant.kind.rawValue) — \(assessment.profiles.dominant.reason)"]
        let profiles = assessment.profiles
        lines += ["", "Who controls whom:"] + profiles.control.text.map { "  \($0)" }
        lines += ["Primary aggressor: \(profiles.primaryAggressor.reason)"]
        if let trajectory = profiles.trajectory {
            lines += ["", "Course of the violence across waves: \(trajectory.course.rawValue)"] + trajectory.reasons.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
