import Foundation
import HearthCore
import HearthNorms
import HearthProfiles
import HearthSafety
import HearthScoring
import Testing

@testable import HearthReport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The family report: well-formed, self-contained, in the assessment's language, every member
/// with a section, every chart with a text alternative, and each score's reading right.
@Suite("Family report")
struct FamilyReportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let asOf = Date(timeIntervalSince1970: 1_793_577_600)  // 2026-11-01

    /// The documented example's report in a language.
    /// The documented example, its members' raw answers scored (what `hearth report` does).
    static func example() throws -> SafetyInput {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("docs/examples/safety-input.json"))) as? [String: Any])
        var family = try #require(object["family"] as? [String: Any])
        var members = try #require(family["members"] as? [[String: Any]])
        var answers: [String: [String: [Int?]]] = [:]
        for index in members.indices {
            if let given = members[index].removeValue(forKey: "answers") as? [String: [Any]] {
                answers[members[index]["id"] as? String ?? ""] = given.mapValues { codes in codes.map { $0 as? Int } }
            }
        }
        family["members"] = members
        object["family"] = family
        var input = try SafetyInput(json: JSONSerialization.data(withJSONObject: object))
        for index in input.family.members.indices {
            let member = input.family.members[index]
            for (instrument, codes) in (answers[member.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let plan = try ScoringPlan(try BuiltInInstrument(identifier: instrument).definition())
                let respondent = Respondent(id: try RespondentID(member.id), sex: member.sex, age: try member.age.map { try Age(years: $0) })
                let items = codes.map { code in code.map { ItemAnswer.code(UInt8($0)) } ?? .missing(.skipped) }
                input.family.members[index].reports.append(try plan.score(items, for: respondent))
            }
        }
        return input
    }

    static func report(_ language: Language, judged: Bool = false) throws -> (html: String, assessment: SafetyAssessment) {
        let input = try example()
        var assessor = try SafetyAssessor()
        assessor.language = language
        let assessment = try assessor.assess(input, asOf: asOf)
        var record: JudgedSafetyAssessment?
        if judged {
            record = try JudgedSafetyAssessment(computed: assessment).adding(
                SafetyJudgement(assessor: "PROF-1", at: asOf, level: .acute, reason: "threats by phone"), now: asOf.addingTimeInterval(3_600))
        }
        let comparator = NormComparator(normSet: try NormSet.builtIn())
        return (FamilyReport(assessment: assessment, input: input, judged: record, comparator: comparator).html, assessment)
    }

    /// The page's visible text (tags removed), before the details for specialists.
    static func visibleText(_ html: String, until marker: String) -> String {
        let body = html.components(separatedBy: "<body>").last ?? html
        let shown = body.components(separatedBy: marker).first ?? body
        let withoutStyle = shown.replacingOccurrences(of: #"<style>[\s\S]*?</style>"#, with: " ", options: .regularExpression)
        return withoutStyle.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
    }

    @Test func thePageIsWellFormedAndSelfContained() throws {
        for language in Language.allCases {
            let html = try Self.report(language, judged: true).html
            let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
            #expect(parser.parse(), "\(language): not well formed: \(String(describing: parser.parserError))")
            for forbidden in ["<script", "<img", "<link", "src=", "url(http", "@import", "<iframe"] {
                #expect(!html.contains(forbidden), "\(language): \(forbidden)")
            }
            #expect(html.contains("<html lang=\"\(language.rawValue)\""))
            #expect(html.contains("@page { size: A4"))
        }
    }

    @Test func theEnglishPageShowsEverything() throws {
        let (html, assessment) = try Self.report(.english, judged: true)
        let text = Self.visibleText(html, until: "Details for specialists")
        #expect(text.contains("Could still be: ACUTE") && text.contains("On what is known: HIGH"))
        #expect(text.contains("To establish within 24 hours"))
        for rule in assessment.firedRules { #expect(html.contains(HTML.escape(rule.reason)), "\(rule.rule)") }
        for member in ["P1 (parent, 34 years)", "C1 (child, 7 years)", "C2 (child, 12 years)"] { #expect(text.contains(member), "\(member)") }
        // NOSI-K against the reference norm for the child's sex; 72 is above mean + 1 SD.
        #expect(text.contains("NOSI-K: Parenting stress") && text.contains("band: excessive (above mean + 1 SD)"))
        // The CTS2 frequencies have no SD in the report: no chart, the reason instead.
        #expect(text.contains("not compared: the norm's source gives no SD or distribution"))
        // SIS behavioural dysregulation: α .14, not read against the norm.
        #expect(text.contains("the scale's reliability is too low to read (α .14"))
        // The trajectory, the profiles, the follow-up and the judgement log.
        #expect(text.contains("Partner violence across the measurements") && text.contains("wave 1: 122, wave 2: 40, wave 3: 0"))
        #expect(text.contains("general population mean (8)"))
        #expect(text.contains("Profiles and approach") && text.contains("Intimate terror: applies"))
        #expect(text.contains("Reassessment and monitoring") && text.contains("PROF-1: ACUTE — threats by phone"))
        // The triage line stands under its heading, not labelled "Triage" a second time.
        #expect(assessment.triage.lineMessage.text() == "complex, care level multidisciplinary approach")
        #expect(html.contains("<h2 id=\"triage-h\">Triage</h2><p>Complex, care level multidisciplinary approach</p>"))
        #expect(!text.contains("Triage: "))
        // Every chart has its title, and colour is never the only signal (bands are named).
        let charts = html.components(separatedBy: "<svg").count - 1
        #expect(charts >= 3)
        #expect(html.components(separatedBy: "role=\"img\"").count - 1 == charts)
        #expect(html.components(separatedBy: "<title id=").count - 1 == charts)
    }

    /// A Dutch reader meets no English outside the details for specialists.
    @Test func theDutchPageIsDutch() throws {
        let html = try Self.report(.dutch, judged: true).html
        let text = Self.visibleText(html, until: "Details voor specialisten")
        #expect(text.contains("Kan nog worden: ACUUT") && text.contains("Gezinsleden en hun scores"))
        #expect(text.contains("NOSI-K:") && text.contains("gebied: overmatig"))
        let english: Set<String> = ["the", "and", "with", "which", "from", "not", "this", "that", "when", "yes", "unknown", "violence", "child",
                                    "children", "level", "source", "reason", "scale", "wave", "within", "whether", "established", "none"]
        var names = Bibliography.builtIn.sources.flatMap { [$0.shortReference(in: .dutch)] + $0.authors }
        names += ["Danger Assessment", "Safeguarding"]
        var cleaned = text
        for name in names { cleaned = cleaned.replacingOccurrences(of: name, with: "") }
        let found = cleaned.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init).filter { english.contains($0) }
        #expect(found.isEmpty, "English in the Dutch page: \(Set(found).sorted())")
    }

    @Test func scoresAreReadOnlyWhereTheyCanBe() throws {
        let comparator = NormComparator(normSet: try NormSet.builtIn())
        let member = FamilyMember(id: "C9", role: .child, sex: .unknown, age: 12, scores: ["sis.bd": 10, "sis.oer": 12, "nosik.total": 40.33, "tscc.anx": 8])
        let (rows, _) = ScoreRow.rows(member, comparator: comparator, language: .english)
        let bd = try #require(rows.first { $0.name.hasPrefix("SIS") && $0.lowReliability != nil })
        #expect(abs((bd.lowReliability ?? 0) - 0.14) < 1e-9 && !bd.readable)
        let stress = try #require(rows.first { $0.instrument == "nosik" })
        #expect(stress.readable && abs((stress.result.z?.value ?? 9)) < 1e-9)
        let trauma = try #require(rows.first { $0.instrument == "tscc" })
        #expect(!trauma.readable && trauma.result.status == .unavailable)  // T-scores need a licensed table
    }

    @Test func textIsEscaped() {
        #expect(HTML.escape("<b>\"P&1\"</b>'") == "&lt;b&gt;&quot;P&amp;1&quot;&lt;/b&gt;&#39;")
        var html = HTML()
        html.element("p", ["title": "a\"b"], text: "<x>")
        #expect(html.text == "<p title=\"a&quot;b\">&lt;x&gt;</p>")
    }
}

@Test func everyLinkedScaleHasADutchName() {
    for link in NormLink.builtIn { #expect(ScaleNames.dutch["\(link.instrument).\(link.scale)"] != nil, "\(link.instrument).\(link.scale)") }
}

@Test func everyReportMessageHasBothLanguagesAndItsParameters() {
    // A lookup builds each language's term table, whose debug build refuses a key written twice.
    for language in Language.allCases { #expect(ReportMessage.term("no such term", in: language) == nil) }
    for message in ReportMessage.allCases {
        for language in Language.allCases {
            #expect(Set(message.placeholders(in: language)) == Set(message.parameters.map(\.name)), "\(message) in \(language)")
        }
    }
    for term in ["member", "notMember", "undetermined", "band.normal", "band.borderline", "band.clinical", "band.excessive"] {
        #expect(ReportMessage.term(term, in: .dutch) != nil && ReportMessage.term(term, in: .english) != nil)
    }
}
