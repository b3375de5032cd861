import HearthNorms

extension ReportTable {
    /// A variable of a correlation table: a column of the respondent's own, or the family's
    /// value (a child's parents' violence or trauma, a parent's children's parenting stress).
    public struct CorrelationVariable: Hashable, Sendable {
        /// Where a value comes from.
        public enum Source: Hashable, Sendable {
            /// A score column of the respondent.
            case column(ScoreVariable)
            /// The number of TSI scales in the clinical range (0–10), when every scale is
            /// known: the report's parents' "trauma" (Tierolf et al. 2014, §5).
            case traumaCount
        }

        /// The label printed.
        public var label: String
        /// Where the value comes from.
        public var source: Source
        /// Whether the value is the family's (the mean over the family's members at the wave).
        public var family: Bool
        /// Whether the value is asked once and holds at every later wave (the ACE: childhood
        /// experiences do not change), so a later wave uses the person's earliest value.
        public var asked: AskedAt

        /// When a variable is measured.
        public enum AskedAt: Hashable, Sendable {
            /// At every wave.
            case everyWave
            /// Once; later waves carry the earliest value forward.
            case once
        }

        /// A score column.
        public init(_ label: String, _ column: ScoreVariable, family: Bool = false, asked: AskedAt = .everyWave) {
            self.init(label, source: .column(column), family: family, asked: asked)
        }

        /// Any source.
        public init(_ label: String, source: Source, family: Bool = false, asked: AskedAt = .everyWave) {
            self.label = label
            self.source = source
            self.family = family
            self.asked = asked
        }

        /// The instrument the value needs.
        var instrument: String {
            switch source {
            case .column(let column): column.instrument
            case .traumaCount: "tsi"
            }
        }
    }

    /// The parents' trauma: the number of TSI scales in the clinical range.
    static let parentTrauma = CorrelationVariable.Source.traumaCount

    /// The parents' own instruments: the rows of Tables 5.7 and 7.9.
    public static let parentInstruments: Set<String> = ["cts2", "ace", "tsi", "auditc", "impulsivity", "socialisation"]

    /// Table 5.7's variables: the first seven are its columns.
    public static let parentCorrelationVariables: [CorrelationVariable] = [
        .init("Total violence per year", cts2("total_violence_frequency")), .init("Own violence per year", cts2("self_violence_frequency")),
        .init("Partner violence per year", cts2("partner_violence_frequency")), .init("Impulsivity", ScoreVariable(instrument: "impulsivity", scale: "total")),
        .init("Socialisation", ScoreVariable(instrument: "socialisation", scale: "total")), .init("Childhood trauma (ACE)", ScoreVariable(instrument: "ace", scale: "total")),
        .init("Parent trauma (TSI clinical scales, 0–10)", source: parentTrauma),
        .init("Own drinking", ScoreVariable(instrument: "auditc", scale: "self_total")), .init("Partner drinking", ScoreVariable(instrument: "auditc", scale: "partner_total")),
        .init("Anxious arousal", ScoreVariable(instrument: "tsi", scale: "aa")), .init("Depression", ScoreVariable(instrument: "tsi", scale: "d")),
        .init("Anger", ScoreVariable(instrument: "tsi", scale: "ai")), .init("Intrusive experiences", ScoreVariable(instrument: "tsi", scale: "ie")),
        .init("Defensive avoidance", ScoreVariable(instrument: "tsi", scale: "da")), .init("Dissociation", ScoreVariable(instrument: "tsi", scale: "dis")),
        .init("Sexual concerns", ScoreVariable(instrument: "tsi", scale: "sc")), .init("Dysfunctional sexual behaviour", ScoreVariable(instrument: "tsi", scale: "dsb")),
        .init("Impaired self-reference", ScoreVariable(instrument: "tsi", scale: "isr")), .init("Tension reduction behaviour", ScoreVariable(instrument: "tsi", scale: "trb")),
    ]

    /// Table 7.9's variables (parents).
    public static let parentWaveCorrelationVariables: [CorrelationVariable] = [
        .init("Total violence", cts2("total_violence_frequency")), .init("Trauma (TSI clinical scales, 0–10)", source: parentTrauma),
        .init("Impulsivity", ScoreVariable(instrument: "impulsivity", scale: "total")), .init("Socialisation", ScoreVariable(instrument: "socialisation", scale: "total")),
        .init("ACE count", ScoreVariable(instrument: "ace", scale: "total"), asked: .once),
        .init("Parenting stress (NOSI-K, the family's children)", ScoreVariable(instrument: "nosik", scale: "total"), family: true),
    ]

    /// Tables 7.10 (young children: SIMS-PR, TSCYC) and 7.11 (older: SIS, TSCC) variables.
    public static func childCorrelationVariables(young: Bool) -> [CorrelationVariable] {
        [
            .init("Violence (the family's CTS2 total)", cts2("total_violence_frequency"), family: true),
            .init("Parent trauma (TSI clinical scales, 0–10)", source: parentTrauma, family: true),
            young
                ? .init("Emotional insecurity (SIMS-PR)", ScoreVariable(instrument: "simspr", sumOf: ["oer", "bd", "oa", "oi"]))
                : .init("Emotional insecurity (SIS)", ScoreVariable(instrument: "sis", sumOf: ["oer", "bd", "oa", "oi"])),
            young
                ? .init("Posttraumatic stress (TSCYC)", ScoreVariable(instrument: "tscyc", scale: "pts_tot"))
                : .init("Posttraumatic stress (TSCC)", ScoreVariable(instrument: "tscc", scale: "pts")),
        ]
    }

    /// A correlation table as the report prints them: Pearson r with `*` p < .05, `**`
    /// p < .01 and "ns" otherwise; with `upperWave`, the first wave below the diagonal and
    /// the second above (Tables 7.9–7.11), else the lower triangle of the first
    /// `squareColumns` variables and their correlations with the rest below (Table 5.7).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for fewer than two variables.
    public static func correlationTable(
        in analysis: CohortAnalysis, norms: NormSet, id: String, title: String, showsCount: Bool = false, variables: [CorrelationVariable],
        squareColumns: Int? = nil, lowerWave: Int = 1, upperWave: Int? = nil, subjects: Set<String>? = nil, where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> ReportTable {
        guard variables.count >= 2 else { throw ResearchError(.invalidMapping, field: "variables", message: "a correlation table needs two variables") }
        var notes: [String] = []
        let allowed = subjects.map(analysis.recordKeys(in:))
        func values(_ wave: Int) throws(ResearchError) -> [[RecordKey: Double]] {
            let scope = analysis.restricted(filter, toWave: wave)
            var result: [[RecordKey: Double]] = []
            for variable in variables {
                guard analysis.scored.tables[variable.instrument] != nil else {
                    let note = "\(variable.label): the cohort has no \(variable.instrument) data."
                    if !notes.contains(note) { notes.append(note) }
                    result.append([:])
                    continue
                }
                let own: [RecordKey: Double]
                switch variable.source {
                case .column(let column) where variable.asked == .once:
                    own = try analysis.earliestValues(column, atWave: wave, where: filter)
                case .column(let column):
                    own = variable.family ? try analysis.familyValues(column, where: scope) : try analysis.valuesByKey(column, where: scope).values
                case .traumaCount:
                    let counts = try analysis.clinicalCounts(adult: true, norms: norms, where: variable.family ? CohortFilter() : scope)
                    own = variable.family ? analysis.familyMeans(counts, where: scope) : counts
                }
                // Rows are the subjects' own records (e.g. young children: SIMS-PR or TSCYC at the wave).
                result.append(allowed.map { keys in own.filter { keys.contains($0.key) } } ?? own)
            }
            return result
        }
        let lower = try values(lowerWave)
        let upper = try upperWave.map { wave throws(ResearchError) in try values(wave) } ?? lower
        let columns = upperWave == nil ? min(squareColumns ?? variables.count, variables.count) : variables.count
        func cell(_ i: Int, _ j: Int, _ data: [[RecordKey: Double]]) -> Cell {
            let keys = data[i].keys.filter { data[j][$0] != nil }.sorted()
            do {
                let r = try PearsonCorrelation.between(keys.compactMap { data[i][$0] }, keys.compactMap { data[j][$0] })
                let mark = SignificanceMarks.conventional.mark(r.pValue)
                return mark.isEmpty ? Cell(text: "ns") : Cell(r.r, decimals: 2, suffix: mark)
            } catch {
                return Cell(unavailable: error.message + " (n = \(keys.count))")
            }
        }
        var rows: [Row] = []
        for i in variables.indices {
            var cells: [Cell] = []
            for j in 0..<columns {
                if i == j { cells.append(Cell(1, decimals: 2)) } else if j < i { cells.append(cell(i, j, lower)) } else if upperWave != nil {
                    cells.append(cell(i, j, upper))
                } else {
                    cells.append(Cell(text: ""))
                }
            }
            rows.append(Row("\(i + 1). \(variables[i].label)", cells))
        }
        notes.append(upperWave.map { "Below the diagonal wave \(lowerWave), above it wave \($0); pairwise deletion, per person and wave." }
            ?? "Wave \(lowerWave); pairwise deletion, per person and wave.")
        notes.append("Pearson r; ns: p ≥ .05. " + SignificanceMarks.conventional.note)
        if variables.contains(where: { $0.source == .traumaCount }) {
            notes.append("Trauma: the number of TSI scales at T ≥ 65 (ClinicalBandRule.builtIn), for parents with every scale known (the report's 0–10 count).")
        }
        if variables.contains(where: { $0.asked == .once }) {
            notes.append("Asked once (" + variables.filter { $0.asked == .once }.map(\.label).joined(separator: ", ") + "): every wave uses the person's earliest value.")
        }
        if variables.contains(where: \.family) {
            notes.append("Family variables are the mean over the family's members with the instrument at the same wave (family attribute `family`).")
        }
        if let subjects { notes.append("Rows: respondents with \(subjects.sorted().joined(separator: " or ")) at the wave.") }
        let counted = showsCount ? " (N=\(lower.first?.count ?? 0))" : ""
        return ReportTable(
            id: id, title: title + counted, layoutSource: "Tierolf et al. (2014), Table \(id)",
            columns: ["Variable"] + (0..<columns).map { "\($0 + 1)" }, rows: rows, notes: notes)
    }
}
