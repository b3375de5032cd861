import Foundation

/// A parsed JSON document that records which keys decoders read, so that the keys nobody
/// read can be refused (``StrictJSONDecoder``).
final class JSONDocument {
    private let bytes: [UInt8]
    private let root: JSONNode
    /// Where the document sits in a larger one (``JSONOrigin/root`` for a whole document):
    /// paths start with its path, places are counted from its line and column.
    private let origin: JSONOrigin
    /// ``origin``'s path as coding keys.
    private let basePath: [any CodingKey]

    /// Parses `data`, a whole document or a piece of one at `origin`.
    ///
    /// - Throws: ``CoreError/Code/malformedJSON`` with line and column, or when larger than
    ///   `maximumBytes`.
    init(_ data: Data, maximumBytes: Int, origin: JSONOrigin = .root) throws(CoreError) {
        guard data.count <= maximumBytes else {
            throw CoreError(.malformedJSON, message: "the document is larger than \(maximumBytes) bytes")
        }
        bytes = [UInt8](data)
        self.origin = origin
        basePath = origin.codingPath
        do {
            root = try JSONParser.parse(bytes, depth: origin.path.count)
        } catch {
            let (line, column) = origin.place(JSONParser.location(of: error.offset, in: bytes))
            throw CoreError(.malformedJSON, line: line, column: column, message: "not valid JSON: \(error.message)")
        }
    }

    /// The line and column of a byte offset, in the whole document.
    private func location(of offset: Int) -> (line: Int, column: Int) {
        origin.place(JSONParser.location(of: offset, in: bytes))
    }

    /// Decodes the document as `type`, marking the keys it reads.
    func decode<Value: Decodable>(_ type: Value.Type) throws(CoreError) -> Value {
        do {
            return try JSONValueDecoding.decode(type, node: root, path: basePath)
        } catch let error as DecodingError {
            throw locate(error)
        } catch let error as JSONValueDecoding.Failure {
            throw locate(error)
        } catch {
            throw CoreError(.invalidJSONValue, message: "cannot be decoded")
        }
    }

    /// - Throws: ``CoreError/Code/unknownJSONKey`` for the first key (in document order) of
    ///   an object that was read which no decoder asked for.
    func checkEveryKeyRead() throws(CoreError) {
        if let (path, object, key, offset) = firstUnread(in: root, path: basePath) {
            let (line, column) = location(of: offset)
            throw CoreError(
                .unknownJSONKey, field: JSONPath.text(path + [JSONKey(stringValue: key)]), line: line, column: column,
                message: UnknownKeyMessage(key: key, known: object.asked, at: path).text)
        }
    }

    private func firstUnread(in node: JSONNode, path: [any CodingKey]) -> ([any CodingKey], JSONObject, String, Int)? {
        switch node.value {
        case .object(let object) where object.opened:
            if let stray = object.unread.first { return (path, object, stray.key, stray.keyOffset) }
            for (key, child) in zip(object.keys, object.values) {
                if let found = firstUnread(in: child, path: path + [JSONKey(stringValue: key)]) { return found }
            }
        case .array(let elements):
            for (index, child) in elements.enumerated() {
                if let found = firstUnread(in: child, path: path + [JSONKey(intValue: index)]) { return found }
            }
        default: break
        }
        return nil
    }

    private func locate(_ error: DecodingError) -> CoreError {
        let code: CoreError.Code
        let path: [any CodingKey]
        let message: String
        var missing: (any CodingKey)?
        switch error {
        case .keyNotFound(let key, let context):
            (code, path, message) = (.missingJSONKey, context.codingPath, "missing key '\(JSONPath.printable(key.stringValue))'")
            missing = key
        case .valueNotFound(_, let context):
            (code, path, message) = (.invalidJSONValue, context.codingPath, context.debugDescription)
        case .typeMismatch(_, let context), .dataCorrupted(let context):
            let kind = (context.underlyingError as? CoreError)?.code ?? .invalidJSONValue
            (code, path, message) = (kind, context.codingPath, JSONValueDecoding.sanitized(context.debugDescription))
        @unknown default:
            (code, path, message) = (.invalidJSONValue, [], "cannot be decoded")
        }
        let offset = node(at: path)?.offset ?? 0
        let (line, column) = location(of: offset)
        let fieldPath = path + (missing.map { [$0] } ?? [])
        let field = fieldPath.isEmpty ? nil : JSONPath.text(fieldPath)
        var place = code == .missingJSONKey ? " " + JSONPath.describe(path) : ""
        if let missing, let misspelt = misspelling(of: missing.stringValue, in: node(at: path)) {
            place += "; is '\(JSONPath.printable(misspelt))' a misspelling of it?"
        }
        return CoreError(code, field: field, line: line, column: column, message: message + place)
    }

    private func locate(_ failure: JSONValueDecoding.Failure) -> CoreError {
        let (line, column) = location(of: failure.offset)
        return CoreError(
            failure.code ?? .invalidJSONValue, field: failure.path.isEmpty ? nil : JSONPath.text(failure.path),
            line: line, column: column, message: failure.message)
    }

    /// An unread key of `node` (an object) close to `key`, the likely misspelling of a
    /// missing key.
    private func misspelling(of key: String, in node: JSONNode?) -> String? {
        guard let node, case .object(let object) = node.value else { return nil }
        let unread = object.unread.map(\.key)
        return unread.first { UnknownKeyMessage.closest(to: $0, among: [key]) != nil }
    }

    /// The node at a coding path (which starts with ``origin``'s path), as far as the path leads.
    private func node(at path: [any CodingKey]) -> JSONNode? {
        var node = root
        for key in path.dropFirst(basePath.count) {
            switch node.value {
            case .object(let object):
                guard let position = object.keys.firstIndex(of: key.stringValue) else { return node }
                node = object.values[position]
            case .array(let elements):
                guard let index = key.intValue, elements.indices.contains(index) else { return node }
                node = elements[index]
            default: return node
            }
        }
        return node
    }
}

/// The message for a key no decoder read: the closest known key, or why a protected
/// attribute is never an input.
package struct UnknownKeyMessage {
    var key: String
    var known: [String]
    var at: [any CodingKey]

    package init(key: String, known: [String], at: [any CodingKey]) {
        self.key = key
        self.known = known
        self.at = at
    }

    /// The error a type's own `init(from:)` throws for a key outside its vocabulary, with
    /// the message and code ``StrictJSONDecoder`` gives unread keys (under any decoder).
    package static func error(key: String, known: [String], codingPath: [any CodingKey]) -> DecodingError {
        let message = UnknownKeyMessage(key: key, known: known, at: codingPath).text
        return .dataCorrupted(.init(
            codingPath: codingPath + [JSONKey(stringValue: key)], debugDescription: message,
            underlyingError: CoreError(.unknownJSONKey, message: message)))
    }

    /// Keys naming protected attributes (English and Dutch, letters only, lower case).
    /// Hearth never reads them as risk or profile inputs (DESIGN §2: no personal data in
    /// core types; equal treatment): research groups by them in its own files.
    static let protectedAttributes: Set<String> = [
        "ethnicity", "ethnic", "ethnicgroup", "ethnicbackground", "race", "religion", "faith", "nationality",
        "countryofbirth", "migrationbackground", "immigrationstatus", "sexualorientation",
        "etniciteit", "etnischeachtergrond", "afkomst", "herkomst", "migratieachtergrond", "nationaliteit",
        "geboorteland", "religie", "geloof", "seksuelegeaardheid",
    ]

    package var text: String {
        let printable = JSONPath.printable(key)
        let normalized = String(key.lowercased().unicodeScalars.filter { CharacterSet.letters.contains($0) }.map(Character.init))
        if Self.protectedAttributes.contains(normalized) {
            return "'\(printable)' \(JSONPath.describe(at)) is a protected attribute: Hearth never reads it as a risk or profile input"
        }
        var message = "unknown key '\(printable)' \(JSONPath.describe(at))"
        if let closest = Self.closest(to: key, among: known) { message += "; did you mean '\(closest)'?" }
        if !known.isEmpty { message += " (known keys here: \(known.joined(separator: ", ")))" }
        return message
    }

    /// The known key nearest to `key` (``EditDistance/suggestions(for:among:limit:)``), within
    /// an edit distance of a third of its length (at least 1, at most 3).
    static func closest(to key: String, among known: [String]) -> String? {
        EditDistance.suggestions(for: key, among: known, limit: min(3, max(1, key.count / 3))).first
    }
}
