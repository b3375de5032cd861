/// The part of FHIR R4 that Hearth reads and writes: QuestionnaireResponse and Bundle,
/// with the fields scoring needs. Unknown JSON keys are ignored by the decoder (FHIR
/// resources carry many that have nothing to do with answers); wrong types are errors.
struct FHIRResource: Codable, Sendable {
    var resourceType: String
    var id: String?
    var type: String?
    var entry: [FHIRBundleEntry]?
    var questionnaire: String?
    var status: String?
    var subject: FHIRReference?
    var extensions: [FHIRExtension]?
    var item: [FHIRItem]?

    enum CodingKeys: String, CodingKey {
        case resourceType, id, type, entry, questionnaire, status, subject, item
        case extensions = "extension"
    }
}

/// One entry of a Bundle.
struct FHIRBundleEntry: Codable, Sendable {
    var resource: FHIRResource?
}

/// A reference to the respondent (`Patient/123`) or a business identifier.
struct FHIRReference: Codable, Sendable {
    var reference: String?
    var identifier: FHIRIdentifier?
}

/// A business identifier.
struct FHIRIdentifier: Codable, Sendable {
    var system: String?
    var value: String?
}

/// An extension with the value types Hearth reads.
struct FHIRExtension: Codable, Sendable {
    var url: String
    var valueInteger: Int?
    var valueDecimal: Double?
    var valueString: String?
    var valueCode: String?
}

/// A coded answer.
struct FHIRCoding: Codable, Sendable {
    var system: String?
    var code: String?
    var extensions: [FHIRExtension]?

    enum CodingKeys: String, CodingKey {
        case system, code
        case extensions = "extension"
    }
}

/// A (possibly nested) item of a response.
struct FHIRItem: Codable, Sendable {
    var linkId: String
    var answer: [FHIRAnswer]?
    var item: [FHIRItem]?
    var extensions: [FHIRExtension]?

    enum CodingKeys: String, CodingKey {
        case linkId, answer, item
        case extensions = "extension"
    }
}

/// One answer: exactly one `value[x]`.
struct FHIRAnswer: Codable, Sendable {
    var valueInteger: Int?
    var valueDecimal: Double?
    var valueBoolean: Bool?
    var valueString: String?
    var valueCoding: FHIRCoding?
    var item: [FHIRItem]?
}

/// The extension URLs Hearth understands.
enum FHIRExtensionURL {
    /// The ordinal value of a coded answer (FHIR R4 core extension).
    static let ordinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
    /// The weight of a coded answer (the R5 name, also used in R4 with this URL).
    static let itemWeight = "http://hl7.org/fhir/StructureDefinition/itemWeight"
    /// Why an item has no answer (FHIR R4 core extension, value set data-absent-reason).
    static let dataAbsentReason = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
}
