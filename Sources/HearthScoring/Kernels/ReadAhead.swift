/// Reads one byte of each cache line a little ahead of the block kernel, a few lines after
/// each scale, so that the processor sees a steady forward stream of line reads, which its
/// prefetcher follows, and the rows are in cache before the kernel loads them; without it
/// each block's 16 rows (1,440 bytes for TSCYC) are loaded in one burst that waits on
/// memory. The distance is two blocks (docs/performance.md, "Read-ahead", has the
/// measurements behind it).
struct ReadAhead {
    /// How many rows ahead of the block being scored the reads run.
    static let rows = 2 * BlockKernel.rows

    let codes: UnsafePointer<UInt8>
    let byteCount: Int
    /// The next byte offset to read.
    var next: Int
    /// The bytes read, combined, and stored by the caller so that the reads are kept.
    var combined: UInt8 = 0

    /// Prepares to read a buffer of `byteCount` bytes; the first ``touch(upTo:)`` skips to
    /// its window.
    init(codes: UnsafePointer<UInt8>, byteCount: Int) {
        self.codes = codes
        self.byteCount = byteCount
        next = 0
    }

    /// Reads each line up to byte `offset` (clamped to the buffer) not yet read.
    @inline(__always) mutating func touch(upTo offset: Int) {
        let end = Swift.min(offset, byteCount)
        // At the start, and after blocks the scalar kernel took, skip ahead rather than catch up.
        if next < offset &- 4096 { next = offset &- 4096 }
        while next < end {
            combined |= codes[next]
            next &+= 64
        }
    }
}
