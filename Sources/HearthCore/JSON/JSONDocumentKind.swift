import Foundation

/// The kinds of JSON document Hearth reads, recognised from their top-level shape, so that
/// a file given in the wrong place is named for what it is ("a scoring key file, not a
/// norm file") instead of failing on its first unfamiliar key.
package enum JSONDocumentKind: String, Sendable, CaseIterable {
    case scoringKey = "a scoring key file"
    case normFile = "a norm file"
    case studyConfiguration = "a study configuration"
    case redcapMapping = "a REDCap mapping"
    case fhirMapping = "a FHIR mapping"
    case safetyInput = "a safety input"
    case family = "a family input"
    case profileRuleSet = "a profile rule set"
    case safetyRuleSet = "a safety rule set"
    case fhirResource = "a FHIR resource"

    /// The kind a document looks like, or `nil` when it looks like none of them.
    package static func recognise(_ data: Data) -> JSONDocumentKind? {
        guard let root = try? JSONParser.parse([UInt8](data)) else { return nil }
        switch root.value {
        case .array(let elements):
            if let first = elements.first, case .object(let object) = first.value,
               object.keys.contains("statistic"), object.keys.contains("instrument") { return .normFile }
            return nil
        case .object(let object):
            return recognise(object)
        default:
            return nil
        }
    }

    /// `error`, or a ``CoreError/Code/wrongKindOfDocument`` error when `data` looks like
    /// another kind of Hearth file than `expected`.
    static func naming(_ error: CoreError, of data: Data, expected: JSONDocumentKind) -> CoreError {
        guard let found = recognise(data), found != expected else { return error }
        return CoreError(.wrongKindOfDocument, message: "this is \(found.rawValue), not \(expected.rawValue)")
    }

    private static func recognise(_ object: JSONObject) -> JSONDocumentKind? {
        let keys = Set(object.keys)
        if let position = object.keys.firstIndex(of: "format"), case .string(let tag) = object.values[position].value {
            if tag == "hearth-scoring-key" { return .scoringKey }
            if tag.hasPrefix("hearth-study") { return .studyConfiguration }
            if tag.hasPrefix("hearth-redcap-mapping") { return .redcapMapping }
            if tag.hasPrefix("hearth-fhir-mapping") { return .fhirMapping }
        }
        if keys.contains("resourceType") { return .fhirResource }
        if keys.contains("reportDate") || (keys.contains("family") && keys.contains("riskFactors")) { return .safetyInput }
        if keys.contains("members") { return .family }
        if keys.contains("rules") && keys.contains("disclaimer") { return .safetyRuleSet }
        if keys.contains("profiles") && keys.contains("priority") { return .profileRuleSet }
        if !keys.isEmpty, keys.isSubset(of: ["name", "entries", "tTables"]) { return .normFile }
        return nil
    }
}
