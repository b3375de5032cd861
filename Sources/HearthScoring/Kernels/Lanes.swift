/// Sixteen bytes, one per row of a block.
typealias Lanes = SIMD16<UInt8>

// Lane helpers that compile to single SSE2 instructions on any x86-64 (NEON on arm64).
// With Swift 6.3, lane-wise comparisons of concrete integer vectors do (`pcmpeqb`,
// `pcmpgtb`, `pminub`…), but `replacing(with:where:)` and the generic widening
// initialisers do not, so selects and widening are written with bit operations and
// interleaves. A "mask" lane is 0x00 or 0xFF.
enum LaneMath {
    /// A comparison's result as a mask vector (0xFF where true). Lane-wise comparisons of
    /// concrete integer vectors compile to single instructions (`pcmpeqb`, `pcmpgtb`, or
    /// `pminub`/`pmaxub` and `pcmpeqb` for unsigned order); the mask's storage is the vector.
    @inline(__always) static func mask(_ comparison: SIMDMask<SIMD16<Int8>>) -> Lanes {
        unsafeBitCast(comparison, to: Lanes.self)
    }

    /// Whether every lane of a mask is set.
    @inline(__always) static func all(_ mask: Lanes) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return (words[0] & words[1]) == UInt64.max
    }

    /// `whereTrue` in lanes where `mask` is 0xFF, `otherwise` elsewhere.
    @inline(__always) static func select(_ mask: Lanes, _ whereTrue: Lanes, _ otherwise: Lanes) -> Lanes {
        (whereTrue & mask) | (otherwise & ~mask)
    }

    /// Whether any lane is non-zero.
    @inline(__always) static func any(_ lanes: Lanes) -> Bool {
        let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        return (words[0] | words[1]) != 0
    }

    /// Bytes 0–7 of `a` and `b`, interleaved (punpcklbw).
    @inline(__always) static func interleaveLow(_ a: Lanes, _ b: Lanes) -> Lanes {
        Lanes(a[0], b[0], a[1], b[1], a[2], b[2], a[3], b[3], a[4], b[4], a[5], b[5], a[6], b[6], a[7], b[7])
    }

    /// Bytes 8–15 of `a` and `b`, interleaved (punpckhbw).
    @inline(__always) static func interleaveHigh(_ a: Lanes, _ b: Lanes) -> Lanes {
        Lanes(a[8], b[8], a[9], b[9], a[10], b[10], a[11], b[11], a[12], b[12], a[13], b[13], a[14], b[14], a[15], b[15])
    }

    /// Lanes 0–7 and 8–15 widened to 16 bits.
    @inline(__always) static func widen(_ lanes: Lanes) -> (low: SIMD8<UInt16>, high: SIMD8<UInt16>) {
        let zero = Lanes(repeating: 0)
        return (unsafeBitCast(interleaveLow(lanes, zero), to: SIMD8<UInt16>.self),
                unsafeBitCast(interleaveHigh(lanes, zero), to: SIMD8<UInt16>.self))
    }

    /// Eight 16-bit lanes widened to two vectors of four 32-bit lanes.
    @inline(__always) static func widen(_ lanes: SIMD8<UInt16>) -> (low: SIMD4<UInt32>, high: SIMD4<UInt32>) {
        let zero = SIMD8<UInt16>(repeating: 0)
        let low = SIMD8<UInt16>(lanes[0], zero[0], lanes[1], zero[1], lanes[2], zero[2], lanes[3], zero[3])
        let high = SIMD8<UInt16>(lanes[4], zero[4], lanes[5], zero[5], lanes[6], zero[6], lanes[7], zero[7])
        return (unsafeBitCast(low, to: SIMD4<UInt32>.self), unsafeBitCast(high, to: SIMD4<UInt32>.self))
    }

    /// Transposes a 16 × 16 byte tile in place: afterwards `tile[k][i]` is the former
    /// `tile[i][k]`. Four rounds of interleaving (64 punpck instructions).
    @inline(__always) static func transpose(_ tile: inout (Lanes, Lanes, Lanes, Lanes, Lanes, Lanes, Lanes, Lanes,
                                                          Lanes, Lanes, Lanes, Lanes, Lanes, Lanes, Lanes, Lanes)) {
        // A loop, not four calls written out: unrolled (fully, or two rounds per iteration),
        // the optimiser fuses the rounds into one permutation per vector that SSE2 can only
        // build from masks and shifts, several times slower (docs/performance.md).
        for _ in 0..<4 { interleaveRound(&tile) }
    }

    /// One round of the transpose: rows i and i + 8 interleaved into rows 2i and 2i + 1.
    @inline(__always) private static func interleaveRound(_ tile: inout (Lanes, Lanes, Lanes, Lanes, Lanes, Lanes, Lanes, Lanes,
                                                                       Lanes, Lanes, Lanes, Lanes, Lanes, Lanes, Lanes, Lanes)) {
        let t = tile
        tile = (interleaveLow(t.0, t.8), interleaveHigh(t.0, t.8), interleaveLow(t.1, t.9), interleaveHigh(t.1, t.9),
                interleaveLow(t.2, t.10), interleaveHigh(t.2, t.10), interleaveLow(t.3, t.11), interleaveHigh(t.3, t.11),
                interleaveLow(t.4, t.12), interleaveHigh(t.4, t.12), interleaveLow(t.5, t.13), interleaveHigh(t.5, t.13),
                interleaveLow(t.6, t.14), interleaveHigh(t.6, t.14), interleaveLow(t.7, t.15), interleaveHigh(t.7, t.15))
    }
}
