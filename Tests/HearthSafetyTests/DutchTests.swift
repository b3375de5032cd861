import Foundation
import HearthCore
import HearthProfiles
import Testing

@testable import HearthSafety

/// Dutch output: every message in both languages, every word of the vocabulary the messages
/// use translated, and a Dutch reader of an assessment — its explanation and the sentences in
/// its JSON — meets no English and no rule identifiers outside the explanation's details.
@Suite("Dutch")
struct DutchTests {
    /// Words that occur in English sentences and never in Dutch ones.
    static let englishWords: Set<String> = [
        "the", "and", "with", "which", "would", "could", "should", "from", "has", "have", "were", "not", "this", "that", "there", "their",
        "when", "after", "before", "yes", "unknown", "violence", "child", "children", "parent", "within", "hours", "days", "level", "source",
        "rule", "rules", "whether", "established", "none", "incidents", "needs", "applies", "partner's", "table", "chapter",
        "section", "choice", "count", "window", "fear",
    ]

    /// The works' names as cited (authors such as "Plymouth Safeguarding Children
    /// Partnership" are proper names in every language).
    static let workNames = Bibliography.builtIn.sources.flatMap { [$0.shortReference(in: .dutch)] + $0.authors }

    /// The English words in a Dutch text, if any (the works' names aside).
    static func english(in text: String) -> [String] {
        var text = text
        for name in workNames { text = text.replacingOccurrences(of: name, with: "") }
        let words = text.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
        return words.filter { englishWords.contains($0) }
    }

    /// Identifiers written in camel case (`coerciveControl`, `history.recentSevere`).
    static func identifiers(in text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "_") }.map(String.init).filter { word in
            guard let first = word.first, first.isLowercase else { return false }
            return word.contains { $0.isUppercase } || word.contains(".") && word.contains { $0.isLetter } && !word.hasSuffix(".")
        }
    }

    /// The inputs read: every practice case that assesses, and random families.
    static func inputs() throws -> [(name: String, input: SafetyInput, asOf: Date)] {
        var inputs: [(String, SafetyInput, Date)] = []
        for name in PracticeCaseTests.names {
            let loaded = try PracticeCaseTests.load(name)
            guard loaded.expect["refused"] == nil else { continue }
            inputs.append((name, loaded.input, loaded.asOf))
        }
        for seed in 0..<150 as Range<UInt64> { inputs.append(("random \(seed)", SafetyDecisionTests.randomInput(seed), asOf)) }
        return inputs
    }

    static func dutchAssessor() throws -> SafetyAssessor {
        var assessor = try SafetyAssessor()
        assessor.language = .dutch
        return assessor
    }

    @Test func explanationMessagesHaveBothLanguages() { MessageTableTests.check(ExplanationMessage.self) }

    /// A Dutch template is its own text, not the English one (a template of placeholders and
    /// punctuation only reads the same in both).
    @Test func everyTemplateIsTranslated() {
        func check<Catalog: MessageCatalog>(_ catalog: Catalog.Type) {
            for message in Catalog.allCases {
                func words(_ template: String) -> String { template.replacingOccurrences(of: #"\{[a-zA-Z]+\}"#, with: "", options: .regularExpression) }
                let english = message.template(in: .english), dutch = message.template(in: .dutch)
                let hasWords = words(english).contains { $0.isLetter }
                #expect(!hasWords || english != dutch, "\(message): the Dutch template is the English one")
                #expect(Self.english(in: words(dutch)).isEmpty, "\(message): English in Dutch: \(Self.english(in: words(dutch)))")
            }
        }
        check(SafetyMessage.self)
        check(ProfileMessage.self)
        check(ExplanationMessage.self)
    }

    /// The built-in rule sets' texts all have Dutch: names, approaches, limits, descriptions,
    /// disclaimers, and every citation place with words.
    @Test func builtInRuleSetsAreTranslated() {
        let profiles = ProfileRuleSet.builtIn, safety = SafetyRuleSet.builtIn
        var texts: [(String, LocalizedText)] = [("profiles.disclaimer", profiles.disclaimer), ("safety.disclaimer", safety.disclaimer)]
        for profile in profiles.profiles { texts += [("\(profile.id).name", profile.name), ("\(profile.id).approach", profile.approach)] }
        for conflict in profiles.conflicts { texts.append(("\(conflict.profile).limit", conflict.limit)) }
        for rule in safety.rules { texts.append(("\(rule.id).description", rule.description)) }
        for (what, text) in texts { #expect(text.isTranslated(to: .dutch) && Self.english(in: text.text(in: .dutch)).isEmpty, "\(what)") }
        let citations = safety.rules.flatMap(\.citations) + profiles.profiles.flatMap(\.citations) + ProfileIndicator.allCases.flatMap(\.citations)
            + RiskFactors().all.flatMap(\.citations)
        for citation in citations {
            let text = Bibliography.builtIn.text(citation, in: .dutch)
            #expect(Self.english(in: text).isEmpty, "\(citation.source) at \(citation.at?.english ?? ""): \(text)")
        }
    }

    /// Every assessment in Dutch: each sentence is its message in Dutch, every vocabulary word
    /// the messages use has a Dutch word, and the explanation (before its details) has no
    /// English word and no identifier.
    @Test func aDutchReaderMeetsNoEnglish() throws {
        let assessor = try Self.dutchAssessor()
        var untranslated = Set<String>()
        for (name, input, asOf) in try Self.inputs() {
            let assessment = try assessor.assess(input, asOf: asOf)
            #expect(assessment.language == .dutch)
            for message in Self.safetyMessages(assessment) { untranslated.formUnion(Self.untranslatedTerms(message)) }
            for message in Self.profileMessages(assessment.profiles) { untranslated.formUnion(Self.untranslatedTerms(message)) }
            for fired in assessment.firedRules { #expect(fired.reason == fired.message.text(in: .dutch), "\(name)") }
            #expect(assessment.response == assessment.responseMessage.text(in: .dutch))
            let explanation = assessment.explanation()
            let shown = explanation.components(separatedBy: "Details (kenmerken").first ?? explanation
            #expect(Self.english(in: shown).isEmpty, "\(name): English \(Self.english(in: shown)) in\n\(shown)")
            #expect(Self.identifiers(in: shown).isEmpty, "\(name): identifiers \(Self.identifiers(in: shown))")
            for text in Self.sentences(assessment) {
                #expect(Self.english(in: text).isEmpty, "\(name): English \(Self.english(in: text)) in '\(text)'")
                #expect(Self.identifiers(in: text).isEmpty, "\(name): identifiers \(Self.identifiers(in: text)) in '\(text)'")
            }
        }
        #expect(untranslated.isEmpty, "vocabulary without Dutch: \(untranslated.sorted())")
    }

    /// The sentences of an assessment's JSON, besides the explanation.
    static func sentences(_ assessment: SafetyAssessment) -> [String] {
        let profiles = assessment.profiles
        var texts = [assessment.disclaimer, assessment.response, profiles.disclaimer, profiles.dominant.reason, profiles.primaryAggressor.reason]
        texts += assessment.toEstablish.map(\.text) + assessment.firedRules.flatMap { [$0.reason, $0.source] } + assessment.missingInformation.map(\.unknown)
        texts += assessment.triage.reasons + assessment.triage.approaches + assessment.reassessment.triggers.map(\.reason)
        texts += profiles.control.text + (profiles.trajectory?.reasons ?? [])
        for membership in profiles.memberships {
            texts += [membership.name, membership.approach, membership.source] + membership.indicators.flatMap { [$0.evidence, $0.source] }
        }
        texts += profiles.typologies.map(\.johnsonReason)
        return texts
    }

    static func safetyMessages(_ assessment: SafetyAssessment) -> [Message<SafetyMessage>] {
        [assessment.responseMessage] + assessment.firedRules.map(\.message) + assessment.missingInformation.map(\.message)
            + assessment.toEstablish.map(\.message) + assessment.triage.reasonMessages + assessment.reassessment.triggers.map(\.message)
    }

    static func profileMessages(_ profiles: ProfileResult) -> [Message<ProfileMessage>] {
        var messages = [profiles.dominant.message, profiles.primaryAggressor.message] + profiles.control.messages
        messages += profiles.memberships.flatMap { $0.indicators.flatMap(\.evidenceMessages) } + (profiles.trajectory?.reasonMessages ?? [])
        messages += profiles.approaches.compactMap(\.note) + profiles.typologies.map(\.johnsonMessage)
        return messages
    }

    /// The vocabulary keys of a message without a Dutch word.
    static func untranslatedTerms<Catalog: MessageCatalog>(_ message: Message<Catalog>) -> Set<String> {
        var keys = Set<String>()
        for argument in message.arguments {
            switch argument {
            case .term(let key): keys.insert(key)
            case .terms(let list): keys.formUnion(list)
            default: break
            }
        }
        return keys.filter { Catalog.term($0, in: .dutch) == nil }
    }

    /// The command line's `--language nl`: the explanation in Dutch; `--language fr` a usage error.
    @Test func theRuleSetsAndLanguagesRoundTrip() throws {
        let data = try JSONEncoder().encode(ProfileRuleSet.builtIn)
        #expect(try ProfileRuleSet(json: data) == ProfileRuleSet.builtIn)
        let safety = try JSONEncoder().encode(SafetyRuleSet.builtIn)
        #expect(try SafetyRuleSet(json: safety) == SafetyRuleSet.builtIn)
        // An English-only rule set (plain strings) still reads.
        let text = try JSONDecoder().decode(LocalizedText.self, from: Data(#""Clear limits""#.utf8))
        #expect(text == LocalizedText("Clear limits") && text.text(in: .dutch) == "Clear limits" && !text.isTranslated(to: .dutch))
        let both = try JSONDecoder().decode(LocalizedText.self, from: Data(#"{"en": "Clear limits", "nl": "Duidelijke grenzen"}"#.utf8))
        #expect(both.text(in: .dutch) == "Duidelijke grenzen")
    }
}
