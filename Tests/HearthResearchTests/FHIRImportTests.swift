import Foundation
import HearthCore
import HearthResearch
import HearthScoring
import Testing

@Suite("FHIR QuestionnaireResponse import")
struct FHIRImportTests {
    let ace: InstrumentDefinition
    static let canonical = "https://example.org/Questionnaire/ace"
    static let waveURL = "https://example.org/wave"
    static let siteURL = "https://example.org/site"

    init() throws { ace = try BuiltInInstrument.ace.definition() }

    func mapping() -> FHIRMapping {
        FHIRMapping(
            waveExtension: Self.waveURL, attributeExtensions: ["city": Self.siteURL], sexCodes: ["F": "female", "M": "male"],
            questionnaires: [
                .init(
                    canonical: Self.canonical, instrument: "ace",
                    items: Dictionary(uniqueKeysWithValues: (1...10).map { ("q\($0)", "\($0)") }), codes: ["Y": 1, "N": 0],
                    respondent: .init(sex: "sex", age: "age"), ignoredLinkIds: ["comment"])
            ])
    }

    /// A response; `items` are JSON item objects.
    func response(_ subject: String = "Patient/p1", wave: Int? = 1, status: String = "completed", items: [String]) -> String {
        let wavePart = wave.map { #"{"url": "\#(Self.waveURL)", "valueInteger": \#($0)}, "# } ?? ""
        return #"{"resourceType": "QuestionnaireResponse", "status": "\#(status)", "questionnaire": "\#(Self.canonical)|2.0", "#
            + #""subject": {"reference": "\#(subject)"}, "extension": [\#(wavePart){"url": "\#(Self.siteURL)", "valueString": "A"}], "#
            + #""item": [\#(items.joined(separator: ", "))]}"#
    }

    func answer(_ linkId: String, _ value: String) -> String { #"{"linkId": "\#(linkId)", "answer": [{\#(value)}]}"# }

    var fullItems: [String] {
        [
            answer("q1", #""valueInteger": 1"#), answer("q2", #""valueBoolean": true"#), answer("q3", #""valueDecimal": 0.0"#),
            answer("q4", #""valueCoding": {"code": "Y"}"#), answer("q5", #""valueCoding": {"code": "1"}"#),
            answer("q6", #""valueCoding": {"code": "yes", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 1}]}"#),
            #"{"linkId": "q7", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": "asked-declined"}]}"#,
            #"{"linkId": "q8"}"#,
            #"{"linkId": "group", "item": [\#(answer("q9", #""valueBoolean": false"#))]}"#,
            answer("sex", #""valueCoding": {"code": "F"}"#), answer("age", #""valueInteger": 37"#),
            answer("comment", #""valueString": "free text is never read""#),
        ]
    }

    func importText(_ text: String, context: FHIRImporter.FileContext = .init(), into cohort: inout StudyCohort) throws -> ImportReport {
        try FHIRImporter(mapping: mapping(), definitions: [ace]).importResponses(Data(text.utf8), source: "qr.json", context: context, into: &cohort)
    }

    @Test func readsEveryValueTypeGroupsMetadataAndAbsentReasons() throws {
        var cohort = StudyCohort()
        let report = try importText(response(items: fullItems), into: &cohort)
        let matrix = try #require(cohort.matrices["ace"])
        // q10 is not in the response: skipped.
        let expected: [UInt8] = [1, 1, 0, 1, 1, 1, MissingReason.refused.matrixCode, MissingReason.skipped.matrixCode, 0, MissingReason.skipped.matrixCode]
        #expect(Array(try matrix.matrixCodes(row: 0)) == expected)
        #expect(matrix.respondents[0].id.rawValue == "p1")
        #expect(matrix.respondents[0].wave?.index == 1)
        #expect(matrix.respondents[0].sex == .female && matrix.respondents[0].age?.years == 37)
        #expect(cohort.attributes[RecordKey(id: try RespondentID("p1"), wave: 1)] == ["city": "A"])
        #expect(report.ignoredFields == ["comment": "listed in ignoredLinkIds"])
        #expect(report.instruments["ace"]?.missingAnswers == ["refused": 1, "skipped": 2])
    }

    @Test func acceptsOneResourceABundleAnArrayAndNDJSON() throws {
        let first = response("Patient/p1", items: [answer("q1", #""valueInteger": 1"#)])
        let second = response("Patient/p2", items: [answer("q1", #""valueInteger": 0"#)])
        let bundle = #"{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": \#(first)}, {"resource": {"resourceType": "Patient", "id": "x"}}, {"resource": \#(second)}]}"#
        for (text, rows) in [(first, 1), (bundle, 2), ("[\(first), \(second)]", 2), ("\(first)\n\(second)\n", 2)] {
            var cohort = StudyCohort()
            let report = try importText(text, into: &cohort)
            #expect(cohort.matrices["ace"]?.rowCount == rows)
            #expect(report.recordsRead == rows)
            if text == bundle { #expect(report.skippedResources == ["resourceType Patient": 1]) }
        }
    }

    /// A byte source handing out `bytes` at most `size` at a time.
    static func pieces(_ bytes: [UInt8], size: Int) -> CSVReader.ByteSource {
        var offset = 0
        return { buffer in
            let count = min(size, buffer.count, bytes.count - offset)
            for index in 0..<count { buffer[index] = bytes[offset + index] }
            offset += count
            return count
        }
    }

    /// Imports `text` read five bytes at a time through the streaming importer.
    func streamText(_ text: String, into cohort: inout StudyCohort) throws -> ImportReport {
        try FHIRImporter(mapping: mapping(), definitions: [ace]).importResponses(
            reading: Self.pieces(Array(text.utf8), size: 5), source: "qr.ndjson", into: &cohort)
    }

    @Test func streamedFilesImportAsTheSameFilesInMemory() throws {
        let first = response("Patient/p1", items: [answer("q1", #""valueInteger": 1"#)])
        let second = response("Patient/p2", items: [answer("q1", #""valueInteger": 0"#)])
        let third = response("Patient/p3", items: [answer("q1", #""valueInteger": 1"#)])
        let fourth = response("Patient/p4", items: [answer("q1", #""valueInteger": 1"#)])
        let bundle = #"{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": \#(third)}, {"resource": \#(fourth)}]}"#
        // NDJSON (streamed; a Bundle line, blank lines, no final line feed), one resource, a pretty-printed Bundle, an array.
        for text in ["\n\(first)\n\n\(bundle)\n\(second)", first, bundle.replacingOccurrences(of: ", ", with: ",\n  "), "[\(first),\n\(second)]"] {
            var streamed = StudyCohort(), inMemory = StudyCohort()
            let streamedReport = try streamText(text, into: &streamed)
            let memoryReport = try importText(text, into: &inMemory)
            #expect(streamedReport.recordsRead == memoryReport.recordsRead)
            #expect(streamed.matrices["ace"] == inMemory.matrices["ace"])
        }
        var cohort = StudyCohort()
        #expect(try streamText("\(first)\n\(bundle)\n", into: &cohort).recordsRead == 3)
        // A line that is not a resource is named by its number.
        var broken = StudyCohort()
        let error = researchError { _ = try streamText("\(first)\n\(second)\n{\"resourceType\": \n", into: &broken) }
        #expect(error?.line == 3 && error?.code == .malformedFile)
        #expect(broken.matrices.isEmpty)
    }

    /// The outcome of importing `bytes` whole, and read seven bytes at a time: the records
    /// read and the matrices, or the error's code, field and message.
    func outcomes(_ bytes: [UInt8]) -> (whole: String, streamed: String) {
        func describe(_ run: (inout StudyCohort) throws(ResearchError) -> ImportReport) -> String {
            var cohort = StudyCohort()
            do {
                let report = try run(&cohort)
                return "read \(report.recordsRead), \(cohort.matrices)"
            } catch {
                #expect(cohort.matrices.isEmpty)
                return "\(error.code) \(error.field ?? "-") \(error.message)"
            }
        }
        let importer = try? FHIRImporter(mapping: mapping(), definitions: [ace])
        let whole = describe { (cohort) throws(ResearchError) in
            try importer?.importResponses(Data(bytes), source: "qr", into: &cohort) ?? ImportReport(source: "none")
        }
        let streamed = describe { (cohort) throws(ResearchError) in
            try importer?.importResponses(reading: Self.pieces(bytes, size: 7), source: "qr", into: &cohort) ?? ImportReport(source: "none")
        }
        return (whole, streamed)
    }

    @Test func streamedFilesImportAndFailAsTheFileReadWhole() {
        let good = response("Patient/p1", items: [answer("q1", #""valueInteger": 1"#)])
        let other = response("Patient/p2", items: [answer("q1", #""valueInteger": 0"#)])
        let bad = response("Patient/p2", items: [answer("q1", #""valueInteger": "1""#)])
        let bundle = #"{"resourceType": "Bundle", "type": "collection", "entry": ["#
        let oneLineBundle = #"{"resourceType":"Bundle","entry":[{"resource":\#(good)},{"resource":\#(other)}]}"#
        let texts = [
            // Imported: one-line and pretty-printed arrays and Bundles, NDJSON of responses and Bundles, entries first.
            "[\(good),\(other)]", "[\n  \(good),\n  \(other)\n]", oneLineBundle, oneLineBundle + "\n" + response("Patient/p3", items: []),
            "\(good)\n\n\(oneLineBundle.replacingOccurrences(of: "p1", with: "p4").replacingOccurrences(of: "p2", with: "p5"))\n",
            "\u{FEFF}{\"resourceType\":\"Bundle\",\"entry\":[]}\n{\"resourceType\":\"Bundle\",\"entry\":[]}",
            #"{"entry": [{"resource": \#(good)}], "resourceType": "Bundle"}"#, "\u{FEFF}[\(good)]", "[]", "{\"resourceType\": \"Bundle\"}",
            // A single problem: the same error, path, line and column.
            "[\(good),\n  \(bad)]", "[\(good), \(bad)]", "\u{FEFF}[\(good),\n\(bad)]",
            "[\(good), {\"status\": \"completed\"}]",  // a missing key
            "[\(good),]", "[\(good) \(good)]", "[\(good)", "[\(good)] x", "[", "{", "{ ", "{\"a\":1,", "7", "", " \n",
            "[\(good), {\"resourceType\": \"Patient\"}]",  // neither a response nor a Bundle
            "[\(good), {\"resourceType\": \"QuestionnaireResponse\", \"item\": [}]",  // malformed inside an element
            "[{\"a\": 1", "[{\"a\":\"b", #"{"resourceType":"QuestionnaireResponse","item":[{"linkId":"a""#,  // cut off inside a value
            "[-,1]", "[01]", "[tru", "[nul]", "[nulé]", "[-é]", "[1.é]", "[1eé]", "[falsé]", bundle + "nulé]}",  // cut inside a character
            "\u{FEFF}\n\(good)\n\(other)", // lines around NDJSON
            "\(good)\r\n\(other)\r\n", "\(good)\n\t\(other)", #"{"resourceType":"Bundle","total":1.5.3,"entry":[]}"#,  // numbers and literals broken
            #"{"resourceType":"Bundle","ok":true"x","entry":[]}"#,
            bundle + "{\"resource\": \(good)},\n {\"resource\": \(bad)}]}",  // an entry's wrong type
            bundle + "5]}",  // an entry that is not an object
            bundle + "{\"resource\": \(good)}], \"type\": \"x\"}",  // a key twice
            bundle + "{\"resource\": \(good)}], \"id\": 7}",  // a member after the entries, of the wrong type
            #"{"type": 7, "resourceType": "Bundle", "entry": []}"#,  // one before them
            bundle + "{\"resource\": \(good)}]",  // the Bundle never closed
            bundle + "{\"resource\": \(good)}] \"id\": \"x\"}",  // a missing comma between members
            #"{"resourceType":"Bundle","total":5"x","entry":[]}"#, #"{"resourceType":"Bundle","id":\#u{FEFF}"x","entry":[]}"#,
            #"{"entry": [5], "resourceType": "Bundle"}"#,  // entries first: read whole
            oneLineBundle + " x",
            "[" + String(repeating: "[", count: 256) + String(repeating: "]", count: 257),  // nested past the limit, counted from the document
        ]
        var inputs = texts.map { Array($0.utf8) }
        // Bytes that break UTF-8 between values and inside one.
        inputs.append(Array("[\(good)]".utf8) + [0xFF])
        inputs.append(Array("[\(good)".utf8) + [0xFF] + Array("]".utf8))
        inputs.append(Array("[\(good), \"".utf8) + [0xC3] + Array("\"]".utf8))
        for bytes in inputs {
            let (whole, streamed) = outcomes(bytes)
            #expect(streamed == whole, "\(String(decoding: bytes.prefix(80), as: UTF8.self))")
        }
        // A later NDJSON line that is not a resource fails both ways (streamed, named by its
        // own line: a byte-order mark inside a line is not one).
        let (whole, streamed) = outcomes(Array("\(good)\n  \u{FEFF}\(other)".utf8))
        #expect(whole.hasPrefix("malformedFile") && streamed.hasPrefix("malformedFile"))
        // In NDJSON a line that is not a resource is named by its number, and its columns
        // count its leading whitespace ('5' is the line's 21st character).
        var cohort = StudyCohort()
        let error = researchError { _ = try streamText("\(good)\n   {\"resourceType\": 5}\n", into: &cohort) }
        #expect(error?.line == 2)
        #expect(error?.message.hasPrefix("line 1, column 21:") == true)
    }

    @Test func enteredInErrorIsLeftOutAndCounted() throws {
        var cohort = StudyCohort()
        let text = "[\(response(items: fullItems)), \(response("Patient/p2", status: "entered-in-error", items: fullItems))]"
        let report = try importText(text, into: &cohort)
        #expect(cohort.matrices["ace"]?.rowCount == 1)
        #expect(report.skippedResources == ["status entered-in-error": 1])
    }

    @Test func waveComesFromTheFileWhenResponsesCarryNone() throws {
        var cohort = StudyCohort()
        _ = try importText(response(wave: nil, items: fullItems), context: .init(wave: 3, attributes: ["group": "reference"]), into: &cohort)
        #expect(cohort.matrices["ace"]?.respondents[0].wave?.index == 3)
        #expect(cohort.attributes[RecordKey(id: try RespondentID("p1"), wave: 3)] == ["group": "reference", "city": "A"])
        var other = StudyCohort()
        let conflict = researchError { _ = try importText(response(wave: 1, items: fullItems), context: .init(wave: 2), into: &other) }
        #expect(conflict?.code == .invalidValue)
    }

    @Test(arguments: [
        (#"[{"resourceType": "QuestionnaireResponse", "#, ResearchError.Code.malformedFile, nil as String?),
        (#"{"resourceType": "QuestionnaireResponse", "questionnaire": 7}"#, .malformedFile, "questionnaire"),
        (#"{"resourceType": "Patient"}"#, .invalidValue, "[0].resourceType"),
        (#"{"resourceType": "QuestionnaireResponse", "subject": {"reference": "Patient/p1"}}"#, .missingField, "questionnaire"),
        (#"{"resourceType": "QuestionnaireResponse", "questionnaire": "https://example.org/other"}"#, .unknownField, "questionnaire"),
        (#"{"resourceType": "QuestionnaireResponse", "questionnaire": "https://example.org/Questionnaire/ace"}"#, .missingField, "subject"),
    ])
    func malformedResourcesAreTypedErrors(text: String, code: ResearchError.Code, field: String?) {
        var cohort = StudyCohort()
        let error = researchError { _ = try importText(text, into: &cohort) }
        #expect(error?.code == code)
        if let field { #expect(error?.field == field) }
        #expect(error?.source == "qr.json")
    }

    @Test func wrongValueTypesNameTheirPath() {
        var cohort = StudyCohort()
        let error = researchError { _ = try importText(response(items: [answer("q1", #""valueInteger": "1""#)]), into: &cohort) }
        #expect(error?.code == .malformedFile)
        #expect(error?.field == "item[0].answer[0].valueInteger")
    }

    @Test(arguments: [
        (#"{"linkId": "q99", "answer": [{"valueInteger": 1}]}"#, ResearchError.Code.unknownField, "q99"),
        (#"{"linkId": "q1", "answer": [{"valueInteger": 2}]}"#, .invalidValue, "q1"),
        (#"{"linkId": "q1", "answer": [{"valueDecimal": 0.5}]}"#, .invalidValue, "q1"),
        (#"{"linkId": "q1", "answer": [{"valueString": "yes"}]}"#, .invalidValue, "q1"),
        (#"{"linkId": "q1", "answer": [{"valueInteger": 1}, {"valueInteger": 0}]}"#, .invalidValue, "q1"),
        (#"{"linkId": "q1", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": "because"}]}"#, .invalidValue, "q1"),
        (#"{"linkId": "age", "answer": [{"valueInteger": 300}]}"#, .invalidValue, "age"),
        (#"{"linkId": "sex", "answer": [{"valueCoding": {"code": "X"}}]}"#, .invalidValue, "sex"),
    ])
    func badItemsNameTheLinkId(item: String, code: ResearchError.Code, field: String) {
        var cohort = StudyCohort()
        let error = researchError { _ = try importText(response(items: [item]), into: &cohort) }
        #expect(error?.code == code)
        #expect(error?.field == field)
        #expect(error?.instrument == (field == "age" || field == "sex" ? nil : "ace"))
        #expect(cohort.matrices.isEmpty)
    }

    @Test func duplicateLinkIdsAndDuplicateResponsesAreErrors() {
        var cohort = StudyCohort()
        let twice = researchError { _ = try importText(response(items: [answer("q1", #""valueInteger": 1"#), answer("q1", #""valueInteger": 1"#)]), into: &cohort) }
        #expect(twice?.code == .duplicateRecord && twice?.field == "q1")
        let one = response(items: [answer("q1", #""valueInteger": 1"#)])
        let again = researchError { _ = try importText("[\(one), \(one)]", into: &cohort) }
        #expect(again?.code == .duplicateRecord && again?.instrument == "ace")
    }

    @Test func subjectIdentifierCanBeThePseudonym() throws {
        var mapping = mapping()
        mapping.respondentID = .subjectIdentifier
        let text = #"{"resourceType": "QuestionnaireResponse", "questionnaire": "\#(Self.canonical)", "subject": {"identifier": {"system": "urn:study", "value": "S-9"}}, "item": []}"#
        var cohort = StudyCohort()
        _ = try FHIRImporter(mapping: mapping, definitions: [ace]).importResponses(Data(text.utf8), source: "qr.json", into: &cohort)
        #expect(cohort.matrices["ace"]?.respondents.first?.id.rawValue == "S-9")
    }

    @Test func mappingsAreChecked() {
        func check(_ change: (inout FHIRMapping) -> Void, field: String? = nil) {
            var mapping = mapping()
            change(&mapping)
            let error = researchError { _ = try FHIRImporter(mapping: mapping, definitions: [ace]) }
            #expect(error?.code == .invalidMapping)
            if let field { #expect(error?.field == field) }
        }
        check({ $0.questionnaires[0].items["q1"] = "99" }, field: "q1")
        check({ $0.questionnaires[0].items["q1"] = nil })
        check({ $0.questionnaires[0].items["extra"] = "1" })
        check({ $0.questionnaires[0].codes = ["Y": 4] }, field: "codes.Y")
        check({ $0.questionnaires[0].respondent = .init(sex: "q1") }, field: "q1")
        check({ $0.questionnaires.append($0.questionnaires[0]) })
        check({ $0.questionnaires[0].instrument = "tsi" })
        check({ $0.sexCodes = ["?": "neither"] }, field: "sexCodes.?")
    }
}
