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
    /// Per family, what the service records beside the questionnaires.
    var records: [SafetyRecord] = []

    /// The layout `SyntheticCohort.battery` gives families `families`: parents append one row
    /// to each parent instrument, children one NOSI-K row each.
    init(cohort: SyntheticCohort, families: Range<Int>, asOf: Date = FamilyPipeline.asOf) {
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
            records.append(SafetyRecord(family: index, children: family.children.count, asOf: asOf))
        }
    }

    /// Family `index`'s safety facts around its questionnaire facts (``SafetyRecord/facts(_:)``
    /// reading the record in place: a copy of the record would retain each of its arrays).
    func safetyFacts(_ index: Int, _ family: FamilyFacts) -> SafetyFacts {
        SafetyFacts(
            family: family, criticalIndicators: records[index].critical, dangerSigns: records[index].signs, incidents: records[index].incidents,
            historyConfirmedUntil: records[index].historyConfirmedUntil, waves: WaveChanges(records[index].waves), childIDs: records[index].childIDs,
            childAges: records[index].childAges, reportDate: records[index].reportDate)
    }
}

/// What the battery does after scoring, per batch of families, on score columns: every
/// score against the report's reference norms (``InstrumentNorms``), then per family its
/// facts, profiles and safety decision (``SafetyAssessor/decide(_:asOf:)``) — no reports
/// or text; a server builds the full assessment only for the families someone opens.
struct FamilyPipeline: Sendable {
    let assessor: SafetyAssessor
    let comparator: NormComparator
    static let asOf = Date(timeIntervalSince1970: 1_790_000_000)
    var asOf: Date { Self.asOf }
    /// The norms of each instrument, by instrument.
    let norms: [BuiltInInstrument: InstrumentNorms]
    /// Where the scales the facts read sit in their tables.
    let factScales: FactScales

    init(definitions: [BuiltInInstrument: InstrumentDefinition]) throws {
        let comparator = NormComparator(normSet: try NormSet.builtIn())
        self.comparator = comparator
        assessor = try SafetyAssessor(profiles: try ProfileClassifier())
        norms = definitions.mapValues { InstrumentNorms(comparator, definition: $0) }
        func position(_ instrument: BuiltInInstrument, _ scale: String) throws -> Int {
            guard let index = definitions[instrument]?.scaleIndex(of: scale) else { throw BenchError("\(instrument).\(scale) is missing") }
            return index
        }
        factScales = FactScales(
            cts2: try ParentScores.cts2Scales.map { try position(.cts2, $0) }, ownDrinking: try position(.auditc, "self_risk"),
            partnerDrinking: try position(.auditc, "partner_risk"), childhoodViolence: try position(.ace, "family_violence"),
            parentingStress: try position(.nosik, "total"))
    }

    /// What a worker reuses from batch to batch: norm columns per instrument and the
    /// score columns the facts read.
    struct Storage {
        var norms: [BuiltInInstrument: NormColumns] = [:]
        var facts = FactSource()
    }

    /// Norms for every table, then one decision per family; returns a checksum so that
    /// nothing is optimised away.
    func run(_ tables: [BuiltInInstrument: ScoreTable], layout: FamilyLayout, storage: inout Storage) -> UInt64 {
        var checksum: UInt64 = 0
        for (instrument, table) in tables {
            guard let norms = norms[instrument] else { continue }
            try? norms.compare(table, into: &storage.norms[instrument, default: NormColumns()])
            checksum &+= UInt64(storage.norms[instrument]?.rowCount ?? 0)
        }
        storage.facts.read(tables, scales: factScales)
        eachFamily(storage.facts, layout) { family, facts in
            guard let decision = try? assessor.decide(layout.safetyFacts(family, facts), asOf: asOf) else { return }
            checksum &+= UInt64(decision.careLevel == .localTeam ? 1 : 2) &+ UInt64(decision.level.reassessmentInterval)
        }
        return checksum
    }

    /// The positions of the scales the facts read (checked at init).
    struct FactScales {
        var cts2: [Int]
        var ownDrinking, partnerDrinking, childhoodViolence, parentingStress: Int
    }

    /// The score columns the facts read, read once per batch into reused storage: a column
    /// at a time is far cheaper than a cell at a time.
    struct FactSource {
        /// Per instrument read (CTS2, AUDIT-C, ACE, NOSI-K), one column per scale read: each
        /// keeps its storage from batch to batch (one scratch shared by all four would free and
        /// reallocate columns whenever the number of scales changed). A table that is missing
        /// or cannot be read gives as many empty columns (no values), so that the columns
        /// after it keep their places.
        private(set) var tables: [[ScoreColumn]] = [[], [], [], []]

        init() {}

        /// Reads the columns of a batch's tables: the ten CTS2 columns of
        /// ``ParentScores/cts2Scales``, then AUDIT-C own and partner risk, ACE family violence
        /// and NOSI-K total.
        mutating func read(_ tables: [BuiltInInstrument: ScoreTable], scales: FactScales) {
            let wanted: [(BuiltInInstrument, [Int])] = [
                (.cts2, scales.cts2), (.auditc, [scales.ownDrinking, scales.partnerDrinking]), (.ace, [scales.childhoodViolence]),
                (.nosik, [scales.parentingStress]),
            ]
            for (position, (instrument, scales)) in wanted.enumerated() {
                // Several scales of a table in one read: its protocols' validity is worked out once.
                let read = tables[instrument].map { (try? $0.read(scales: scales, into: &self.tables[position])) != nil } ?? false
                if !read { self.tables[position] = Array(repeating: ScoreColumn(), count: scales.count) }
            }
        }

        /// The fourteen columns' values in ``read(_:scales:)``'s order (NaN where none; each
        /// column of a missing table is empty, so it reads as no value). The arrays are shared
        /// with the columns, not copied.
        var values: [[Double]] { tables.flatMap { $0.map(\.values) } }
    }

    /// Every family's facts, read from the score columns, handed to `body` one at a time.
    func eachFamily(_ source: FactSource, _ layout: FamilyLayout, _ body: (Int, FamilyFacts) -> Void) {
        // The columns taken once per batch: per family, each read is then a compare and a load.
        let columns = source.values
        // A column's value at a row, `nil` for none (NaN) or a row the column does not have.
        @inline(__always) func read(_ column: Int, _ row: Int) -> Double? {
            guard column < columns.count, row < columns[column].count else { return nil }
            let value = columns[column][row]
            return value.isNaN ? nil : value
        }
        layout.parents.withUnsafeBufferPointer { parents in
            layout.children.withUnsafeBufferPointer { children in
                for family in layout.parentRanges.indices {
                    var facts = FamilyFacts(circumstances: layout.records[family].circumstances)
                    for position in layout.parentRanges[family] {
                        let parent = parents[position]
                        var scores = ParentScores()
                        scores.selfPsychological = read(0, parent.cts2)
                        scores.partnerPsychological = read(1, parent.cts2)
                        scores.selfPhysical = read(2, parent.cts2)
                        scores.partnerPhysical = read(3, parent.cts2)
                        scores.selfPsychologicalSevere = read(4, parent.cts2)
                        scores.partnerPsychologicalSevere = read(5, parent.cts2)
                        scores.selfPhysicalSevere = read(6, parent.cts2)
                        scores.partnerPhysicalSevere = read(7, parent.cts2)
                        scores.selfPhysicalEver = read(8, parent.cts2)
                        scores.partnerPhysicalEver = read(9, parent.cts2)
                        scores.ownDrinkingRisk = read(10, parent.auditc)
                        scores.partnerDrinkingRisk = read(11, parent.auditc)
                        scores.childhoodFamilyViolence = read(12, parent.ace)
                        facts.addParent(scores)
                    }
                    for position in layout.childRanges[family] {
                        facts.addChild(ChildScores(parentingStress: read(13, children[position])))
                    }
                    body(family, facts)
                }
            }
        }
    }

    /// The explained path: every score's full norm result and every family's full
    /// assessment with its reasons in words (what a server does for the families someone opens).
    func runExplained(_ tables: [BuiltInInstrument: ScoreTable], layout: FamilyLayout) -> UInt64 {
        var checksum: UInt64 = 0
        // The norm search resolved once per instrument, as a server keeps it (`InstrumentNorms`).
        for (instrument, table) in tables { checksum &+= UInt64((norms[instrument]?.results(table) ?? comparator.compare(table)).count) }
        for family in layout.parentRanges.indices {
            if let assessment = try? assessment(family, tables, layout) { checksum &+= UInt64(assessment.firedRules.count + 1) }
        }
        return checksum
    }

    /// The full assessment of one family from its members' reports (what a professional
    /// opens), for checking the decisions and for the `battery-explained` workload.
    func assessment(_ family: Int, _ tables: [BuiltInInstrument: ScoreTable], _ layout: FamilyLayout) throws -> SafetyAssessment {
        try assessmentAndInput(family, tables, layout).assessment
    }

    /// ``assessment(_:_:_:)`` with the input it assessed (for the frozen-engine check).
    func assessmentAndInput(_ family: Int, _ tables: [BuiltInInstrument: ScoreTable], _ layout: FamilyLayout) throws -> (assessment: SafetyAssessment, input: SafetyInput) {
        var members: [FamilyMember] = []
        for (position, parent) in layout.parents[layout.parentRanges[family]].enumerated() {
            let reports = try [(BuiltInInstrument.cts2, parent.cts2), (.auditc, parent.auditc), (.ace, parent.ace)].compactMap { instrument, row in
                try tables[instrument]?.report(row: row)
            }
            members.append(FamilyMember(id: "P\(position)", role: .parent, sex: reports.first?.respondent.sex ?? .unknown, reports: reports))
        }
        let record = layout.records[family]
        for (position, child) in layout.children[layout.childRanges[family]].enumerated() {
            guard let report = try tables[.nosik]?.report(row: child) else { continue }
            members.append(FamilyMember(id: "C\(position)", role: .child, sex: report.respondent.sex, age: record.childAges[position], reports: [report]))
        }
        let input = SafetyInput(
            family: FamilyInput(family: "F\(family)", circumstances: record.circumstances, members: members,
                                waves: record.waves),
            reportDate: record.reportDate, incidents: record.incidents, criticalIndicators: record.critical, dangerSigns: record.signs,
            historyConfirmedUntil: record.historyConfirmedUntil)
        return (try assessor.assess(input, asOf: asOf), input)
    }
}
