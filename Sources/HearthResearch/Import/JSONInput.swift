import Foundation
import HearthScoring

/// Decoding of the JSON files HearthResearch reads, with one size limit and errors that
/// name the JSON path instead of the decoder's internals.
enum JSONInput {
    /// The largest JSON input accepted, in bytes: 256 MiB (a decoded JSON tree takes
    /// several times its text; split larger FHIR exports into NDJSON files).
    static let maximumBytes = 256 << 20

    static func decode<Value: Decodable>(_ data: Data, source: String, limit: Int = maximumBytes) throws(ResearchError) -> Value {
        guard data.count <= limit else {
            throw ResearchError(.malformedFile, source: source, message: "larger than \(limit) bytes")
        }
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch let error as DecodingError {
            throw ResearchError(.malformedFile, source: source, field: error.hearthPath, message: error.hearthSummary)
        } catch let error as ResearchError {
            throw error
        } catch {
            throw ResearchError(.malformedFile, source: source, message: "not valid JSON")
        }
    }

    /// Decodes one of Hearth's versioned files and checks its `format` tag.
    ///
    /// - Throws: as ``decode(_:source:limit:)``, and ``ResearchError/Code/invalidMapping``
    ///   naming `format` when the tag is not `tag`.
    static func decode<Value: Decodable>(_ data: Data, source: String, tag: String, format: (Value) -> String) throws(ResearchError) -> Value {
        let value: Value = try decode(data, source: source)
        guard format(value) == tag else {
            throw ResearchError(.invalidMapping, source: source, field: "format", message: "expected '\(tag)'")
        }
        return value
    }
}
