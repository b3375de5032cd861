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
    ///
    /// - Throws: a data error whose message starts with the JSON path of the answers
    ///   (`members[0].answers.cts2`, after `path`, e.g. `family.`), then the item and the rule.
    ///   `definitions` holds the instruments scored from key files (`hearth report --key`);
    ///   the others must be built in.
    static func apply(_ members: [Member], to family: inout FamilyInput, path: String, definitions: [String: InstrumentDefinition] = [:]) throws(ToolError) {
        for (index, member) in members.enumerated() where index < family.members.count {
            for instrument in (member.answers ?? [:]).keys.sorted() {
                let place = "\(path)members[\(index)]"
                family.members[index].reports.append(
                    try score(instrument, member.answers?[instrument] ?? [], member: family.members[index], at: place, definitions: definitions))
            }
        }
    }

    private static func score(
        _ instrument: String, _ codes: [Int?], member: FamilyMember, at place: String, definitions: [String: InstrumentDefinition]
    ) throws(ToolError) -> ScoreReport {
        let plan: ScoringPlan
        do {
            let builtIn = try BuiltInInstrument(identifier: instrument)
            if let keyed = definitions[builtIn.rawValue] { plan = try ScoringPlan(keyed) } else { plan = try ScoringPlan(builtIn.definition()) }
        } catch {
            throw .data("\(place).answers.\(instrument): \(error.message)")
        }
        var items: [ItemAnswer] = []
        for (position, code) in codes.enumerated() {
            guard let code else { items.append(.missing(.skipped)); continue }
            guard let byte = UInt8(exactly: code), byte < MissingReason.firstReservedCode else {
                throw .data("\(place).answers.\(instrument)[\(position)]: a code is a whole number from 0 to 251 (the instrument's scale is narrower)")
            }
            items.append(.code(byte))
        }
        let respondent: Respondent
        do {
            respondent = Respondent(id: try RespondentID(member.id), sex: member.sex, age: try member.age.map { years throws(CoreError) in try Age(years: years) })
        } catch {
            throw .data("\(place).\(error.field ?? "id"): \(error.message)")
        }
        do {
            return try plan.score(items, for: respondent)
        } catch {
            let position = error.item.flatMap { item in plan.definition.items.firstIndex { $0.id == item } }
            throw .data("\(place).answers.\(instrument)" + (position.map { "[\($0)]" } ?? "") + ": \(error.message)")
        }
    }
}
