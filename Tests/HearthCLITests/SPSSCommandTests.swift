import Foundation
import HearthResearch
import Testing

/// `hearth score` with SPSS system files in and out.
@Suite("hearth score with SPSS files")
struct SPSSCommandTests {
    static let aceHeader = "id,sex,age,ace_1,ace_2,ace_3,ace_4,ace_5,ace_6,ace_7,ace_8,ace_9,ace_10"

    /// An input .sav with the cohort CSV's columns (written by Hearth's writer; PSPP and
    /// ReadStat files are read in the HearthResearch tests).
    func input(_ rows: [[SPSSCellValue]], userMissing: [SPSSValue] = []) throws -> Data {
        var variables = [SPSSVariable(name: "id", width: 8), SPSSVariable(name: "sex", width: 8), SPSSVariable(name: "age")]
        for item in 1...10 {
            variables.append(SPSSVariable(name: "ace_\(item)", valueLabels: [.number(9): "weigert"], missing: SPSSMissingValues(values: userMissing)))
        }
        let writer = try SPSSWriter(variables: variables)
        var bytes = writer.dictionary(caseCount: rows.count)
        for row in rows { writer.append(row, to: &bytes) }
        return Data(bytes)
    }

    func row(_ id: String, _ answers: [Double?]) -> [SPSSCellValue] {
        [.string(id), .string("female"), .number(34)] + answers.map { $0.map { .number($0) } ?? .missing }
    }

    @Test func aSavInputScoresAsTheSameCSV() throws {
        let answers: [[Double?]] = [[1, 0, 1, 0, 1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, nil, 0]]
        let io = CapturedIO(files: ["cohort.csv": ([Self.aceHeader] + answers.enumerated().map { index, row in
            "P\(index + 1),female,34," + row.map { $0.map { String(Int($0)) } ?? "" }.joined(separator: ",")
        }).joined(separator: "\n") + "\n"])
        io.files["cohort.sav"] = try input(answers.enumerated().map { row("P\($0.offset + 1)", $0.element) })
        #expect(run(["score", "ace", "--input", "cohort.csv", "--output", "from-csv.csv"], io) == 0)
        #expect(run(["score", "ace", "--input", "cohort.sav", "--output", "from-sav.csv"], io) == 0, "\(io.standardError)")
        #expect(io.files["from-sav.csv"] == io.files["from-csv.csv"] && io.files["from-csv.csv"] != nil)
        // From a CSV, the scores' id is a string as wide as the longest id Hearth takes.
        #expect(run(["score", "ace", "--input", "cohort.csv", "--output", "from-csv.sav"], io) == 0)
        #expect(try SPSSReader(data: try #require(io.files["from-csv.sav"]), source: "s.sav").dictionary.variables[0].width == 128)
    }

    @Test func userMissingValuesAreSkippedItems() throws {
        let io = CapturedIO()
        io.files["cohort.sav"] = try input([row("P1", [1, 0, 1, 0, 1, 0, 0, 0, 9, 0])], userMissing: [.number(9)])
        #expect(run(["score", "ace", "--input", "cohort.sav", "--output", "out.csv"], io) == 0, "\(io.standardError)")
        // The ACE total needs every item: with item 9 skipped it is insufficient.
        #expect(String(decoding: io.files["out.csv"] ?? Data(), as: UTF8.self).contains("P1,,insufficient"))
    }

    @Test func upperCaseNamesAndALabelledNumericSexReadAsTheCSVColumns() throws {
        // Files from SPSS before version 12 have upper-case names; sex is often 1/2 with labels.
        var variables = [SPSSVariable(name: "ID", width: 8), SPSSVariable(name: "SEX", valueLabels: [.number(1): "Vrouw", .number(2): "man"]), SPSSVariable(name: "AGE")]
        for item in 1...10 { variables.append(SPSSVariable(name: "ACE_\(item)")) }
        let writer = try SPSSWriter(variables: variables)
        var bytes = writer.dictionary(caseCount: 2)
        for (id, sex) in [("P1", 1.0), ("P2", 2.0)] {
            writer.append([.string(id), .number(sex), .number(34)] + (0..<10).map { _ in .number(1) }, to: &bytes)
        }
        let io = CapturedIO(files: ["cohort.csv": [Self.aceHeader, "P1,female,34,1,1,1,1,1,1,1,1,1,1", "P2,male,34,1,1,1,1,1,1,1,1,1,1"].joined(separator: "\n") + "\n"])
        io.files["upper.sav"] = Data(bytes)
        #expect(run(["score", "ace", "--input", "cohort.csv", "--output", "from-csv.csv"], io) == 0)
        #expect(run(["score", "ace", "--input", "upper.sav", "--output", "from-sav.csv"], io) == 0, "\(io.standardError)")
        #expect(io.files["from-sav.csv"] == io.files["from-csv.csv"] && io.files["from-csv.csv"] != nil)
        // A sex code without a label that names a sex is refused with its case and column.
        var unlabelled = variables
        unlabelled[1] = SPSSVariable(name: "SEX", valueLabels: [.number(1): "groep 1"])
        let other = try SPSSWriter(variables: unlabelled)
        var otherBytes = other.dictionary(caseCount: 1)
        other.append([.string("P1"), .number(1), .number(34)] + (0..<10).map { _ in .number(1) }, to: &otherBytes)
        io.files["coded.sav"] = Data(otherBytes)
        #expect(run(["score", "ace", "--input", "coded.sav", "--output", "coded.csv"], io) == 1)
        #expect(io.standardError.contains("coded.sav: case 1, column 'sex'"), "\(io.standardError)")
    }

    @Test func aBadCaseNamesTheCaseAndColumnNeverTheValue() throws {
        let io = CapturedIO()
        io.files["cohort.sav"] = try input([row("P1", [1, 0, 1, 0, 1, 0, 0, 0, 0, 0]), row("SECRET", [7, 0, 0, 0, 0, 0, 0, 0, 0, 0])])
        #expect(run(["score", "ace", "--input", "cohort.sav", "--output", "out.csv"], io) == 1)
        #expect(io.standardError.contains("cohort.sav: case 2, column 'ace_1': not a code in 0...1"), "\(io.standardError)")
        #expect(!io.standardError.contains("SECRET") && io.files["out.csv"] == nil)
        // A .zsav is read as SPSS (and refused by name), not as CSV; Hearth writes no .zsav.
        let zlib = CapturedIO()
        zlib.files["cohort.zsav"] = Data("$FL3".utf8) + Data(repeating: 0x20, count: 200)
        #expect(run(["score", "ace", "--input", "cohort.zsav"], zlib) == 1)
        #expect(zlib.standardError.contains("zlib-compressed"), "\(zlib.standardError)")
        #expect(run(["score", "ace", "--input", "cohort.sav", "--output", "out.zsav"], io) == 2)
        let broken = CapturedIO()
        broken.files["broken.sav"] = Data("$FL2 and then nothing".utf8)
        #expect(run(["score", "ace", "--input", "broken.sav"], broken) == 1)
        #expect(broken.standardError.contains("broken.sav") && broken.standardError.contains("truncated"), "\(broken.standardError)")
    }

    @Test func scoresWrittenAsSavReadBackWithLabelsAndFullPrecision() throws {
        let io = CapturedIO()
        io.files["cohort.sav"] = try input([row("P1", [1, 0, 1, 0, 1, 0, 0, 0, 0, 0]), row("P2", [0, 0, 0, 0, 0, 0, 0, 0, nil, 0])])
        #expect(run(["score", "ace", "--input", "cohort.sav", "--output", "scores.sav"], io) == 0, "\(io.standardError)")
        #expect(run(["score", "ace", "--input", "cohort.sav", "--output", "scores.csv"], io) == 0)
        var reader = try SPSSReader(data: try #require(io.files["scores.sav"]), source: "scores.sav")
        let csvColumns = String(decoding: io.files["scores.csv"] ?? Data(), as: UTF8.self).split(separator: "\n")[0].split(separator: ",").map(String.init)
        #expect(reader.dictionary.variables.map(\.name) == csvColumns)
        let total = try #require(reader.dictionary.index(of: "total"))
        #expect(reader.dictionary.variables[total].label?.hasPrefix("ACE") == true)
        #expect(reader.dictionary.variables[total + 1].valueLabels[.number(3)] == "insufficient")
        // Scores are scale, their statuses and the id nominal (what SPSS offers for each).
        #expect(reader.dictionary.variables[total].measure == .scale && reader.dictionary.variables[total + 1].measure == .nominal)
        #expect(reader.dictionary.variables[0].measure == .nominal)
        var cells: [SPSSCellValue] = []
        #expect(try reader.read(into: &cells) && cells[0] == .string("P1") && cells[total] == .number(3) && cells[total + 1] == .number(0))
        #expect(try reader.read(into: &cells) && cells[total] == .missing && cells[total + 1] == .number(3))
        #expect(try !reader.read(into: &cells))
        // The scores' id keeps the input's type and width, so that they merge back by id: the
        // input's id is A8 here; from a CSV it is A128.
        #expect(reader.dictionary.variables[0].width == 8)
    }

    @Test func aNumericIdStaysNumeric() throws {
        var variables = [SPSSVariable(name: "id", format: SPSSFormat(type: 5, width: 8, decimals: 0)), SPSSVariable(name: "sex", width: 8), SPSSVariable(name: "age")]
        for item in 1...10 { variables.append(SPSSVariable(name: "ace_\(item)")) }
        let writer = try SPSSWriter(variables: variables)
        var bytes = writer.dictionary(caseCount: 2)
        for id in [101.0, 2_000_123] { writer.append([.number(id), .string("male"), .number(40)] + (0..<10).map { _ in .number(0) }, to: &bytes) }
        let io = CapturedIO()
        io.files["numeric.sav"] = Data(bytes)
        #expect(run(["score", "ace", "--input", "numeric.sav", "--output", "scores.sav"], io) == 0, "\(io.standardError)")
        var reader = try SPSSReader(data: try #require(io.files["scores.sav"]), source: "scores.sav")
        #expect(!reader.dictionary.variables[0].isString && reader.dictionary.variables[0].format == SPSSFormat(type: 5, width: 8, decimals: 0))
        var cells: [SPSSCellValue] = []
        #expect(try reader.read(into: &cells) && cells[0] == .number(101))
        #expect(try reader.read(into: &cells) && cells[0] == .number(2_000_123))
    }
}
