import Foundation
import HearthCore
import HearthScoring

/// Decoding of the JSON files HearthResearch reads, with one size limit and errors that
/// name the JSON path, line and column instead of the decoder's internals.
enum JSONInput {
    /// The largest JSON input accepted, in bytes: 256 MiB (a decoded JSON tree takes
    /// several times its text; split larger FHIR exports into NDJSON files).
    static let maximumBytes = 256 << 20

    /// Decodes a document. Hearth's own files (`kind` given) refuse unknown keys; documents
    /// defined by others (FHIR resources, `kind` nil) may carry keys Hearth does not read.
    static func decode<Value: Decodable>(
        _ data: Data, source: String, kind: JSONDocumentKind?, limit: Int = maximumBytes
    ) throws(ResearchError) -> Value {
        do {
            if let kind {
                return try StrictJSONDecoder(maximumBytes: limit).decode(Value.self, from: data, expecting: kind)
            }
            return try StrictJSONDecoder(maximumBytes: limit, rejectsUnknownKeys: false).decode(Value.self, from: data)
        } catch {
            let code: ResearchError.Code = error.code == .unknownJSONKey ? .unknownField : .malformedFile
            throw ResearchError(code, source: source, field: error.field, message: error.positionedMessage)
        }
    }

    /// Decodes one of Hearth's versioned files and checks its `format` tag.
    ///
    /// - Throws: as ``decode(_:source:kind:limit:)``, and ``ResearchError/Code/invalidMapping``
    ///   naming `format` when the tag is not `tag`.
    static func decode<Value: Decodable>(
        _ data: Data, source: String, kind: JSONDocumentKind, tag: String, format: (Value) -> String
    ) throws(ResearchError) -> Value {
        let value: Value = try decode(data, source: source, kind: kind)
        guard format(value) == tag else {
            throw ResearchError(.invalidMapping, source: source, field: "format", message: "expected '\(tag)'")
        }
        return value
    }
}
