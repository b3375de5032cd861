/// One value of a parsed JSON document, with where it starts in the text and which of its
/// keys a decoder read.
///
/// Invariants: `offset` is the byte offset of the value's first byte; an object's `keys`
/// keep document order and are unique (a repeated key is a parse error); `read[i]` is true
/// once a decoder asked for `keys[i]`; `asked` holds every key a decoder looked for,
/// present or not (the object's vocabulary, for messages).
final class JSONNode {
    enum Value {
        case null
        case bool(Bool)
        /// The number's text exactly as written (RFC 8259 grammar, checked by the parser).
        case number(String)
        case string(String)
        case array([JSONNode])
        case object(JSONObject)
    }

    let value: Value
    let offset: Int

    init(_ value: Value, offset: Int) {
        self.value = value
        self.offset = offset
    }

    /// A JSON type name for messages.
    var typeName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// The members of a JSON object and what a decoder made of them.
final class JSONObject {
    private(set) var keys: [String] = []
    private(set) var keyOffsets: [Int] = []
    private(set) var values: [JSONNode] = []
    private var index: [String: Int] = [:]
    /// Whether each key (by position) was read.
    var read: [Bool] = []
    /// Every key a decoder asked for, present or not, in the order first asked.
    private(set) var asked: [String] = []
    private var askedSet: Set<String> = []
    /// Whether a decoder opened this object as a keyed container.
    var opened = false

    /// Adds a member; `false` when the key is already present.
    func append(key: String, keyOffset: Int, value: JSONNode) -> Bool {
        guard index[key] == nil else { return false }
        index[key] = keys.count
        keys.append(key)
        keyOffsets.append(keyOffset)
        values.append(value)
        read.append(false)
        return true
    }

    /// The value of `key`, marking the key read and asked.
    func member(_ key: String) -> JSONNode? {
        ask(key)
        guard let position = index[key] else { return nil }
        read[position] = true
        return values[position]
    }

    /// Whether `key` is present, marking it asked (and read when present).
    func contains(_ key: String) -> Bool { member(key) != nil }

    /// The keys `accept` takes, marked read: a caller that lists an object's keys checks
    /// them against its own vocabulary; keys it does not take stay unread (and unknown).
    func readKeys(where accept: (String) -> Bool) -> [String] {
        var taken: [String] = []
        for (position, key) in keys.enumerated() where accept(key) {
            read[position] = true
            ask(key)
            taken.append(key)
        }
        return taken
    }

    /// The members a decoder never read, in document order.
    var unread: [(key: String, keyOffset: Int)] {
        keys.indices.filter { !read[$0] }.map { (keys[$0], keyOffsets[$0]) }
    }

    private func ask(_ key: String) {
        if askedSet.insert(key).inserted { asked.append(key) }
    }
}
