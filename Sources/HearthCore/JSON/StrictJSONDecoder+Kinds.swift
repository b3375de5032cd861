import Foundation

extension StrictJSONDecoder {
    /// Decodes a document expected to be of one kind. When decoding fails and the document
    /// looks like another kind of Hearth file, the error says so.
    ///
    /// - Throws: as ``decode(_:from:)``, or ``CoreError/Code/wrongKindOfDocument``.
    package func decode<Value: Decodable>(_ type: Value.Type, from data: Data, expecting kind: JSONDocumentKind) throws(CoreError) -> Value {
        do {
            return try decode(type, from: data)
        } catch where error.code != .malformedJSON {
            throw JSONDocumentKind.naming(error, of: data, expected: kind)
        }
    }
}

extension StrictJSONDecoder {
    /// ``decode(_:from:expecting:)`` with the error mapped to the caller's module error.
    package func decode<Value: Decodable, Failure: Error>(
        _ type: Value.Type, from data: Data, expecting kind: JSONDocumentKind, orThrow failure: (CoreError) -> Failure
    ) throws(Failure) -> Value {
        do { return try decode(type, from: data, expecting: kind) } catch { throw failure(error) }
    }
}
