/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, seedable generator. Every
/// synthetic row is generated from its own seed, so a cohort is the same whatever the
/// chunk size or thread count that produces it.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    package init(seed: UInt64) { state = seed }

    /// A generator for one stream (e.g. one row of one instrument) of a seeded cohort.
    package init(seed: UInt64, stream: UInt64, index: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next() ^ (index &* 0xD1B5_4A32_D192_ED03)
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in 0..<1 with 53 bits.
    package mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
