import HearthCore

/// How a scale's value is derived from a stored cell (status, integer sum, answered
/// count). Score tables store these three instead of a `Double`, so a cell is 9 bytes,
/// and the value is computed on read by this one pure function — the same function the
/// kernel uses for cut-offs and validity checks, so they can never disagree.
struct CellValueRule: Sendable, Hashable {
    enum Kind: UInt8, Sendable, Hashable {
        case sum, mean, any, pairDifferenceSum, cutoff
    }

    var kind: Kind
    /// Items in the scale (pairs for a pair scale).
    var count: Int
    var rounding: RoundingRule

    init(_ scale: ScaleDefinition) {
        if scale.cutoff != nil {
            kind = .cutoff
            count = 1
        } else {
            switch scale.aggregation {
            case .sum: kind = .sum
            case .mean: kind = .mean
            case .any: kind = .any
            case .pairDifferenceSum: kind = .pairDifferenceSum
            }
            count = scale.aggregation == .pairDifferenceSum ? (scale.itemPairs?.count ?? 0) : scale.items.count
        }
        rounding = scale.rounding
    }

    /// The value of a cell whose computed status is `status`, or NaN when it has none.
    /// `status` is the status before protocol invalidation.
    @inline(__always)
    func value(status: ScoreStatus, sum: UInt32, answered: UInt16) -> Double {
        let total = Double(sum)
        switch status.code {
        case ScoreStatus.complete.code, ScoreStatus.determined.code:
            switch kind {
            case .sum, .pairDifferenceSum, .cutoff: return total
            case .mean: return rounding.apply(total / Double(count))
            case .any: return sum > 0 ? 1 : 0
            }
        case ScoreStatus.prorated.code:
            switch kind {
            case .sum, .pairDifferenceSum: return rounding.apply(total / Double(answered) * Double(count))
            case .mean: return rounding.apply(total / Double(answered))
            // A cut-off of a prorated score keeps the source's status; its 0/1 is stored as is
            // (found by the scoring fuzz harness: it read as NaN).
            case .cutoff: return total
            case .any: return .nan  // never prorated
            }
        default:
            return .nan
        }
    }
}

extension CellValueRule {
    /// The values of `count` consecutive cells of one scale (NaN where the status has none),
    /// as ``value(status:sum:answered:)`` gives them one by one.
    ///
    /// Used by the block kernel to check 16 rows' validity rules at once, where
    /// ``valuesAreSums(statuses:)`` does not hold (means, `any` scales, or some cell
    /// prorated): the kind and the rounding are chosen once for the run, and each lane
    /// picks its complete or prorated value by status without a branch, so a block whose
    /// rows mix complete, prorated and unusable scores costs no mispredicted branches.
    @inline(__always)
    func values(
        statuses: UnsafePointer<UInt8>, sums: UnsafePointer<UInt32>, answered: UnsafePointer<UInt16>,
        count lanes: Int, into values: UnsafeMutablePointer<Double>
    ) {
        let cells = Cells(statuses: statuses, sums: sums, answered: answered, count: lanes, values: values)
        switch rounding {
        case .none: cells.fill(kind, items: Double(count)) { $0 }
        case .halfAwayFromZero: cells.fill(kind, items: Double(count)) { RoundingRule.halfAwayFromZero($0) }
        case .halfToEven: cells.fill(kind, items: Double(count)) { RoundingRule.halfToEven($0) }
        case .twoDecimals: cells.fill(kind, items: Double(count)) { RoundingRule.halfAwayFromZero($0 * 100) / 100 }
        }
    }

    /// Whether the values of a block's 16 cells are their sums (NaN where the status has
    /// none): true for sums, pair-difference sums and cut-offs when no cell is prorated.
    @inline(__always) func valuesAreSums(statuses: UnsafePointer<UInt8>) -> Bool {
        guard kind != .mean, kind != .any else { return false }
        let codes = UnsafeRawPointer(statuses).loadUnaligned(as: Lanes.self)
        return !LaneMath.any(LaneMath.mask(codes .== Lanes(repeating: ScoreStatus.prorated.code)))
    }

    /// The values of cells `lane` and `lane + 1` when ``valuesAreSums(statuses:)``: the sum,
    /// with NaN bits OR-ed in by an arithmetic mask where the status has no value (no select,
    /// so no branch).
    @inline(__always)
    static func sumValues(sums: UnsafePointer<UInt32>, statuses: UnsafePointer<UInt8>, lane: Int) -> SIMD2<Double> {
        @inline(__always) func value(_ lane: Int) -> Double {
            let unusable = UInt64(bitPattern: (Int64(ScoreStatus.lastUsableCode) &- Int64(statuses[lane])) >> 63)
            return Double(bitPattern: Double(sums[lane]).bitPattern | unusable & Double.nan.bitPattern)
        }
        return SIMD2(value(lane), value(lane &+ 1))
    }

    /// A run of cells of one scale and where their values go.
    private struct Cells {
        var statuses: UnsafePointer<UInt8>
        var sums: UnsafePointer<UInt32>
        var answered: UnsafePointer<UInt16>
        var count: Int
        var values: UnsafeMutablePointer<Double>

        @inline(__always)
        func fill(_ kind: Kind, items: Double, rounded round: (Double) -> Double) {
            switch kind {
            case .sum, .pairDifferenceSum:
                fill(whole: { total in total }, prorated: { total, given in round(total / given * items) })
            case .mean:
                fill(whole: { total in round(total / items) }, prorated: { total, given in round(total / given) })
            case .cutoff: fill(whole: { total in total }, prorated: { total, _ in total })
            case .any: fill(whole: { total in Swift.min(total, 1) }, prorated: { _, _ in .nan })
            }
        }

        @inline(__always)
        private func fill(whole: (Double) -> Double, prorated: (Double, Double) -> Double) {
            for lane in 0..<count {
                let status = statuses[lane]
                let total = Double(sums[lane])
                // Both values for every lane, then one picked by bit masks: whether a cell is
                // prorated is as unpredictable as the answers, and a select of Doubles
                // compiles to a branch. (A cell that is not prorated may have no answered
                // item; its quotient, infinite or NaN, is discarded.)
                let proratedValue = prorated(total, Double(answered[lane])), wholeValue = whole(total)
                let isProrated = Self.mask(status == ScoreStatus.prorated.code)
                let isWhole = Self.mask(status <= ScoreStatus.lastUsableCode) & ~isProrated
                let bits = proratedValue.bitPattern & isProrated | wholeValue.bitPattern & isWhole | Double.nan.bitPattern & ~(isProrated | isWhole)
                values[lane] = Double(bitPattern: bits)
            }
        }

        /// All ones where `condition` holds, else zero (a flag and a negation, no branch).
        @inline(__always) private static func mask(_ condition: Bool) -> UInt64 { 0 &- UInt64(condition ? 1 : 0) }
    }
}
