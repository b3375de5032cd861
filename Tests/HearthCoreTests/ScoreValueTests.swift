import Foundation
import Testing

@testable import HearthCore

@Suite("Score values and statuses")
struct ScoreValueTests {
    @Test func standardScoresConvert() {
        #expect(ZScore(1.5).tScore == TScore(65))
        #expect(TScore(30).zScore == ZScore(-2))
        #expect(ZScore(0).tScore.zScore == ZScore(0))
        #expect(RawScore(3) < RawScore(4))
        #expect(PercentileRank(50).value == 50)
    }

    @Test func statusNamesAndUsability() {
        let expected: [(ScoreStatus, String, Bool)] = [
            (.complete, "complete", true), (.prorated, "prorated", true), (.determined, "determined", true),
            (.insufficient, "insufficient", false), (.invalid, "invalid", false),
            (.invalidCode, "invalidCode", false), (.missingCovariate, "missingCovariate", false),
        ]
        for (status, name, usable) in expected {
            #expect(status.name == name)
            #expect(status.hasUsableValue == usable)
        }
        #expect(ScoreStatus(code: 99).name == "status99")
        #expect(ScoreStatus.allKnown.count == expected.count)
    }

    @Test func statusRoundTripsByName() throws {
        for status in ScoreStatus.allKnown {
            let data = try JSONEncoder().encode(status)
            #expect(String(decoding: data, as: UTF8.self) == "\"\(status.name)\"")
            #expect(try JSONDecoder().decode(ScoreStatus.self, from: data) == status)
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ScoreStatus.self, from: Data("\"fine\"".utf8)) }
    }
}
