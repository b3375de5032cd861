/// JSON's number grammar (RFC 8259 §6: an optional minus, an integer part without leading
/// zeros, an optional fraction, an optional exponent), read from a byte accessor: the one
/// reading for the parser (a whole document in memory) and for readers of documents that
/// arrive in pieces (a FHIR stream's window, which refills as it is read).
package enum JSONNumberGrammar {
    /// Where a number breaks the grammar.
    package enum Problem: Sendable {
        case leadingZero, noDigits, noFractionDigits, noExponentDigits

        /// The rule broken, for messages.
        package var message: String {
            switch self {
            case .leadingZero: "a number has a leading zero"
            case .noDigits: "expected digits in a number"
            case .noFractionDigits: "expected digits after a decimal point"
            case .noExponentDigits: "expected digits in an exponent"
            }
        }
    }

    /// Reads a number starting at offset 0 of `byte` (`nil` past the input's end): the
    /// offset after its last byte, or the offset of the byte where the grammar breaks (the
    /// input's end when it is cut off) and why.
    @inlinable
    package static func scan<Failure: Error>(_ byte: (Int) throws(Failure) -> UInt8?) throws(Failure) -> (end: Int, problem: Problem?) {
        var offset = 0
        func isDigit(_ value: UInt8?) -> Bool { value.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
        func digits() throws(Failure) -> Int {
            let first = offset
            while isDigit(try byte(offset)) { offset += 1 }
            return offset - first
        }
        if try byte(0) == UInt8(ascii: "-") { offset = 1 }
        if try byte(offset) == UInt8(ascii: "0") {
            offset += 1
            if isDigit(try byte(offset)) { return (offset, .leadingZero) }
        } else if try digits() == 0 {
            return (offset, .noDigits)
        }
        if try byte(offset) == UInt8(ascii: ".") {
            offset += 1
            guard try digits() > 0 else { return (offset, .noFractionDigits) }
        }
        if let next = try byte(offset), next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            offset += 1
            if let sign = try byte(offset), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { offset += 1 }
            guard try digits() > 0 else { return (offset, .noExponentDigits) }
        }
        return (offset, nil)
    }
}
