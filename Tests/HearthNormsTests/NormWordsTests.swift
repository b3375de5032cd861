import Foundation
import HearthCore
import HearthScoring
import Testing

@testable import HearthNorms

/// HearthNorms' words for people in English and Dutch: bands, statuses and every reason a
/// score was not compared, each its message rendered.
@Suite("Norm words")
struct NormWordsTests {
    @Test func everyMessageHasBothLanguagesAndItsParameters() {
        // A lookup builds each language's term table, whose debug build refuses a key written twice.
        for language in Language.allCases { #expect(NormMessage.term("no such term", in: language) == nil) }
        for message in NormMessage.allCases {
            for language in Language.allCases {
                #expect(Set(message.placeholders(in: language)) == Set(message.parameters.map(\.name)), "\(message) in \(language)")
            }
            #expect(message.template(in: .dutch) != message.template(in: .english), "\(message)")
        }
    }

    @Test func bandsAndStatusesHaveDutchNames() {
        #expect(NormBand.allCases.map { $0.label(in: .dutch) } == ["normaal", "grensgebied", "klinisch", "overmatig"])
        #expect(NormBand.clinical.label(in: .english) == "clinical")
        #expect([NormResult.Status.compared, .noNorm, .unavailable, .notScored].map { $0.label(in: .dutch) } == ["vergeleken", "geen norm", "norm niet bruikbaar", "niet gescoord"])
        for status in ScoreStatus.allKnown where status.name != "complete" && status.name != "prorated" {
            #expect(NormMessage.term(status.name, in: .dutch) != nil, "\(status.name)")
        }
    }

    /// Reasons are data: the English `reason` is the messages' rendering, and Dutch is at hand.
    @Test func reasonsRenderInBothLanguages() throws {
        let noLink = NormComparator.noLinkResult(instrument: "cts2", scale: "self_violence_frequency")
        #expect(noLink.reason == "no norm for cts2.self_violence_frequency")
        #expect(noLink.reason(in: .dutch) == "geen norm voor cts2.self_violence_frequency")
        let notScored = NormResult.notScored(.insufficient)
        #expect(notScored.reason == "score status: too many missing answers" && notScored.reason(in: .dutch) == "status van de score: te veel ontbrekende antwoorden")
        #expect(NormComparator.tMetricResult.reason(in: .dutch)?.hasPrefix("de norm is in T-scores") == true)
        // A compared score whose entry prints no distribution: the percentile from z, nothing missing.
        let comparator = NormComparator(normSet: try NormSet.builtIn())
        let entry = try #require(try NormSet.builtIn().entry(id: "N355"))
        let compared = comparator.compare(RawScore(72), with: entry)
        #expect(compared.status == .compared && compared.reasonMessages.isEmpty && compared.reason == nil)
        // Round trip keeps the messages; a result without them (older JSON) still reads.
        let again = try JSONDecoder().decode(NormResult.self, from: JSONEncoder().encode(notScored))
        #expect(again == notScored)
        let old = try JSONDecoder().decode(NormResult.self, from: Data(#"{"status": "noNorm", "reason": "no norm for x.y"}"#.utf8))
        #expect(old.reason == "no norm for x.y" && old.reasonMessages.isEmpty && old.reason(in: .dutch) == nil)
    }
}

/// Every built-in norm entry cites the report by its table, never by a line of the
/// transcription (the lines stay provenance in `source`).
@Test func everyBuiltInEntryCitesTheReport() throws {
    let set = try NormSet.builtIn()
    #expect(set.entries.count == 465)
    for entry in set.entries {
        let citation = try #require(entry.citation, "\(entry.id)")
        #expect(citation.source == "tierolf2014" && Bibliography.builtIn.source(citation.source) != nil)
        let text = Bibliography.builtIn.text(citation)
        #expect(text.hasPrefix("Tierolf et al. (2014)") && !text.contains("L\(entry.source.lines.first ?? -1)"), "\(entry.id): \(text)")
        if let table = entry.source.table { #expect(Bibliography.builtIn.text(citation, in: .dutch) == "Tierolf et al. (2014), tabel \(table)") }
    }
    var own = try #require(set.entries.first)
    own.source = NormEntry.Source(file: "my-norms.txt", table: nil, lines: [1])
    #expect(own.citation == nil)
}
