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
