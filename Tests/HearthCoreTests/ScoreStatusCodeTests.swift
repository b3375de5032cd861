import Foundation
import Testing

@testable import HearthCore

/// The score-status codes are frozen (ScoreStatus's documentation): score tables store
/// them and the scoring kernels compute them with vector arithmetic. Each assumption the
/// kernels make is checked here, so that a change to the codes fails a test, not a score.
@Suite("Score status codes are frozen")
struct ScoreStatusCodeTests {
    @Test func theSevenStatusesKeepTheirCodesAndNames() {
        let expected: [(ScoreStatus, UInt8, String)] = [
            (.complete, 0, "complete"), (.prorated, 1, "prorated"), (.determined, 2, "determined"),
            (.insufficient, 3, "insufficient"), (.invalid, 4, "invalid"), (.invalidCode, 5, "invalidCode"),
            (.missingCovariate, 6, "missingCovariate"),
        ]
        #expect(ScoreStatus.allKnown == expected.map(\.0))
        for (status, code, name) in expected {
            #expect(status.code == code && status.name == name)
        }
    }

    @Test func usableStatusesAreExactlyTheCodesUpToLastUsable() {
        #expect(ScoreStatus.lastUsableCode == ScoreStatus.determined.code)
        for code in UInt8.min...UInt8.max {
            let status = ScoreStatus(code: code)
            #expect(status.hasUsableValue == (code <= ScoreStatus.lastUsableCode))
            #expect(status.hasUsableValue == [.complete, .prorated, .determined].contains(status))
        }
    }

    /// BlockKernel: "insufficient with bit 1 cleared where prorated", and "complete is 0" so
    /// that clearing every bit of a complete lane gives complete.
    @Test func theKernelsBitArithmeticHolds() {
        let insufficient = ScoreStatus.insufficient.code, prorated = ScoreStatus.prorated.code
        let difference = insufficient ^ prorated
        #expect(difference.nonzeroBitCount == 1)
        #expect(insufficient & ~difference == prorated)
        #expect(insufficient & ~UInt8(0) == insufficient)
        #expect(ScoreStatus.complete.code == 0)
        // CellValue: a status is unusable exactly when lastUsableCode − code is negative.
        for code in UInt8.min...UInt8.max {
            let unusable = (Int64(ScoreStatus.lastUsableCode) &- Int64(code)) >> 63 != 0
            #expect(unusable == !ScoreStatus(code: code).hasUsableValue)
        }
    }

    @Test func decodingNamesTheVocabularyNotTheValue() {
        let error = caught { () throws(any Error) in _ = try JSONDecoder().decode(ScoreStatus.self, from: Data(#""MARKER-Q""#.utf8)) }
        #expect(error is DecodingError)
        #expect(!String(describing: error).contains("MARKER-Q"))
        #expect(String(describing: error).contains("expected one of: complete, prorated"))
    }
}
