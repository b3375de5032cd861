import Foundation
import HearthCore

extension FHIRImporter {
    /// Imports a document that is not NDJSON from `stream`: a JSON array's elements and a
    /// Bundle's entries are decoded one at a time as they are read (a Bundle whose
    /// `resourceType` comes before its `entry`, as FHIR writes it), so that memory holds one
    /// resource; anything else (one resource, a Bundle with `entry` first) is read whole.
    /// Errors name the path, line and column in the whole document, as reading it whole
    /// would; streamed, the first problem in file order is the one reported.
    func importDocument(
        _ stream: inout JSONValueStream, source: String, context: FileContext, into cohort: inout StudyCohort, progress: ((Int) -> Void)?
    ) throws(ResearchError) -> ImportReport {
        var report = ImportReport(source: source)
        var reader = FHIRResponseReader(importer: self, context: context, source: source)
        var responses = 0
        func take(_ response: FHIRResource, _ report: inout ImportReport) throws(ResearchError) {
            try reader.read(response, index: responses, report: &report)
            responses += 1
            if let progress, responses % 10_000 == 0 { progress(responses) }
        }
        try stream.skipByteOrderMark()
        try stream.skipWhitespace()
        let streamed: Bool
        switch try stream.peek() {
        case UInt8(ascii: "["): streamed = try Self.streamArray(&stream, source: source, report: &report, take)
        case UInt8(ascii: "{"): streamed = try Self.streamBundle(&stream, source: source, report: &report, take)
        default: streamed = false
        }
        guard streamed else {
            return try importResponses(try stream.wholeDocument(), source: source, context: context, into: &cohort, progress: progress)
        }
        guard try stream.isAtEnd() else { throw stream.failure("not valid JSON: unexpected text after the JSON value") }
        report.recordsRead = responses
        try finish(reader, source: source, into: &cohort, report: &report)
        return report
    }

    /// What is done with each response read: its report is the import's.
    typealias Take = (FHIRResource, inout ImportReport) throws(ResearchError) -> Void

    /// A top-level array, element by element (each a response or a Bundle); `true`.
    private static func streamArray(_ stream: inout JSONValueStream, source: String, report: inout ImportReport, _ take: Take) throws(ResearchError) -> Bool {
        stream.stopRecording()
        try streamElements(&stream, path: []) { (data, origin, index) throws(ResearchError) in
            let resource: FHIRResource = try JSONInput.decode(data, source: source, at: origin)
            for response in try FHIRDocument.responses(in: resource, at: index, source: source, report: &report) { try take(response, &report) }
        }
        return true
    }

    /// A top-level object: a Bundle's entries streamed, when its `resourceType` came before
    /// them; `false` (nothing taken, everything recorded) for any other object.
    private static func streamBundle(_ stream: inout JSONValueStream, source: String, report: inout ImportReport, _ take: Take) throws(ResearchError) -> Bool {
        try stream.expect(UInt8(ascii: "{"), "expected a JSON value")
        try stream.skipWhitespace()
        if try stream.peek() == UInt8(ascii: "}") { return false }
        var keys: Set<String> = [], resourceType: String?, streaming = false
        // The members before `entry`, checked once the object turns out to be a streamed Bundle.
        var members: [(key: String, data: Data, origin: JSONOrigin)] = []
        repeat {
            try stream.skipWhitespace()
            guard try stream.peek() == UInt8(ascii: "\"") else { throw stream.failure("not valid JSON: expected a key in double quotes") }
            let (keyData, keyLine, keyColumn) = try stream.takeValue()
            let key: String = try JSONInput.decode(keyData, source: source, at: JSONOrigin(path: [], line: keyLine, column: keyColumn))
            guard keys.insert(key).inserted else {
                throw stream.failure("not valid JSON: the key '\(JSONPath.printable(key))' appears twice in one object", at: (keyLine, keyColumn))
            }
            try stream.expect(UInt8(ascii: ":"), "expected ':' after a key")
            try stream.skipWhitespace()
            if key == "entry", resourceType == "Bundle", try stream.peek() == UInt8(ascii: "[") {
                stream.stopRecording()
                streaming = true
                for member in members { try checkBundleMember(member.key, member.data, member.origin, source: source) }
                members = []
                try streamElements(&stream, path: [.key("entry")]) { (data, origin, _) throws(ResearchError) in
                    let entry: FHIRBundleEntry = try JSONInput.decode(data, source: source, at: origin)
                    if let response = FHIRDocument.response(in: entry, report: &report) { try take(response, &report) }
                }
            } else {
                let (data, line, column) = try stream.takeValue()
                let origin = JSONOrigin(path: [.key(key)], line: line, column: column)
                if key == "resourceType" { resourceType = try? JSONInput.decode(data, source: source, at: origin) as String }
                if streaming { try checkBundleMember(key, data, origin, source: source) } else { members.append((key, data, origin)) }
            }
        } while try stream.take(oneOf: [UInt8(ascii: ","), UInt8(ascii: "}")], "expected ',' or '}' in an object") == UInt8(ascii: ",")
        return streaming
    }

    /// The elements of the array at the stream (its `[` next), each handed to `body` with
    /// its place (`path` and its index) and index.
    private static func streamElements(
        _ stream: inout JSONValueStream, path: [JSONOrigin.Step], _ body: (Data, JSONOrigin, Int) throws(ResearchError) -> Void
    ) throws(ResearchError) {
        try stream.expect(UInt8(ascii: "["), "expected a JSON value")
        try stream.skipWhitespace()
        if try stream.peek() == UInt8(ascii: "]") {
            _ = try stream.take(oneOf: [UInt8(ascii: "]")], "expected a JSON value")
            return
        }
        var index = 0
        repeat {
            let (data, line, column) = try stream.takeValue()
            try body(data, JSONOrigin(path: path + [.index(index)], line: line, column: column), index)
            index += 1
        } while try stream.take(oneOf: [UInt8(ascii: ","), UInt8(ascii: "]")], "expected ',' or ']' in an array") == UInt8(ascii: ",")
    }

    /// Checks a streamed Bundle's member as decoding the whole Bundle as ``FHIRResource``
    /// checks it: the members that type reads by their types, any other as JSON.
    private static func checkBundleMember(_ key: String, _ data: Data, _ origin: JSONOrigin, source: String) throws(ResearchError) {
        switch key {
        case "resourceType": _ = try JSONInput.decode(data, source: source, at: origin) as String
        case "id", "type", "questionnaire", "status": _ = try JSONInput.decode(data, source: source, at: origin) as String?
        case "subject": _ = try JSONInput.decode(data, source: source, at: origin) as FHIRReference?
        case "extension": _ = try JSONInput.decode(data, source: source, at: origin) as [FHIRExtension]?
        case "item": _ = try JSONInput.decode(data, source: source, at: origin) as [FHIRItem]?
        default: _ = try JSONInput.decode(data, source: source, at: origin) as AnyJSONValue
        }
    }
}

/// Any JSON value, read for its syntax only.
private struct AnyJSONValue: Decodable {
    init(from decoder: any Decoder) {}
}
