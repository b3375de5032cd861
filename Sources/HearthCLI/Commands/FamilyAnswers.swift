import Foundation
import HearthCore
import HearthProfiles
import HearthScoring

/// Scores the raw `answers` of family members (built-in instruments, codes in Hearth's form
/// order, `null` for missing) into score reports, for `hearth profile` and `hearth assess`.
struct FamilyAnswers {
    /// A member's raw answers; the other member keys are FamilyMember's.
    struct Member: Decodable {
        var id: String
        var answers: [String: [Int?]]?
    }

    /// The `members` of a family document (``FamilyInput``'s other keys are its own).
    struct Members: Decodable { var members: [Member] }
    /// The `family` of a safety input document.
    struct Nested: Decodable { var family: Members }

    /// Adds a report to `family` for every instrument a member answered.
    static func apply(_ members: [Member], to family: inout FamilyInput) throws(ToolError) {
        for (index, member) in members.enumerated() where index < family.members.count {
            for instrument in (member.answers ?? [:]).keys.sorted() {
                family.members[index].reports.append(
                    try score(instrument, member.answers?[instrument] ?? [], member: family.members[index], index: index))
            }
        }
    }

    private static func score(_ instrument: String, _ codes: [Int?], member: FamilyMember, index: Int) throws(ToolError) -> ScoreReport {
        do {
            let builtIn = try BuiltInInstrument(identifier: instrument)
            let plan = try ScoringPlan(builtIn.definition())
            var items: [ItemAnswer] = []
            for (position, code) in codes.enumerated() {
                guard let code else { items.append(.missing(.skipped)); continue }
                guard let byte = UInt8(exactly: code), byte < MissingReason.firstReservedCode else {
                    throw ScoringError(.invalidCode, instrument: instrument, item: "\(position + 1)", message: "code outside 0...251")
                }
                items.append(.code(byte))
            }
            let respondent = Respondent(
                id: try RespondentID(member.id), sex: member.sex, age: try member.age.map { years throws(CoreError) in try Age(years: years) })
            return try plan.score(items, for: respondent)
        } catch let error as ScoringError {
            throw .data("members[\(index)].answers.\(instrument): \(error.description)")
        } catch let error as CoreError {
            throw .data("members[\(index)]: \(error.description)")
        } catch {
            throw .data("members[\(index)].answers.\(instrument): cannot be scored")
        }
    }
}
