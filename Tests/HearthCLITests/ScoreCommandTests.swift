import Foundation
import Testing

@testable import HearthCLI

@Suite("hearth score")
struct ScoreCommandTests {
    static let aceHeader = "id,sex,age,ace_1,ace_2,ace_3,ace_4,ace_5,ace_6,ace_7,ace_8,ace_9,ace_10"

    @Test func scoresACEWithStatuses() {
        let io = CapturedIO(input: """
            \(Self.aceHeader)
            P1,female,34,1,0,0,1,0,1,0,0,0,0
            P2,male,41,0,0,0,0,0,0,0,0,0,0
            P3,female,29,0,,0,0,0,0,1,0,0,0

            """)
        #expect(run(["score", "ace"], io) == 0)
        #expect(io.output == """
            id,total,total_status,family_violence,family_violence_status
            P1,3,complete,1,complete
            P2,0,complete,0,complete
            P3,,insufficient,1,determined

            """)
        #expect(io.standardError.isEmpty)
    }

    @Test func writesTheOutputFileOnlyOnSuccess() {
        let io = CapturedIO(files: ["in.csv": "\(Self.aceHeader)\nP1,female,34,1,0,0,1,0,1,0,0,0,0\n"])
        #expect(run(["score", "ace", "--input", "in.csv", "--output", "out.csv"], io) == 0)
        #expect(io.files["out.csv"].map { String(decoding: $0, as: UTF8.self) }?.hasPrefix("id,total") == true)
        #expect(io.standardOutput.isEmpty)
        // A bad row late in the file: nothing is written.
        let bad = CapturedIO(files: ["in.csv": "\(Self.aceHeader)\nP1,female,34,1,0,0,1,0,1,0,0,0,0\nP2,male,40,0,0,0,0,0,0,0,0,9,0\n"])
        #expect(run(["score", "ace", "--input", "in.csv", "--output", "out.csv"], bad) == 1)
        #expect(bad.files["out.csv"] == nil)
        #expect(bad.standardError.contains("line 3, column 'ace_9'"))
        #expect(!bad.standardError.contains("P2"))  // identifiers are never echoed
        let unwritable = CapturedIO(files: ["in.csv": "\(Self.aceHeader)\nP1,female,34,1,0,0,1,0,1,0,0,0,0\n"])
        unwritable.failWrites = true
        #expect(run(["score", "ace", "--input", "in.csv", "--output", "out.csv"], unwritable) == 1)
        #expect(unwritable.standardError.contains("cannot write"))
    }

    @Test func scoresCTS2AndAUDITCExamples() throws {
        let io = CapturedIO()
        #expect(run(["score", "cts2", "--input", examplePath("cts2-synthetic.csv")], io) == 0)
        let lines = io.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("id,wave,self_negotiation_prevalence,self_negotiation_prevalence_status") == true)
        #expect(lines.first?.hasSuffix("total_violence_frequency,total_violence_frequency_status") == true)
        #expect(lines.count == 13)
        let audit = CapturedIO()
        #expect(run(["score", "auditc", "--input", examplePath("auditc-synthetic.csv")], audit) == 0)
        #expect(audit.output.hasPrefix("id,self_total,self_total_status,partner_total,partner_total_status,self_risk"))
    }

    @Test func auditCCutoffsFromTheCommandLine() {
        let csv = "id,sex,auditc_self_1,auditc_self_2,auditc_self_3,auditc_partner_1,auditc_partner_2,auditc_partner_3\nA,female,1,1,1,0,,\n"
        let study = CapturedIO(input: csv)
        #expect(run(["score", "auditc"], study) == 0)
        #expect(study.output.contains("A,3,complete,0,determined,1,complete,0,determined"))
        let dutch = CapturedIO(input: csv)
        #expect(run(["score", "auditc", "--auditc-cutoff-women", "4", "--auditc-cutoff-men", "5"], dutch) == 0)
        #expect(dutch.output.contains("A,3,complete,0,determined,0,complete,0,determined"))
        let bad = CapturedIO(input: csv)
        #expect(run(["score", "auditc", "--auditc-cutoff-women", "0"], bad) == 2)
        let wrongInstrument = CapturedIO(input: csv)
        #expect(run(["score", "ace", "--auditc-cutoff-men", "5"], wrongInstrument) == 2)
    }

    @Test func keyedInstrumentWithSyntheticKey() {
        var header = ["id", "sex", "age"] + (1...28).map { "simspr_\($0)" }
        let row = ["C1", "female", "6"] + [String](repeating: "3", count: 28)
        var row2 = ["C2", "male", "8"] + [String](repeating: "1", count: 28)
        row2[3] = ""
        let csv = [header, row, row2].map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        let io = CapturedIO(input: csv)
        #expect(run(["score", "simspr", "--key", examplePath("keys/simspr.SYNTHETIC.json")], io) == 0)
        #expect(io.output == """
            id,oer,oer_status,bd,bd_status,oa,oa_status,oi,oi_status
            C1,30,complete,15,complete,12,complete,27,complete
            C2,10,prorated,5,complete,4,complete,9,complete

            """)
        header[0] = "id"
        let missingKey = CapturedIO(input: csv)
        #expect(run(["score", "simspr"], missingKey) == 2)
        #expect(missingKey.standardError.contains("needs a key file"))
    }

    @Test func validityColumnForInstrumentsWithRules() {
        let header = ["id", "sex", "age"] + (1...90).map { "tscyc_\($0)" }
        let valid = ["K1", "female", "7"] + [String](repeating: "2", count: 90)
        let denial = ["K2", "female", "7"] + [String](repeating: "1", count: 90)
        let csv = [header, valid, denial].map { $0.joined(separator: ",") }.joined(separator: "\n")
        let io = CapturedIO(input: csv)
        #expect(run(["score", "tscyc", "--key", examplePath("keys/tscyc.SYNTHETIC.json")], io) == 0)
        let lines = io.output.split(separator: "\n").map(String.init)
        #expect(lines[0].hasSuffix(",atr,atr_status,protocol_validity"))
        #expect(lines[1].hasPrefix("K1,19,complete,18,complete") && lines[1].hasSuffix(",valid"))
        #expect(lines[2].hasPrefix("K2,,invalid,,invalid") && lines[2].hasSuffix(",invalid"))
    }

    @Test(arguments: [
        ("id,sex\nA,female\n", "missing column 'ace_1'"),
        ("sex,ace_1\nfemale,1\n", "missing column 'id'"),
        ("\(aceHeader),ace_11\nA,female,3,0,0,0,0,0,0,0,0,0,0,0\n", "column 'ace_11' is not an item"),
        ("\(aceHeader)\nA,female,3,0,0,0,0,0,0,0,0,0,x\n", "line 2, column 'ace_10': not a code in 0...1"),
        ("\(aceHeader)\nA,female,3,0,0,0,0,0,0,0,0,0,-1\n", "column 'ace_10'"),
        ("\(aceHeader)\nA,female,3,0,0,0,0,0,0,0,0,0,1.0\n", "column 'ace_10'"),
        ("\(aceHeader)\nA,woman,3,0,0,0,0,0,0,0,0,0,0\n", "line 2, column 'sex'"),
        ("\(aceHeader)\nA,female,-4,0,0,0,0,0,0,0,0,0,0\n", "line 2, column 'age'"),
        ("\(aceHeader)\nA,female,seven,0,0,0,0,0,0,0,0,0,0\n", "line 2, column 'age'"),
        ("\(aceHeader)\n,female,7,0,0,0,0,0,0,0,0,0,0\n", "line 2, column 'id'"),
        // An id is read from its bytes when it is ASCII, as text otherwise: both refuse control characters.
        ("\(aceHeader)\nA\u{01}B,female,7,0,0,0,0,0,0,0,0,0,0\n", "line 2, column 'id': identifier contains a control character"),
        ("\(aceHeader)\nA\u{7F},female,7,0,0,0,0,0,0,0,0,0,0\n", "line 2, column 'id': identifier contains a control character"),
        ("\(aceHeader)\né\u{85},female,7,0,0,0,0,0,0,0,0,0,0\n", "line 2, column 'id': identifier contains a control character"),
        ("\(aceHeader)\n \t ,female,7,0,0,0,0,0,0,0,0,0,0\n", "line 2, column 'id': identifier is empty"),
        ("\(aceHeader)\nA,female,7,0,0,0,0,0,0,0,0,0,0\nA,male,8,0,0,0,0,0,0,0,0,0,0\n", "line 3, column 'id': the same id appears twice"),
        // The same id as text: é composed, then decomposed.
        ("\(aceHeader)\n\u{E9}1,female,7,0,0,0,0,0,0,0,0,0,0\ne\u{301}1,male,8,0,0,0,0,0,0,0,0,0,0\n", "line 3, column 'id': the same id appears twice"),
        ("\(aceHeader),wave\nA,female,7,0,0,0,0,0,0,0,0,0,0,0\n", "column 'wave'"),
        ("\(aceHeader)\nA,female,7,0,0,0,0,0,0,0,0,0\n", "line 2: 12 fields, but the header has 13"),
        ("\(aceHeader)\n\"A,female,7,0,0,0,0,0,0,0,0,0,0\n", "line 2: quoted field is never closed"),
        ("\(aceHeader)\nA\"x,female,7,0,0,0,0,0,0,0,0,0,0\n", "line 2: quote inside an unquoted field"),
        ("\(aceHeader)\n\"A\"x,female,7,0,0,0,0,0,0,0,0,0,0\n", "line 2: text after a closing quote"),
        ("id,id,ace_1\n", "column 'id' appears twice"),
        ("", "empty file"),
    ])
    func badInputFailsNamingTheRowAndColumn(_ csv: String, _ message: String) {
        let io = CapturedIO(input: csv)
        #expect(run(["score", "ace"], io) == 1)
        #expect(io.standardError.contains(message), "\(io.standardError)")
        #expect(io.standardOutput.isEmpty)
    }

    @Test func multipleWavesAreKeptApart() {
        let io = CapturedIO(input: "\(Self.aceHeader),wave\nA,female,7,0,0,0,0,0,0,0,0,0,0,1\nA,female,8,1,0,0,0,0,0,0,0,0,0,2\n")
        #expect(run(["score", "ace"], io) == 0)
        #expect(io.output == "id,wave,total,total_status,family_violence,family_violence_status\nA,1,0,complete,0,complete\nA,2,1,complete,1,complete\n")
    }

    @Test(arguments: [
        (["score"], "exactly one instrument"),
        (["score", "ace", "cts2"], "exactly one instrument"),
        (["score", "sdq"], "known instruments"),
        (["score", "ace", "--colour", "red"], "unknown option --colour"),
        (["score", "ace", "--input"], "needs a value"),
        (["score", "ace", "--threads", "0"], "at least 1"),
        (["score", "ace", "--threads", "two"], "whole number"),
        (["score", "ace", "--input", "a", "--input", "b"], "given twice"),
        (["frobnicate"], "unknown command"),
        ([], "usage"),
    ])
    func usageErrorsExitWithTwo(_ arguments: [String], _ message: String) {
        let io = CapturedIO()
        #expect(run(arguments, io) == 2)
        #expect(io.standardError.contains(message), "\(io.standardError)")
    }

    @Test func keyFileProblemsAreDataErrors() {
        let missing = CapturedIO(input: "id\n")
        #expect(run(["score", "nosik", "--key", "/nonexistent/key.json"], missing) == 1)
        #expect(missing.standardError.contains("cannot read key file"))
        let malformed = CapturedIO(input: "id\n", files: ["k.json": "{\"format\": 1"])
        #expect(run(["score", "nosik", "--key", "k.json"], malformed) == 1)
        #expect(malformed.standardError.contains("malformedFile"))
        let wrong = CapturedIO(input: "id\n")
        #expect(run(["score", "nosik", "--key", examplePath("keys/sis.SYNTHETIC.json")], wrong) == 1)
        #expect(wrong.standardError.contains("key is for instrument 'sis'"))
        let builtIn = CapturedIO(input: "id\n")
        #expect(run(["score", "ace", "--key", examplePath("keys/sis.SYNTHETIC.json")], builtIn) == 1)
        #expect(builtIn.standardError.contains("built in and takes no key file"))
        let unreadable = CapturedIO()
        #expect(run(["score", "ace", "--input", "/nonexistent/in.csv"], unreadable) == 1)
    }

    @Test func helpVersionAndInstruments() {
        let help = CapturedIO()
        #expect(run(["help"], help) == 0)
        #expect(help.output.contains("  score ") && help.output.contains("  analyze "))
        let scoreHelp = CapturedIO()
        #expect(run(["score", "--help"], scoreHelp) == 0)
        #expect(scoreHelp.output.contains("<instrument-id>_<item>"))
        let version = CapturedIO()
        #expect(run(["version"], version) == 0)
        #expect(version.output == "hearth \(HearthTool.version)\n")
        let list = CapturedIO()
        #expect(run(["instruments"], list) == 0)
        let lines = list.output.split(separator: "\n")
        #expect(lines.count == 12)
        #expect(lines.contains("ace,built in,10,adultSelfReport,Adverse Childhood Experiences (ACE)"))
        #expect(lines.contains { $0.hasPrefix("tscyc,key file needed,90,parentAboutChild,") })
        #expect(run(["instruments", "extra"], CapturedIO()) == 2)
    }
}

@Suite("hearth norms and --norms")
struct NormsCommandTests {
    @Test func listsTheBuiltInEntries() {
        let io = CapturedIO()
        #expect(run(["norms"], io) == 0)
        let lines = io.output.split(separator: "\n")
        #expect(lines.count == 466)
        #expect(lines[0] == "id,instrument,scale,statistic,population,stratum,n,mean,sd,percent,alpha,table,lines,label")
        #expect(lines.contains { $0.hasPrefix("N355,NOSI-K,parentingStressTotal,mean,reference,,334,40.33,18.18,,,5.5,") })
        let withTables = CapturedIO()
        #expect(run(["norms", "--norm-file", examplePath("norms/tscyc-t-tables.SYNTHETIC.json")], withTables) == 0)
        #expect(withTables.output.split(separator: "\n").count == 466 + 6)
    }

    @Test func addsNormColumns() {
        let io = CapturedIO()
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv"), "--norms", "reference"], io) == 0)
        let lines = io.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "id,total,total_status,total_z,total_t,total_percentile,total_band,total_norm,family_violence,family_violence_status,family_violence_z,family_violence_t,family_violence_percentile,family_violence_band,family_violence_norm")
        // Score 3 against the reference distribution (Table 5.1): (441+117+42 + 16/2) / 639.
        #expect(lines[1] == "E01,3,complete,,,95.1487,,N274,1,complete,,,,,noNorm")
        #expect(lines[3].hasPrefix("E03,,insufficient,,,,,notScored,"))
    }

    @Test func tTablesFromANormFile() {
        let io = CapturedIO()
        let arguments = ["score", "tscyc", "--key", examplePath("keys/tscyc.SYNTHETIC.json"), "--input", examplePath("tscyc-synthetic.csv"),
                         "--norms", "reference", "--norm-file", examplePath("norms/tscyc-t-tables.SYNTHETIC.json")]
        #expect(run(arguments, io) == 0)
        #expect(io.output.contains(",borderline,T:tscyc.anx female 5–9,"))
    }

    @Test func normOptionErrors() {
        let orphan = CapturedIO()
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv"), "--norm-file", "x.json"], orphan) == 2)
        let missing = CapturedIO()
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv"), "--norms", "reference", "--norm-file", "/nonexistent.json"], missing) == 1)
        #expect(missing.standardError.contains("cannot read norm file"))
        let bad = CapturedIO(files: ["bad.json": #"{"tTables": [{"instrument": "tscyc", "scale": "anx", "rows": [[1, 50], [3, 60]], "source": "x"}]}"#])
        #expect(run(["score", "ace", "--input", examplePath("ace-synthetic.csv"), "--norms", "reference", "--norm-file", "bad.json"], bad) == 1)
        #expect(bad.standardError.contains("consecutive"))
    }
}

@Suite("hearth profile")
struct ProfileCommandTests {
    @Test func classifiesTheExampleFamily() throws {
        let io = CapturedIO()
        #expect(run(["profile", examplePath("family.json")], io) == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: io.standardOutput) as? [String: Any])
        let dominant = try #require(json["dominant"] as? [String: Any])
        #expect(dominant["profile"] as? String == "intimateTerror")
        let memberships = try #require(json["memberships"] as? [[String: Any]])
        let members = memberships.filter { $0["status"] as? String == "member" }.compactMap { $0["profile"] as? String }
        #expect(members == ["intimateTerror", "familyInStress", "childBehaviourAndParentingStress", "complexConflictDivorce"])
        let trajectory = try #require(json["trajectory"] as? [String: Any])
        #expect(trajectory["course"] as? String == "stopped")
        #expect((json["disclaimer"] as? String)?.contains("Hearth's own reading") == true)
    }

    @Test func errorsNameTheProblem() {
        let missing = CapturedIO()
        #expect(run(["profile", "/nonexistent/family.json"], missing) == 1)
        let noAge = CapturedIO(files: ["f.json": #"{"family": "F", "members": [{"id": "C1", "role": "child"}]}"#])
        #expect(run(["profile", "f.json"], noAge) == 1)
        #expect(noAge.standardError.contains("a child needs an age"))
        let badKey = CapturedIO(files: ["f.json": #"{"family": "F", "circumstances": {"ethnicity": "yes"}, "members": [{"id": "P", "role": "parent"}]}"#])
        #expect(run(["profile", "f.json"], badKey) == 1)
        #expect(badKey.standardError.contains("'ethnicity' in circumstances is a protected attribute"))
        let badCode = CapturedIO(files: ["f.json": #"{"family": "F", "members": [{"id": "P", "role": "parent", "answers": {"ace": [0, 0, 7, 0, 0, 0, 0, 0, 0, 0]}}]}"#])
        #expect(run(["profile", "f.json"], badCode) == 1)
        #expect(badCode.standardError.contains("members[0].answers.ace"))
        let truncated = CapturedIO(files: ["f.json": #"{"family": "F", "members": ["#])
        #expect(run(["profile", "f.json"], truncated) == 1)
        #expect(run(["profile"], CapturedIO()) == 2)
        #expect(run(["profile", examplePath("family.json"), "--excess-threshold", "-3"], CapturedIO()) == 2)
    }
}

@Suite("hearth assess")
struct AssessCommandTests {
    @Test func assessesTheExampleAsJSONAndExplains() throws {
        let io = CapturedIO()
        #expect(run(["assess", examplePath("safety-input.json"), "--as-of", "2026-11-22"], io) == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: io.standardOutput) as? [String: Any])
        #expect(json["level"] as? String == "high")
        let fired = (json["firedRules"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
        #expect(fired.contains("history.recentSevere") && fired.contains("profile.intimateTerror") && fired.contains("child.presentAtSevere"))
        let missing = (json["missingInformation"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
        #expect(missing == ["critical.strangulation", "critical.extremeFear", "danger.threatsToChildren"])
        let explained = CapturedIO()
        #expect(run(["assess", examplePath("safety-input.json"), "--as-of", "2026-11-22", "--explain"], explained) == 0)
        #expect(explained.output.hasPrefix("Safety level: could be ACUTE — HIGH on what is known (provisional)"))
        #expect(explained.output.contains("Children without help of their own: C2"))
    }

    @Test func errors() {
        // An incident after the assessment date.
        let future = CapturedIO()
        #expect(run(["assess", examplePath("safety-input.json"), "--as-of", "2026-10-01"], future) == 1)
        #expect(future.standardError.contains("after the assessment date"))
        #expect(run(["assess", examplePath("safety-input.json"), "--as-of", "22-11-2026"], CapturedIO()) == 2)
        let badDate = CapturedIO(files: ["s.json": #"{"reportDate": "yesterday", "family": {"family": "F", "members": [{"id": "P", "role": "parent"}]}}"#])
        #expect(run(["assess", "s.json", "--as-of", "2026-11-22"], badDate) == 1)
        #expect(badDate.standardError.contains("expected a date"))
        let protected = CapturedIO(files: ["s.json": #"{"reportDate": "2026-01-01", "riskFactors": {"ethnicity": "yes"}, "family": {"family": "F", "members": [{"id": "P", "role": "parent"}]}}"#])
        #expect(run(["assess", "s.json", "--as-of", "2026-11-22"], protected) == 1)
        #expect(protected.standardError.contains("'ethnicity' in riskFactors is a protected attribute"))
        #expect(run(["assess"], CapturedIO()) == 2)
    }
}
