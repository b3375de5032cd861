/// Where a score table keeps each (scale, row) cell: in tiles of 16 rows, each tile holding
/// every scale's 16 cells one after another (`[tile][scale][row in tile]`).
///
/// The vector kernel scores 16 rows at a time, so a tile is written front to back in one
/// go: one write stream per block, where column-major storage had one per scale and field,
/// enough to stop the processor's prefetcher following the rows being read
/// (docs/performance.md, "How the kernel is built"). Reading one scale's column steps
/// through the tiles 16 cells at a time.
struct CellLayout: Sendable {
    static let tileRows = 16

    /// The number of scales in each tile.
    let scaleCount: Int

    /// The position of a cell; `row` counts from the table's first row.
    @inline(__always) func index(scale: Int, row: Int) -> Int {
        (row >> 4) &* (scaleCount &* Self.tileRows) &+ scale &* Self.tileRows &+ (row & (Self.tileRows - 1))
    }

    /// The first row of a tile at or after `row` (rows counted from the table's first row).
    @inline(__always) static func tileStart(atOrAfter row: Int) -> Int {
        (row &+ tileRows &- 1) & ~(tileRows &- 1)
    }

    /// The number of cells a table of `rows` rows needs (its last tile padded to 16 rows).
    func cellCount(rows: Int) -> Int {
        (rows + Self.tileRows - 1) / Self.tileRows * Self.tileRows * scaleCount
    }
}
