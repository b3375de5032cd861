import Foundation

/// Decodes `Decodable` values from ``JSONNode``s, marking the keys read.
enum JSONValueDecoding {
    /// An error a type threw while decoding (not a `DecodingError`), with where it happened.
    struct Failure: Error {
        var code: CoreError.Code?
        var path: [any CodingKey]
        var offset: Int
        var message: String
    }

    static func decode<Value: Decodable>(_ type: Value.Type, node: JSONNode, path: [any CodingKey]) throws -> Value {
        if let value = try primitive(type, node: node, path: path) { return value }
        if Value.self == Date.self {
            guard case .string(let text) = node.value else { throw mismatch(Value.self, expected: "a date string", node: node, path: path) }
            guard let date = StrictJSONDecoder.date(from: text), let value = date as? Value else {
                throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "expected a date: a day that exists, YYYY-MM-DD, or an ISO 8601 date and time with a zone (Z or +01:00)"))
            }
            return value
        }
        do {
            return try Value(from: NodeDecoder(node: node, codingPath: path))
        } catch let error as DecodingError {
            throw refined(error, decoding: Value.self, at: path)
        } catch let error as Failure {
            throw error
        } catch let error as CoreError {
            throw Failure(code: error.code, path: path, offset: node.offset, message: error.message)
        } catch {
            let text = String(describing: error)
            throw Failure(code: nil, path: path, offset: node.offset, message: text)
        }
    }

    /// A vocabulary error at this very value, rephrased to list the accepted values (for
    /// enumerations) instead of the rejected one.
    private static func refined<Value>(_ error: DecodingError, decoding type: Value.Type, at path: [any CodingKey]) -> DecodingError {
        guard case .dataCorrupted(let context) = error, context.codingPath.count == path.count else { return error }
        if let allowed = allowedValues(of: type) {
            return .dataCorrupted(.init(codingPath: path, debugDescription: "expected one of: " + allowed.joined(separator: ", ")))
        }
        return .dataCorrupted(.init(codingPath: path, debugDescription: sanitized(context.debugDescription)))
    }

    /// The raw values of a `CaseIterable & RawRepresentable` type.
    private static func allowedValues<Value>(of type: Value.Type) -> [String]? {
        guard let cases = type as? any CaseIterable.Type else { return nil }
        func values<C: CaseIterable>(_ type: C.Type) -> [String] {
            C.allCases.compactMap { ($0 as? any RawRepresentable).map { "\($0.rawValue)" } }
        }
        let list = values(cases)
        return list.isEmpty ? nil : list
    }

    /// Foundation's and the standard library's own messages quote the rejected value
    /// ("Cannot initialize Sex from invalid String value …"): replace those.
    static func sanitized(_ message: String) -> String {
        if message.hasPrefix("Cannot initialize ") || message.contains("invalid String value") || message.contains("invalid Int value") {
            return "not an accepted value"
        }
        return message
    }

    static func mismatch<Value>(_ type: Value.Type, expected: String, node: JSONNode, path: [any CodingKey]) -> DecodingError {
        if case .null = node.value {
            return .valueNotFound(type, .init(codingPath: path, debugDescription: "expected \(expected), found null"))
        }
        return .typeMismatch(type, .init(codingPath: path, debugDescription: "expected \(expected), found \(node.typeName)"))
    }

    private static func primitive<Value>(_ type: Value.Type, node: JSONNode, path: [any CodingKey]) throws -> Value? {
        if Value.self == String.self {
            guard case .string(let text) = node.value else { throw mismatch(type, expected: "a string", node: node, path: path) }
            return text as? Value
        }
        if Value.self == Bool.self {
            guard case .bool(let flag) = node.value else { throw mismatch(type, expected: "true or false", node: node, path: path) }
            return flag as? Value
        }
        if Value.self == Double.self { return try finite(node: node, path: path) as? Value }
        if Value.self == Float.self {
            let value = Float(try finite(node: node, path: path))
            guard value.isFinite else { throw outOfRange(path, "a number within the range of Float") }
            return value as? Value
        }
        if let integer = type as? any FixedWidthInteger.Type { return try whole(integer, node: node, path: path) as? Value }
        return nil
    }

    private static func finite(node: JSONNode, path: [any CodingKey]) throws -> Double {
        guard case .number(let text) = node.value else { throw mismatch(Double.self, expected: "a number", node: node, path: path) }
        guard let value = Double(text), value.isFinite else { throw outOfRange(path, "a finite number") }
        return value
    }

    private static func whole<Integer: FixedWidthInteger>(_ type: Integer.Type, node: JSONNode, path: [any CodingKey]) throws -> Integer {
        guard case .number(let text) = node.value else { throw mismatch(type, expected: "a whole number", node: node, path: path) }
        if let value = Integer(text) { return value }
        // 3.0 and 1e2 are whole numbers too (as for Foundation's decoder).
        if let double = Double(text), let value = Integer(exactly: double) { return value }
        throw outOfRange(path, "a whole number from \(Integer.min) to \(Integer.max)")
    }

    private static func outOfRange(_ path: [any CodingKey], _ expected: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: path, debugDescription: "expected \(expected)"))
    }
}

/// The decoder handed to a type's `init(from:)` for one node.
struct NodeDecoder: Decoder, SingleValueDecodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = node.value else {
            throw JSONValueDecoding.mismatch([String: String].self, expected: "an object", node: node, path: codingPath)
        }
        object.opened = true
        return KeyedDecodingContainer(ObjectContainer<Key>(object: object, node: node, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = node.value else {
            throw JSONValueDecoding.mismatch([String].self, expected: "an array", node: node, path: codingPath)
        }
        return ArrayContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool {
        if case .null = node.value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: Bool.Type) throws -> Bool { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: String.Type) throws -> String { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try JSONValueDecoding.decode(type, node: node, path: codingPath) }
}
