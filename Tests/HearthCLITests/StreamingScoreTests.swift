import Foundation
import HearthResearch
import Testing

@testable import HearthCLI
import HearthSynthetic

/// `hearth score` streams: large files are read, scored and written chunk by chunk, with the
/// output byte for byte what the whole-file implementation wrote before.
@Suite("Scoring streamed files")
struct StreamingScoreTests {
    /// A synthetic CTS2 cohort of `rows` rows (``SyntheticCTS2CSV``).
    static func cohort(rows: Int) -> String { SyntheticCTS2CSV.file(rows: rows) }

    /// FNV-1a, 64 bits (what the golden figures were taken with).
    static func fnv1a(_ data: Data) -> UInt64 {
        data.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    /// The output's hash as the whole-file implementation (before streaming, commit f40ccd8)
    /// wrote it: 100,000 rows, and the first 20,000 with norms.
    @Test(arguments: [(100_000, [String](), UInt64(13_031_987_474_864_008_675)), (20_000, ["--norms", "reference"], UInt64(11_451_345_202_990_306_347))])
    func generatedCohortsAreScoredAsTheyWere(_ rows: Int, _ extra: [String], _ expected: UInt64) throws {
        let text = Self.cohort(rows: rows)
        if let path = ProcessInfo.processInfo.environment["HEARTH_WRITE_GOLDEN_CSV"] { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
        let io = CapturedIO(input: text)
        #expect(run(["score", "cts2", "--threads", "1"] + extra, io) == 0)
        #expect(Self.fnv1a(io.standardOutput) == expected, "hash \(Self.fnv1a(io.standardOutput))")
    }

    /// The cohort with some lines replaced (1-based file lines, the header is line 1).
    static func cohort(rows: Int, replacing edits: [Int: (String) -> String]) -> String {
        var lines = cohort(rows: rows).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (line, edit) in edits { lines[line - 1] = edit(lines[line - 1]) }
        return lines.joined(separator: "\n")
    }

    /// Line `line` with the id of data row 1 (file line 3) and its wave, so that it repeats that key.
    static func repeatOfRow1(_ line: String, in text: String) -> String {
        let row1 = text.split(separator: "\n")[2].split(separator: ",", omittingEmptySubsequences: false)
        var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[0] = String(row1[0])
        fields[3] = String(row1[3])
        return fields.joined(separator: ",")
    }

    /// Replaces the last item of a line with a code off the scale.
    static func offScale(_ line: String) -> String { line.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") + ",9" }

    @Test func aRepeatedIdIsFoundAcrossChunksOnItsLine() {
        let plain = Self.cohort(rows: 20_000)
        let text = Self.cohort(rows: 20_000, replacing: [12_001: { Self.repeatOfRow1($0, in: plain) }])
        let io = CapturedIO(input: text)
        #expect(run(["score", "cts2"], io) == 1)
        #expect(io.standardError == "hearth: error: standard input: line 12001, column 'id': the same id appears twice in one wave\n")
        #expect(io.standardOutput.isEmpty)
    }

    @Test func theFirstProblemInTheFileIsTheOneReported() {
        let plain = Self.cohort(rows: 20_000)
        // A code off the scale before the repeat, then after it.
        for (bad, expected) in [(5_000, "line 5000, column 'cts2_partner_26': not a code in 1...8"), (15_000, "line 12001, column 'id': the same id appears twice in one wave")] {
            let text = Self.cohort(rows: 20_000, replacing: [12_001: { Self.repeatOfRow1($0, in: plain) }, bad: Self.offScale])
            let io = CapturedIO(input: text)
            #expect(run(["score", "cts2"], io) == 1)
            #expect(io.standardError == "hearth: error: standard input: \(expected)\n")
        }
        // Malformed CSV after a repeat: the repeat, which comes first.
        let malformed = Self.cohort(rows: 20_000, replacing: [12_001: { Self.repeatOfRow1($0, in: plain) }, 18_000: { $0 + ",extra" }])
        let io = CapturedIO(input: malformed)
        #expect(run(["score", "cts2"], io) == 1)
        #expect(io.standardError.contains("line 12001, column 'id'"))
    }

    @Test func filesOnDiskAreStreamedAndAFailureLeavesNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.csv").path, output = directory.appendingPathComponent("scores.csv").path
        let text = Self.cohort(rows: 30_000)
        try Data(text.utf8).write(to: URL(fileURLWithPath: input))
        let io = DiskIO()
        #expect(HearthTool.run(["score", "cts2", "--input", input, "--output", output], io: io) == 0)
        let memory = CapturedIO(input: text)
        #expect(run(["score", "cts2"], memory) == 0)
        #expect(FileManager.default.contents(atPath: output) == memory.standardOutput)
        // The last line broken: the earlier scores must not replace the file, and no temporary file is left.
        try Data(Self.cohort(rows: 30_000, replacing: [30_001: Self.offScale]).utf8).write(to: URL(fileURLWithPath: input))
        #expect(HearthTool.run(["score", "cts2", "--input", input, "--output", output], io: io) == 1)
        #expect(FileManager.default.contents(atPath: output) == memory.standardOutput)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["in.csv", "scores.csv"])
        // A file that cannot be opened.
        #expect(HearthTool.run(["score", "cts2", "--input", directory.appendingPathComponent("absent.csv").path], io: io) == 1)
        #expect(io.standardError.hasSuffix("hearth: error: cannot read '\(directory.appendingPathComponent("absent.csv").path)'\n"))
    }

    @Test func largeOutputsHandedToTheDiskAsTheyGrowArriveWholeOrNotAtAll() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("scores.csv").path
        // 20 MiB in 1 MiB pieces: past the first step at which writing to disk is started.
        var piece = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        func write(_ output: FileOutput, pieces: Int) throws {
            for number in 0..<pieces {
                piece[0] = UInt8(number)  // each piece's first byte is its number
                try piece.withUnsafeBytes { try output.write($0) }
            }
        }
        let output = try FileOutput(target: target)
        try write(output, pieces: 20)
        try output.commit()
        let written = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(written.count == 20 << 20)
        #expect((0..<20).allSatisfy { written[$0 << 20] == UInt8($0) && written[($0 << 20) + 5] == 5 * 31 })
        // Discarded after 17 MiB: the committed file stays as it was, and nothing else is left.
        let discarded = try FileOutput(target: target)
        try write(discarded, pieces: 17)
        discarded.discard()
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["scores.csv"])
    }

    @Test func theOutputKeepsItsPermissionsAndLinksAndDevicesAreWrittenNotReplaced() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = examplePath("ace-synthetic.csv")
        let scores = directory.appendingPathComponent("scores.csv").path, link = directory.appendingPathComponent("link.csv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: scores))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: scores)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scores)
        let io = DiskIO()
        #expect(HearthTool.run(["score", "ace", "--input", input, "--output", link], io: io) == 0)
        // The link still links; its file has the scores, with the permissions it had.
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == scores)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: scores)), as: UTF8.self).hasPrefix("id,total,total_status"))
        #expect((try FileManager.default.attributesOfItem(atPath: scores)[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["link.csv", "scores.csv"])
        // A device is written to, not replaced by a file.
        #expect(HearthTool.run(["score", "ace", "--input", input, "--output", "/dev/null"], io: io) == 0)
        #expect((try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType) == .typeCharacterSpecial)
        // A folder that does not exist is named with the reason.
        #expect(HearthTool.run(["score", "ace", "--input", input, "--output", directory.appendingPathComponent("absent/x.csv").path], io: io) == 1)
        #expect(io.standardError.hasSuffix("hearth: error: cannot create a file in '\(directory.appendingPathComponent("absent").path)' (No such file or directory)\n"))
    }

    @Test func standardOutputReceivesEverythingOnCommitAndNothingOnDiscard() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-stdout-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        // Its size, not its contents, while it is empty (Foundation leaks the buffer of an empty read).
        func size() throws -> Int { (try FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? -1 }
        let descriptor = open(file, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        // Three megabytes in pieces: staged, then copied out through a 1 MiB buffer.
        let piece = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        let discarded = StandardOutputStaging(destination: descriptor)
        try piece.withUnsafeBytes { try discarded.write($0) }
        discarded.discard()
        #expect(try size() == 0)
        let staged = StandardOutputStaging(destination: descriptor)
        for _ in 0..<3 { try piece.withUnsafeBytes { try staged.write($0) } }
        try staged.write(UnsafeRawBufferPointer(start: nil, count: 0))
        #expect(try size() == 0)
        try staged.commit()
        #expect(FileManager.default.contents(atPath: file) == Data(repeating: UInt8(ascii: "x"), count: 3 << 20))
    }

    @Test func pathsToTheProcessOwnDescriptorsAreTheDescriptors() {
        // `--output /dev/stdout >> log.csv` must append through descriptor 1, not replace log.csv.
        #expect(ProcessIO.ownDescriptor("/dev/stdout") == 1)
        #expect(ProcessIO.ownDescriptor("/dev/stderr") == 2)
        #expect(ProcessIO.ownDescriptor("/dev/fd/5") == 5)
        #expect(ProcessIO.ownDescriptor("/proc/self/fd/1") == 1)
        #expect(ProcessIO.ownDescriptor("/dev/fd/x") == nil)
        #expect(ProcessIO.ownDescriptor("/tmp/scores.csv") == nil)
    }

    @Test func theKeyLedgerFindsTheEarliestRepeat() throws {
        let ledger = try KeyLedger()
        func add(_ key: String, _ line: Int) throws { try Array(key.utf8).withUnsafeBytes { try ledger.add($0, line: line) } }
        for index in 0..<50_000 { try add("K\(index)", index + 2) }
        #expect(try ledger.firstRepeat() == nil)
        try add("K7", 50_002)
        try add("K3", 50_003)
        try add("K7", 50_004)
        #expect(try ledger.firstRepeat() == 50_002)
        #expect(try ledger.firstRepeat(before: 50_002) == nil)
        #expect(try ledger.firstRepeat(before: 50_003) == 50_002)
    }

    @Test func idsAndWavesAreOneKey() throws {
        let ledger = try KeyLedger()
        func add(_ id: String, wave: UInt16, _ line: Int) throws { try Array(id.utf8).withUnsafeBufferPointer { try ledger.add(id: $0, wave: wave, line: line) } }
        // The same id at other waves, ids that are prefixes of each other, a wave past 255,
        // and a long id after short ones (the key's scratch grows): no repeat yet.
        try add("R1", wave: 1, 2)
        try add("R1", wave: 2, 3)
        try add("R1", wave: 257, 4)
        try add("R", wave: 1, 5)
        try add("R12", wave: 1, 6)
        try add(String(repeating: "x", count: 128), wave: 0, 7)
        try add("R1", wave: 0, 8)
        #expect(try ledger.firstRepeat() == nil)
        try add("R1", wave: 257, 9)
        try add("R", wave: 1, 10)
        #expect(try ledger.firstRepeat() == 9)
        #expect(try ledger.firstRepeat(before: 9) == nil)
    }
}
