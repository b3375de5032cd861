import Dispatch

/// Splits `rowCount` rows into contiguous chunks and runs `body` on each, on up to
/// `threads` threads. Chunks are disjoint, so bodies writing only their own rows of
/// shared output buffers never race; this is the one place that relies on that.
func forEachRowChunk(rowCount: Int, threads: Int, _ body: @Sendable (Range<Int>) -> Void) {
    // Below a few thousand rows the cost of waking threads exceeds the work.
    let minimumRowsPerChunk = 4096
    let chunkCount = max(1, min(threads, rowCount / minimumRowsPerChunk))
    if chunkCount == 1 {
        body(0..<rowCount)
        return
    }
    // Whole tiles of 16 rows per chunk: the block kernel's cells stay adjacent, and no two
    // threads write the same tile.
    let chunkSize = ((rowCount + chunkCount - 1) / chunkCount + 15) / 16 * 16
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
        let start = Swift.min(rowCount, chunk * chunkSize)
        body(start..<min(rowCount, start + chunkSize))
    }
}

/// A pointer wrapper that may cross into concurrent chunk bodies. Only used for output
/// buffers that every chunk writes in its own disjoint rows.
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
}
