import Foundation
import Testing

@testable import HearthCore

/// A small schema in the shape of Hearth's inputs: required and optional keys, an
/// enumeration, a nested array of objects, an open map and a date.
fileprivate struct Person: Decodable, Equatable {
    enum Role: String, Decodable, CaseIterable { case parent, child }
    var id: String
    var role: Role
    var age: Int?
    var scores: [String: Double]?
    var incidents: [Event]?
}

fileprivate struct Event: Decodable, Equatable {
    var date: Date
    var severe: Bool?
}

fileprivate struct Two: Decodable { var id: String }

@Suite("Strict JSON decoding")
struct StrictJSONDecoderTests {
    fileprivate func decode(_ text: String) throws(CoreError) -> Person {
        try StrictJSONDecoder().decode(Person.self, from: Data(text.utf8))
    }

    func error(_ text: String) -> CoreError? {
        caught { () throws(CoreError) in _ = try decode(text) }
    }

    @Test func decodesWhatJSONDecoderDecodes() throws {
        let text = #"{"id": "P1", "role": "parent", "age": 3.0, "scores": {"a.b": 1.5, "c.d": -2e1}, "incidents": [{"date": "2026-02-28"}, {"date": "2026-03-01T09:30:00+01:00", "severe": true}]}"#
        let person = try decode(text)
        #expect(person.id == "P1" && person.role == .parent && person.age == 3)
        #expect(person.scores == ["a.b": 1.5, "c.d": -20])
        #expect(person.incidents?[0].date == Date(timeIntervalSince1970: 1_772_236_800))  // 2026-02-28T00:00Z
        #expect(person.incidents?[1].date == Date(timeIntervalSince1970: 1_772_353_800))  // 08:30Z
        #expect(person.incidents?[1].severe == true)
        // Foundation agrees on everything but the dates (it has no calendar-day strategy).
        let plain = #"{"id": "P1", "role": "child", "scores": {}, "age": null}"#
        #expect(try decode(plain) == Person(id: "P1", role: .child, age: nil, scores: [:], incidents: nil))
    }

    @Test func anUnknownKeyIsNamedWithItsPathPlaceAndClosestKnownKey() {
        let text = "{\n  \"id\": \"P1\",\n  \"role\": \"parent\",\n  \"incident\": []\n}"
        let failure = error(text)
        #expect(failure?.code == .unknownJSONKey)
        #expect(failure?.field == "incident")
        #expect(failure?.line == 4 && failure?.column == 3)
        #expect(failure?.message == "unknown key 'incident' at the top level; did you mean 'incidents'? (known keys here: id, role, age, scores, incidents)")
        let nested = error(#"{"id": "P1", "role": "parent", "incidents": [{"date": "2026-01-01"}, {"date": "2026-01-02", "sever": true}]}"#)
        #expect(nested?.field == "incidents[1].sever")
        #expect(nested?.message.hasPrefix("unknown key 'sever' in incidents[1]; did you mean 'severe'?") == true)
        let case_ = error(#"{"ID": "P1", "role": "parent"}"#)
        #expect(case_?.code == .missingJSONKey)  // "id" is required: a missing key is found first
        let caseOnly = error(#"{"id": "P1", "role": "parent", "Age": 3}"#)
        #expect(caseOnly?.message.contains("did you mean 'age'?") == true)
    }

    @Test func protectedAttributesAreNamedAsSuch() {
        for key in ["ethnicity", "Etniciteit", "country_of_birth", "religion"] {
            let failure = error(#"{"id": "P1", "role": "parent", "\#(key)": "x"}"#)
            #expect(failure?.code == .unknownJSONKey)
            #expect(failure?.message.contains("is a protected attribute: Hearth never reads it as a risk or profile input") == true, "\(key)")
        }
    }

    @Test func openMapsAcceptAnyKeyAndTwoViewsShareADocument() throws {
        #expect(try decode(#"{"id": "P", "role": "child", "scores": {"anything": 1}}"#).scores == ["anything": 1])
        let data = Data(#"{"id": "P", "role": "child", "extra": 1}"#.utf8)
        #expect(throws: CoreError.self) { try StrictJSONDecoder().decode(Person.self, from: data) }
        struct Extra: Decodable { var extra: Int }
        let (person, extra) = try StrictJSONDecoder().decode(Person.self, Extra.self, from: data, expecting: .family)
        #expect(person.id == "P" && extra.extra == 1)
        let lenient = try StrictJSONDecoder(rejectsUnknownKeys: false).decode(Person.self, from: data)
        #expect(lenient.role == .child)
    }

    @Test(arguments: [
        ("{\"id\": \"P\", \"role\": \"parent\",}", 1, 30, "expected a key in double quotes"),
        ("{\"id\": \"P\",\n \"role\": 'parent'}", 2, 10, "expected a JSON value"),
        ("{\"id\": \"P\", \"id\": \"Q\", \"role\": \"parent\"}", 1, 13, "the key 'id' appears twice in one object"),
        ("{\"id\": \"P\", \"role\": \"parent\"} x", 1, 31, "unexpected text after the JSON value"),
        ("{\"id\": \"P\", \"role\": \"parent\", \"age\": 01}", 1, 39, "a number has a leading zero"),
        ("{\"id\": \"\\ud800\", \"role\": \"parent\"}", 1, 15, "a lone surrogate in a \\u escape"),
        ("{\"id\": \"a\tb\", \"role\": \"parent\"}", 1, 10, "a control character must be escaped in a string"),
        ("{\"id\": \"P\", \"role\": [", 1, 22, "the document ends too early"),
        ("", 1, 1, "the document ends too early"),
    ] as [(String, Int, Int, String)])
    func malformedDocumentsGiveLineAndColumn(_ text: String, _ line: Int, _ column: Int, _ rule: String) {
        let failure = error(text)
        #expect(failure?.code == .malformedJSON)
        #expect(failure?.line == line && failure?.column == column, "\(String(describing: failure))")
        #expect(failure?.message == "not valid JSON: " + rule)
    }

    @Test func invalidUTF8AndDeepNestingAreRefused() {
        var bytes = Array(#"{"id": "P"#.utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(#"", "role": "parent"}"#.utf8)
        let utf8 = caught { () throws(CoreError) in _ = try StrictJSONDecoder().decode(Person.self, from: Data(bytes)) }
        #expect(utf8?.code == .malformedJSON && utf8?.message == "not valid JSON: not valid UTF-8" && utf8?.column == 10)
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let depth = caught { () throws(CoreError) in _ = try StrictJSONDecoder().decode([Int].self, from: Data(deep.utf8)) }
        #expect(depth?.message.contains("nested deeper than 256 levels") == true)
        let big = caught { () throws(CoreError) in _ = try StrictJSONDecoder(maximumBytes: 4).decode([Int].self, from: Data("[1, 2]".utf8)) }
        #expect(big?.code == .malformedJSON)
        // A byte-order mark is allowed.
        let withMark = try? StrictJSONDecoder().decode([Int].self, from: Data([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)))
        #expect(withMark == [1])
    }

    @Test func wrongValuesNameThePathAndTheRuleNeverTheValue() {
        let marker = "MARKER-7Q"
        let cases: [(String, String, String)] = [
            (#"{"id": "P", "role": "\#(marker)"}"#, "role", "expected one of: parent, child"),
            (#"{"id": "P", "role": "parent", "age": "\#(marker)"}"#, "age", "expected a whole number, found a string"),
            (#"{"id": "P", "role": "parent", "age": 3.5}"#, "age", "expected a whole number from"),
            (#"{"id": "P", "role": "parent", "age": 1e400}"#, "age", "expected a whole number from"),
            (#"{"id": "P", "role": "parent", "incidents": [{"date": "\#(marker)"}]}"#, "incidents[0].date", "expected a date: a day that exists, YYYY-MM-DD, or an ISO 8601 date and time with a zone"),
            (#"{"id": "P", "role": "parent", "incidents": [{"date": "2026-02-29"}]}"#, "incidents[0].date", "expected a date"),
            (#"{"id": "P", "role": "parent", "incidents": [{"date": "2026-02-28T25:00:00Z"}]}"#, "incidents[0].date", "expected a date"),
            (#"{"id": "P", "role": "parent", "scores": {"x": "\#(marker)"}}"#, "scores.x", "expected a number, found a string"),
            (#"{"id": null, "role": "parent"}"#, "id", "expected a string, found null"),
            (#"{"role": "parent"}"#, "id", "missing key 'id' at the top level"),
            (#"["\#(marker)"]"#, "", "expected an object, found an array"),
        ]
        for (text, field, rule) in cases {
            let failure = error(text)
            #expect(failure != nil, "\(text)")
            #expect((failure?.field ?? "") == field, "\(text)")
            #expect(failure?.message.hasPrefix(rule) == true, "\(text): \(failure?.message ?? "")")
            #expect(failure?.description.contains(marker) == false)
        }
    }

    @Test func calendarDaysAreValidatedAndPlacedAtMidnightUTC() {
        #expect(StrictJSONDecoder.date(from: "1970-01-01") == Date(timeIntervalSince1970: 0))
        #expect(StrictJSONDecoder.date(from: "2000-02-29") == Date(timeIntervalSince1970: 951_782_400))
        #expect(StrictJSONDecoder.date(from: "1900-02-29") == nil)
        #expect(StrictJSONDecoder.date(from: "2026-13-01") == nil)
        #expect(StrictJSONDecoder.date(from: "2026-1-01") == nil)
        #expect(StrictJSONDecoder.date(from: "2026-11-22T10:00:00.250Z") == Date(timeIntervalSince1970: 1_795_341_600.25))
        #expect(StrictJSONDecoder.date(from: "2026-11-22T10:00:00") == nil)  // no zone
        #expect(StrictJSONDecoder.date(from: "yesterday") == nil)
        // Every day of four years against Foundation's calendar.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        for offset in 0..<(4 * 366) {
            let date = Date(timeIntervalSince1970: 1_704_067_200 + Double(offset) * 86_400)  // from 2024-01-01
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let text = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            #expect(StrictJSONDecoder.date(from: text) == date, "\(text)")
        }
    }

    @Test func editDistanceAndSuggestions() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("same", "same") == 0)
        #expect(EditDistance.suggestions(for: "acee", among: ["cts2", "ace", "tsi"]) == ["ace"])
        #expect(EditDistance.suggestions(for: "zzzzzz", among: ["cts2", "ace"]).isEmpty)
        #expect(EditDistance.suggestions(for: "tsc", among: ["tscc", "tscyc", "ace"]) == ["tscc", "tscyc"])
    }
}
