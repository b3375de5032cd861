import Foundation
import HearthCore
import HearthNorms
import HearthScoring
import Testing

@testable import HearthResearch

/// Every documented limit (docs/reliability.md) is a typed error just past it.
@Suite("Limits")
struct LimitsTests {
    func csvError(_ text: String, _ limits: CSVTable.Limits) -> ResearchError? {
        researchError { _ = try CSVTable(parsing: Data(text.utf8), source: "t.csv", limits: limits) }
    }

    @Test func csvLimitsAreInclusiveAndTyped() throws {
        let text = "a,b\n1,2\n3,4\n"
        let exact = CSVTable.Limits(maximumBytes: text.utf8.count, maximumFieldBytes: 1, maximumFields: 2, maximumRecords: 2)
        #expect(try CSVTable(parsing: Data(text.utf8), source: "t.csv", limits: exact).records.count == 2)
        var limits = exact
        limits.maximumBytes -= 1
        #expect(csvError(text, limits)?.message.contains("larger than") == true)
        limits = exact
        limits.maximumRecords = 1
        #expect(csvError(text, limits)?.line == 3)
        limits = exact
        limits.maximumFields = 1
        #expect(csvError(text, limits)?.message.contains("more than 1 fields") == true)
        limits = exact
        limits.maximumFieldBytes = 0
        #expect(csvError(text, limits)?.code == .malformedFile)
        #expect(CSVTable.Limits.standard == CSVTable.Limits(maximumBytes: 1 << 30, maximumFieldBytes: 1 << 16, maximumFields: 1 << 16, maximumRecords: 10_000_000))
    }

    @Test func jsonInputsHaveASizeLimit() {
        let json = Data(#"{"format": "hearth-fhir-mapping@1", "questionnaires": []}"#.utf8)
        let error = researchError { let _: FHIRMapping = try JSONInput.decode(json, source: "m.json", kind: .fhirMapping, limit: json.count - 1) }
        #expect(error?.code == .malformedFile && error?.message.contains("larger than") == true)
        #expect(JSONInput.maximumBytes == 256 << 20)
    }

    @Test func coreAndScoringLimits() throws {
        #expect(throws: CoreError.self) { try ResponseMatrix(itemCount: ResponseMatrix.maximumItemCount + 1) }
        #expect(throws: CoreError.self) { try ResponseMatrix(itemCount: 0) }
        #expect(throws: CoreError.self) { try RespondentID(String(repeating: "x", count: RespondentID.maximumByteCount + 1)) }
        #expect(try RespondentID(String(repeating: "x", count: RespondentID.maximumByteCount)).rawValue.count == 128)
        let hugeKey = Data(repeating: 0x20, count: ScoringKey.maximumFileSize + 1)
        #expect(throws: ScoringError.self) { try ScoringKey.decode(hugeKey) }
        let hugeNorms = Data(repeating: 0x20, count: NormSet.maximumFileSize + 1)
        #expect(throws: NormsError.self) { try NormSet.decode(hugeNorms, name: "n") }
    }

    @Test func cohortsKeepAtMost256AttributeNames() throws {
        var cohort = StudyCohort()
        let key = RecordKey(id: try RespondentID("r"), wave: 1)
        let many = Dictionary(uniqueKeysWithValues: (0..<StudyCohort.maximumAttributeCount).map { ("a\($0)", "v") })
        try cohort.setAttributes(many, for: key)
        let error = researchError { try cohort.setAttributes(["one-more": "v"], for: key) }
        #expect(error?.code == .invalidValue)
        #expect(cohort.attributeNames.count == StudyCohort.maximumAttributeCount)
    }
}
