/// Three-valued OR over any number of sources, accumulated one source at a time.
///
/// The rules' reductions over parents and children are Kleene ORs in which no source at
/// all means unknown: any yes is yes, all no (and at least one) is no, anything else is
/// unknown. Three flag bits make the reduction order-free and allocation-free.
///
/// Inlinable, like the operators below: the safety module evaluates them for every family.
package struct KleeneOr: Hashable, Sendable {
    @usableFromInline var flags: UInt8 = 0
    @inlinable static var sawYes: UInt8 { 1 }
    @inlinable static var sawUnknown: UInt8 { 2 }
    @inlinable static var sawAny: UInt8 { 4 }

    /// No source yet (reads as unknown).
    @inlinable package init() {}

    /// Adds a source.
    @inlinable @inline(__always)
    package mutating func add(_ answer: Answer) {
        switch answer {
        case .yes: flags |= Self.sawYes | Self.sawAny
        case .no: flags |= Self.sawAny
        case .unknown: flags |= Self.sawUnknown | Self.sawAny
        }
    }

    /// Adds every source of another reduction.
    @inlinable package mutating func add(_ other: KleeneOr) { flags |= other.flags }

    /// The reduction so far.
    @inlinable package var answer: Answer {
        if flags & Self.sawYes != 0 { return .yes }
        return flags == Self.sawAny ? .no : .unknown
    }
}

extension Answer {
    /// A 0/1 score read strictly: 1 is yes, 0 is no, anything else (or none) unknown.
    // Always inlined: a parent's facts read a dozen scores this way, for every family.
    @inlinable @inline(__always)
    package init(strict value: Double?) {
        self = value == 1 ? .yes : (value == 0 ? .no : .unknown)
    }

    /// A 0/1 score read as a flag: 1 is yes, any other value no, none unknown.
    @inlinable @inline(__always)
    package init(flag value: Double?) {
        self = value.map { $0 == 1 ? .yes : .no } ?? .unknown
    }

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
