import Foundation
import HearthCLI
import Testing

/// Error messages name the line, column, field or JSON path and the rule broken, never a
/// data value: answers, identifiers, ages, codes and member fields are personal data. Each
/// case plants a marker value in the data and checks that a command fails without
/// repeating it.
@Suite("hearth: no data values in messages")
struct MarkerValueTests {
    static let marker = "ZQXMARK"
    static let number = "987654321"

    func expectRefusedWithoutMarker(_ arguments: [String], files: [String: String], _ note: String) {
        let io = CapturedIO(files: files)
        let status = run(arguments, io)
        #expect(status == 1, "\(note): exit \(status)")
        #expect(!io.standardError.isEmpty, "\(note)")
        #expect(!io.standardError.contains(Self.marker) && !io.standardError.contains(Self.number), "\(note): \(io.standardError)")
        #expect(io.standardOutput.isEmpty, "\(note)")
    }

    @Test func cohortCSVCells() throws {
        let header = "id,sex,partner_sex,age,wave," + (1...10).map { "ace_\($0)" }.joined(separator: ",")
        let answers = Array(repeating: "0", count: 10)
        func row(id: String = "R1", sex: String = "female", partner: String = "", age: String = "30", wave: String = "1", code: String = "0") -> String {
            ([id, sex, partner, age, wave, code] + answers.dropFirst()).joined(separator: ",")
        }
        let cases: [(String, String)] = [
            (row(sex: Self.marker), "sex"),
            (row(partner: Self.marker), "partner_sex"),
            (row(age: Self.marker), "age text"),
            (row(age: Self.number), "age out of range"),
            (row(wave: Self.marker), "wave text"),
            (row(wave: Self.number), "wave out of range"),
            (row(code: Self.marker), "code text"),
            (row(code: Self.number), "code out of range"),
            (row(id: Self.marker) + "\n" + row(id: Self.marker), "duplicate id"),
            (row(id: Self.marker + "\u{7}"), "id with a control character"),
            (row(id: String(repeating: Self.marker, count: 40)), "id too long"),
            (row(id: "\"" + Self.marker), "unterminated quote"),
            (row() + "," + Self.marker, "extra field"),
        ]
        for (body, note) in cases {
            expectRefusedWithoutMarker(["score", "ace", "--input", "in.csv"], files: ["in.csv": header + "\n" + body + "\n"], note)
        }
    }

    @Test func familyAndSafetyInputs() throws {
        let safety = try String(contentsOf: URL(fileURLWithPath: examplePath("safety-input.json")), encoding: .utf8)
        let family = try String(contentsOf: URL(fileURLWithPath: examplePath("family.json")), encoding: .utf8)
        let edits: [(String, String, String)] = [
            ("\"sex\": \"female\"", "\"sex\": \"\(Self.marker)\"", "member sex"),
            ("\"age\": 34", "\"age\": \(Self.number)", "member age"),
            ("\"age\": 34", "\"age\": \"\(Self.marker)\"", "member age as text"),
            ("\"id\": \"C2\"", "\"id\": \"C1\"", "duplicate member id"),
            ("\"separated\": \"yes\"", "\"separated\": \"\(Self.marker)\"", "circumstance answer"),
            ("\"family\": \"F-EXAMPLE-1\"", "\"family\": \(Self.number)", "family pseudonym as a number"),
            ("\"cts2\": [3, 3,", "\"cts2\": [\(Self.number), 3,", "answer code"),
            ("\"cts2\": [3, 3,", "\"cts2\": [\"\(Self.marker)\", 3,", "answer code as text"),
            ("\"nosik.total\": 72", "\"nosik.total\": \"\(Self.marker)\"", "precomputed score as text"),
        ]
        for (from, to, note) in edits {
            #expect(family.contains(from), "\(note)")
            expectRefusedWithoutMarker(["profile", "f.json"], files: ["f.json": family.replacingOccurrences(of: from, with: to)], "profile: \(note)")
        }
        let safetyEdits: [(String, String, String)] = [
            ("\"reportDate\": \"", "\"reportDate\": \"\(Self.marker)", "report date"),
            ("\"kind\": \"physical\"", "\"kind\": \"\(Self.marker)\"", "incident kind"),
            ("\"by\": \"P1\"", "\"by\": \"\(Self.marker)\"", "incident by an unknown member"),
            ("\"against\": [\n        \"P1\"", "\"against\": [\n        \"\(Self.marker)\"", "incident against an unknown member"),
            ("\"childrenPresent\": \"yes\"", "\"childrenPresent\": \"\(Self.marker)\"", "children present"),
        ]
        for (from, to, note) in safetyEdits {
            #expect(safety.contains(from), "\(note)")
            expectRefusedWithoutMarker(
                ["assess", "s.json", "--as-of", "2026-11-22"], files: ["s.json": safety.replacingOccurrences(of: from, with: to)], "assess: \(note)")
        }
    }

    @Test func researchImports() throws {
        let export = try String(contentsOf: URL(fileURLWithPath: examplePath("research/research-redcap-export.csv")), encoding: .utf8)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-marker-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("docs/examples"), to: directory)
        let target = directory.appendingPathComponent("research/research-redcap-export.csv")
        let configuration = directory.appendingPathComponent("research/study.json").path
        let edits: [(String, String, String)] = [
            ("F001-M,baseline_arm_1,", "F001-M,\(Self.marker),", "event"),
            ("F001-M,baseline_arm_1,research,D,F001,2012-01-01,no,1500-3100,no,upper-secondary,1,", "F001-M,baseline_arm_1,research,D,F001,2012-01-01,no,1500-3100,no,upper-secondary,\(Self.marker),", "sex"),
            ("F001-M,baseline_arm_1,research,D,F001,2012-01-01,no,1500-3100,no,upper-secondary,1,2,40,", "F001-M,baseline_arm_1,research,D,F001,2012-01-01,no,1500-3100,no,upper-secondary,1,2,\(Self.number),", "age"),
            ("upper-secondary,1,2,40,,,7,", "upper-secondary,1,2,40,,,\(Self.number),", "code"),
            ("upper-secondary,1,2,40,,,7,", "upper-secondary,1,2,40,,,\(Self.marker),", "code as text"),
        ]
        for (from, to, note) in edits {
            #expect(export.contains(from), "\(note)")
            guard let range = export.range(of: from) else { continue }
            try export.replacingCharacters(in: range, with: to).write(to: target, atomically: true, encoding: .utf8)
            let io = CapturedIO()
            let status = run(["analyze", "--config", configuration, "--output", directory.appendingPathComponent("out").path, "--quiet"], io)
            #expect(status == 1, "\(note): exit \(status)")
            #expect(!io.standardError.contains(Self.marker) && !io.standardError.contains(Self.number), "\(note): \(io.standardError)")
        }
    }
}
