import Foundation
import Testing

@testable import HearthCore

/// What a language decides beside its message tables: how days are written, and its
/// position in the tables made once per language.
@Suite("Languages")
struct LanguageTests {
    /// Days are written in UTC, in each language's order, whatever the process's time zone.
    @Test func daysInUTC() {
        let lateEvening = Date(timeIntervalSince1970: 1_791_849_599)  // 2026-10-12T23:59:59Z
        #expect(Language.english.day(lateEvening) == "2026-10-12")
        #expect(Language.dutch.day(lateEvening) == "12-10-2026")
        #expect(Language.english.day(Date(timeIntervalSince1970: 0)) == "1970-01-01")
        #expect(Language.dutch.day(Date(timeIntervalSince1970: -86_400)) == "31-12-1969")
        // The calendar is UTC itself, not the machine's zone (which CI may set to UTC).
        #expect(Calendar.gregorianUTC.timeZone.secondsFromGMT(for: lateEvening) == 0)
        #expect(Calendar.gregorianUTC.identifier == .gregorian)
    }

    /// ``Language/position`` is the language's place in `allCases`, so that a ``PerLanguage``
    /// table gives each language the value made for it.
    @Test func positionsFollowAllCases() {
        #expect(Language.allCases.map(\.position) == Array(Language.allCases.indices))
        let names = PerLanguage { $0.rawValue }
        for language in Language.allCases { #expect(names[language] == language.rawValue) }
    }
}
