import Foundation
import HearthCore
import HearthNorms
import HearthProfiles
import HearthScoring
import Testing

@testable import HearthSafety

/// Sources a reader can look up: every built-in rule, indicator, risk factor, profile and
/// approach cites the bibliography by id; `docs/sources.md` is the bibliography and the
/// table of what cites what; no seed-file line number reaches a person.
@Suite("Sources and citations")
struct SourcesTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/sources.md")

    /// Every citation of Hearth's built-in rules, by what cites it.
    static var builtInCitations: [(what: String, citations: [Citation])] {
        var all: [(String, [Citation])] = []
        all += SafetyRuleSet.builtIn.rules.map { ("safety rule `\($0.id)`", $0.citations) }
        all += CriticalIndicators().all.map { ("critical indicator `\($0.name)`", $0.citations) }
        all += RiskFactors().all.map { ("risk factor `\($0.name)`", $0.citations) }
        all.append(("profile rule set `\(ProfileRuleSet.builtIn.id)`", ProfileRuleSet.builtIn.citations))
        all += ProfileRuleSet.builtIn.profiles.map { ("profile `\($0.id)` and its approach", $0.citations) }
        all += ProfileIndicator.allCases.map { ("profile indicator `\($0.rawValue)`", $0.citations) }
        all += BuiltInInstrument.allCases.map { ("instrument `\($0.rawValue)`", $0.citations) }
        return all
    }

    @Test func everyBuiltInCitationResolvesAndEveryRuleCites() {
        let bibliography = Bibliography.builtIn
        #expect(bibliography.duplicateIDs.isEmpty)
        for (what, citations) in Self.builtInCitations {
            #expect(!citations.isEmpty, "\(what) cites nothing")
            #expect(bibliography.unresolved(citations) == nil, "\(what)")
        }
        // Every work is cited by a rule, or (Turner et al.) by the safety disclaimer.
        let cited = Set(Self.builtInCitations.flatMap { $0.citations.map(\.source) })
        for source in bibliography.sources where !cited.contains(source.id) {
            #expect(source.id == "turner2019" && SafetyRuleSet.builtIn.disclaimer.english.contains("Turner et al."), "\(source.id) is cited by nothing")
        }
    }

    @Test func referencesReadAsAPAAuthorDate() {
        let bibliography = Bibliography.builtIn
        #expect(bibliography.source("johnson2008")?.shortReference == "Johnson (2008)")
        #expect(bibliography.source("steketee2020")?.shortReference == "Steketee & Lünnemann (2020)")
        #expect(bibliography.source("tierolf2014")?.shortReference == "Tierolf et al. (2014)")
        #expect(bibliography.source("safelivesMarac")?.shortReference == "SafeLives (n.d.)")
        #expect(bibliography.source(Bibliography.hearthsChoice)?.shortReference == "Hearth's choice")
        #expect(bibliography.text(Citation("tierolf2014", at: "§4.3.2, Table 4.6")) == "Tierolf et al. (2014), §4.3.2, Table 4.6")
        #expect(bibliography.text(Citation("nobody2000")) == "nobody2000", "an unknown id is shown, not hidden")
        #expect(
            bibliography.source("tierolf2014")?.reference
                == "Tierolf, B., Lünnemann, K., & Steketee, M. (2014). Doorbreken geweldspatroon vraagt gespecialiseerde hulp: Onderzoek naar effectiviteit van de aanpak huiselijk geweld in de G4. Utrecht: Verwey-Jonker Instituut.")
    }

    /// Seed-file line numbers ("002:588", "001:217") are provenance for maintainers, never
    /// a citation shown to people.
    static func containsSeedLine(_ text: String) -> Bool { text.range(of: #"\b00[0-9]:[0-9]"#, options: .regularExpression) != nil }

    @Test func noSeedLineNumberReachesAPerson() throws {
        let encoder = JSONEncoder()
        for language in Language.allCases {
            for message in SafetyMessage.allCases { #expect(!Self.containsSeedLine(message.template(in: language)), "\(message)") }
            for message in ProfileMessage.allCases { #expect(!Self.containsSeedLine(message.template(in: language)), "\(message)") }
        }
        for document in [try encoder.encode(SafetyRuleSet.builtIn), try encoder.encode(ProfileRuleSet.builtIn)] {
            #expect(!Self.containsSeedLine(String(decoding: document, as: UTF8.self)))
        }
        let assessor = try SafetyAssessor()
        for seed in 0..<200 as Range<UInt64> {
            let assessment = try assessor.assess(SafetyDecisionTests.randomInput(seed), asOf: asOf)
            #expect(!Self.containsSeedLine(String(decoding: try encoder.encode(assessment), as: UTF8.self)), "seed \(seed)")
        }
    }

    @Test func aRuleMustCiteAKnownSource() throws {
        func rules(_ citations: [Citation], sources: [Source] = []) -> SafetyRuleSet {
            var set = SafetyRuleSet.builtIn
            set.rules[0].citations = citations
            set.sources = sources
            return set
        }
        func code(_ set: SafetyRuleSet) -> (SafetyError.Code, String?, String)? {
            do { try set.validate() } catch { return (error.code, error.field, error.message) }
            return nil
        }
        let none = code(rules([]))
        #expect(none?.0 == .invalidRuleSet && none?.1 == "critical.threatToKill" && none?.2.contains("'hearth'") == true)
        let unknown = code(rules([Citation("smith2031")]))
        #expect(unknown?.1 == "critical.threatToKill" && unknown?.2.contains("'smith2031'") == true)
        let own = Source(id: "smith2031", authors: ["Smith, A."], year: 2031, title: "A study", publisher: "Utrecht")
        #expect(code(rules([Citation("smith2031")], sources: [own])) == nil)
        let taken = code(rules([Citation("smith2031")], sources: [own, Source(id: "tierolf2014", authors: [], year: nil, title: "x", publisher: "y")]))
        #expect(taken?.1 == "sources" && taken?.2.contains("'tierolf2014'") == true)
        var profiles = ProfileRuleSet.builtIn
        profiles.profiles[1].citations = [Citation("nobody")]
        #expect(throws: ProfilesError.self) { try profiles.validate() }
        profiles.profiles[1].citations = []
        #expect(throws: ProfilesError.self) { try profiles.validate() }
    }

    @Test func ruleSetFilesCiteByID() throws {
        let encoder = JSONEncoder()
        var set = SafetyRuleSet.builtIn
        set.sources = [Source(id: "local2026", authors: ["Veilig Thuis Regio"], year: 2026, title: "Werkwijze", publisher: "Regio", url: nil)]
        set.rules[0].citations.append(Citation("local2026", at: "§2"))
        let decoded = try SafetyRuleSet(json: try encoder.encode(set))
        #expect(decoded == set)
        let assessment = try SafetyAssessor(ruleSet: decoded).assess(SafetyInput(json: Data(#"{"family": {"family": "F", "members": [{"id": "P1", "role": "parent", "sex": "female"}]}, "reportDate": "2026-01-01", "criticalIndicators": {"threatToKill": "yes"}}"#.utf8)), asOf: asOf)
        #expect(assessment.firedRules.first?.source.hasSuffix("Veilig Thuis Regio (2026), §2") == true)
        // The format before citations: a rule's "source" text is refused, naming the new key.
        let old = #"{"id": "x", "version": "1", "disclaimer": "d", "rules": [{"id": "r", "kind": "stalking", "parameters": {}, "level": "high", "description": "d", "source": "001:226"}]}"#
        #expect {
            _ = try SafetyRuleSet(json: Data(old.utf8))
        } throws: { error in
            let error = error as? SafetyError
            return error?.code == .malformedInput && error?.message.contains("citations") == true
        }
    }

    /// `docs/sources.md` between its markers is generated from the bibliography and the
    /// built-in citations (`HEARTH_WRITE_DOCS=1 swift test --filter Sources` rewrites it).
    @Test func theSourcesPageIsTheBibliography() throws {
        var generated = "<!-- generated: SourcesTests.theSourcesPageIsTheBibliography -->\n\n## The works\n\n| id | reference |\n|---|---|\n"
        for source in Bibliography.builtIn.sources { generated += "| `\(source.id)` | \(source.reference) |\n" }
        generated += "\n## What cites what\n\n| rule, indicator or profile | sources |\n|---|---|\n"
        for (what, citations) in Self.builtInCitations { generated += "| \(what) | \(Bibliography.builtIn.text(citations)) |\n" }
        // The norm entries, by the table they cite.
        let entries = try NormSet.builtIn().entries
        var tables: [String: Int] = [:]
        for entry in entries { tables[entry.citation.map { Bibliography.builtIn.text($0) } ?? "(none)", default: 0] += 1 }
        generated += "\n## The norm entries\n\nThe \(entries.count) built-in norm entries (`hearth norms`) cite the report by table; their transcription lines stay provenance only.\n\n| citation | entries |\n|---|---|\n"
        for (citation, count) in tables.sorted(by: { $0.key.localizedStandardCompare($1.key) == .orderedAscending }) { generated += "| \(citation) | \(count) |\n" }
        generated += "\n<!-- end generated -->"
        let page = try String(contentsOf: Self.docs, encoding: .utf8)
        guard let start = page.range(of: "<!-- generated:"), let end = page.range(of: "<!-- end generated -->") else {
            Issue.record("docs/sources.md lacks its generated section")
            return
        }
        let current = String(page[start.lowerBound..<end.upperBound])
        if ProcessInfo.processInfo.environment["HEARTH_WRITE_DOCS"] == "1" {
            try page.replacingCharacters(in: start.lowerBound..<end.upperBound, with: generated).write(to: Self.docs, atomically: true, encoding: .utf8)
        }
        #expect(current == generated, "regenerate with HEARTH_WRITE_DOCS=1 swift test --filter Sources")
    }
}

/// The message tables: every template of every language uses exactly its message's
/// declared parameters, each once at most, and names are unique.
@Suite("Message tables")
struct MessageTableTests {
    static func check<Catalog: MessageCatalog>(_ catalog: Catalog.Type) {
        // A lookup builds each language's term table, whose debug build refuses a key written twice.
        for language in Language.allCases { #expect(Catalog.term("no such term", in: language) == nil) }
        for message in Catalog.allCases {
            let names = message.parameters.map(\.name)
            #expect(Set(names).count == names.count, "\(message): a parameter is declared twice")
            for language in Language.allCases {
                let used = message.placeholders(in: language)
                #expect(Set(used) == Set(names), "\(message) in \(language): uses \(used), declares \(names)")
                #expect(!message.template(in: language).isEmpty)
            }
        }
    }

    @Test func safetyMessages() { Self.check(SafetyMessage.self) }

    @Test func profileMessages() { Self.check(ProfileMessage.self) }

    @Test func everyRenderedReasonIsItsMessage() throws {
        let assessor = try SafetyAssessor()
        for seed in 0..<300 as Range<UInt64> {
            let assessment = try assessor.assess(SafetyDecisionTests.randomInput(seed), asOf: asOf)
            for fired in assessment.firedRules { #expect(fired.reason == fired.message.text() && !fired.reason.isEmpty) }
            for missing in assessment.missingInformation { #expect(missing.unknown == missing.message.text()) }
            #expect(assessment.triage.reasons == assessment.triage.reasonMessages.map { $0.text() })
            #expect(assessment.response == assessment.responseMessage.text())
            let profiles = assessment.profiles
            #expect(profiles.dominant.reason == profiles.dominant.message.text())
            for membership in profiles.memberships {
                #expect(membership.source == Bibliography.builtIn.text(membership.citations))
                for indicator in membership.indicators {
                    #expect(indicator.evidence == indicator.evidenceMessages.map { $0.text() }.joined(separator: "; ") && !indicator.evidence.isEmpty)
                    #expect(indicator.source == Bibliography.builtIn.text(indicator.citations))
                }
            }
            for typology in profiles.typologies { #expect(typology.johnsonReason == typology.johnsonMessage.text()) }
        }
    }
}
