import Foundation

/// The shapes a FHIR file may have: one resource, a Bundle, a JSON array, or NDJSON.
enum FHIRDocument {
    /// The QuestionnaireResponses in `data`, in file order. Other resources in a Bundle
    /// are counted in the report, not read.
    static func resources(in data: Data, source: String, report: inout ImportReport) throws(ResearchError) -> [FHIRResource] {
        let top: [FHIRResource]
        // A UTF-8 byte-order mark is not content (the decoder passes it too).
        let content = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if content.first(where: { !isWhitespace($0) }) == UInt8(ascii: "[") {
            top = try JSONInput.decode(data, source: source, kind: nil)
        } else {
            do {
                top = [try JSONInput.decode(data, source: source, kind: nil) as FHIRResource]
            } catch {
                guard let lines = try? ndjson(data, source: source) else { throw error }
                top = lines
            }
        }
        var responses: [FHIRResource] = []
        for (index, resource) in top.enumerated() { responses += try self.responses(in: resource, at: index, source: source, report: &report) }
        return responses
    }

    /// The QuestionnaireResponses of one top-level resource (itself, or a Bundle's entries);
    /// other resources in a Bundle are counted in the report, not read.
    static func responses(in resource: FHIRResource, at index: Int, source: String, report: inout ImportReport) throws(ResearchError) -> [FHIRResource] {
        switch resource.resourceType {
        case "QuestionnaireResponse":
            return [resource]
        case "Bundle":
            return (resource.entry ?? []).compactMap { response(in: $0, report: &report) }
        default:
            throw ResearchError(.invalidValue, source: source, field: "[\(index)].resourceType", message: "is neither a QuestionnaireResponse nor a Bundle")
        }
    }

    /// The QuestionnaireResponse of a Bundle's entry; another resource is counted in the
    /// report, not read; an entry without a resource is passed.
    static func response(in entry: FHIRBundleEntry, report: inout ImportReport) -> FHIRResource? {
        guard let inner = entry.resource else { return nil }
        guard inner.resourceType == "QuestionnaireResponse" else {
            report.skippedResources["resourceType \(inner.resourceType)", default: 0] += 1
            return nil
        }
        return inner
    }

    /// NDJSON: one resource per non-empty line. Throws when any line is not a resource.
    static func ndjson(_ data: Data, source: String) throws(ResearchError) -> [FHIRResource] {
        var resources: [FHIRResource] = []
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count(where: { $0.contains(where: { !isWhitespace($0) }) }) > 1 else {
            throw ResearchError(.malformedFile, source: source, message: "not NDJSON")
        }
        for (number, line) in lines.enumerated() where line.contains(where: { !isWhitespace($0) }) {
            do { resources.append(try JSONInput.decode(Data(line), source: source, kind: nil)) } catch {
                var located = error
                located.line = number + 1
                throw located
            }
        }
        return resources
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
