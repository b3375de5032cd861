import Foundation
import HearthCore
import HearthProfiles
import HearthScoring

/// Scores the raw `answers` of family members (built-in instruments, codes in Hearth's form
/// order, `null` for missing) into score reports, for `hearth profile` and `hearth assess`.
struct FamilyAnswers {
    private struct Member: Decodable {
        var id: String
        var answers: [String: [Int?]]?
    }

    private struct Members: Decodable { var members: [Member] }
    private struct Nested: Decodable { var family: Members }

    /// Adds a report to `family` for every instrument a member answered in `data`.
    static func apply(to family: inout FamilyInput, from data: Data, nested: Bool) throws(ToolError) {
        let members: [Member]
        do {
            members = nested ? try JSONDecoder().decode(Nested.self, from: data).family.members : try JSONDecoder().decode(Members.self, from: data).members
        } catch {
            throw .data("family members cannot be read")
        }
        for (index, member) in members.enumerated() where index < family.members.count {
            for instrument in (member.answers ?? [:]).keys.sorted() {
                family.members[index].reports.append(try score(instrument, member.answers?[instrument] ?? [], member: family.members[index]))
            }
        }
    }

    private static func score(_ instrument: String, _ codes: [Int?], member: FamilyMember) throws(ToolError) -> ScoreReport {
        do {
            let builtIn = try BuiltInInstrument(identifier: instrument)
            let plan = try ScoringPlan(builtIn.definition())
            var items: [ItemAnswer] = []
            for (index, code) in codes.enumerated() {
                guard let code else { items.append(.missing(.skipped)); continue }
                guard let byte = UInt8(exactly: code), byte < MissingReason.firstReservedCode else {
                    throw ScoringError(.invalidCode, instrument: instrument, item: "\(index + 1)", message: "code outside 0...251")
                }
                items.append(.code(byte))
            }
            let respondent = Respondent(
                id: try RespondentID(member.id), sex: member.sex, age: try member.age.map { years throws(CoreError) in try Age(years: years) })
            return try plan.score(items, for: respondent)
        } catch let error as ScoringError {
            throw .data("member '\(member.id)', \(instrument): \(error.description)")
        } catch let error as CoreError {
            throw .data("member '\(member.id)': \(error.description)")
        } catch {
            throw .data("member '\(member.id)', \(instrument): cannot be scored")
        }
    }

    /// A decoding error as a location and a reason.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing '\(key.stringValue)' at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        @unknown default: return "cannot be decoded"
        }
    }
}
