import Foundation
import HearthCore
import HearthNorms
import HearthProfiles
import HearthSafety

/// One family's page for professionals: the safety level (and the level the unknowns could
/// still produce), what to establish first, the reasons with their sources, each member's
/// scores against the reference norms, the violence across the measurements, the profiles and
/// the approach, triage, reassessment and monitoring, and the judgement log — in the
/// assessment's language (``SafetyAssessor/language``).
///
/// The page is self-contained HTML (inline CSS and SVG; no script, font or image from the
/// network), prints on A4, gives every chart a text alternative and never uses colour as the
/// only signal. It holds the input's pseudonyms only. A rendering of the assessment's data:
/// nothing is evaluated again except each score against its norm.
public struct FamilyReport: Sendable {
    /// The assessment shown.
    public var assessment: SafetyAssessment
    /// The input it was made from (the members' questionnaires, the waves).
    public var input: SafetyInput
    /// Professional judgements, when any were recorded.
    public var judged: JudgedSafetyAssessment?
    /// The norms the scores are set against.
    public var comparator: NormComparator

    /// Creates a report of an assessment.
    public init(assessment: SafetyAssessment, input: SafetyInput, judged: JudgedSafetyAssessment? = nil, comparator: NormComparator) {
        self.assessment = assessment
        self.input = input
        self.judged = judged
        self.comparator = comparator
    }

    /// The page.
    public var html: String {
        var writer = ReportWriter(report: self)
        return writer.page()
    }
}

/// Writes the page, section by section (one file each).
struct ReportWriter {
    let report: FamilyReport
    var language: Language { report.assessment.language }
    var html = HTML()
    /// A counter for the ids of charts and their titles.
    var charts = 0

    init(report: FamilyReport) { self.report = report }

    func text(_ id: ReportMessage, _ values: KeyValuePairs<String, MessageArgument> = [:]) -> String { Message(id, values).text(in: language) }

    func explain(_ id: ExplanationMessage, _ values: KeyValuePairs<String, MessageArgument> = [:]) -> String { Message(id, values).text(in: language) }

    /// A number written for the page's language (a decimal comma in Dutch).
    func decimal(_ text: String) -> String { language.decimal(text) }

    /// A level's word ("HOOG", "HIGH").
    func level(_ level: SafetyLevel) -> String { ReportMessage.term(level.rawValue, in: language) ?? level.rawValue }


    mutating func page() -> String {
        let assessment = report.assessment
        let title = text(.title, ["family": .text(report.input.family.family)])
        var main = self
        main.html = HTML()
        main.levelSection()
        main.reasonsSection()
        main.incidentsSection()
        main.membersSection()
        main.trajectorySection()
        main.profilesSection()
        main.followUpSection()
        main.detailsSection()
        let sections = main.html.text
        let intro = text(.assessedOn, ["date": .text(date(assessment.asOf))]) + ". " + text(.purpose)
        var out = HTML()
        out.raw("<!DOCTYPE html>\n")
        out.element("html", ["lang": language.rawValue, "xmlns": "http://www.w3.org/1999/xhtml"]) { page in
            page.element("head") { head in
                head.empty("meta", ["charset": "utf-8"])
                head.element("title", text: title)
                head.element("style") { $0.raw(ReportStyle.css) }
            }
            page.element("body") { body in
                body.element("header") { header in
                    header.element("h1", text: title)
                    header.element("p", text: intro)
                }
                body.element("main") { $0.raw(sections) }
            }
        }
        return out.text + "\n"
    }
}
