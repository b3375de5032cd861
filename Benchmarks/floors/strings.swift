// The floor of an explained assessment whose results hold their text as Swift `String`s:
// the 410 strings of a benchmark family (about 38 bytes each, 15.6 KB in all, as an
// assessment of a `battery-explained` family holds), made at their final length straight
// from a byte buffer — the cheapest way to make a `String` — kept in an array, and released. Nothing is rendered, evaluated or compared: only making and freeing
// the strings is timed. Compare the figure with `battery-explained`'s target (0.08 of
// `battery`, docs/performance.md).
//
//   swiftc -O Benchmarks/floors/strings.swift -o /tmp/strings-floor && /tmp/strings-floor
import Foundation

let lengths = (0..<410).map { 8 + ($0 * 37) % 61 }
let total = lengths.reduce(0, +)
let source = [UInt8](repeating: 0x61, count: 128)

/// One family's strings, made and released; the count keeps the optimiser from removing them.
@inline(never) func family() -> Int {
    var strings: [String] = []
    strings.reserveCapacity(lengths.count)
    source.withUnsafeBufferPointer { buffer in
        for length in lengths { strings.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<length]), as: UTF8.self)) }
    }
    return strings.count
}

let families = 200_000
var best = Double.infinity, sink = 0
for _ in 0..<3 {
    let start = Date()
    for _ in 0..<families { sink &+= family() }
    best = min(best, Date().timeIntervalSince(start))
}
print("\(lengths.count) strings, \(total) bytes per family: \(String(format: "%.1f", best / Double(families) * 1e6)) µs per family, \(Int(Double(families) / best)) families/s (best of 3; \(sink))")
