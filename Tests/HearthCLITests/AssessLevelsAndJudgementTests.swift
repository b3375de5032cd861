import Foundation
import Testing

/// `hearth assess`: the headline with both levels, what to establish, the role's wording,
/// and professional judgements read from the input.
@Suite("hearth assess")
struct AssessJudgementAndLevelsTests {
    static let nothingKnown = #"""
        {"reportDate": "2026-05-01", "family": {"family": "F", "members": [
          {"id": "P1", "role": "parent", "sex": "female"}, {"id": "C1", "role": "child", "sex": "female", "age": 1}]}}
        """#

    static func stalking(judgements: String) -> String {
        #"""
        {"reportDate": "2026-05-01", "historyConfirmedUntil": "2026-06-01",
         "family": {"family": "F", "circumstances": {"stalking": "yes"}, "members": [{"id": "P1", "role": "parent", "sex": "female"}]},
         "judgements": \#(judgements)}
        """#
    }

    @Test func theHeadlineShowsBothLevelsAndWhatToEstablish() {
        let io = CapturedIO(files: ["n.json": Self.nothingKnown])
        #expect(run(["assess", "n.json", "--as-of", "2026-06-01", "--explain"], io) == 0)
        // Nothing known names no level, and the response says it is not assessable and by when
        // to establish what is missing (the headline does not say either a second time).
        #expect(io.output.hasPrefix("Safety level: could be ACUTE — not assessable: too little is known"))
        #expect(io.output.contains("consult Veilig Thuis or report"))
        #expect(io.output.contains("To establish within 24 hours:\n  whether the partner threatened to kill (Danger Assessment, item 6)"))
        // Rules that lack the same fact are listed once.
        #expect(io.output.components(separatedBy: "the incident history has not been confirmed complete").count == 2)
        let veiligThuis = CapturedIO(files: ["n.json": Self.nothingKnown])
        #expect(run(["assess", "n.json", "--as-of", "2026-06-01", "--explain", "--role", "veilig-thuis"], veiligThuis) == 0)
        #expect(veiligThuis.output.contains("Veilig Thuis investigates"))
        let json = CapturedIO(files: ["n.json": Self.nothingKnown])
        #expect(run(["assess", "n.json", "--as-of", "2026-06-01"], json) == 0)
        #expect(json.output.contains(#""possibleLevel" : "acute""#) && json.output.contains(#""assessable" : "notAssessable""#))
        let badRole = CapturedIO(files: ["n.json": Self.nothingKnown])
        #expect(run(["assess", "n.json", "--role", "police"], badRole) == 2)
    }

    @Test func judgementsAreAppliedInOrderAndRefusedWithTheirPlace() throws {
        let lowered = CapturedIO(files: ["s.json": Self.stalking(judgements: #"""
            [{"assessor": "PROF-1", "at": "2026-06-01", "level": "elevated", "reason": "order kept", "secondReviewer": "PROF-2"}]
            """#)])
        #expect(run(["assess", "s.json", "--as-of", "2026-06-01"], lowered) == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: lowered.standardOutput) as? [String: Any])
        #expect(object["levelInForce"] as? String == "elevated")
        #expect((object["computed"] as? [String: Any])?["level"] as? String == "high")
        let ownReviewer = CapturedIO(files: ["s.json": Self.stalking(judgements: #"""
            [{"assessor": "PROF-1", "at": "2026-06-01", "level": "acute", "reason": "threats"},
             {"assessor": " prof-1 ", "at": "2026-06-01", "level": "standard", "reason": "calm", "secondReviewer": "PROF-1"}]
            """#)])
        #expect(run(["assess", "s.json", "--as-of", "2026-06-01"], ownReviewer) == 1)
        #expect(ownReviewer.standardError.contains("judgements[1].secondReviewer: the second reviewer must be a different professional"))
        let explained = CapturedIO(files: ["s.json": Self.stalking(judgements: #"""
            [{"assessor": "PROF-1", "at": "2026-06-01", "level": "acute", "reason": "threats by phone"}]
            """#)])
        #expect(run(["assess", "s.json", "--as-of", "2026-06-01", "--explain"], explained) == 0)
        #expect(explained.output.hasPrefix("Level in force: ACUTE (1 professional judgement)\n  PROF-1: ACUTE — threats by phone\nComputed:\nSafety level: could be ACUTE — HIGH on what is known"))
    }
}
