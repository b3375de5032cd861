import Foundation
import Testing

@testable import HearthCore

@Suite("Respondent metadata")
struct RespondentTests {
    @Test func identifierAcceptsPseudonyms() throws {
        #expect(try RespondentID("P-0001").rawValue == "P-0001")
        // Beside the control characters: no-break space (U+00A0), letters, a substring's copy.
        for id in ["\u{A0}x", "é", "Zoë-07", "Ⅻ", String("xx-R9".dropFirst(3))] { #expect(try RespondentID(id).rawValue == id) }
        #expect(try RespondentID(String(repeating: "x", count: 128)).rawValue.count == 128)
    }

    // Control characters: C0 (below U+0020), DEL (U+007F) and C1 (U+0080–U+009F, two bytes in UTF-8).
    @Test(arguments: ["", String(repeating: "x", count: 129), "a\nb", "tab\there", "\u{7}", "\u{7F}", "a\u{80}", "a\u{85}b", "\u{9F}", "é\u{90}"])
    func identifierRejectsUnsafeValues(_ value: String) {
        let error = caught { () throws(CoreError) in _ = try RespondentID(value) }
        #expect(error?.code == .invalidRespondentID)
        #expect(error?.field == "id")
        // The message never repeats the identifier (it may be personal data).
        if !value.isEmpty { #expect(error?.message.contains(value) == false) }
    }

    @Test func identifierDecodingValidates() throws {
        let good = try JSONDecoder().decode(RespondentID.self, from: Data("\"R7\"".utf8))
        #expect(good.rawValue == "R7")
        #expect(throws: CoreError.self) { try JSONDecoder().decode(RespondentID.self, from: Data("\"\"".utf8)) }
    }

    @Test(arguments: [("female", Sex.female), ("MALE", .male), ("Unknown", .unknown), ("", .unknown)])
    func sexParses(_ text: String, _ expected: Sex) throws {
        #expect(try Sex(parsing: text) == expected)
    }

    @Test(arguments: ["f", "vrouw", "other", "1"])
    func sexRejectsOtherText(_ text: String) {
        #expect(throws: CoreError.self) { try Sex(parsing: text) }
    }

    @Test func oppositeSex() {
        #expect(Sex.female.opposite == .male)
        #expect(Sex.male.opposite == .female)
        #expect(Sex.unknown.opposite == .unknown)
    }

    @Test func ageValidatesYearsAndMonths() throws {
        let age = try Age(years: 7, months: 11)
        #expect(age.totalMonths == 95)
        #expect(age.description == "7;11")
        #expect(try Age(years: 0).totalMonths == 0)
        #expect(try Age(years: 120).years == 120)
        #expect(try Age(years: 3) < Age(years: 3, months: 1))
        for (years, months) in [(-1, nil), (121, nil), (5, 12), (5, -1)] as [(Int, Int?)] {
            #expect(throws: CoreError.self) { try Age(years: years, months: months) }
        }
    }

    @Test func ageDecodingValidates() throws {
        let age = try JSONDecoder().decode(Age.self, from: Data(#"{"years": 9}"#.utf8))
        #expect(age.years == 9 && age.months == nil)
        #expect(throws: CoreError.self) { try JSONDecoder().decode(Age.self, from: Data(#"{"years": -3}"#.utf8)) }
    }

    @Test func wavesOfTheStudies() throws {
        #expect(Wave.baseline.index == 1 && Wave.baseline.monthsSinceReport == 0)
        #expect(Wave.followUp12Months.monthsSinceReport == 12)
        #expect(Wave.followUp18Months.index == 3 && Wave.followUp18Months.monthsSinceReport == 18)
        #expect(Wave.baseline < Wave.followUp18Months)
        #expect(throws: CoreError.self) { try Wave(index: 0) }
        #expect(throws: CoreError.self) { try Wave(index: 2, monthsSinceReport: -1) }
        let decoded = try JSONDecoder().decode(Wave.self, from: Data(#"{"index": 2, "monthsSinceReport": 12}"#.utf8))
        #expect(decoded == .followUp12Months)
        #expect(throws: CoreError.self) { try JSONDecoder().decode(Wave.self, from: Data(#"{"index": 0}"#.utf8)) }
    }

    @Test func respondentRoundTripsThroughJSON() throws {
        let respondent = Respondent(
            id: try RespondentID("F12-M"), sex: .female, partnerSex: .male, age: try Age(years: 34), wave: .followUp12Months)
        let data = try JSONEncoder().encode(respondent)
        #expect(try JSONDecoder().decode(Respondent.self, from: data) == respondent)
    }

    @Test func errorDescriptionNamesLocation() {
        let error = CoreError(.itemCountMismatch, field: "answers", row: 2, item: 4, message: "bad")
        #expect(error.description == "itemCountMismatch: bad (row 3, item 5, field 'answers')")
    }
}
