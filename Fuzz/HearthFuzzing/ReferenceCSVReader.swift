import Foundation
import HearthResearch

/// An independent CSV reader, byte array in, records or the first error out: the parser
/// `CSVTable` had before ``CSVReader`` streamed (kept as the reference the fuzzer compares
/// the streaming reader with), checking each record's UTF-8 with the standard library and
/// its field count as it is read, the order in which the streaming reader reports them.
struct ReferenceCSVReader {
    /// The outcome: every record (header first) with its line, or the first error.
    enum Outcome: Equatable {
        case records([[String]], lines: [Int])
        case failure(message: String, line: Int?)
    }

    let maximumFieldBytes: Int
    let maximumFields: Int
    let delimiter: UInt8

    func read(_ input: [UInt8]) -> Outcome {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var parser = Parser(bytes: bytes, maximumFieldBytes: maximumFieldBytes, maximumFields: maximumFields, delimiter: delimiter)
        var records: [[String]] = [], lines: [Int] = []
        // Blank lines after the header are held: dropped at the end, an error before a record.
        var pendingBlank: Int?
        func blankError(_ line: Int) -> Outcome { .failure(message: "1 fields, but the header has \(records.first?.count ?? 0)", line: line) }
        do {
            while let (record, line, span) = try parser.nextRecord() {
                guard String(validating: bytes[span], as: UTF8.self) != nil else { return pendingBlank.map(blankError) ?? .failure(message: "not valid UTF-8 text", line: line) }
                let blank = bytes[span].elementsEqual([0x0A]) || bytes[span].elementsEqual([0x0D, 0x0A])
                if let header = records.first, header.count != 1, blank {
                    pendingBlank = pendingBlank ?? line
                    continue
                }
                if let pendingBlank { return blankError(pendingBlank) }
                if let header = records.first, record.count != header.count {
                    return .failure(message: "\(record.count) fields, but the header has \(header.count)", line: line)
                }
                records.append(record)
                lines.append(line)
                // A one-field header holding another delimiter is refused as the wrong delimiter.
                if records.count == 1, record.count == 1,
                    [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")].contains(where: { $0 != delimiter && record[0].utf8.contains($0) })
                {
                    return .failure(message: "wrongDelimiter", line: 1)
                }
            }
        } catch {
            return pendingBlank.map(blankError) ?? .failure(message: error.message, line: error.line)
        }
        guard !records.isEmpty else { return .failure(message: "empty file, expected a header line", line: nil) }
        return .records(records, lines: lines)
    }

    struct Failure: Error {
        var message: String
        var line: Int
    }

    private struct Parser {
        let bytes: [UInt8]
        let maximumFieldBytes: Int
        let maximumFields: Int
        let delimiter: UInt8
        var position = 0
        var line = 1

        mutating func nextRecord() throws(Failure) -> ([String], Int, Range<Int>)? {
            guard position < bytes.count else { return nil }
            let start = line, first = position
            var fields: [String] = []
            while true {
                fields.append(try field())
                guard fields.count <= maximumFields else { throw Failure(message: "more than \(maximumFields) fields in a record", line: start) }
                if position >= bytes.count { return (fields, start, first..<position) }
                switch bytes[position] {
                case delimiter:
                    position += 1
                case UInt8(ascii: "\r"):
                    guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") else {
                        throw Failure(message: "carriage return without line feed", line: line)
                    }
                    position += 2
                    line += 1
                    return (fields, start, first..<position)
                default:
                    position += 1
                    line += 1
                    return (fields, start, first..<position)
                }
            }
        }

        private mutating func field() throws(Failure) -> String {
            if position < bytes.count, bytes[position] == UInt8(ascii: "\"") { return try quotedField() }
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == delimiter || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if byte == UInt8(ascii: "\"") { throw Failure(message: "quote inside an unquoted field", line: line) }
                position += 1
            }
            return try text(bytes[start..<position])
        }

        private mutating func quotedField() throws(Failure) -> String {
            let openingLine = line
            position += 1
            var content: [UInt8] = []
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\"") {
                        content.append(byte)
                        position += 2
                        continue
                    }
                    position += 1
                    if position < bytes.count, ![delimiter, UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[position]) {
                        throw Failure(message: "text after a closing quote", line: line)
                    }
                    return try text(content[...])
                }
                if byte == UInt8(ascii: "\n") { line += 1 }
                content.append(byte)
                position += 1
            }
            throw Failure(message: "quoted field is never closed", line: openingLine)
        }

        private func text(_ slice: ArraySlice<UInt8>) throws(Failure) -> String {
            guard slice.count <= maximumFieldBytes else { throw Failure(message: "field longer than \(maximumFieldBytes) bytes", line: line) }
            return String(decoding: slice, as: UTF8.self)
        }
    }
}

/// The streaming reader against the reference, with pieces of a size the input chooses.
enum CSVReaderHarness {
    static func run(_ data: Data) {
        guard let control = data.first else { return }
        let input = [UInt8](data.dropFirst())
        // Small limits and reads, so that refills, growth and the limits are all reached.
        let readSize = 64 + Int(control & 0x3F), piece = 1 + Int(control >> 6) * 5
        let limits = CSVReader.Limits(maximumFieldBytes: 200, maximumFields: 40, maximumRecordBytes: 1 << 20)
        let reference = ReferenceCSVReader(maximumFieldBytes: 200, maximumFields: 40, delimiter: UInt8(ascii: ",")).read(input)
        let outcome = streamed(input, readSize: readSize, piece: piece, limits: limits)
        if outcome != reference, ProcessInfo.processInfo.environment["HEARTH_FUZZ_DEBUG"] != nil {
            print("input \(input) readSize \(readSize) piece \(piece)\nstreamed \(outcome)\nreference \(reference)")
        }
        require(outcome == reference, "the streaming CSV reader agrees with the reference")
    }

    /// The streaming reader's outcome, its source handing out at most `piece` bytes a read.
    static func streamed(_ input: [UInt8], readSize: Int, piece: Int, limits: CSVReader.Limits) -> ReferenceCSVReader.Outcome {
        var offset = 0
        var reader = CSVReader(source: "fuzz", limits: limits, readSize: readSize) { buffer in
            let count = min(piece, buffer.count, input.count - offset)
            for index in 0..<count { buffer[index] = input[offset + index] }
            offset += count
            return count
        }
        do {
            var records = [try reader.readHeader()], lines = [1]
            var record = CSVRecord()
            while try reader.read(into: &record) {
                records.append(record.strings)
                lines.append(record.line)
            }
            return .records(records, lines: lines)
        } catch {
            return .failure(message: error.code == .wrongDelimiter ? "wrongDelimiter" : error.message, line: error.line)
        }
    }
}
