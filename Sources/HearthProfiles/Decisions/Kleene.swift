// Three-valued (Kleene) logic on answers, for the decision path. The reductions over a
// family's parents are bit sets (``ParentReadings``); these are the operators left over.
// Inlinable: the safety module evaluates them for every family.

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

    /// Kleene OR of two answers.
    @inlinable @inline(__always)
    package static func || (lhs: Answer, rhs: Answer) -> Answer {
        if lhs == .yes || rhs == .yes { return .yes }
        return lhs == .no && rhs == .no ? .no : .unknown
    }
}
