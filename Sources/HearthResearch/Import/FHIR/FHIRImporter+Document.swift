import Foundation
import HearthCore

extension FHIRImporter {
    /// Imports a FHIR file from `stream`: a JSON array element by element; an object (one
    /// resource, or a Bundle whose entries are read one at a time when its `resourceType`
    /// comes before its `entry`); and NDJSON, when that first object was all of its line and
    /// more lines follow, line by line. Anything the stream cannot read value by value (a
    /// resource, a Bundle with `entry` first, a problem found before anything was taken) is
    /// read whole, so that it is reported exactly as reading the file whole reports it.
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
        func whole(_ stream: inout JSONValueStream) throws(ResearchError) -> ImportReport {
            try importResponses(try stream.wholeDocument(), source: source, context: context, into: &cohort, progress: progress)
        }
        let byteOrderMark = try stream.skipByteOrderMark()
        try stream.skipWhitespace()
        switch try stream.peek() {
        case UInt8(ascii: "["):
            try Self.streamArray(&stream, source: source, report: &report, take)
            guard try stream.isAtEnd() else { throw try stream.failureHere("unexpected text after the JSON value") }
        case UInt8(ascii: "{"):
            let firstLine = stream.line
            let streamed: Bool
            // Until something is taken, everything read is recorded: a problem is then the
            // whole reading's to report.
            do { streamed = try Self.streamBundle(&stream, source: source, report: &report, take) } catch {
                guard stream.recorded != nil else { throw error }
                return try whole(&stream)
            }
            let lastLine = stream.line
            if try stream.isAtEnd() {
                guard streamed else { return try whole(&stream) }
                break
            }
            // NDJSON: the first object was its whole line, and more lines follow (a line of
            // only a byte-order mark is a line that is not a resource).
            guard lastLine == firstLine, stream.line > lastLine, !(byteOrderMark && firstLine > 1) else {
                guard streamed else { return try whole(&stream) }
                throw try stream.failureHere("unexpected text after the JSON value")
            }
            if !streamed {
                let first: FHIRResource = try JSONInput.decode(Data(stream.recorded ?? []), source: source, kind: nil)
                for response in try FHIRDocument.responses(in: first, at: 0, source: source, report: &report) { try take(response, &report) }
            }
            stream.stopRecording()
            // The next line's leading whitespace was passed: spaces in its place keep its columns.
            try Self.streamLines(&stream, indent: stream.column - 1, source: source, report: &report, take)
        default:
            return try whole(&stream)
        }
        report.recordsRead = responses
        try finish(reader, source: source, into: &cohort, report: &report)
        return report
    }

    /// What is done with each response read: its report is the import's.
    typealias Take = (FHIRResource, inout ImportReport) throws(ResearchError) -> Void

    /// A top-level array, element by element (each a response or a Bundle).
    private static func streamArray(_ stream: inout JSONValueStream, source: String, report: inout ImportReport, _ take: Take) throws(ResearchError) {
        stream.stopRecording()
        try streamElements(&stream, path: []) { (data, origin, index) throws(ResearchError) in
            let resource: FHIRResource = try JSONInput.decode(data, source: source, at: origin)
            for response in try FHIRDocument.responses(in: resource, at: index, source: source, report: &report) { try take(response, &report) }
        }
    }

    /// NDJSON after its first line: each non-empty line a resource, named by its number
    /// when it is not one. The next line starts `indent` columns in (its leading whitespace
    /// passed already).
    private static func streamLines(
        _ stream: inout JSONValueStream, indent: Int, source: String, report: inout ImportReport, _ take: Take
    ) throws(ResearchError) {
        var top = 1, indent = indent
        while let (taken, number) = try stream.takeLine() {
            let line = indent > 0 ? Data(repeating: 0x20, count: indent) + taken : taken
            indent = 0
            guard line.contains(where: { !FHIRDocument.isWhitespace($0) }) else { continue }
            let resource: FHIRResource
            do { resource = try JSONInput.decode(line, source: source, kind: nil) } catch {
                var located = error
                located.line = number
                throw located
            }
            for response in try FHIRDocument.responses(in: resource, at: top, source: source, report: &report) { try take(response, &report) }
            top += 1
        }
    }

    /// A top-level object: a Bundle's entries streamed, when its `resourceType` came before
    /// them (`true`); any other object is passed, recorded (`false`, nothing taken).
    private static func streamBundle(_ stream: inout JSONValueStream, source: String, report: inout ImportReport, _ take: Take) throws(ResearchError) -> Bool {
        try stream.expect(UInt8(ascii: "{"), "expected a JSON value")
        try stream.skipWhitespace()
        if try stream.peek() == UInt8(ascii: "}") {
            _ = try stream.take(oneOf: [UInt8(ascii: "}")], "expected a JSON value")
            return false
        }
        var keys: Set<String> = [], resourceType: String?, streaming = false
        // The members before `entry`, checked once the object turns out to be a streamed Bundle.
        var members: [(key: String, data: Data, origin: JSONOrigin)] = []
        repeat {
            try stream.skipWhitespace()
            guard try stream.peek() == UInt8(ascii: "\"") else { throw try stream.failureHere("expected a key in double quotes") }
            let (keyData, keyOrigin) = try stream.takeValue(at: [])
            let key: String = try JSONInput.decode(keyData, source: source, at: keyOrigin)
            guard keys.insert(key).inserted else {
                throw stream.failure(
                    "not valid JSON: the key '\(JSONPath.printable(key))' appears twice in one object", at: (keyOrigin.line, keyOrigin.column))
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
                let (data, origin) = try stream.takeValue(at: [.key(key)])
                if key == "resourceType" { resourceType = try? JSONInput.decode(data, source: source, at: origin) as String }
                if streaming {
                    try checkBundleMember(key, data, origin, source: source)
                } else if key != "entry" {
                    members.append((key, data, origin))  // an `entry` before `resourceType`: the whole reading reads it
                }
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
            let (data, origin) = try stream.takeValue(at: path + [.index(index)])
            try body(data, origin, index)
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
