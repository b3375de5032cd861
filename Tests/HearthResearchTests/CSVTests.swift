import Foundation
import Testing

import HearthResearch

@Suite("CSV per RFC 4180")
struct CSVTests {
    func parse(_ text: String) throws -> CSVTable { try CSVTable(parsing: Data(text.utf8), source: "test") }

    @Test func quotedFieldsLineEndsAndBOM() throws {
        let table = try parse("\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1,,3")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.records == [["x, y", "say \"hi\"", "two\nlines"], ["1", "", "3"]])
        #expect(table.lines == [2, 4])
    }

    @Test func emptyQuotedAndTrailingEmptyFields() throws {
        let table = try parse("a,b\n\"\",\n")
        #expect(table.records == [["", ""]])
    }

    @Test func rejectsBareCarriageReturnAndInvalidUTF8() {
        #expect(throws: ResearchError.self) { try parse("a,b\r1,2\n") }
        #expect(throws: ResearchError.self) { try CSVTable(parsing: Data([0x61, 0xFF, 0x0A]), source: "t") }
    }

    @Test func rejectsOverlongFields() {
        let long = String(repeating: "x", count: CSVTable.maximumFieldBytes + 1)
        #expect(throws: ResearchError.self) { try parse("a\n\(long)\n") }
    }

    @Test func writerQuotesOnlyWhatNeedsIt() {
        var writer = CSVWriter()
        writer.writeRecord(["plain", "a,b", "say \"x\"", "line\nbreak"])
        #expect(String(decoding: writer.data, as: UTF8.self) == "plain,\"a,b\",\"say \"\"x\"\"\",\"line\nbreak\"\n")
    }

    @Test(arguments: [(3.0, "3"), (0.0, "0"), (-2.0, "-2"), (2.5, "2.5"), (1.0 / 3.0, "0.3333"), (56.727272, "56.7273"), (10.00004, "10")])
    func numberFormatting(_ value: Double, _ text: String) {
        #expect(CSVWriter.format(value) == text)
    }

    @Test func roundTripThroughWriterAndParser() throws {
        let records = [["id", "note"], ["a", "x,\"y\"\nz"], ["b", ""]]
        var writer = CSVWriter()
        for record in records { writer.writeRecord(record) }
        let table = try CSVTable(parsing: writer.data, source: "t")
        #expect([table.header] + table.records == records)
    }
}
