import Foundation
import HearthCore
import HearthNorms
import HearthProfiles
import HearthReport
import HearthSafety
import HearthScoring

/// `hearth report <safety-input.json> --output family.html [--as-of DATE] [--language en|nl]
/// [--role ROLE] [--key FILE[,FILE…]] [--norm-file FILE]`: one family's page for professionals.
package struct ReportCommand: Subcommand {
    static let name = "report"
    static let summary = "a family's report as one self-contained HTML page"
    static let usage = """
        usage: hearth report <input.json> --output FILE.html [--as-of YYYY-MM-DD] [--language en|nl]
                             [--role ROLE] [--key FILE[,FILE...]] [--norm-file FILE]

        Writes one family's page for professionals: the safety level (and the level the
        unknown facts could still produce), what to establish first, the reasons with their
        sources, each member's scores against the reference norms as charts, the violence
        across the measurements, the profiles and the approach, triage, reassessment and
        monitoring, and the professional judgements in the input. The input is a safety input
        as for 'hearth assess' (members may give raw 'answers'). The page is self-contained
        (no script, font or image from the network), prints on A4, and is written readable by
        its owner only; it holds the input's pseudonyms and nothing else about the family.

        options:
          --output FILE           the HTML file to write (required; never an input file)
          --as-of DATE            the assessment date, YYYY-MM-DD or ISO 8601 (default: now)
          --language en|nl        the page's language: en (default) or nl (Dutch)
          --role ROLE             who reads it: veilig-thuis, local-team, specialised-help
                                  or other (default), as for 'hearth assess'
          --key FILE[,FILE...]    key files of licensed instruments the members answered
                                  (docs/key-files.md), comma-separated
          --norm-file FILE        adds a norm file's entries and licensed T tables
          -h, --help              shows this help

        exit status: 0 success, 1 bad input, 2 bad usage
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, command: "report", options: ["output", "as-of", "language", "role", "key", "norm-file"])
        guard parsed.positional.count == 1, let path = parsed.positional.first else { throw .usage("report needs one input JSON file", command: "report") }
        guard let output = parsed.options["output"] else { throw .usage("report needs --output FILE.html", command: "report") }
        let keys = parsed.options["key"].map { $0.split(separator: ",").map(String.init) } ?? []
        let normFile = parsed.options["norm-file"]
        try OutputGuard(io: io).refuse(output: output, inputs: [path] + keys + [normFile].compactMap { $0 })
        let assessor = try Self.assessor(role: parsed.options["role"], language: parsed.options["language"])
        let asOf = try Self.date(parsed.options["as-of"])
        let comparator = try NormLoader(io: io).comparator(population: "reference", file: normFile)
        let definitions = try keyDefinitions(keys)
        let data: Data
        do { data = try io.readFile(at: path) } catch { throw .data("cannot read '\(path)'") }
        guard data.count <= 16 << 20 else { throw .data("'\(path)' is larger than 16 MiB") }
        var input: SafetyInput
        let extras: AssessCommand.AssessExtras
        do {
            (input, extras) = try StrictJSONDecoder().decode(SafetyInput.self, AssessCommand.AssessExtras.self, from: data, expecting: .safetyInput)
        } catch {
            throw .json(error, in: path)
        }
        do { try FamilyAnswers.apply(extras.family.members, to: &input.family, path: "family.", definitions: definitions) } catch {
            throw .data("'\(path)': \(error.message)")
        }
        let assessment: SafetyAssessment
        do { assessment = try assessor.assess(input, asOf: asOf) } catch {
            throw .data("'\(path)': " + (error.field.map { "\($0): " } ?? "") + error.message)
        }
        var judged: JudgedSafetyAssessment?
        if let judgements = extras.judgements {
            var record = JudgedSafetyAssessment(computed: assessment)
            for (index, judgement) in judgements.enumerated() {
                do { record = try record.adding(judgement, now: max(Date(), asOf)) } catch {
                    throw .data("'\(path)': judgements[\(index)]" + (error.field.map { ".\($0)" } ?? "") + ": " + error.message)
                }
            }
            judged = record
        }
        let page = FamilyReport(assessment: assessment, input: input, judged: judged, comparator: comparator).html
        do { try io.writeOwnerOnlyFile(Data(page.utf8), to: output) } catch { throw .data("cannot write '\(output)'") }
    }

    /// The assessor for a role and language (as `hearth assess` reads them).
    static func assessor(role: String?, language: String?) throws(ToolError) -> SafetyAssessor {
        var assessor: SafetyAssessor
        do { assessor = try SafetyAssessor() } catch { throw .data(error.message) }
        if let role {
            guard let value = AssessCommand.roles[role.lowercased()] else {
                throw .usage("--role must be one of veilig-thuis, local-team, specialised-help, other", command: "report")
            }
            assessor.role = value
        }
        assessor.language = try LanguageOption.parse(language, command: "report")
        return assessor
    }

    /// The assessment date (now when not given).
    static func date(_ text: String?) throws(ToolError) -> Date {
        guard let text else { return Date() }
        guard let date = AssessCommand.parseDate(text) else {
            throw .usage("--as-of needs a day that exists, YYYY-MM-DD, or an ISO 8601 date and time with a zone (Z or +01:00)", command: "report")
        }
        return date
    }

    /// The definitions of licensed instruments from their key files, by instrument id.
    private func keyDefinitions(_ paths: [String]) throws(ToolError) -> [String: InstrumentDefinition] {
        var definitions: [String: InstrumentDefinition] = [:]
        for path in paths {
            let data: Data
            do { data = try io.readFile(at: path) } catch { throw .data("cannot read key file '\(path)'") }
            do {
                let key = try ScoringKey.decode(data)
                let instrument = try BuiltInInstrument(identifier: key.instrument)
                definitions[instrument.rawValue] = try instrument.definition(with: key)
            } catch {
                throw .data("key file '\(path)': \(error.description)")
            }
        }
        return definitions
    }
}
