/// Pairs of fields `value,status` written many times per record (a score and its status),
/// with the status drawn from a small set of texts fixed up front: each status field is
/// kept as a separator and its text in one 32-byte vector, so writing it is one store.
/// ``CSVFieldWriter/writeValueStatusCells(values:statuses:_:)`` writes them; a status whose
/// field would need quoting, or that is longer than 31 bytes, is written the ordinary way.
package struct CSVValueStatusCells: Sendable {
    /// Per status code: `,` and the text, zero-padded (unused when ``lengths`` is 0).
    fileprivate let fields: [SIMD32<UInt8>]
    /// Per status code: the bytes of ``fields`` to keep, 0 where the field cannot be stored whole.
    fileprivate let lengths: [UInt8]
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
                    var position = 0
                    for index in 0..<values.count {
                        let code = Int(statuses[index])
                        guard code < lengths.count, lengths[code] != 0 else { return nil }
                        out[position] = UInt8(ascii: ",")
                        position &+= 1
                        let value = values[index]
                        if !value.isNaN {
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
        }
    }
}
