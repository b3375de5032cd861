extension DecodingError {
    /// The JSON path of the problem, e.g. `scales[2].items`.
    package var hearthPath: String? {
        let path: [any CodingKey]
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
        @unknown default:
            return nil
        }
        guard !path.isEmpty else { return nil }
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// A one-line description of the problem without the decoder's internals.
    package var hearthSummary: String {
        switch self {
        case .typeMismatch(let type, _): "wrong type (expected \(type))"
        case .valueNotFound(let type, _): "missing value (expected \(type))"
        case .keyNotFound(let key, _): "missing key '\(key.stringValue)'"
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "cannot be decoded"
        }
    }
}
