/// One item's answer: a code on the instrument's own response scale, or a kind of missing.
public enum ItemAnswer: Hashable, Sendable, Codable {
    /// An answer code on the instrument's response scale (for yes/no items 0 = no, 1 = yes).
    case code(UInt8)
    /// No answer, with the reason.
    case missing(MissingReason)

    /// The code stored for this answer in a ``ResponseMatrix``.
    @inlinable public var matrixCode: UInt8 {
        switch self {
        case .code(let code): code
        case .missing(let reason): reason.matrixCode
        }
    }

    /// The answer stored under a matrix code.
    @inlinable public init(matrixCode: UInt8) {
        if let reason = MissingReason(matrixCode: matrixCode) {
            self = .missing(reason)
        } else {
            self = .code(matrixCode)
        }
    }

    /// The answer code, or `nil` when the item is missing.
    @inlinable public var code: UInt8? {
        if case .code(let code) = self { code } else { nil }
    }
}
