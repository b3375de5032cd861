import Foundation
import HearthCore
import HearthNorms
import HearthProfiles
import HearthSafety
import HearthScoring

/// What the battery does after scoring, per chunk of families: every score against the
/// report's reference norms, then each family's profiles and safety assessment from its
/// members' score reports (the path a case-management server takes).
struct FamilyPipeline: Sendable {
    let comparator: NormComparator
    let assessor: SafetyAssessor
    let asOf = Date(timeIntervalSince1970: 1_790_000_000)

    init() throws {
        comparator = NormComparator(normSet: try NormSet.builtIn())
        assessor = try SafetyAssessor(profiles: try ProfileClassifier())
    }

    /// Norms for every table, then one assessment per family; returns a checksum so that
    /// nothing is optimised away.
    func run(_ tables: [ScoreTable], families: Range<Int>) -> UInt64 {
        var checksum: UInt64 = 0
        var reports: [String: [ScoreReport]] = [:]
        for table in tables {
            let compared = comparator.compare(table)
            checksum &+= UInt64(compared.count)
            for row in 0..<table.rowCount {
                guard let report = try? table.report(row: row) else { continue }
                reports[report.respondent.id.rawValue, default: []].append(report)
            }
        }
        for family in families {
            var members: [FamilyMember] = []
            // The synthetic battery numbers a family's members family × 8 + 0…7 (parents 0–1).
            for position in 0..<8 {
                guard let memberReports = reports["S\(family * 8 + position)"], let first = memberReports.first else { continue }
                members.append(FamilyMember(
                    id: "M\(position)", role: position < 2 ? .parent : .child, sex: first.respondent.sex,
                    age: first.respondent.age?.years, reports: memberReports))
            }
            let input = SafetyInput(family: FamilyInput(family: "F\(family)", members: members), reportDate: asOf.addingTimeInterval(-86_400 * 30))
            if let assessment = try? assessor.assess(input, asOf: asOf) { checksum &+= UInt64(assessment.firedRules.count + 1) }
        }
        return checksum
    }
}
