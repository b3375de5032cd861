import Foundation

/// How FHIR R4 QuestionnaireResponses become Hearth rows (`hearth-fhir-mapping@1`).
///
/// Each Questionnaire (by canonical URL) maps to an instrument and each answered `linkId`
/// to an item. Every linkId in a response must be an item, respondent metadata, a group
/// (an item with child items and no answer), or listed in `ignoredLinkIds`; any other is
/// an error naming it. See `docs/research.md`.
public struct FHIRMapping: Hashable, Sendable, Codable {
    /// The format tag this version reads and writes.
    public static let formatTag = "hearth-fhir-mapping@1"

    /// Where the respondent's pseudonym comes from.
    public enum RespondentIDSource: String, Hashable, Sendable, Codable, CaseIterable {
        /// The last path segment of `subject.reference` (`Patient/p17` → `p17`).
        case subjectReference
        /// `subject.identifier.value`.
        case subjectIdentifier
    }

    /// One Questionnaire and the instrument it is.
    public struct Questionnaire: Hashable, Sendable, Codable {
        /// The Questionnaire's canonical URL; a response's `questionnaire` matches it with or
        /// without a `|version` suffix.
        public var canonical: String
        /// The Hearth instrument id.
        public var instrument: String
        /// linkId → Hearth item id.
        public var items: [String: String]
        /// Coding code → Hearth code, for coded answers without an ordinal value extension.
        public var codes: [String: Int]?
        /// The linkIds of the respondent metadata (sex: valueCoding code or valueString; age: valueInteger).
        public var respondent: RespondentFields?
        /// linkIds left out on purpose.
        public var ignoredLinkIds: [String]?

        /// Creates a questionnaire mapping.
        public init(
            canonical: String, instrument: String, items: [String: String], codes: [String: Int]? = nil,
            respondent: RespondentFields? = nil, ignoredLinkIds: [String]? = nil
        ) {
            self.canonical = canonical
            self.instrument = instrument
            self.items = items
            self.codes = codes
            self.respondent = respondent
            self.ignoredLinkIds = ignoredLinkIds
        }
    }

    /// Always ``formatTag``.
    public var format: String
    /// Where the pseudonym comes from.
    public var respondentID: RespondentIDSource
    /// The URL of a response-level extension (valueInteger) holding the wave, if any.
    public var waveExtension: String?
    /// Attribute name → URL of a response-level extension (valueString, valueCode or
    /// valueInteger) that holds it.
    public var attributeExtensions: [String: String]?
    /// Sex values → `female`/`male`/`unknown`, for forms that code sex.
    public var sexCodes: [String: String]?
    /// The questionnaires.
    public var questionnaires: [Questionnaire]
    /// The Questionnaire on help received, when the study has one.
    public var helpQuestionnaire: HelpQuestionnaire?

    /// Creates a mapping.
    public init(
        respondentID: RespondentIDSource = .subjectReference, waveExtension: String? = nil,
        attributeExtensions: [String: String]? = nil, sexCodes: [String: String]? = nil, questionnaires: [Questionnaire],
        helpQuestionnaire: HelpQuestionnaire? = nil
    ) {
        self.helpQuestionnaire = helpQuestionnaire
        format = Self.formatTag
        self.respondentID = respondentID
        self.waveExtension = waveExtension
        self.attributeExtensions = attributeExtensions
        self.sexCodes = sexCodes
        self.questionnaires = questionnaires
    }

    private enum CodingKeys: String, CodingKey {
        case format, respondentID, waveExtension, attributeExtensions, sexCodes, questionnaires, helpQuestionnaire
    }

    /// Decodes a mapping; `respondentID` defaults to `subjectReference`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        respondentID = try container.decodeIfPresent(RespondentIDSource.self, forKey: .respondentID) ?? .subjectReference
        waveExtension = try container.decodeIfPresent(String.self, forKey: .waveExtension)
        attributeExtensions = try container.decodeIfPresent([String: String].self, forKey: .attributeExtensions)
        sexCodes = try container.decodeIfPresent([String: String].self, forKey: .sexCodes)
        questionnaires = try container.decode([Questionnaire].self, forKey: .questionnaires)
        helpQuestionnaire = try container.decodeIfPresent(HelpQuestionnaire.self, forKey: .helpQuestionnaire)
    }

    /// Reads a mapping file.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` naming the JSON path of the problem,
    ///   ``ResearchError/Code/invalidMapping`` for an unknown format tag.
    public static func decode(_ data: Data, source: String) throws(ResearchError) -> FHIRMapping {
        try JSONInput.decode(data, source: source, kind: .fhirMapping, tag: formatTag) { $0.format }
    }
}
