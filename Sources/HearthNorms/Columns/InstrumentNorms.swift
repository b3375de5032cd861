import HearthCore
import HearthScoring

/// A ``NormComparator`` resolved once for one instrument: for every scale and every
/// sex × age a respondent can have, which norm applies (or why none does).
///
/// Comparing a whole ``ScoreTable`` is then a table lookup, a subtraction and a division
/// per cell, with no strings and no allocation (``compare(_:into:)``); the full
/// ``NormResult``, identical to ``NormComparator/compare(_:instrument:respondent:)``, is
/// built only for the cells someone reads (``NormColumns/result(row:scale:)``).
public struct InstrumentNorms: Sendable {
    /// The instrument's identifier.
    public let instrument: String
    /// The instrument's scales, in column order.
    public let scaleIDs: [String]
    /// The comparator the choices come from (builds full results on read).
    let comparator: NormComparator
    /// `slots[scale × slotCount + stratum]` (``ScoreTable/strata``): an index into `choices`.
    let slots: [UInt16]
    /// The distinct outcomes of the norm search.
    let choices: [Choice]
    /// Per choice, what a cell's comparison needs (a `Choice` is 70 bytes, and copying
    /// one per cell cost more than the comparison): see ``Cell``.
    let cells: [Cell]
    /// Per scale, the choice every slot shares when it compares nothing (no link, T-score
    /// statistics without a T table, or no entry for anyone), else `nil`: such columns need
    /// the scores' statuses only, not their values (most scales are like this).
    let valueFree: [UInt16?]
    /// Whether any scale compares something for some group.
    let comparesAny: Bool
    /// Per choice, its entry prepared for full results (``NormColumns/result(row:scale:)``);
    /// `nil` for choices of other kinds.
    let preparedEntries: [PreparedNormEntry?]
    /// The results that do not depend on a cell's value, made once (``NormColumns/result(row:scale:)``
    /// returns them for every such cell): per scale the no-link result, and the comparator's
    /// no-stratum result.
    let noLinkResults: [NormResult]
    let noStratumResult: NormResult

    /// The respondent groups of a scale: sex × age (0…120 years, unknown).
    static let strata = ScoreTable.strata
    static let slotCount = strata.count

    /// What the norm search found for a scale and a respondent group.
    struct Choice: Sendable, Hashable {
        enum Kind: UInt8, Sendable, Hashable {
            /// No link and no T table for the scale.
            case noLink
            /// The linked statistics are T-scores and no T table applies.
            case tMetric
            /// A link, but no entry for this sex and age.
            case noStratum
            /// An entry of the norm set.
            case entry
            /// A raw→T table of the norm set.
            case tTable
        }

        var kind: Kind
        /// The entry's or T table's position in the norm set (else 0).
        var position: Int = 0
        /// For entries: mean and SD when a z can be computed (SD > 0), else NaN.
        var mean: Double = .nan
        var sd: Double = .nan
        /// For entries: mean + SD when both are printed (the "excessive" threshold), else NaN.
        var threshold: Double = .nan
        /// For entries: whether `NormEntry.compare` yields nothing (no z and no distribution).
        var unavailable = false
        /// For T tables: the instrument's clinical band limits, if it has a rule (as numbers,
        /// so that a choice is plain data, copied per cell without reference counting).
        var bandLimits: (borderlineFrom: Double?, clinicalFrom: Double)?

        /// Choices are equal when their fields' bits are: NaN marks "none" here, and NaN ≠ NaN
        /// would make every group's choice distinct.
        static func == (lhs: Choice, rhs: Choice) -> Bool { lhs.bits == rhs.bits }

        func hash(into hasher: inout Hasher) { hasher.combine(bits) }

        private var bits: [UInt64] {
            [UInt64(kind.rawValue), UInt64(bitPattern: Int64(position)), mean.bitPattern, sd.bitPattern, threshold.bitPattern,
             unavailable ? 1 : 0, bandLimits == nil ? 0 : 1, bandLimits?.borderlineFrom?.bitPattern ?? Double.nan.bitPattern,
             bandLimits?.clinicalFrom.bitPattern ?? 0]
        }

        /// Whether the outcome depends only on whether the score has a value.
        var comparesNothing: Bool { kind == .noLink || kind == .tMetric || kind == .noStratum }

        /// The status of a cell with this choice and no comparison (``comparesNothing``).
        func statusWithoutComparison(scoreStatus: ScoreStatus) -> NormResult.Status {
            guard scoreStatus.hasUsableValue else { return .notScored }
            return kind == .tMetric ? .unavailable : .noNorm
        }
    }

    /// Per choice, the numbers that decide a cell without a branch on the choice's kind
    /// (except T tables, which are searched), side by side so that a cell reads one line.
    struct Cell: Sendable {
        /// Mean and SD for z (NaN when no z is computed, so that z comes out NaN).
        var mean: Double
        var sd: Double
        /// The "excessive" threshold (NaN when no band is given, so that neither compare holds).
        var bandThreshold: Double
        /// The status of a cell with a usable value.
        var usableStatus: NormResult.Status
        /// Whether the choice is a T table (compared by ``tTableOutcome(_:tTables:status:value:)``).
        var isTTable: Bool

        init(_ choice: Choice) {
            isTTable = choice.kind == .tTable
            let compares = choice.kind == .entry && !choice.unavailable
            usableStatus = compares ? .compared : (choice.kind == .entry ? .unavailable : choice.statusWithoutComparison(scoreStatus: .complete))
            mean = compares ? choice.mean : .nan
            sd = compares ? choice.sd : .nan
            bandThreshold = compares ? choice.threshold : .nan
        }
    }

    /// Resolves the comparator's choices for `definition`'s scales.
    public init(_ comparator: NormComparator, definition: InstrumentDefinition) {
        instrument = definition.id
        scaleIDs = definition.scales.map(\.id)
        self.comparator = comparator
        var choices: [Choice] = []
        var known: [Choice: UInt16] = [:]
        var slots: [UInt16] = []
        slots.reserveCapacity(scaleIDs.count * Self.slotCount)
        for scale in scaleIDs {
            for (sex, age) in Self.strata {
                let choice = Self.choice(comparator, instrument: definition.id, scale: scale, sex: sex, age: age)
                if let index = known[choice] {
                    slots.append(index)
                } else {
                    // Distinct outcomes are bounded by entries and T tables, far below 65,536.
                    let index = UInt16(truncatingIfNeeded: choices.count)
                    known[choice] = index
                    choices.append(choice)
                    slots.append(index)
                }
            }
        }
        self.slots = slots
        self.choices = choices
        cells = choices.map(Cell.init)
        preparedEntries = choices.map { $0.kind == .entry ? PreparedNormEntry(comparator.normSet.entries[$0.position]) : nil }
        let valueFree: [UInt16?] = scaleIDs.indices.map { scale in
            let first = slots[scale * Self.slotCount]
            let same = slots[(scale * Self.slotCount)..<((scale + 1) * Self.slotCount)].allSatisfy { $0 == first }
            return same && choices[Int(first)].comparesNothing ? first : nil
        }
        self.valueFree = valueFree
        comparesAny = valueFree.contains(nil)
        noLinkResults = definition.scales.map { NormComparator.noLinkResult(instrument: definition.id, scale: $0.id) }
        noStratumResult = comparator.noStratumResult
    }

    /// Every cell's full result (rows × scales, in the table's scale order), as
    /// ``NormComparator/compare(_:)`` gives them, with the norm search already resolved: keep
    /// an `InstrumentNorms` to compare many tables of the instrument.
    public func results(_ table: ScoreTable) -> [[NormResult]] {
        var columns = NormColumns()
        do { try compare(table, into: &columns) } catch { return Array(repeating: [], count: table.rowCount) }
        return columns.results(by: self)
    }

    /// The comparator's search for one scale and group, in its order: a T table first,
    /// then the link, its metric, and the entry for the sex and age.
    private static func choice(_ comparator: NormComparator, instrument: String, scale: String, sex: Sex, age: Int?) -> Choice {
        let normSet = comparator.normSet
        if let position = normSet.tTablePosition(instrument: instrument, scale: scale, sex: sex, age: age) {
            var choice = Choice(kind: .tTable, position: position)
            choice.bandLimits = comparator.bandRule(instrument: instrument).map { ($0.borderlineFrom, $0.clinicalFrom) }
            return choice
        }
        guard let link = comparator.link(instrument: instrument, scale: scale) else { return Choice(kind: .noLink) }
        if comparator.links[link].metric == .tScore { return Choice(kind: .tMetric) }
        guard let position = comparator.entryPosition(link: link, sex: sex, age: age) else { return Choice(kind: .noStratum) }
        let entry = normSet.entries[position]
        var choice = Choice(kind: .entry, position: position)
        if let mean = entry.mean, let sd = entry.sd {
            choice.threshold = mean + sd
            if sd > 0 {
                choice.mean = mean
                choice.sd = sd
            }
        }
        choice.unavailable = !entry.supportsComparison
        return choice
    }

    /// Sets every cell of `table` against its norm, into `columns` (reusing its storage).
    ///
    /// - Throws: ``NormsError/Code/invalidValue`` when the table is of another instrument.
    public func compare(_ table: ScoreTable, into columns: inout NormColumns) throws(NormsError) {
        guard table.definition.id == instrument, table.definition.scales.count == scaleIDs.count else {
            throw NormsError(.invalidValue, field: "table", message: "a score table of '\(table.definition.id)' given to the norms of '\(instrument)'")
        }
        columns.reset(norms: self, rowCount: table.rowCount)
        let rows = table.rowCount
        let tTables = comparator.normSet.tTables
        // Each row's sex × age slot and protocol validity once per table (strata only when a
        // scale compares anything: many instruments compare nothing), then per scale the
        // table's column into the score-status and value columns and one lookup per cell.
        try columns.loadRows(of: table, strata: comparesAny)
        for scale in 0..<scaleIDs.count {
            // Nothing to compare for anyone: only the score's status is kept; the columns'
            // readers derive the rest from it and the shared choice.
            let valueFree = self.valueFree[scale] != nil
            try columns.loadColumn(of: table, scale: scale, withValues: !valueFree)
            guard !valueFree else { continue }
            columns.withColumns { status, band, z, value, scoreStatus, rowSlots in
                guard let rowSlots = rowSlots.baseAddress, let value = value.baseAddress, let scoreStatus = scoreStatus.baseAddress else { return }
                let base = scale * rows
                slots.withUnsafeBufferPointer { slots in
                    compareCells(
                        scaleSlots: slots.baseAddress.map { $0 + scale * Self.slotCount }, rowSlots: rowSlots, rows: rows,
                        scoreStatus: scoreStatus + base, value: value + base, status: status, band: band, z: z, base: base, tTables: tTables)
                }
            }
        }
    }

    /// Compares one scale's cells: one lookup of the row's choice, then status, z and band
    /// from its numbers (unusable values and choices that compare nothing are NaN, so the
    /// arithmetic gives "none" without a branch). T tables are searched per cell.
    private func compareCells(
        scaleSlots: UnsafePointer<UInt16>?, rowSlots: UnsafePointer<UInt16>, rows: Int, scoreStatus: UnsafePointer<UInt8>, value: UnsafePointer<Double>,
        status: UnsafeMutableBufferPointer<NormResult.Status>, band: UnsafeMutableBufferPointer<NormBand?>, z: UnsafeMutableBufferPointer<Double>,
        base: Int, tTables: [RawToTTable]
    ) {
        guard let scaleSlots else { return }
        cells.withUnsafeBufferPointer { cells in
            for row in 0..<rows {
                let index = Int(scaleSlots[Int(rowSlots[row])])
                let cell = base &+ row
                let v = value[row]
                let numbers = cells[index]
                if numbers.isTTable {
                    let outcome = Self.tTableOutcome(choices[index], tTables: tTables, status: ScoreStatus(code: scoreStatus[row]), value: v)
                    (status[cell], band[cell], z[cell]) = (outcome.status, outcome.band, outcome.z)
                    continue
                }
                status[cell] = ScoreStatus(code: scoreStatus[row]).hasUsableValue ? numbers.usableStatus : .notScored
                z[cell] = (v - numbers.mean) / numbers.sd
                band[cell] = v > numbers.bandThreshold ? .excessive : (v <= numbers.bandThreshold ? .normal : nil)
            }
        }
    }

    /// A T-table cell's status, band and z (NaN when none): the one kind compared by a search
    /// per cell (the others by their ``Cell`` numbers).
    private static func tTableOutcome(_ choice: Choice, tTables: [RawToTTable], status: ScoreStatus, value: Double) -> (status: NormResult.Status, band: NormBand?, z: Double) {
        guard status.hasUsableValue else { return (.notScored, nil, .nan) }
        guard let t = tTables[choice.position].tScore(for: value) else { return (.noNorm, nil, .nan) }
        let band = choice.bandLimits.map { ClinicalBandRule.band(for: t.value, borderlineFrom: $0.borderlineFrom, clinicalFrom: $0.clinicalFrom) }
        return (.compared, band, t.zScore.value)
    }
}

extension InstrumentNorms {
    /// A cell's status: as stored by ``compare(_:into:)``, or, on a value-free scale, derived
    /// from its score's status and the choice the scale shares.
    func status(scale: Int, stored: NormResult.Status, scoreStatus: UInt8) -> NormResult.Status {
        guard let shared = valueFree[scale] else { return stored }
        return choices[Int(shared)].statusWithoutComparison(scoreStatus: ScoreStatus(code: scoreStatus))
    }

    /// The full result of a cell from what ``NormColumns`` stores of it (its stored status,
    /// row stratum, score status and value), as ``NormComparator/compare(_:instrument:respondent:)``
    /// gives it for the same score.
    func result(scale: Int, rowSlot: UInt16, stored: NormResult.Status, scoreStatus: UInt8, value: Double) -> NormResult {
        if status(scale: scale, stored: stored, scoreStatus: scoreStatus) == .notScored { return NormResult.notScored(ScoreStatus(code: scoreStatus)) }
        let position = Int(valueFree[scale] ?? slots[scale * Self.slotCount + Int(rowSlot)])
        switch choices[position].kind {
        case .noLink: return noLinkResults[scale]
        case .tMetric: return NormComparator.tMetricResult
        case .noStratum: return noStratumResult
        case .entry:
            // Every entry choice has its prepared entry (read in place: a copy retains its
            // arrays and strings); preparing it here is the same comparison.
            if let result = preparedEntries.withUnsafeBufferPointer({ $0[position]?.result(RawScore(value)) }) { return result }
            return PreparedNormEntry(comparator.normSet.entries[choices[position].position]).result(RawScore(value))
        case .tTable:
            return comparator.compare(RawScore(value), with: comparator.normSet.tTables[choices[position].position], instrument: instrument)
        }
    }
}
