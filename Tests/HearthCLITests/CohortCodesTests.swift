import Foundation
import HearthResearch
import HearthScoring
import HearthSynthetic
import Testing

@testable import HearthCLI

/// The item cells of a cohort CSV are read two ways: item columns that follow one another
/// in item order (the usual file) in one pass, eight one-digit cells at a time, and any
/// other layout cell by cell. The same answers must give the same scores and the same
/// errors either way.
@Suite("Cohort item cells")
struct CohortCodesTests {
    static let items = (1...26).map { "cts2_self_\($0)" } + (1...26).map { "cts2_partner_\($0)" }

    /// A deterministic generator (HearthSynthetic's SplitMix64), so that a failure can be replayed.
    struct Generator {
        var random: SplitMix64
        init(state: UInt64) { random = SplitMix64(seed: state) }
        /// A number in `0 ..< bound`.
        mutating func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
    }

    /// Cells on the CTS2's scale (1...8) in the spellings the reader accepts: mostly one
    /// digit, sometimes skipped, padded, signed or with a leading zero.
    static let validCells = ["1", "2", "3", "4", "5", "6", "7", "8", "1", "2", "1", "1", "", " 4", "4\t", "+3", "07"]

    /// A file of `rows` rows, items in order (`split` nil) or with a column not read between
    /// the items before and after `split`.
    static func csv(_ cells: [[String]], split: Int?) -> String {
        func arranged(_ fields: [String], _ extra: String) -> [String] {
            guard let split else { return fields }
            return Array(fields[..<split]) + [extra] + Array(fields[split...])
        }
        let header = ["id", "sex", "age"] + arranged(items, "comment")
        let lines = cells.enumerated().map { row, items in (["R\(row)", row % 3 == 0 ? "male" : "female", "\(20 + row % 40)"] + arranged(items, "x")).joined(separator: ",") }
        return ([header.joined(separator: ",")] + lines).joined(separator: "\n") + "\n"
    }

    static func score(_ csv: String) -> (status: Int32, output: String, error: String) {
        let io = CapturedIO(input: csv)
        let status = run(["score", "cts2"], io)
        // The layout with a column not read adds a note naming it; the scores are what count.
        return (status, io.output, io.standardError.split(separator: "\n").filter { !$0.contains("columns not read") }.joined(separator: "\n"))
    }

    @Test func bothLayoutsGiveTheSameScores() {
        var random = Generator(state: 2009)
        let cells = (0..<400).map { _ in Self.items.map { _ in Self.validCells[random.next(Self.validCells.count)] } }
        let inOrder = Self.score(Self.csv(cells, split: nil))
        #expect(inOrder.status == 0)
        for split in [1, 7, 8, 25, 51] {
            let apart = Self.score(Self.csv(cells, split: split))
            #expect(apart.status == 0)
            #expect(apart.output == inOrder.output, "columns split before item \(split)")
        }
        // A hand check: a row of eights, one skipped answer, padded and signed spellings.
        let row = ["8", "", " 8", "+8", "08"] + [String](repeating: "8", count: 47)
        let eights = Self.score(Self.csv([row], split: nil)).output.split(separator: "\n")
        let plain = Self.score(Self.csv([["8", "", "8", "8", "8"] + [String](repeating: "8", count: 47)], split: nil)).output.split(separator: "\n")
        #expect(eights == plain)
    }

    /// A scale of 0...1 (the ACE): eight cells at once check the scale's own range.
    @Test func aZeroToOneScaleReadsTheSameBothWays() {
        let items = (1...10).map { "ace_\($0)" }
        func csv(_ rows: [[String]], split: Int?) -> String {
            func arranged(_ fields: [String], _ extra: String) -> [String] {
                guard let split else { return fields }
                return Array(fields[..<split]) + [extra] + Array(fields[split...])
            }
            let header = ["id", "sex", "age"] + arranged(items, "comment")
            return ([header.joined(separator: ",")] + rows.enumerated().map { (["A\($0)", "female", "30"] + arranged($1, "x")).joined(separator: ",") })
                .joined(separator: "\n") + "\n"
        }
        func score(_ text: String) -> (Int32, String, String) {
            let io = CapturedIO(input: text)
            return (run(["score", "ace"], io), io.output, io.standardError.split(separator: "\n").filter { !$0.contains("columns not read") }.joined())
        }
        var random = Generator(state: 1)
        let valid = ["0", "1", "1", "0", "", " 1", "+0", "01"]
        let rows = (0..<200).map { _ in items.map { _ in valid[random.next(valid.count)] } }
        let inOrder = score(csv(rows, split: nil)), apart = score(csv(rows, split: 4))
        #expect(inOrder.0 == 0 && apart.0 == 0)
        #expect(inOrder.1 == apart.1)
        for bad in ["2", "5", "9"] {
            for item in [0, 7, 8, 9] {
                var cells = [[String]](repeating: [String](repeating: "1", count: items.count), count: 2)
                cells[1][item] = bad
                for split in [nil, 4] as [Int?] {
                    let result = score(csv(cells, split: split))
                    #expect(result.0 == 1)
                    #expect(result.2.contains("line 3, column '\(items[item])': not a code in 0...1"), "'\(bad)' at \(item): \(result.2)")
                }
            }
        }
    }

    /// A scale whose codes are not all one digit (0...12, as a user's definition may have)
    /// reads eight one-byte cells one by one: a byte just past '9' is no code, and two-digit
    /// codes are read whole.
    @Test func aScaleBeyondNineReadsEveryCellByItself() throws {
        let definition = InstrumentDefinition(
            id: "wide", version: "1", name: "Wide", citation: "none", key: KeyProvenance(origin: .userDefinition, version: "1", source: "test"),
            informant: .adultSelfReport, responseScale: ResponseScale(minimum: 0, maximum: 12), items: (1...16).map { ItemDefinition(id: "i\($0)") },
            scales: [ScaleDefinition(id: "total", name: "Total", items: Array(1...16))])
        let header = ["id"] + (1...16).map { "wide_i\($0)" }
        let reader = try CohortCSVReader(definition: definition, source: "t", header: header)
        func codes(_ cells: [String]) throws -> [UInt8] {
            let text = header.joined(separator: ",") + "\n" + (["A"] + cells).joined(separator: ",") + "\n" + String(repeating: "x\n", count: 8)
            var csv = CSVReader(data: Data(text.utf8), source: "t")
            _ = try csv.readHeader()
            var record = CSVRecord()
            #expect(try csv.read(into: &record))
            var codes = [UInt8](repeating: 0, count: 16)
            try codes.withUnsafeMutableBufferPointer { buffer throws(ToolError) in try reader.codes(record, into: buffer) }
            return codes
        }
        #expect(try codes(["1", "2", "3", "4", "5", "6", "7", "8", "12", "0", "11", "9", "10", "1", "2", "3"]) == [1, 2, 3, 4, 5, 6, 7, 8, 12, 0, 11, 9, 10, 1, 2, 3])
        // ':' and '<' are the bytes after '9' that a digit range up to 12 would take.
        for bad in [":", "<"] {
            let cells = ["1", "2", "3", "4", bad, "5", "6", "7"] + [String](repeating: "1", count: 8)
            #expect(throws: ToolError.self) { try codes(cells) }
        }
    }

    /// A cell off the scale anywhere in a block of eight is reported at its own column,
    /// whichever way the cells are read.
    @Test(arguments: [0, 3, 7, 8, 12, 31, 47, 48, 51])
    func aBadCellIsReportedAtItsColumn(_ item: Int) {
        for bad in ["9", "0", "x", "12", "-1", "1.0"] {
            var cells = [[String]](repeating: [String](repeating: "1", count: Self.items.count), count: 3)
            cells[1][item] = bad
            let expected = "line 3, column '\(Self.items[item])': not a code in 1...8"
            for split in [nil, 5] as [Int?] {
                let result = Self.score(Self.csv(cells, split: split))
                #expect(result.status == 1)
                #expect(result.error.contains(expected), "'\(bad)' at item \(item), split \(split.map(String.init) ?? "none"): \(result.error)")
            }
        }
    }
}
