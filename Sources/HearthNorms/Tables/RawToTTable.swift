import HearthCore

/// A raw→T conversion table for one scale and one norm group (sex × age band), as the
/// licensed manuals print them (TSCYC, TSCC, TSI). Loaded from a norm file the licence
/// holder supplies; Hearth ships none.
public struct RawToTTable: Hashable, Sendable, Codable {
    /// The Hearth instrument.
    public var instrument: String
    /// The Hearth scale.
    public var scale: String
    /// The sex the table is for (`nil`: both).
    public var sex: Sex?
    /// The lowest age (years, inclusive) it is for.
    public var minimumAge: Int?
    /// The highest age (years, inclusive) it is for.
    public var maximumAge: Int?
    /// `[raw, T]` pairs for consecutive raw scores, in increasing raw order.
    public var rows: [[Double]]
    /// Where the table comes from (manual, edition, page).
    public var source: String

    /// Creates a table.
    public init(instrument: String, scale: String, sex: Sex? = nil, minimumAge: Int? = nil, maximumAge: Int? = nil, rows: [[Double]], source: String) {
        self.instrument = instrument
        self.scale = scale
        self.sex = sex
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.rows = rows
        self.source = source
    }

    /// Checks the table: pairs of finite numbers, whole consecutive raw scores (no gaps),
    /// T-scores that never decrease as raw scores rise, an age range in order.
    ///
    /// - Throws: ``NormsError/Code/invalidNormSet`` naming the problem.
    public func validate() throws(NormsError) {
        func fail(_ message: String) -> NormsError {
            NormsError(.invalidNormSet, entry: "\(instrument).\(scale)", field: "rows", message: message)
        }
        guard !rows.isEmpty else { throw fail("a T table needs at least one row") }
        var previous: (raw: Double, t: Double)?
        for row in rows {
            guard row.count == 2, row[0].isFinite, row[1].isFinite, row[0] == row[0].rounded() else {
                throw fail("each row must be [whole raw score, T-score]")
            }
            if let previous {
                guard row[0] == previous.raw + 1 else { throw fail("raw scores must be consecutive: \(previous.raw) is followed by \(row[0])") }
                guard row[1] >= previous.t else { throw fail("T-scores must not decrease as raw scores rise (raw \(row[0]))") }
            }
            previous = (row[0], row[1])
        }
        if let minimumAge, let maximumAge, minimumAge > maximumAge {
            throw NormsError(.invalidNormSet, entry: "\(instrument).\(scale)", field: "minimumAge", message: "age range out of order")
        }
    }

    /// Whether the table's norm group includes someone of this sex and age.
    public func applies(sex respondentSex: Sex, age: Int?) -> Bool {
        if let sex, sex != respondentSex { return false }
        if minimumAge != nil || maximumAge != nil {
            guard let age else { return false }
            if let minimumAge, age < minimumAge { return false }
            if let maximumAge, age > maximumAge { return false }
        }
        return true
    }

    /// The T-score of a raw score, or `nil` outside the table (never extrapolated). A
    /// prorated raw score is rounded half away from zero first, as printed tables list
    /// whole raw scores.
    public func tScore(for raw: Double) -> TScore? {
        guard raw.isFinite, let first = rows.first?[0] else { return nil }
        // Compare as Double before converting: a huge raw score must not trap the conversion.
        let offset = raw.rounded(.toNearestOrAwayFromZero) - first
        guard offset >= 0, offset < Double(rows.count) else { return nil }
        let index = Int(offset)
        return TScore(rows[index][1])
    }

    /// Whether two tables' norm groups overlap (same scale and sex, intersecting ages).
    func overlaps(_ other: RawToTTable) -> Bool {
        guard instrument == other.instrument, scale == other.scale else { return false }
        if let sex, let otherSex = other.sex, sex != otherSex { return false }
        let low = max(minimumAge ?? 0, other.minimumAge ?? 0)
        let high = min(maximumAge ?? Int.max, other.maximumAge ?? Int.max)
        return low <= high
    }
}
