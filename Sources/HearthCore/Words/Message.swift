/// A sentence as data: a typed message id and its parameters' values. Text is a rendering
/// of it in a language (``text(in:)``), made in one place for every message of a table.
public struct Message<ID: MessageCatalog>: Hashable, Sendable {
    /// The message.
    public let id: ID
    /// The values of ``MessageCatalog/parameters``, in that order.
    public let arguments: [MessageArgument]

    /// Creates a message from its parameters' values by name. A parameter the id does not
    /// declare is dropped; a declared one not given, or given a value of another kind, reads
    /// as an empty value of its kind (the tables' tests check every message the code makes).
    @inlinable
    public init(_ id: ID, _ values: KeyValuePairs<String, MessageArgument> = [:]) {
        // The code that makes messages is checked in debug builds (tests): every value named
        // and of its declared kind.
        assert(values.allSatisfy { value in id.parameters.contains { $0.name == value.key && $0.kind == value.value.kind } }, "message \(id.rawValue): undeclared parameter or wrong kind")
        self.id = id
        arguments = id.parameters.map { parameter in
            guard let value = values.first(where: { $0.key == parameter.name })?.value, value.kind == parameter.kind else {
                return Self.empty(parameter.kind)
            }
            return value
        }
    }

    @usableFromInline
    static func empty(_ kind: MessageParameter.Kind) -> MessageArgument {
        switch kind {
        case .text: .text("")
        case .list: .list([])
        case .term: .term("")
        case .terms: .terms([])
        case .integer: .integer(0)
        case .number: .number(0)
        case .percent: .percent(0)
        }
    }

    /// The value of a named parameter.
    public subscript(parameter name: String) -> MessageArgument? {
        id.parameters.firstIndex { $0.name == name }.map { arguments[$0] }
    }

    /// The message in a language. The template is read as UTF-8 bytes and the text written
    /// into one buffer: messages are rendered for every reason of every assessment.
    @inlinable
    public func text(in language: Language = .english) -> String {
        var template = id.template(in: language)
        let parameters = id.parameters
        return template.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 32)
            MessageTemplate.scan(bytes) { literal in
                output.append(contentsOf: bytes[literal])
            } parameter: { name in
                let nameBytes = UnsafeBufferPointer(rebasing: bytes[name])
                // Lengths first: a generic comparison of every name's bytes cost more than the rest of the rendering.
                if let index = parameters.firstIndex(where: { $0.name.utf8.count == nameBytes.count && $0.name.utf8.elementsEqual(nameBytes) }),
                    index < arguments.count
                {
                    var value = arguments[index].text(in: language, vocabulary: ID.self)
                    value.withUTF8 { output.append(contentsOf: $0) }
                } else {
                    output.append(contentsOf: bytes[(name.lowerBound - 1)...name.upperBound])  // an undeclared name stays visible
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}

extension Message: Codable {
    private enum CodingKeys: String, CodingKey { case id, parameters }

    private struct Name: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Encodes `{"id": "…", "parameters": {"name": value, …}}`, parameters in declared order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        var parameters = container.nestedContainer(keyedBy: Name.self, forKey: .parameters)
        for (parameter, value) in zip(id.parameters, arguments) { try parameters.encode(value, forKey: Name(stringValue: parameter.name)) }
    }

    /// Decodes the form ``encode(to:)`` writes, each value read as its parameter's kind;
    /// every declared parameter must be present and no other.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ID.self, forKey: .id)
        let parameters = try container.nestedContainer(keyedBy: Name.self, forKey: .parameters)
        if let extra = parameters.allKeys.first(where: { key in !id.parameters.contains { $0.name == key.stringValue } }) {
            throw DecodingError.dataCorruptedError(
                forKey: extra, in: parameters, debugDescription: "message '\(id.rawValue)' has no parameter '\(extra.stringValue)'")
        }
        self.id = id
        arguments = try id.parameters.map { parameter in
            let key = Name(stringValue: parameter.name)
            guard parameters.contains(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: parameters.codingPath, debugDescription: "message '\(id.rawValue)' needs '\(parameter.name)'"))
            }
            let value = try parameters.superDecoder(forKey: Name(stringValue: parameter.name)).singleValueContainer()
            return try MessageArgument(from: value, kind: parameter.kind)
        }
    }
}
