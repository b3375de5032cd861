/// Pairs of fields `value,status` written many times per record (a score and its status),
/// with the status drawn from a small set of texts fixed up front: each status field is
/// kept as a separator and its text in one 32-byte vector, so writing it is one store.
/// ``CSVFieldWriter/writeValueStatusCells(values:statuses:_:)`` writes them; a status whose
/// field would need quoting, or that is longer than 31 bytes, is written the ordinary way.
package struct CSVValueStatusCells: Sendable {
    /// The text of each status code, for fields written the ordinary way.
    package let texts: [String]
    /// Per status code: `,` and the text, zero-padded (unused when ``lengths`` is 0).
    fileprivate let fields: [SIMD32<UInt8>]
    /// Per status code: the bytes of ``fields`` to keep, 0 where the field cannot be stored whole.
    fileprivate let lengths: [UInt8]
    /// The whole numbers 0…999 as text, one to three digits in the low bytes of each
    /// entry (little-endian: the first digit first), the digit count in the top byte.
    fileprivate static let smallWholeNumbers: [UInt32] = (0..<1000).map { number in
        let digits = Array(String(number).utf8)
        var entry = UInt32(digits.count) << 24
        for (index, digit) in digits.enumerated() { entry |= UInt32(digit) << (8 * index) }
        return entry
    }
    /// The most bytes one pair writes before the next pair's store: a separator, a number
    /// (``CSVNumberFormat/fastBytes``), and a 32-byte store.
    static let pairRoom = 1 + CSVNumberFormat.fastBytes + 32

    /// The texts of status codes `0..<texts.count`.
    package init(texts: [String]) {
        var fields: [SIMD32<UInt8>] = [], lengths: [UInt8] = []
        for text in texts {
            let bytes = [UInt8(ascii: ",")] + Array(text.utf8)
            var field = SIMD32<UInt8>()
            guard bytes.count <= 32, !bytes.dropFirst().contains(where: CSVFieldWriter.needsQuotes) else {
                fields.append(field)
                lengths.append(0)
                continue
            }
            for (index, byte) in bytes.enumerated() { field[index] = byte }
            fields.append(field)
            lengths.append(UInt8(bytes.count))
        }
        self.texts = texts
        self.fields = fields
        self.lengths = lengths
    }
}

extension CSVFieldWriter {
    /// Appends `,value,status` for each pair: the value as ``write(_:)-(Double)`` writes it
    /// (an empty field for NaN), the status as the text of its code in `cells`. Returns
    /// `false`, having written nothing, when a value or status needs the ordinary path (a
    /// value past the fast format, a status code without a stored field): the caller then
    /// writes the same fields one by one. Fields follow the record's earlier fields.
    package mutating func writeValueStatusCells(
        values: UnsafeBufferPointer<Double>, statuses: UnsafeBufferPointer<UInt8>, _ cells: CSVValueStatusCells
    ) -> Bool {
        precondition(values.count == statuses.count, "one status per value")
        let room = values.count &* CSVValueStatusCells.pairRoom
        return appendUnquoted(maximumBytes: room) { out in
            cells.fields.withUnsafeBufferPointer { fields in
                cells.lengths.withUnsafeBufferPointer { lengths in
                    CSVValueStatusCells.smallWholeNumbers.withUnsafeBufferPointer { small in
                        Self.pairs(values, statuses, fields, lengths, small, to: out)
                    }
                }
            }
        }
    }

    /// The pairs at `out` (see ``writeValueStatusCells(values:statuses:_:)``): the bytes
    /// written, or `nil` when one needs the ordinary path.
    @inline(__always)
    private static func pairs(
        _ values: UnsafeBufferPointer<Double>, _ statuses: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<SIMD32<UInt8>>,
        _ lengths: UnsafeBufferPointer<UInt8>, _ small: UnsafeBufferPointer<UInt32>, to out: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        var position = 0
        for index in 0..<values.count {
            let code = Int(statuses[index])
            guard code < lengths.count, lengths[code] != 0 else { return nil }
            out[position] = UInt8(ascii: ",")
            position &+= 1
            let value = values[index]
            // Most scores are small whole numbers: one table entry, stored whole (the room
            // counts all four bytes), is what the general format writes for them.
            if value >= 0, value < 1000, case let whole = Int(value), Double(whole) == value {
                let entry = small[whole]
                UnsafeMutableRawPointer(out + position).storeBytes(of: entry.littleEndian, as: UInt32.self)
                position &+= Int(entry >> 24)
            } else if !value.isNaN {
                guard let written = CSVNumberFormat.write(value, to: out + position) else { return nil }
                position &+= written
            }
            // One unaligned store of the whole field; the room counts all 32 bytes.
            UnsafeMutableRawPointer(out + position).storeBytes(of: fields[code], as: SIMD32<UInt8>.self)
            position &+= Int(lengths[code])
        }
        return position
    }
}
