import Foundation

/// A message table's words for its vocabulary keys (``MessageCatalog/term(_:in:)``): a fixed
/// map from key to text, written as a dictionary literal.
///
/// Terms are looked up for every term of every message rendered, so a key is found by its
/// UTF-8 bytes: an FNV-1a hash (Fowler, Noll & Vo), open addressing with linear probing in a
/// power-of-two table at most half full, and a byte compare. A `[String: String]` hashed
/// each key with a per-process seeded SipHash and cost about a thousand instructions a
/// lookup. The answer is the dictionary's: bytes decide only when both the key and every
/// key of the table are ASCII (no ASCII string is canonically equivalent to another);
/// otherwise the key is compared as a `String` (canonical equivalence) with every key.
package struct TermTable: Sendable, ExpressibleByDictionaryLiteral {
    /// The keys and their texts, in the order written (the first of a repeated key is kept).
    private let keys: [String]
    private let texts: [String]
    /// The keys' UTF-8 bytes, one after the other; key `k` is `bytes[starts[k] ..< starts[k + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Per slot, a key's position plus one (0: empty); `slots.count` is a power of two.
    private let slots: [Int32]
    /// Whether every key is ASCII (else lookups compare `String`s: a key beyond ASCII, such
    /// as the Kelvin sign, can equal an ASCII one).
    private let allASCII: Bool

    /// A table of the given keys and texts.
    package init(dictionaryLiteral elements: (String, String)...) { self.init(elements) }

    /// An empty table.
    package init() { self.init([(String, String)]()) }

    /// A table of these keys and texts, in order (the first of a repeated key is kept).
    package init<Pairs: Sequence<(String, String)>>(_ elements: Pairs) {
        var keys: [String] = [], texts: [String] = [], bytes: [UInt8] = [], starts = [0]
        let elements = Array(elements)
        var capacity = 8
        while capacity < 2 * elements.count { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (key, text) in elements {
            let keyBytes = Array(key.utf8)
            let (repeated, slot) = keyBytes.withUnsafeBufferPointer { Self.probe($0, slots: slots, bytes: bytes, starts: starts) }
            assert(repeated == nil, "term '\(key)' is written twice")
            guard repeated == nil else { continue }
            slots[slot] = Int32(keys.count + 1)
            keys.append(key)
            texts.append(text)
            bytes += keyBytes
            starts.append(bytes.count)
        }
        (self.keys, self.texts, self.bytes, self.starts, self.slots) = (keys, texts, bytes, starts, slots)
        allASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    /// The number of keys.
    package var count: Int { keys.count }

    /// The text of `key`, or `nil` when the table has none.
    package subscript(key: String) -> String? {
        // A key or table key beyond ASCII (or a key not contiguous) may equal another by
        // canonical equivalence only, which only `String`'s comparison decides.
        let ascii = key.utf8.withContiguousStorageIfAvailable { utf8 -> Lookup in
            !allASCII || utf8.contains(where: { $0 >= 0x80 }) ? .notASCII : .found(position(of: utf8))
        }
        guard case .found(let position) = ascii else { return keys.firstIndex(of: key).map { texts[$0] } }
        return position.map { texts[$0] }
    }

    /// What the byte lookup found: a position (or none), or that the key is not ASCII.
    private enum Lookup { case found(Int?), notASCII }

    /// The position of the key with these (ASCII) bytes, or `nil`.
    private func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        Self.probe(key, slots: slots, bytes: bytes, starts: starts).position
    }

    /// The probe for `key`, the one search of the table (building it and looking up): the
    /// position of the key with these bytes, or `nil` with the empty slot where it goes.
    /// Ends because at least one slot is empty (the table is at most half full).
    private static func probe(_ key: UnsafeBufferPointer<UInt8>, slots: [Int32], bytes: [UInt8], starts: [Int]) -> (position: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash(key)) & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while slots[slot] != 0 {
                let position = Int(slots[slot]) - 1
                let start = starts[position], end = starts[position + 1]
                if end - start == key.count, equal(bytes.baseAddress.map { $0 + start }, key.baseAddress, count: key.count) { return (position, slot) }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }
    }

    /// Whether the `count` bytes at `a` and at `b` are equal (zero bytes always are, whatever the pointers).
    private static func equal(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, count: Int) -> Bool {
        guard count > 0 else { return true }
        guard let a, let b else { return false }
        return memcmp(a, b, count) == 0
    }

    /// FNV-1a, 64 bits, over the bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
