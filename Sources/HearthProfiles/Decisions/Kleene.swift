import HearthCore

// Indicator statuses as answers, for the decision path (the Kleene operators are
// HearthCore's ``Answer``'s; the reductions over a family's parents are bit sets,
// ``ParentReadings``). Inlinable: the safety module evaluates them for every family.

extension Answer {
    /// The answer an indicator status stands for (met is yes).
    @inlinable @inline(__always)
    package init(_ status: IndicatorEvaluation.Status) {
        switch status {
        case .met: self = .yes
        case .notMet: self = .no
        case .unknown: self = .unknown
        }
    }
}
