import Foundation
import Testing

@testable import HearthCore

/// A message table for the tests: one message per kind of parameter.
private enum Sample: String, MessageCatalog {
    case incident, threshold, change, parts, unknownName

    var parameters: [MessageParameter] {
        switch self {
        case .incident: [.term("kind"), .integer("days"), .text("member")]
        case .threshold: [.number("value")]
        case .change: [.percent("ratio")]
        case .parts: [.terms("names"), .list("members")]
        case .unknownName: []
        }
    }

    func template(in language: Language) -> String {
        switch self {
        case .incident: "{member}: severe {kind} incident {days} days before"
        case .threshold: "threshold {value}"
        case .change: "change {ratio}"
        case .parts: "{names} unknown for {members}"
        case .unknownName: "a {brace} that names nothing, and a { without end"
        }
    }

    static func term(_ key: String, in language: Language) -> String? { key == "coerciveControl" ? "coercive control" : nil }
}

@Suite("Messages: data rendered as text")
struct MessageTests {
    @Test func rendersEachKindOfValue() {
        #expect(Message(Sample.incident, ["kind": .term("physical"), "days": .integer(7), "member": .text("P1")]).text() == "P1: severe physical incident 7 days before")
        #expect(Message(Sample.threshold, ["value": .number(40.33 + 18.18)]).text() == "threshold 58.51")
        #expect(Message(Sample.threshold, ["value": .number(200)]).text() == "threshold 200")
        #expect(Message(Sample.threshold, ["value": .number(-0.0)]).text() == "threshold 0")
        #expect(Message(Sample.threshold, ["value": .number(1e300)]).text() == "threshold 1e+300")
        #expect(Message(Sample.threshold, ["value": .number(.nan)]).text() == "threshold nan")
        #expect(Message(Sample.change, ["ratio": .percent(-0.5)]).text() == "change -50%")
        #expect(Message(Sample.change, ["ratio": .percent(1e305)]).text() == "change 1e+307%")
        #expect(
            Message(Sample.parts, ["names": .terms(["coerciveControl", "separation"]), "members": .list(["P1", "C2"])]).text()
                == "coercive control, separation unknown for P1, C2")
        #expect(Message(Sample.unknownName).text() == "a {brace} that names nothing, and a { without end")
    }

    /// A value not given reads as an empty value of its kind (a value of another kind or an
    /// undeclared name stops debug builds: see `Message.init`).
    @Test func valuesNotGivenAreEmptyOfTheirKind() {
        let message = Message(Sample.incident, ["days": .integer(7)])
        #expect(message.arguments == [.term(""), .integer(7), .text("")])
        #expect(message[parameter: "days"] == .integer(7) && message[parameter: "extra"] == nil)
    }

    @Test func roundTripsThroughJSONWithEachValuesKind() throws {
        let messages = [
            Message(Sample.incident, ["kind": .term("physical"), "days": .integer(7), "member": .text("P1")]),
            Message(Sample.threshold, ["value": .number(58.51)]), Message(Sample.change, ["ratio": .percent(0.25)]),
            Message(Sample.parts, ["names": .terms(["a"]), "members": .list([])]), Message(Sample.unknownName),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(messages)
        #expect(try JSONDecoder().decode([Message<Sample>].self, from: data) == messages)
        #expect(String(decoding: try encoder.encode(messages[0]), as: UTF8.self) == #"{"id":"incident","parameters":{"days":7,"kind":"physical","member":"P1"}}"#)
        for bad in [#"{"id":"threshold","parameters":{}}"#, #"{"id":"threshold","parameters":{"value":1,"more":2}}"#, #"{"id":"threshold","parameters":{"value":"x"}}"#] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(Message<Sample>.self, from: Data(bad.utf8)) }
        }
    }

    @Test func placeholdersAreReadFromTemplates() {
        #expect(Sample.incident.placeholders(in: .english) == ["member", "kind", "days"])
        #expect(Sample.unknownName.placeholders(in: .english) == ["brace"])
    }
}
