import Foundation
import HearthResearch

/// SPSS system files: the reader must read a case or refuse with an error naming the file,
/// whatever the bytes — the dictionary, compressed and uncompressed cases, text in any
/// encoding — and a case it reads has one value per variable.
enum SPSSHarness {
    static func run(_ data: Data) {
        do {
            var reader = try SPSSReader(data: data, source: "fuzz.sav")
            var cells: [SPSSCellValue] = []
            var record = CSVRecord()
            var cases = 0
            while cases < 10_000 {
                // Alternate the two ways of reading a case.
                let more = cases % 2 == 0 ? try reader.read(into: &cells) : try reader.read(into: &record) { "<\($0)>" }
                guard more else { break }
                if cases % 2 == 0 {
                    require(cells.count == reader.dictionary.variables.count, "a case has one value per variable")
                } else {
                    require(record.count == reader.dictionary.variables.count, "a record has one field per variable")
                }
                cases += 1
            }
            require(reader.dictionary.caseCount.map { cases <= $0 } ?? true, "never more cases than declared")
        } catch {
            require(error.source == "fuzz.sav", "errors name the file")
        }
    }
}
