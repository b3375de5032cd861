import Foundation
import HearthCore
import HearthProfiles
import HearthScoring

/// `hearth profile <family.json> [--excess-threshold N]`: the family's profiles, typology
/// and trajectory, as JSON.
///
/// Members may give raw `answers` for the built-in instruments (`cts2`, `ace`, `auditc`:
/// codes in Hearth's form order, `null` for missing), which are scored here, and
/// pre-computed `scores` (`"nosik.total": 72`) for instruments scored elsewhere.
struct ProfileCommand {
    var io: any CommandIO

    /// The part of a family file that carries raw answers.
    private struct Answers: Decodable {
        struct Member: Decodable {
            var id: String
            var answers: [String: [Int?]]?
        }
        var members: [Member]
    }

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, options: ["excess-threshold"])
        guard parsed.positional.count == 1, let path = parsed.positional.first else { throw .usage("profile needs one family JSON file") }
        let data: Data
        do { data = try io.readFile(at: path) } catch { throw .data("cannot read '\(path)'") }
        guard data.count <= 16 << 20 else { throw .data("'\(path)' is larger than 16 MiB") }
        var family: FamilyInput
        let answers: Answers
        do {
            family = try JSONDecoder().decode(FamilyInput.self, from: data)
            answers = try JSONDecoder().decode(Answers.self, from: data)
        } catch let error as DecodingError {
            throw .data("'\(path)': \(Self.describe(error))")
        } catch {
            throw .data("'\(path)' is not valid JSON")
        }
        for (index, member) in answers.members.enumerated() {
            for (instrument, codes) in member.answers ?? [:] {
                family.members[index].reports.append(try score(instrument, codes, member: family.members[index]))
            }
        }
        var rule = TrajectoryRule()
        if let text = parsed.options["excess-threshold"] {
            guard let threshold = Double(text), threshold.isFinite, threshold >= 0 else { throw .usage("--excess-threshold needs a non-negative number") }
            rule.excessThreshold = threshold
        }
        let result: ProfileResult
        do { result = try ProfileClassifier(trajectoryRule: rule).classify(family) } catch { throw .data(error.description) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let output = try? encoder.encode(result) else { throw .data("the result could not be encoded") }
        io.writeStandardOutput(output + Data("\n".utf8))
    }

    private func score(_ instrument: String, _ codes: [Int?], member: FamilyMember) throws(ToolError) -> ScoreReport {
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

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        @unknown default:
            return "cannot be decoded"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
