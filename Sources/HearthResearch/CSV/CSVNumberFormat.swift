import Foundation

/// How scores are written in CSV: whole numbers without decimals, others rounded to four
/// decimals with trailing zeros removed, so output is stable across platforms. Writes to
/// raw memory without allocating; ``CSVWriter/format(_:)`` is this as a `String`.
///
/// The four-decimal rounding is the one `printf("%.4f")` gives: of the exact binary value,
/// ties to even. `x·10⁴` is computed with its rounding error (a fused multiply-add), so that
/// a product that rounds onto a half is settled by the error's sign, as the exact value
/// would be. Checked against `printf` on 300,000 values (CSVStreamingTests).
enum CSVNumberFormat {
    /// The most bytes the fast paths write (a sign, 19 digits; or a sign, 11 digits, a point, 4 decimals).
    static let fastBytes = 24
    /// Magnitudes below which `x·10⁴` and its rounding are exact integers in a `Double` (< 2⁵¹).
    private static let fastLimit = 1e11
    /// 2⁵²: adding and subtracting it rounds a smaller magnitude to an integer, ties to even.
    private static let roundingShift = 4_503_599_627_370_496.0

    /// Writes `value` at `out` (which has room for ``fastBytes``), or returns `nil` when the
    /// value needs the slow path (``slowText(_:)``); returns the bytes written.
    @inline(__always)
    static func write(_ value: Double, to out: UnsafeMutablePointer<UInt8>) -> Int? {
        let magnitude = abs(value)
        // Whole numbers: exact in Int64 below 1e15 (the integral test without a libm call).
        if magnitude < 1e15, Double(Int64(value)) == value { return writeInteger(Int64(value), to: out) }
        guard magnitude < fastLimit else { return nil }  // NaN fails this too
        let scaled = value * 10_000
        let error = (-scaled).addingProduct(value, 10_000)  // exact: value·10⁴ − scaled
        var units = (abs(scaled) + roundingShift) - roundingShift  // |scaled| rounded, ties to even
        if abs(abs(scaled) - units) == 0.5 {
            // A tie in the product: the exact value lies on the side of its rounding error.
            let awayFromZero = value < 0 ? error < 0 : error > 0
            let towardZero = value < 0 ? error > 0 : error < 0
            if awayFromZero { units = abs(scaled).rounded(.up) } else if towardZero { units = abs(scaled).rounded(.down) }
        }
        var position = 0
        if value < 0 { out[0] = UInt8(ascii: "-"); position = 1 }
        let total = UInt64(units)
        position += writeDigits(total / 10_000, to: out + position)
        var fraction = total % 10_000
        guard fraction != 0 else { return position }
        out[position] = UInt8(ascii: ".")
        position += 1
        var divisor: UInt64 = 1_000
        while fraction != 0 {
            out[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction / divisor)
            fraction %= divisor
            divisor /= 10
            position += 1
        }
        return position
    }

    /// `printf("%.4f")` with trailing zeros removed: for values the fast path leaves (huge, NaN, infinite).
    static func slowText(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Writes an integer in decimal (at most 20 bytes); returns the bytes written.
    @inline(__always)
    static func writeInteger(_ value: Int64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 0 {
            out[0] = UInt8(ascii: "-")
            return 1 + writeDigits(value.magnitude, to: out + 1)
        }
        return writeDigits(UInt64(value), to: out)
    }

    /// Writes a non-negative integer's digits (at most 20 bytes); returns the count.
    @inline(__always)
    static func writeDigits(_ value: UInt64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let zero = UInt8(ascii: "0")
        if value < 10 { out[0] = zero &+ UInt8(truncatingIfNeeded: value); return 1 }
        // Scores are mostly small: two and three digits without a division loop.
        if value < 100 {
            out[0] = zero &+ UInt8(truncatingIfNeeded: value / 10)
            out[1] = zero &+ UInt8(truncatingIfNeeded: value % 10)
            return 2
        }
        if value < 1000 {
            out[0] = zero &+ UInt8(truncatingIfNeeded: value / 100)
            out[1] = zero &+ UInt8(truncatingIfNeeded: value / 10 % 10)
            out[2] = zero &+ UInt8(truncatingIfNeeded: value % 10)
            return 3
        }
        var count = 1, probe = value / 10
        while probe > 0 { count += 1; probe /= 10 }
        var remaining = value, index = count
        while remaining >= 10 {
            index -= 1
            out[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        }
        out[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining)
        return count
    }
}
