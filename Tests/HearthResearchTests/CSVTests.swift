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

@Suite("CSV streamed")
struct CSVStreamingTests {
    /// The formatting ``CSVWriter`` had: `printf`'s `%.4f`, trailing zeros removed.
    static func printfFormat(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    @Test func numbersAreFormattedAsPrintfFormatsThem() {
        var state: UInt64 = 0xF0F0
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        var values: [Double] = [0.00005, 0.00015, -0.00005, -0.00001, 1.03125, 2.5e-5, 0.5, -0.5, 1e11, -1e11, 1e15, 123456789.12345, .nan, .infinity, -.infinity, -0.0]
        for _ in 0..<300_000 {
            let raw = next()
            switch raw % 4 {
            case 0: values.append(Double(Int64(bitPattern: next()) % 2_000_000_000) / 20_000)  // ties at the fifth decimal
            case 1: values.append((Double(Int64(bitPattern: next()) % 2_000_000) / 20_000).nextUp)
            case 2: values.append(Double(bitPattern: next() & 0x7FFF_FFFF_FFFF_FFFF | (next() & 1) << 63))
            default: values.append(Double(Int64(bitPattern: next()) % 10_000_000) / 1_000 * (raw & 8 == 0 ? 1 : -1) / 7)
            }
        }
        var mismatches = 0
        for value in values where CSVWriter.format(value) != Self.printfFormat(value) { mismatches += 1 }
        #expect(mismatches == 0)
        #expect(CSVWriter.format(0.00015) == Self.printfFormat(0.00015))
        #expect(CSVWriter.format(-0.00001) == "-0")
    }

    /// Reads `text` in pieces of `piece` bytes.
    func records(_ text: String, piece: Int) throws -> [[String]] {
        let bytes = Array(text.utf8)
        var offset = 0
        var reader = CSVReader(source: "t", readSize: 64) { buffer in
            let count = min(piece, buffer.count, bytes.count - offset)
            for index in 0..<count { buffer[index] = bytes[offset + index] }
            offset += count
            return count
        }
        var all = [try reader.readHeader()]
        var record = CSVRecord()
        while try reader.read(into: &record) { all.append(record.strings) }
        return all
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func piecesDoNotChangeTheRecords(_ piece: Int) throws {
        let long = String(repeating: "y", count: 300)  // longer than the 64-byte buffer: it grows
        let text = "\u{FEFF}a,b\r\n\"x,\"\"q\"\"\",\(long)\n\"two\nlines\",é\n1,"
        #expect(try records(text, piece: piece) == [["a", "b"], ["x,\"q\"", long], ["two\nlines", "é"], ["1", ""]])
    }

    @Test func aFailedReadIsAnErrorNotTheEnd() {
        var calls = 0
        var reader = CSVReader(source: "t") { buffer in
            calls += 1
            guard calls == 1 else { return -1 }  // as read(2) fails
            for (index, byte) in "a,b\n1,2\n".utf8.enumerated() { buffer[index] = byte }
            return 8
        }
        #expect(throws: ResearchError(.malformedFile, source: "t", message: "cannot be read")) {
            _ = try reader.readHeader()
            var record = CSVRecord()
            while try reader.read(into: &record) {}
        }
    }

    @Test func blankLinesAtTheEndAreNotRecords() throws {
        #expect(try records("a,b\n1,2\n\n\r\n\n", piece: 3) == [["a", "b"], ["1", "2"]])
        // Before a record, a blank line is a record of one field: an error naming its line.
        #expect(throws: ResearchError(.malformedFile, source: "t", line: 3, message: "1 fields, but the header has 2")) {
            try records("a,b\n1,2\n\n\n3,4\n", piece: 64)
        }
        // With one column, a blank line is an empty value.
        #expect(try records("a\n1\n\n2\n", piece: 64) == [["a"], ["1"], [""], ["2"]])
        #expect(try CSVTable(parsing: Data("a,b\n1,2\n\n".utf8), source: "t").records == [["1", "2"]])
    }

    @Test func errorsNameTheLine() {
        func failure(_ text: String, limits: CSVReader.Limits = .standard) -> ResearchError? {
            var reader = CSVReader(data: Data(text.utf8), source: "t", limits: limits)
            do {
                _ = try reader.readHeader()
                var record = CSVRecord()
                while try reader.read(into: &record) {}
                return nil
            } catch { return error }
        }
        #expect(failure("a,b\n1,2\n3\n")?.line == 3)
        #expect(failure("a,b\n1,2\n3\n")?.message == "1 fields, but the header has 2")
        #expect(failure("a\nx\"y\n")?.message == "quote inside an unquoted field")
        #expect(failure("a\n\"x\"y\n")?.message == "text after a closing quote")
        #expect(failure("a\n1\n\"open\n\n")?.line == 3)
        #expect(failure("a\n1\r2\n")?.message == "carriage return without line feed")
        #expect(failure("a\n1\n2\n3\n", limits: CSVReader.Limits(maximumRecords: 2))?.message == "more than 2 records")
        #expect(failure("a\n" + String(repeating: "z", count: 100) + "\n", limits: CSVReader.Limits(maximumRecordBytes: 50))?.message == "record longer than 50 bytes")
        var invalid = CSVReader(data: Data([0x61, 0x0A, 0x62, 0x0A, 0xFF, 0x0A]), source: "t")
        #expect(throws: ResearchError(.malformedFile, source: "t", line: 3, message: "not valid UTF-8 text")) {
            _ = try invalid.readHeader()
            var record = CSVRecord()
            while try invalid.read(into: &record) {}
        }
    }
}

@Suite("CSV byte-level shortcuts agree with the general paths")
struct CSVShortcutTests {
    /// A record of `fields` read from one CSV line.
    static func record(_ fields: [String]) throws -> CSVRecord {
        var writer = CSVWriter()
        writer.writeRecord(fields.indices.map { "c\($0)" })
        writer.writeRecord(fields)
        var reader = CSVReader(data: writer.data, source: "t")
        _ = try reader.readHeader()
        var record = CSVRecord()
        #expect(try reader.read(into: &record))
        return record
    }

    /// Lines of one-byte cells (a questionnaire's codes) are split eight bytes at a time,
    /// three cells at once where the delimiters alternate; quoting every cell sends the
    /// same line through the general parser. Both must give the same fields.
    @Test func oneByteCellsSplitAsTheGeneralParserSplitsThem() throws {
        var state: UInt64 = 0xC0DE
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let cells = ["1", "2", "3", "8", "0", "1", "2", "", "", "12", "abc", " ", "é"]
        // Lines of exactly two and three words ending in a delimiter (an empty last field).
        let edges = [["1", "2", "3", "4", "5", "6", "7", ""], ["1", "2", "3", "4", "5", "6", "7", "8", "9", "1", "2", "3", ""], ["12", "3", "4", "5", "6", "7", ""]]
        for round in 0..<(3_000 + edges.count) {
            let count = 1 + next(70)
            let fields = round >= 3_000 ? edges[round - 3_000] : (0..<count).map { _ in round % 3 == 0 ? String(next(10)) : cells[next(cells.count)] }
            let end = round % 4 == 0 ? "\r\n" : "\n"
            let delimiter: CSVDelimiter = [.comma, .comma, .semicolon, .tab][round % 4]
            let separator = String(UnicodeScalar(delimiter.rawValue))
            let header = fields.indices.map { "c\($0)" }.joined(separator: separator)
            func read(_ line: String) throws -> [String] {
                // Lines follow: the word-at-a-time split needs eight bytes of slack after a line.
                let text = header + "\n" + line + end + String(repeating: "x" + end, count: 8)
                var reader = CSVReader(data: Data(text.utf8), source: "t", delimiter: delimiter)
                _ = try reader.readHeader()
                var record = CSVRecord()
                _ = try reader.read(into: &record)
                return record.strings
            }
            let plain = try read(fields.joined(separator: separator))
            let quoted = try read(fields.map { "\"\($0)\"" }.joined(separator: separator))
            #expect(plain == fields, "round \(round)")
            #expect(plain == quoted, "round \(round)")
        }
    }

    @Test func trimmingOnBytesIsTrimmingTheText() throws {
        // Spaces beside combining marks and prepended characters belong to grapheme
        // clusters: the text trimming keeps them, and so must the byte shortcut.
        let cells = [
            "", " ", "\t", "  R1 ", "R1", "\tR 1\t", " \u{301}x", "x \u{301}", "\u{600} ", " \u{600}x", "é ", " é", "\u{1F600} \t",
            " a\u{301} ", "\u{301}", " \u{200D} ",
        ]
        let record = try Self.record(cells)
        for index in cells.indices {
            #expect(record.trimmedString(at: index) == record.string(at: index).trimmingASCIIWhitespace(), "cell \(index)")
        }
        #expect(record.trimmedString(at: 3) == "R1")
        #expect(record.trimmedString(at: 6) == " \u{301}x")  // the space is part of the first character
    }

    /// The ordinary way: each value and status written as its own field.
    static func ordinary(_ values: [Double], _ statuses: [UInt8], _ texts: [String]) -> [UInt8] {
        var writer = CSVStreamWriter()
        writer.writeRecord { fields in
            fields.write("id")
            for index in values.indices {
                if values[index].isNaN { fields.writeEmpty() } else { fields.write(values[index]) }
                fields.write(texts[Int(statuses[index])])
            }
        }
        return writer.bytes
    }

    @Test func valueStatusPairsAreWhatFieldByFieldWritingGives() {
        let texts = ["complete", "prorated", "a,b", String(repeating: "s", count: 31), String(repeating: "t", count: 32), "say \"no\""]
        let cells = CSVValueStatusCells(texts: texts)
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        var fastRecords = 0
        for round in 0..<2_000 {
            let count = 1 + Int(next() % 40)
            var values: [Double] = [], statuses: [UInt8] = []
            for _ in 0..<count {
                switch next() % 6 {
                case 0: values.append(.nan)
                case 1: values.append(Double(next() % 300))
                case 2: values.append(Double(Int64(next() % 2_000_000) - 1_000_000) / 7)
                case 3: values.append(round % 50 == 0 ? 1e300 : 0.5)  // past the fast format now and then
                case 4: values.append([999, 1000, -0.0, 999.5, 1000 - 1e-9, -1, 0][Int(next() % 7)])  // around the small whole numbers' table
                default: values.append(Double(next() % 5))
                }
                // Mostly the two plain texts; now and then one that needs quotes or is too long.
                statuses.append(round % 10 == 0 ? UInt8(next() % UInt64(texts.count)) : UInt8(next() % 2))
            }
            var writer = CSVStreamWriter(capacity: 256)  // small: records overflow and are written again
            var tookShortcut = false
            writer.writeRecord { fields in
                fields.write("id")
                let fast = values.withUnsafeBufferPointer { values in
                    statuses.withUnsafeBufferPointer { statuses in fields.writeValueStatusCells(values: values, statuses: statuses, cells) }
                }
                tookShortcut = fast
                if fast { return }
                for index in values.indices {
                    if values[index].isNaN { fields.writeEmpty() } else { fields.write(values[index]) }
                    fields.write(texts[Int(statuses[index])])
                }
            }
            if tookShortcut { fastRecords += 1 }
            #expect(writer.bytes == Self.ordinary(values, statuses, texts), "round \(round)")
        }
        // Both routes were taken.
        #expect(fastRecords > 1_000 && fastRecords < 2_000)
        // A status code without a text is refused by the shortcut, not read past the table.
        var writer = CSVStreamWriter()
        var refused = false
        writer.writeRecord { fields in
            fields.write("id")
            refused = ![1.0].withUnsafeBufferPointer { values in
                [UInt8(200)].withUnsafeBufferPointer { statuses in fields.writeValueStatusCells(values: values, statuses: statuses, cells) }
            }
        }
        #expect(refused)
        #expect(writer.bytes == Array("id\n".utf8))
    }
}

extension CSVShortcutTests {
    /// Lines without quotes are split a word at a time; fields of every length around the
    /// 8-byte words, each delimiter, LF and CRLF, and lines near the end of the input must
    /// read exactly as the fields written.
    @Test(arguments: [CSVDelimiter.comma, .semicolon, .tab])
    func linesWithoutQuotesSplitAsWritten(_ delimiter: CSVDelimiter) throws {
        var state: UInt64 = 0xC5F
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("abcdefgh0123456789 é".unicodeScalars)
        for round in 0..<300 {
            let columns = 1 + next(30)
            var expected: [[String]] = [(0..<columns).map { "h\($0)" }]
            for _ in 0..<(1 + next(6)) {
                expected.append((0..<columns).map { _ in String(String.UnicodeScalarView((0..<next(20)).map { _ in alphabet[next(alphabet.count)] })) })
            }
            let lineEnd = round % 2 == 0 ? "\n" : "\r\n"
            var text = expected.map { $0.joined(separator: String(UnicodeScalar(delimiter.rawValue))) }.joined(separator: lineEnd)
            if round % 3 != 0 { text += lineEnd }  // and without a final line end
            var reader = CSVReader(data: Data(text.utf8), source: "t", delimiter: delimiter)
            var read = [try reader.readHeader()]
            var record = CSVRecord()
            while try reader.read(into: &record) { read.append(record.strings) }
            // A line of one empty field is a blank line: not a record at the end.
            while read.count > 1, read.last == [""], expected.last == [""] { read.removeLast(); expected.removeLast() }
            #expect(read == expected, "round \(round)")
        }
    }

    @Test func aQuoteOrCarriageReturnInsideALineIsStillAnError() {
        for (text, message) in [("a,b\n1,x\"y\n", "quote inside an unquoted field"), ("a,b\n1,x\ry\n", "carriage return without line feed")] {
            var reader = CSVReader(data: Data((text + String(repeating: "2,3\n", count: 4)).utf8), source: "t")
            #expect(throws: ResearchError.self) {
                _ = try reader.readHeader()
                var record = CSVRecord()
                while try reader.read(into: &record) {}
            }
            reader = CSVReader(data: Data((text + String(repeating: "2,3\n", count: 4)).utf8), source: "t")
            do {
                _ = try reader.readHeader()
                var record = CSVRecord()
                while try reader.read(into: &record) {}
            } catch {
                #expect(error.message == message)
                #expect(error.line == 2)
            }
        }
    }
}
