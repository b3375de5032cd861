/// A synthetic CTS2 cohort as CSV text, row after row, for the CLI's benchmarks and golden
/// tests: ids R<row>, sex, age, wave, then the 52 items coded 1–8 (the study's coding),
/// about 3 % skipped. A 64-bit LCG stream: the same rows every time, written in pieces of
/// any size. SYNTHETIC data: no real respondent.
public struct SyntheticCTS2CSV: Sendable {
    /// The item columns.
    public static let items = ["self", "partner"].flatMap { actor in (1...26).map { "cts2_\(actor)_\($0)" } }
    /// The header line (with its line feed).
    public static var header: String { (["id", "sex", "age", "wave"] + items).joined(separator: ",") + "\n" }

    private var state: UInt64 = 0x2009
    /// The index of the next row.
    public private(set) var nextRow = 0

    /// A stream at its first row.
    public init() {}

    private mutating func next(_ bound: UInt64) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % bound)
    }

    /// Appends the next `count` rows (each with its line feed).
    public mutating func append(rows count: Int, to text: inout String) {
        for _ in 0..<count {
            var fields = ["R\(nextRow)", next(10) == 0 ? "male" : "female", String(18 + next(48)), String(1 + next(3))]
            let violent = next(4) == 0
            for _ in Self.items {
                let draw = next(100)
                fields.append(draw < 3 ? "" : (violent || draw < 30 ? String(1 + next(8)) : "1"))
            }
            text += fields.joined(separator: ",") + "\n"
            nextRow += 1
        }
    }

    /// A whole file of `rows` rows.
    public static func file(rows: Int) -> String {
        var stream = SyntheticCTS2CSV()
        var text = header
        stream.append(rows: rows, to: &text)
        return text
    }
}
