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
        guard let kind else { return try decode(data, source: source, at: .root, limit: limit) }
        do {
            return try StrictJSONDecoder(maximumBytes: limit).decode(Value.self, from: data, expecting: kind)
        } catch {
            throw researchError(error, source: source)
        }
    }

    /// Decodes a document defined by others (FHIR), or a piece of one (a resource in a
    /// streamed array) at `origin`: errors name the path, line and column in the whole document.
    static func decode<Value: Decodable>(_ data: Data, source: String, at origin: JSONOrigin, limit: Int = maximumBytes) throws(ResearchError) -> Value {
        do {
            return try StrictJSONDecoder(maximumBytes: limit, rejectsUnknownKeys: false).decode(Value.self, from: data, at: origin)
        } catch {
            throw researchError(error, source: source)
        }
    }

    /// A decoding error as the importers report it: an unknown key is ``ResearchError/Code/unknownField``,
    /// anything else ``ResearchError/Code/malformedFile``, with the JSON path and the place in the message.
    static func researchError(_ error: CoreError, source: String) -> ResearchError {
        let code: ResearchError.Code = error.code == .unknownJSONKey ? .unknownField : .malformedFile
        return ResearchError(code, source: source, field: error.field, message: error.positionedMessage)
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
