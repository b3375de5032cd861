/// A sentence as data: a typed message id and its parameters' values. Text is a rendering
/// of it in a language (``text(in:)``), made in one place for every message of a table.
public struct Message<ID: MessageCatalog>: Hashable, Sendable {
    /// The message.
    public let id: ID
    /// The values of ``MessageCatalog/parameters``, in that order.
    public var arguments: [MessageArgument] { values.array }
    /// The values, held inline when there are at most two (most messages): messages are
    /// made for every reason of every assessment, and an array is an allocation each.
    @usableFromInline let values: MessageArguments

    /// Creates a message from its parameters' values by name. A parameter the id does not
    /// declare is dropped; a declared one not given, or given a value of another kind, reads
    /// as an empty value of its kind (the tables' tests check every message the code makes).
    @inlinable
    public init(_ id: ID, _ values: KeyValuePairs<String, MessageArgument> = [:]) {
        // The code that makes messages is checked in debug builds (tests): every value named
        // and of its declared kind.
        assert(values.allSatisfy { value in id.parameters.contains { $0.name == value.key && $0.kind == value.value.kind } }, "message \(id.rawValue): undeclared parameter or wrong kind")
        self.id = id
        func value(_ parameter: MessageParameter) -> MessageArgument {
            guard let value = values.first(where: { $0.key == parameter.name })?.value, value.kind == parameter.kind else {
                return Self.empty(parameter.kind)
            }
            return value
        }
        let parameters = id.parameters
        self.values = MessageArguments(count: parameters.count) { value(parameters[$0]) }
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
        id.parameters.firstIndex { $0.name == name }.flatMap { values[$0] }
    }

    /// The message in a language. The arguments are rendered first and the template read
    /// twice as UTF-8 bytes (the text's length, then the text written into a buffer on the
    /// stack), so that the text is allocated once, at its length: messages are rendered for
    /// every reason of every assessment. Each placeholder's argument is resolved in the first
    /// reading and remembered for the second.
    @inlinable
    public func text(in language: Language = .english) -> String {
        var template = id.template(in: language)
        let parameters = id.parameters
        let count = values.count
        return withUnsafeTemporaryAllocation(of: String.self, capacity: count) { rendered -> String in
            for index in 0..<count { rendered.initializeElement(at: index, to: values[index]?.text(in: language, vocabulary: ID.self) ?? "") }
            defer { _ = rendered.deinitialize() }
            return template.withUTF8 { bytes -> String in
                // The argument a placeholder names (`nil`: undeclared, shown as written).
                func argument(_ name: Range<Int>) -> Int? {
                    let nameBytes = UnsafeBufferPointer(rebasing: bytes[name])
                    guard let index = parameters.firstIndex(where: { MessageTemplate.names($0.name, equal: nameBytes) }), index < count else { return nil }
                    return index
                }
                // A placeholder takes at least two bytes ("{}"), so a template has at most half
                // its length of them.
                return withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count / 2 + 1) { arguments -> String in
                    var length = 0, placeholders = 0
                    MessageTemplate.scan(bytes) { length += $0.count } parameter: { name in
                        let index = argument(name) ?? -1
                        arguments.initializeElement(at: placeholders, to: index)
                        placeholders += 1
                        length += index >= 0 ? rendered[index].utf8.count : name.count + 2
                    }
                    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { output -> String in
                        var written = 0, placeholder = 0
                        func write(_ source: UnsafeBufferPointer<UInt8>) {
                            guard let base = source.baseAddress, let target = output.baseAddress else { return }
                            (target + written).initialize(from: base, count: source.count)
                            written += source.count
                        }
                        MessageTemplate.scan(bytes) { write(UnsafeBufferPointer(rebasing: bytes[$0])) } parameter: { name in
                            let index = arguments[placeholder]
                            placeholder += 1
                            if index >= 0 {
                                var value = rendered[index]
                                value.withUTF8 { write($0) }
                            } else {
                                write(UnsafeBufferPointer(rebasing: bytes[(name.lowerBound - 1)...name.upperBound]))  // an undeclared name stays visible
                            }
                        }
                        return String(decoding: UnsafeBufferPointer(rebasing: output[..<written]), as: UTF8.self)
                    }
                }
            }
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
        for (index, parameter) in id.parameters.enumerated() {
            if let value = values[index] { try parameters.encode(value, forKey: Name(stringValue: parameter.name)) }
        }
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
        let declared = id.parameters
        values = try MessageArguments(count: declared.count) { index throws(any Error) in
            let parameter = declared[index]
            let key = Name(stringValue: parameter.name)
            guard parameters.contains(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: parameters.codingPath, debugDescription: "message '\(id.rawValue)' needs '\(parameter.name)'"))
            }
            let value = try parameters.superDecoder(forKey: Name(stringValue: parameter.name)).singleValueContainer()
            return try MessageArgument(from: value, kind: parameter.kind)
        }
    }
}
