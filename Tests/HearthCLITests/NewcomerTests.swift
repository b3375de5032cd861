import Foundation
import HearthCLI
import Testing

/// What a new user meets first: help on every command, and no silent acceptance of a
/// wrong key, option or file.
@Suite("hearth: help and safety nets")
struct NewcomerTests {
    static let commands = ["score", "instruments", "norms", "profile", "assess", "report", "analyze", "help", "version"]

    @Test(arguments: commands)
    func everyCommandAnswersHelp(_ command: String) {
        var texts: [String] = []
        for arguments in [[command, "--help"], [command, "-h"], ["help", command]] {
            let io = CapturedIO()
            #expect(run(arguments, io) == 0, "\(arguments)")
            #expect(io.output.hasPrefix("usage: hearth \(command)"), "\(arguments)")
            #expect(io.output.contains("exit status: 0 success"), "\(arguments)")
            #expect(io.standardError.isEmpty)
            texts.append(io.output)
        }
        #expect(Set(texts).count == 1, "the three ways give the same text")
    }

    @Test func theOverviewListsEveryCommandAndUnknownCommandsAreUsageErrors() {
        for arguments in [["help"], ["--help"], ["-h"]] {
            let io = CapturedIO()
            #expect(run(arguments, io) == 0)
            for command in Self.commands { #expect(io.output.contains("\n  \(command) "), "\(command)") }
        }
        let typo = CapturedIO()
        #expect(run(["scor"], typo) == 2)
        #expect(typo.standardError.contains("unknown command 'scor'; did you mean 'score'?"))
        let unknownHelp = CapturedIO()
        #expect(run(["help", "frobnicate"], unknownHelp) == 2)
    }

    @Test func optionsAreCheckedWithHints() {
        let typo = CapturedIO()
        #expect(run(["score", "ace", "--inptu", "x.csv"], typo) == 2)
        #expect(typo.standardError.contains("unknown option --inptu; did you mean --input?"))
        #expect(typo.standardError.contains("see 'hearth score --help'"))
        let single = CapturedIO()
        #expect(run(["score", "ace", "-o", "x.csv"], single) == 2)
        let equals = CapturedIO()
        #expect(run(["score", "ace", "--input=\(examplePath("ace-synthetic.csv"))"], equals) == 0)
        let plain = CapturedIO()
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv")], plain) == 0)
        #expect(equals.standardOutput == plain.standardOutput)
        let flagValue = CapturedIO()
        #expect(run(["assess", examplePath("safety-input.json"), "--explain=yes"], flagValue) == 2)
        let twice = CapturedIO()
        #expect(run(["assess", examplePath("safety-input.json"), "--explain", "--explain"], twice) == 2)
        #expect(twice.standardError.contains("option --explain is given twice"))
        let badDay = CapturedIO()
        #expect(run(["assess", examplePath("safety-input.json"), "--as-of", "2026-02-30"], badDay) == 2)
        #expect(badDay.standardError.contains("--as-of needs a day that exists"))
        let noZone = CapturedIO()
        #expect(run(["assess", examplePath("safety-input.json"), "--as-of", "2026-11-22T09:30:00"], noZone) == 2)
        let zoned = CapturedIO()
        #expect(run(["assess", examplePath("safety-input.json"), "--as-of", "2026-11-22T09:30:00+01:00"], zoned) == 0)
    }

    @Test func instrumentIdsIgnoreCaseAndUnknownOnesNameTheClosest() throws {
        let lower = CapturedIO(), upper = CapturedIO()
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv")], lower) == 0)
        #expect(run(["score", "ACE", "--input", examplePath("ace-synthetic.csv")], upper) == 0)
        #expect(lower.standardOutput == upper.standardOutput && !lower.standardOutput.isEmpty)
        let typo = CapturedIO()
        #expect(run(["score", "acee", "--input", examplePath("ace-synthetic.csv")], typo) == 2)
        #expect(typo.standardError.contains("unknown instrument 'acee'; did you mean 'ace'?"))
        #expect(typo.standardError.contains("known instruments: cts2, ace, tsi"))
    }

    @Test func normsAcceptOnlyKnownPopulations() {
        let bogus = CapturedIO()
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv"), "--norms", "bogus"], bogus) == 2)
        #expect(bogus.standardError.contains("no norms for population 'bogus'"))
        #expect(bogus.standardError.contains("populations: ") && bogus.standardError.contains("reference") && bogus.standardError.contains("research"))
        #expect(bogus.standardOutput.isEmpty)
        let near = CapturedIO()
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv"), "--norms", "refrence"], near) == 2)
        #expect(near.standardError.contains("did you mean 'reference'?"))
        let fine = CapturedIO()
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv"), "--norms", "reference"], fine) == 0)
        let capital = CapturedIO()
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv"), "--norms", "Reference"], capital) == 0)
        #expect(capital.standardOutput == fine.standardOutput)
    }

    @Test func aNormFileMustBeANormFile() {
        let key = CapturedIO()
        #expect(run(["norms", "--norm-file", examplePath("keys/tscyc.SYNTHETIC.json")], key) == 1)
        #expect(key.standardError.contains("this is a scoring key file, not a norm file"))
        #expect(key.standardOutput.isEmpty)
        let empty = CapturedIO(files: ["n.json": "{}"])
        #expect(run(["norms", "--norm-file", "n.json"], empty) == 1)
        #expect(empty.standardError.contains("holds no 'entries' and no 'tTables'"))
        let typo = CapturedIO(files: ["n.json": #"{"name": "x", "tables": []}"#])
        #expect(run(["norms", "--norm-file", "n.json"], typo) == 1)
        #expect(typo.standardError.contains("unknown key 'tables' at the top level; did you mean 'tTables'?"))
        let fine = CapturedIO()
        #expect(run(["norms", "--norm-file", examplePath("norms/tscyc-t-tables.SYNTHETIC.json")], fine) == 0)
    }

    @Test func theOutputIsNeverAnInputFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-guard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.csv")
        let original = try Data(contentsOf: URL(fileURLWithPath: examplePath("ace-synthetic.csv")))
        try original.write(to: input)
        let link = directory.appendingPathComponent("link.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        let io = DiskIO()
        for output in [input.path, directory.path + "/./in.csv", directory.path + "/../" + directory.lastPathComponent + "/in.csv", link.path] {
            #expect(HearthTool.run(["score", "ace", "--input", input.path, "--output", output], io: io) == 2, "\(output)")
        }
        #expect(io.standardError.contains("is an input file; choose another --output"))
        #expect(try Data(contentsOf: input) == original)
        let key = CapturedIO()
        #expect(run(["score", "tscyc", "--key", "k.json", "--input", "in.csv", "--output", "./k.json"], key) == 2)
        #expect(key.standardError.contains("is an input file"))
        let elsewhere = directory.appendingPathComponent("out.csv")
        #expect(HearthTool.run(["score", "ace", "--input", input.path, "--output", elsewhere.path], io: io) == 0)
        #expect(FileManager.default.fileExists(atPath: elsewhere.path))
    }

    @Test func analyzeNeverWritesOverAFileItRead() throws {
        // The examples copied, with the study configuration named like an output file.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-analyze-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("docs/examples"), to: directory)
        let research = directory.appendingPathComponent("research")
        let configuration = research.appendingPathComponent("analyses.json")
        try FileManager.default.moveItem(at: research.appendingPathComponent("study.json"), to: configuration)
        let original = try Data(contentsOf: configuration)
        let io = DiskIO()
        #expect(HearthTool.run(["analyze", "--config", configuration.path, "--output", research.path, "--quiet"], io: io) == 2)
        // An output folder that is the configuration file: refused before any work is done.
        let early = DiskIO()
        #expect(HearthTool.run(["analyze", "--config", configuration.path, "--output", configuration.path], io: early) == 2)
        #expect(!early.standardError.contains("importing") && early.standardError.contains("is an input file"))
        #expect(try Data(contentsOf: configuration) == original)
        // An output folder that is a mapping the study read: refused as a usage error, the file kept.
        let mapping = research.appendingPathComponent("redcap-mapping.json")
        let mappingBytes = try Data(contentsOf: mapping)
        let late = DiskIO()
        #expect(HearthTool.run(["analyze", "--config", configuration.path, "--output", mapping.path, "--quiet"], io: late) == 2)
        let kept = try Data(contentsOf: mapping)
        #expect(late.standardError.contains("is an input file") && kept == mappingBytes)
        #expect(HearthTool.run(["analyze", "--config", configuration.path, "--output", directory.appendingPathComponent("out").path, "--quiet"], io: io) == 0)
    }

    @Test func aSemicolonOrTabFileNamesTheDelimiter() {
        let comma = try? String(contentsOf: URL(fileURLWithPath: examplePath("ace-synthetic.csv")), encoding: .utf8)
        let text = comma ?? ""
        for (delimiter, spelling) in [(";", "';'"), ("\t", "'\\t'")] {
            let other = text.replacingOccurrences(of: ",", with: delimiter)
            let wrong = CapturedIO(files: ["d.csv": other])
            #expect(run(["score", "ace", "--input", "d.csv"], wrong) == 1)
            #expect(wrong.standardError.contains("--delimiter \(spelling)"), "\(spelling)")
            #expect(!wrong.standardError.contains("missing column"))
            let right = CapturedIO(files: ["d.csv": other])
            #expect(run(["score", "ace", "--input", "d.csv", "--delimiter", delimiter], right) == 0)
            let reference = CapturedIO(files: ["d.csv": text])
            #expect(run(["score", "ace", "--input", "d.csv"], reference) == 0)
            #expect(right.standardOutput == reference.standardOutput)
        }
        let tabWord = CapturedIO(files: ["d.csv": text.replacingOccurrences(of: ",", with: "\t")])
        #expect(run(["score", "ace", "--input", "d.csv", "--delimiter", "tab"], tabWord) == 0)
        #expect(run(["score", "ace", "--input", "d.csv", "--delimiter", "|"], CapturedIO(files: ["d.csv": text])) == 2)
    }

    @Test func respondentColumnsMisspeltAreErrorsAndOtherColumnsAreNamedAsNotRead() throws {
        let text = try String(contentsOf: URL(fileURLWithPath: examplePath("ace-synthetic.csv")), encoding: .utf8)
        for (wrong, meant) in [("Sex", "sex"), ("gender", "sex"), ("geslacht", "sex"), ("agee", "age"), ("leeftijd", "age"), ("ID", "id")] {
            let io = CapturedIO(files: ["in.csv": text.replacingOccurrences(of: meant + ",", with: wrong + ",", options: .anchored)
                .replacingOccurrences(of: "," + meant + ",", with: "," + wrong + ",")])
            #expect(run(["score", "ace", "--input", "in.csv"], io) == 1, "\(wrong)")
            #expect(io.standardError.contains("column '\(wrong)' is not read; did you mean '\(meant)'?"), "\(wrong): \(io.standardError)")
        }
        // Extra columns are fine, and said: a family id, a site, and 'pid' beside 'id'.
        let extra = text.split(separator: "\n").enumerated().map { index, line in
            index == 0 ? line + ",family,site,pid" : line + ",F\(index),A,\(index)"
        }.joined(separator: "\n") + "\n"
        let io = CapturedIO(files: ["in.csv": extra])
        #expect(run(["score", "ace", "--input", "in.csv"], io) == 0)
        #expect(io.standardError == "hearth: note: in.csv: columns not read: family, site, pid\n")
        let plain = CapturedIO()
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv")], plain) == 0)
        #expect(plain.standardError.isEmpty && plain.standardOutput == io.standardOutput)
    }

    @Test func misspelledKeysInFamiliesAndSafetyInputsAreErrors() throws {
        let example = try String(contentsOf: URL(fileURLWithPath: examplePath("safety-input.json")), encoding: .utf8)
        let typo = CapturedIO(files: ["s.json": example.replacingOccurrences(of: "\"incidents\"", with: "\"incident\"")])
        #expect(run(["assess", "s.json", "--as-of", "2026-11-22"], typo) == 1)
        #expect(typo.standardError.contains("unknown key 'incident' at the top level; did you mean 'incidents'?"))
        #expect(typo.standardError.contains("line "))
        #expect(typo.standardOutput.isEmpty)
        let family = try String(contentsOf: URL(fileURLWithPath: examplePath("family.json")), encoding: .utf8)
        let member = CapturedIO(files: ["f.json": family.replacingOccurrences(of: "\"role\": \"parent\"", with: "\"role\": \"parent\", \"ethnicity\": \"x\"")])
        #expect(run(["profile", "f.json"], member) == 1)
        #expect(member.standardError.contains("'ethnicity' in members[0] is a protected attribute"))
        let nested = CapturedIO(files: ["f.json": family.replacingOccurrences(of: "\"members\": [", with: "\"memebrs\": [], \"members\": [")])
        #expect(run(["profile", "f.json"], nested) == 1)
        #expect(nested.standardError.contains("unknown key 'memebrs'"))
        let score = CapturedIO(files: ["f.json": family.replacingOccurrences(of: "\"nosik.total\"", with: "\"nosik.totl\"")])
        #expect(run(["profile", "f.json"], score) == 1)
        #expect(score.standardError.contains("did you mean 'nosik.total'?"))
        let malformed = CapturedIO(files: ["f.json": "{\n  \"family\": \"F\",\n  \"members\": [,]\n}"])
        #expect(run(["profile", "f.json"], malformed) == 1)
        #expect(malformed.standardError.contains("line 3, column 15: not valid JSON"))
    }

    @Test func theDocsDescribeEveryCommandAndOptionAndPointOnlyInsideTheRepository() throws {
        let cli = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        for command in Self.commands {
            #expect(cli.contains("hearth \(command)"), "docs/cli.md: \(command)")
            let help = CapturedIO()
            run([command, "--help"], help)
            let options = Set(help.output.split(whereSeparator: { " ,[]|\n".contains($0) }).filter { $0.hasPrefix("--") }.map { String($0.prefix { $0.isLetter || $0 == "-" }) })
            for option in options { #expect(cli.contains(option), "docs/cli.md: \(command) \(option)") }
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: repositoryRoot.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") && !$0.contains(".build") }.map { "docs/" + $0 } + ["README.md"]
        for file in files {
            let text = try String(contentsOf: repositoryRoot.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("shared/reference") && !text.contains("shared/seeds") && !text.contains("../shared"), "\(file) points outside the repository")
        }
    }
}
