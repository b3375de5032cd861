/// A message's argument values in parameter order, inline when there are at most two. Every
/// message of an id has as many values as the id has parameters, so each count has one case
/// and equal values are equal cases.
@usableFromInline
enum MessageArguments: Hashable, Sendable {
    case none
    case one(MessageArgument)
    case two(MessageArgument, MessageArgument)
    /// Three or more.
    case many([MessageArgument])

    /// `count` values, the one at each position made by `value`, inline when there are at
    /// most two (the one place that decides how values are held).
    @inlinable
    init<Failure: Error>(count: Int, _ value: (Int) throws(Failure) -> MessageArgument) throws(Failure) {
        switch count {
        case ...0: self = .none
        case 1: self = .one(try value(0))
        case 2: self = .two(try value(0), try value(1))
        default:
            var values: [MessageArgument] = []
            values.reserveCapacity(count)
            for index in 0..<count { values.append(try value(index)) }
            self = .many(values)
        }
    }

    /// The number of values.
    @inlinable
    var count: Int {
        switch self {
        case .none: 0
        case .one: 1
        case .two: 2
        case .many(let values): values.count
        }
    }

    /// The value at a position; `nil` outside `0 ..< count`.
    @inlinable
    subscript(index: Int) -> MessageArgument? {
        switch self {
        case .one(let first) where index == 0: first
        case .two(let first, _) where index == 0: first
        case .two(_, let second) where index == 1: second
        case .many(let values) where values.indices.contains(index): values[index]
        case .none, .one, .two, .many: nil
        }
    }

    /// The values as an array.
    @usableFromInline
    var array: [MessageArgument] {
        switch self {
        case .none: []
        case .one(let first): [first]
        case .two(let first, let second): [first, second]
        case .many(let values): values
        }
    }
}
