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

/// `hearth score --mapping`: one instrument of a project's export, through a REDCap mapping.
@Suite("hearth score through a mapping")
struct ScoreThroughMappingTests {
    /// A study's own names: RESPNR, GESLACHT (1/2 labelled), LEEFTIJD, VRAAG1…VRAAG10 for the
    /// ACE and AUD1 for another instrument the mapping also names.
    static let mapping = #"""
        {"format": "hearth-redcap-mapping@1", "recordIDField": "RESPNR", "missingCodes": {"8": "dontKnow"},
         "instruments": [
          {"instrument": "ace", "respondent": {"sex": "GESLACHT", "age": "LEEFTIJD"},
           "items": {"VRAAG1": "1", "VRAAG2": "2", "VRAAG3": "3", "VRAAG4": "4", "VRAAG5": "5", "VRAAG6": "6", "VRAAG7": "7", "VRAAG8": "8", "VRAAG9": "9", "VRAAG10": "10"}},
          {"instrument": "auditc", "items": {"AUD1": "1", "AUD2": "2", "AUD3": "3"}}]}
        """#

    func study(_ rows: [(id: String, sex: Double, answers: [Double?])]) throws -> Data {
        var variables = [SPSSVariable(name: "RESPNR", width: 8), SPSSVariable(name: "GESLACHT", valueLabels: [.number(1): "vrouw", .number(2): "man"]), SPSSVariable(name: "LEEFTIJD")]
        for item in 1...10 { variables.append(SPSSVariable(name: "VRAAG\(item)", valueLabels: [.number(8): "weet niet"], missing: SPSSMissingValues(values: [.number(8)]))) }
        for item in 1...3 { variables.append(SPSSVariable(name: "AUD\(item)")) }
        let writer = try SPSSWriter(variables: variables)
        var bytes = writer.dictionary(caseCount: rows.count)
        for row in rows {
            writer.append([.string(row.id), .number(row.sex), .number(34)] + row.answers.map { $0.map { .number($0) } ?? .missing } + [.number(1), .missing, .missing], to: &bytes)
        }
        return Data(bytes)
    }

    @Test func aStudyFileScoresThroughItsMappingAsTheSameCohortCSV() throws {
        let answers: [[Double?]] = [[1, 0, 1, 0, 1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 8, 0], [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil]]
        let io = CapturedIO(files: [
            "map.json": Self.mapping,
            "cohort.csv": ([SPSSCommandTests.aceHeader, "P1,female,34,1,0,1,0,1,0,0,0,0,0", "P2,male,34,0,0,0,0,0,0,0,0,,0"]).joined(separator: "\n") + "\n",
        ])
        io.files["study.sav"] = try study([("P1", 1, answers[0]), ("P2", 2, answers[1]), ("P3", 1, answers[2])])
        #expect(run(["score", "ace", "--input", "cohort.csv", "--output", "plain.csv"], io) == 0)
        #expect(run(["score", "ace", "--input", "study.sav", "--mapping", "map.json", "--output", "mapped.csv"], io) == 0, "\(io.standardError)")
        // The same scores: P2's 8 "weet niet" is a missing answer as the plain path's empty cell;
        // P3 answered nothing to the ACE, so it is no row (as in `hearth analyze`), and said so.
        #expect(io.files["mapped.csv"] == io.files["plain.csv"] && io.files["plain.csv"] != nil)
        #expect(io.standardError.contains("study.sav: 1 record(s) hold no answer to ace: not scored"))
        #expect(io.standardError.contains("columns not read: AUD1, AUD2, AUD3"))
        // As .sav, the id keeps RESPNR's type and width, and the case count is written.
        #expect(run(["score", "ace", "--input", "study.sav", "--mapping", "map.json", "--output", "mapped.sav"], io) == 0)
        let reader = try SPSSReader(data: try #require(io.files["mapped.sav"]), source: "mapped.sav")
        #expect(reader.dictionary.variables[0].width == 8 && reader.dictionary.caseCount == 2)
    }

    @Test func aMappingWithoutTheInstrumentOrBadInputIsAnErrorNamingIt() throws {
        let io = CapturedIO(files: ["map.json": Self.mapping, "key.json": "{}"])
        io.files["study.sav"] = try study([("P1", 1, [1, 0, 1, 0, 1, 0, 0, 0, 0, 0])])
        #expect(run(["score", "cts2", "--input", "study.sav", "--mapping", "map.json", "--output", "out.csv"], io) == 1)
        #expect(io.standardError.contains("map.json: the mapping has no entry for instrument 'cts2'") && io.files["out.csv"] == nil)
        #expect(run(["score", "ace", "--input", "study.sav", "--mapping", "missing.json", "--output", "out.csv"], io) == 1)
        #expect(io.standardError.contains("cannot read 'missing.json'"))
        #expect(run(["score", "ace", "--input", "study.sav", "--mapping", "key.json", "--output", "out.csv"], io) == 1)
        #expect(io.files["out.csv"] == nil)
        // A value outside the scale names the case and variable, never the value.
        io.files["bad.sav"] = try study([("P1", 1, [1, 0, 5, 0, 1, 0, 0, 0, 0, 0])])
        #expect(run(["score", "ace", "--input", "bad.sav", "--mapping", "map.json", "--output", "out.csv"], io) == 1)
        #expect(io.standardError.contains("case 1") && io.standardError.contains("VRAAG3") && io.files["out.csv"] == nil)
        // Without --mapping, a file with the study's own names points to it.
        #expect(run(["score", "ace", "--input", "study.sav", "--output", "out.csv"], io) == 1)
        #expect(io.standardError.contains("a file with its own names: --mapping"))
        // A mapped name the file lacks suggests the column it likely means.
        io.files["typo.json"] = Data(Self.mapping.replacingOccurrences(of: #""VRAAG10""#, with: #""VRAAG_10""#).utf8)
        #expect(run(["score", "ace", "--input", "study.sav", "--mapping", "typo.json", "--output", "out.csv"], io) == 1)
        #expect(io.standardError.contains("the export has no column for this mapped item (did you mean 'VRAAG10'?)"))
        // A problem of the mapping itself names the mapping file.
        io.files["wrong-item.json"] = Data(Self.mapping.replacingOccurrences(of: #""VRAAG3": "3""#, with: #""VRAAG3": "30""#).utf8)
        #expect(run(["score", "ace", "--input", "study.sav", "--mapping", "wrong-item.json", "--output", "out.csv"], io) == 1)
        #expect(io.standardError.contains("hearth: error: wrong-item.json: "))
        // The mapping is an input: it is never overwritten.
        #expect(run(["score", "ace", "--input", "study.sav", "--mapping", "map.json", "--output", "map.json"], io) == 2)
    }
}
