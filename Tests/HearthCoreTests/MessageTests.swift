import Foundation
import Testing

@testable import HearthCore
import HearthSynthetic

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

/// Templates at the edges of the renderer: a parameter used more than once, placeholders
/// side by side and at both ends, an empty name, a brace left open, text beyond ASCII.
private enum Edge: String, MessageCatalog {
    case twice, adjacent, emptyName, openAtEnd, accents, onlyPlaceholders

    var parameters: [MessageParameter] {
        switch self {
        case .twice, .emptyName, .openAtEnd: [.number("value")]
        case .adjacent: [.text("a"), .list("b")]
        case .accents: [.term("answer"), .text("member")]
        case .onlyPlaceholders: [.text("a")]
        }
    }

    func template(in language: Language) -> String {
        switch self {
        case .twice: "{value} and again {value}"
        case .adjacent: "{a}{b}"
        case .emptyName: "{}{value}"
        case .openAtEnd: "value {value} {"
        case .accents: "Één ≥ {answer} voor {member} — €"
        case .onlyPlaceholders: "{}{a}{}{}{a}{}"
        }
    }

    static func term(_ key: String, in language: Language) -> String? { key == "yes" ? "ja" : nil }
}

@Suite("Messages: data rendered as text")
struct MessageTests {
    @Test func rendersTemplatesAtTheEdges() {
        #expect(Message(Edge.twice, ["value": .number(2.5)]).text() == "2.5 and again 2.5")
        #expect(Message(Edge.adjacent, ["a": .text("P1"), "b": .list(["C1", "C2"])]).text() == "P1C1, C2")
        #expect(Message(Edge.adjacent).text() == "")
        #expect(Message(Edge.emptyName, ["value": .number(1)]).text() == "{}1")
        #expect(Message(Edge.openAtEnd, ["value": .number(-3)]).text() == "value -3 {")
        #expect(Message(Edge.accents, ["answer": .term("yes"), "member": .text("Zoë")]).text() == "Één ≥ ja voor Zoë — €")
        // As many placeholders as the template can hold, each resolved in order.
        #expect(Message(Edge.onlyPlaceholders, ["a": .text("x")]).text() == "{}x{}{}x{}")
        // A long argument: the text is sized from the arguments, not the template.
        let long = String(repeating: "ä", count: 500)
        #expect(Message(Edge.adjacent, ["a": .text(long), "b": .list([long, "x"])]).text() == long + long + ", x")
    }

    /// Numbers that are not whole are written as C's `%g` writes them (six significant
    /// digits), over many magnitudes and signs; whole numbers below 10¹⁵ as integers.
    @Test func numbersAreWrittenAsPrintfWritesThem() {
        var random = SplitMix64(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<20_000 {
            let mantissa = Double(random.next() % 10_000_000) / 1_000, exponent = Int(random.next() % 41) - 20
            let value = (random.next() % 2 == 0 ? 1 : -1) * mantissa * pow(10, Double(exponent))
            let expected = value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(format: "%g", value)
            #expect(MessageArgument.format(value) == expected, "\(value)")
        }
        for value in [0.1, 58.510000000000005, 1e-5, 123456.5, 1234567.5, -0.000123456789, .infinity, -.infinity, .nan, .ulpOfOne, .leastNonzeroMagnitude, .greatestFiniteMagnitude] {
            #expect(MessageArgument.format(value) == (value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(format: "%g", value)))
        }
        #expect(MessageArgument.format(58.510000000000005) == "58.51" && MessageArgument.format(58.510000000000005, in: .dutch) == "58,51")
    }

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

    /// Values are held inline up to two and in an array beyond: equality, hashing and the
    /// values read back are the same for every count.
    @Test func valuesOfEveryCountCompareAndReadBack() {
        let makers: [(MessageArgument) -> Message<Sample>] = [
            { _ in Message(Sample.unknownName) },
            { Message(Sample.threshold, ["value": $0]) },
            { Message(Sample.parts, ["names": .terms(["a"]), "members": $0]) },
            { Message(Sample.incident, ["kind": .term("physical"), "days": .integer(7), "member": $0]) },
        ]
        let values: [[MessageArgument]] = [[.number(1), .number(2)], [.number(1), .number(2)], [.list(["P1"]), .list(["P2"])], [.text("P1"), .text("P2")]]
        for (count, make) in makers.enumerated() {
            let (first, second) = (make(values[count][0]), make(values[count][1]))
            #expect(first.arguments.count == count && first == make(values[count][0]) && first.hashValue == make(values[count][0]).hashValue)
            #expect(count == 0 ? first == second : first != second)
            if count > 0 { #expect(first.arguments.last == values[count][0] && first[parameter: first.id.parameters[count - 1].name] == values[count][0]) }
        }
    }

    @Test func messagesJoinIntoOneText() {
        let messages = [Message(Sample.threshold, ["value": .number(1.5)]), Message(Sample.change, ["ratio": .percent(0.25)])]
        #expect(messages.joinedText() == "threshold 1.5; change 25%")
        #expect(messages.joinedText(in: .dutch, separator: " / ") == "threshold 1,5 / change 25%")
        #expect(Array(messages.prefix(1)).joinedText() == "threshold 1.5")
        #expect([Message<Sample>]().joinedText() == "")
    }

    @Test func placeholdersAreReadFromTemplates() {
        #expect(Sample.incident.placeholders(in: .english) == ["member", "kind", "days"])
        #expect(Sample.unknownName.placeholders(in: .english) == ["brace"])
    }
}
