import Foundation
import HearthCore
import HearthNorms
import HearthProfiles
import HearthSafety
import HearthScoring
import HearthSynthetic

/// Where each family's members sit in a batch's score tables: what a server knows from
/// its own records. Built with the batch, never timed.
struct FamilyLayout: Sendable {
    /// Per family, its parents `parents[parentRanges[f]]` and children `children[childRanges[f]]`.
    var parentRanges: [Range<Int>] = []
    var childRanges: [Range<Int>] = []
    /// A parent's rows in the CTS2, AUDIT-C and ACE tables.
    var parents: [(cts2: Int, auditc: Int, ace: Int)] = []
    /// A child's row in the NOSI-K table.
    var children: [Int] = []

    /// The layout `SyntheticCohort.battery` gives families `families`: parents append one row
    /// to each parent instrument, children one NOSI-K row each.
    init(cohort: SyntheticCohort, families: Range<Int>) {
        var parentRow = 0
        for index in families {
            let family = cohort.family(index)
            parentRanges.append(parents.count..<(parents.count + family.parents.count))
            for _ in family.parents {
                parents.append((parentRow, parentRow, parentRow))
                parentRow += 1
            }
            childRanges.append(children.count..<(children.count + family.children.count))
            for _ in family.children { children.append(children.count) }
        }
    }
}

/// What the battery does after scoring, per batch of families, on score columns: every
/// score against the report's reference norms (``InstrumentNorms``), then per family its
/// facts, profiles and safety decision (``SafetyAssessor/decide(_:asOf:)``) — no reports
/// or text; a server builds the full assessment only for the families someone opens.
struct FamilyPipeline: Sendable {
    let assessor: SafetyAssessor
    let comparator: NormComparator
    let asOf = Date(timeIntervalSince1970: 1_790_000_000)
    /// The norms of each instrument, by instrument.
    let norms: [BuiltInInstrument: InstrumentNorms]

    init(definitions: [BuiltInInstrument: InstrumentDefinition]) throws {
        let comparator = NormComparator(normSet: try NormSet.builtIn())
        self.comparator = comparator
        assessor = try SafetyAssessor(profiles: try ProfileClassifier())
        norms = definitions.mapValues { InstrumentNorms(comparator, definition: $0) }
        for (instrument, scales) in [(BuiltInInstrument.cts2, ParentScores.cts2Scales), (.auditc, ["self_risk", "partner_risk"]), (.ace, ["family_violence"]), (.nosik, ["total"])] {
            for scale in scales where definitions[instrument]?.scaleIndex(of: scale) == nil { throw BenchError("\(instrument).\(scale) is missing") }
        }
    }

    /// Norms for every table, then one decision per family; returns a checksum so that
    /// nothing is optimised away. `columns` is the worker's reused storage.
    func run(_ tables: [BuiltInInstrument: ScoreTable], layout: FamilyLayout, columns: inout [BuiltInInstrument: NormColumns]) -> UInt64 {
        var checksum: UInt64 = 0
        for (instrument, table) in tables {
            guard let norms = norms[instrument] else { continue }
            try? norms.compare(table, into: &columns[instrument, default: NormColumns()])
            checksum &+= UInt64(columns[instrument]?.rowCount ?? 0)
        }
        let source = FactSource(tables)
        for family in layout.parentRanges.indices {
            guard let decision = try? assessor.decide(SafetyFacts(family: facts(family, source, layout)), asOf: asOf) else { continue }
            checksum &+= UInt64(decision.careLevel == .localTeam ? 1 : 2) &+ UInt64(decision.level.reassessmentInterval)
        }
        return checksum
    }

    /// The score columns the facts read, read once per batch (`nil` where a score has no
    /// usable value): a column at a time is far cheaper than a cell at a time.
    struct FactSource {
        /// The CTS2 columns one after another, `cts2Rows` rows each.
        var cts2: [Double?]
        var cts2Rows: Int
        var ownDrinking, partnerDrinking, childhoodViolence, parentingStress: [Double?]

        init(_ tables: [BuiltInInstrument: ScoreTable]) {
            func column(_ instrument: BuiltInInstrument, _ scale: String) -> [Double?] {
                (try? tables[instrument]?.values(scaleID: scale)) ?? []
            }
            let rows = tables[.cts2]?.rowCount ?? 0
            cts2Rows = rows
            cts2 = ParentScores.cts2Scales.flatMap { scale in
                let values = column(.cts2, scale)
                return values.count == rows ? values : Array(repeating: nil, count: rows)
            }
            ownDrinking = column(.auditc, "self_risk")
            partnerDrinking = column(.auditc, "partner_risk")
            childhoodViolence = column(.ace, "family_violence")
            parentingStress = column(.nosik, "total")
        }
    }

    /// One family's facts, read from the score tables.
    func facts(_ family: Int, _ source: FactSource, _ layout: FamilyLayout) -> FamilyFacts {
        var facts = FamilyFacts()
        func read(_ column: [Double?], _ row: Int) -> Double? { column.indices.contains(row) ? column[row] : nil }
        for position in layout.parentRanges[family] {
            let parent = layout.parents[position]
            func cts2(_ scale: Int) -> Double? {
                parent.cts2 < source.cts2Rows ? source.cts2[scale &* source.cts2Rows &+ parent.cts2] : nil
            }
            var scores = ParentScores()
            scores.selfPsychological = cts2(0)
            scores.partnerPsychological = cts2(1)
            scores.selfPhysical = cts2(2)
            scores.partnerPhysical = cts2(3)
            scores.selfPsychologicalSevere = cts2(4)
            scores.partnerPsychologicalSevere = cts2(5)
            scores.selfPhysicalSevere = cts2(6)
            scores.partnerPhysicalSevere = cts2(7)
            scores.selfPhysicalEver = cts2(8)
            scores.partnerPhysicalEver = cts2(9)
            scores.ownDrinkingRisk = read(source.ownDrinking, parent.auditc)
            scores.partnerDrinkingRisk = read(source.partnerDrinking, parent.auditc)
            scores.childhoodFamilyViolence = read(source.childhoodViolence, parent.ace)
            facts.addParent(scores)
        }
        for position in layout.childRanges[family] {
            facts.addChild(ChildScores(parentingStress: read(source.parentingStress, layout.children[position])))
        }
        return facts
    }

    /// The explained path: every score through ``NormComparator`` and every family's full
    /// assessment with its reasons in words (what a server does for the families someone opens).
    func runExplained(_ tables: [BuiltInInstrument: ScoreTable], layout: FamilyLayout) -> UInt64 {
        var checksum: UInt64 = 0
        for table in tables.values { checksum &+= UInt64(comparator.compare(table).count) }
        for family in layout.parentRanges.indices {
            if let assessment = try? assessment(family, tables, layout) { checksum &+= UInt64(assessment.firedRules.count + 1) }
        }
        return checksum
    }

    /// The full assessment of one family from its members' reports (what a professional
    /// opens), for checking the decisions and for the `battery-explained` workload.
    func assessment(_ family: Int, _ tables: [BuiltInInstrument: ScoreTable], _ layout: FamilyLayout) throws -> SafetyAssessment {
        var members: [FamilyMember] = []
        for (position, parent) in layout.parents[layout.parentRanges[family]].enumerated() {
            let reports = try [(BuiltInInstrument.cts2, parent.cts2), (.auditc, parent.auditc), (.ace, parent.ace)].compactMap { instrument, row in
                try tables[instrument]?.report(row: row)
            }
            members.append(FamilyMember(id: "P\(position)", role: .parent, sex: reports.first?.respondent.sex ?? .unknown, reports: reports))
        }
        for (position, child) in layout.children[layout.childRanges[family]].enumerated() {
            guard let report = try tables[.nosik]?.report(row: child) else { continue }
            members.append(FamilyMember(id: "C\(position)", role: .child, sex: report.respondent.sex, age: report.respondent.age?.years, reports: [report]))
        }
        let input = SafetyInput(family: FamilyInput(family: "F\(family)", members: members), reportDate: asOf.addingTimeInterval(-86_400 * 30))
        return try assessor.assess(input, asOf: asOf)
    }
}
