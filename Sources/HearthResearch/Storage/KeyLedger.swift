import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The keys (respondent id and wave) of a streamed file with the line of each, kept on disk,
/// so that a repeated key is found exactly with memory bounded by one partition of the
/// keys, not the file.
///
/// Each key goes to one of ``partitionCount`` partitions by a seeded hash; a partition
/// past 128 KiB spills to a spool file without a name (``anonymousTemporaryFile(name:)``:
/// it disappears with the process and is never readable by name). ``firstRepeat(before:)`` reads one partition at a time into a hash table over
/// its keys' bytes: a key can only repeat within its partition, so the earliest repeat of
/// the file is the earliest over partitions. With ten million keys a partition holds about
/// 160,000 (≈ 7 MB while it is checked).
package final class KeyLedger {
    /// The number of spool files.
    package static let partitionCount = 64
    /// The partitions, values changed in place (a class per partition was retained and
    /// released for every key). Touched only by the thread that owns the ledger, so its
    /// accesses are not checked at run time.
    @exclusivity(unchecked) private var spools: [Spool] = []
    private let seed = UInt64.random(in: 1...UInt64.max)
    /// Scratch for one spool record (``Spool`` header, then the key), reused from key to key.
    @exclusivity(unchecked) private var record: [UInt8] = []

    /// An empty ledger.
    package init() throws {
        for _ in 0..<Self.partitionCount { spools.append(Spool()) }
    }

    deinit { for index in spools.indices { spools[index].close() } }

    /// Records a respondent's id (its UTF-8 bytes, composed) and wave (0 for none) read on
    /// `line`, as the key: the id's bytes, a 0 (ids hold no control characters: the id ends there) and
    /// the wave's two bytes, little-endian.
    package func add(id: UnsafeBufferPointer<UInt8>, wave: UInt16, line: Int) throws {
        try add(keyLength: id.count &+ 3, line: line) { key in
            key.copyMemory(from: UnsafeRawBufferPointer(id))
            key[id.count] = 0
            key[id.count &+ 1] = UInt8(truncatingIfNeeded: wave)
            key[id.count &+ 2] = UInt8(truncatingIfNeeded: wave >> 8)
        }
    }

    /// Records a respondent's id and wave (0 for none) read on `line`. Ids compare as text
    /// (canonically equivalent ids are equal, as Swift strings are), so a non-ASCII id is
    /// recorded in its composed form (NFC).
    package func add(id: String, wave: UInt16, line: Int) throws {
        var id = id
        if !id.utf8.allSatisfy({ $0 < 0x80 }) { id = id.precomposedStringWithCanonicalMapping }
        try id.withUTF8 { try add(id: $0, wave: wave, line: line) }
    }

    /// Records a key read on `line` (lines increase from call to call).
    package func add(_ key: UnsafeRawBufferPointer, line: Int) throws {
        try add(keyLength: key.count, line: line) { $0.copyMemory(from: key) }
    }

    /// Records the key `write` puts in place (`keyLength` bytes): the spool record is built
    /// in the scratch buffer and appended with one copy (a header and a key appended
    /// separately, as raw bytes, were copied a byte at a time).
    private func add(keyLength: Int, line: Int, _ write: (UnsafeMutableRawBufferPointer) -> Void) throws {
        let length = Spool.headerBytes &+ keyLength
        if record.count < length { record = [UInt8](repeating: 0, count: max(length, 2 * record.count)) }
        try record.withUnsafeMutableBytes { record in
            let key = UnsafeMutableRawBufferPointer(rebasing: record[Spool.headerBytes..<length])
            write(key)
            let hash = Self.hash(UnsafeRawBufferPointer(key), seed: seed)
            Spool.writeHeader(into: record, hash: hash, line: line, keyLength: keyLength)
            try spools[Int(hash >> 58) % Self.partitionCount].append(UnsafeRawBufferPointer(rebasing: record[..<length]))
        }
    }

    /// Why keys could not be kept, in words for the user, from an error the ledger threw
    /// (its temporary file's reason, when it gave one).
    package static func reason(_ error: any Error) -> String {
        (error as? OutputError)?.description ?? "a temporary file failed"
    }

    /// The line of the earliest record whose key appeared on an earlier line, among lines
    /// before `limit`; `nil` when there is none.
    package func firstRepeat(before limit: Int = .max) throws -> Int? {
        var first: Int?
        for spool in spools {
            if let line = try spool.firstRepeat(before: min(limit, first ?? .max)) { first = line }
        }
        return first
    }

    /// A seeded 64-bit hash of bytes: eight bytes at a time, multiplied and mixed
    /// (MurmurHash3's finaliser at the end).
    package static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        var hash = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            index += 8
        }
        var tail: UInt64 = 0
        for offset in index..<bytes.count { tail |= UInt64(bytes[offset]) << (8 * UInt64(offset - index)) }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }

    /// One partition: records of an 8-byte hash, an 8-byte line, a 2-byte length and the
    /// key's bytes, kept in memory up to ``Spool/memoryBytes`` and appended to an unlinked
    /// temporary file beyond (a small file never touches the disk).
    private struct Spool {
        /// The bytes a partition keeps in memory before it spills (64 partitions: 8 MiB).
        static let memoryBytes = 1 << 17
        private var descriptor: Int32 = -1
        /// Records not yet spilled: the first `pendingCount` bytes (the rest is room, so that
        /// a record is one copy; an array append of a few bytes copied them one by one).
        private var pending: [UInt8] = []
        /// The bytes of `pending` that hold records.
        private var pendingCount = 0

        /// Closes the spool file, if there is one (when the ledger goes).
        mutating func close() {
            if descriptor >= 0 { Foundation.close(descriptor) }
            descriptor = -1
        }

        /// The bytes of a record's header: hash (8), line (8), key length (2), little-endian.
        static let headerBytes = 18

        /// Writes a record's header at the start of `record`.
        static func writeHeader(into record: UnsafeMutableRawBufferPointer, hash: UInt64, line: Int, keyLength: Int) {
            record.storeBytes(of: hash.littleEndian, toByteOffset: 0, as: UInt64.self)
            record.storeBytes(of: UInt64(line).littleEndian, toByteOffset: 8, as: UInt64.self)
            record.storeBytes(of: UInt16(truncatingIfNeeded: keyLength).littleEndian, toByteOffset: 16, as: UInt16.self)
        }

        /// Appends a whole record (header and key).
        mutating func append(_ record: UnsafeRawBufferPointer) throws {
            if pendingCount &+ record.count > pending.count {
                // Room doubles (a small file's partitions stay small), up to the spill size and the record.
                let room = max(min(2 * pending.count, Self.memoryBytes &+ (1 << 12)), pendingCount &+ record.count, 256)
                pending += [UInt8](repeating: 0, count: room &- pending.count)
            }
            let at = pendingCount
            pending.withUnsafeMutableBytes { room in
                UnsafeMutableRawBufferPointer(rebasing: room[at..<(at &+ record.count)]).copyMemory(from: record)
            }
            pendingCount &+= record.count
            if pendingCount >= Self.memoryBytes { try spill() }
        }

        /// Moves the pending records to the file (created, and its name removed, on first use).
        private mutating func spill() throws {
            if descriptor < 0 {
                guard let anonymous = anonymousTemporaryFile(name: "hearth-keys") else {
                    throw OutputError("cannot create a temporary file in '\(NSTemporaryDirectory())' (\(systemReason()))")
                }
                descriptor = anonymous
            }
            let count = pendingCount
            do { try pending.withUnsafeBytes { try writeAll(descriptor, UnsafeRawBufferPointer(rebasing: $0[..<count])) } } catch {
                throw OutputError("cannot write a temporary file in '\(NSTemporaryDirectory())' (\(error))")
            }
            pendingCount = 0
        }

        /// The earliest line before `limit` whose key is on an earlier line of this partition.
        func firstRepeat(before limit: Int) throws -> Int? {
            let contents = try readAll()
            return contents.withUnsafeBytes { bytes -> Int? in
                // Open addressing over (hash, offset of the record); at most half full.
                var capacity = 16
                var records = 0
                var offset = 0
                while offset + Self.headerBytes <= bytes.count { records += 1; offset += Self.headerBytes + Int(bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt16.self).littleEndian) }
                while capacity < records * 2 { capacity *= 2 }
                var table = [Int](repeating: -1, count: capacity)
                offset = 0
                while offset + Self.headerBytes <= bytes.count {
                    let hash = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    let line = Int(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
                    let length = Int(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt16.self)))
                    if line >= limit { return nil }  // lines increase: nothing earlier is left
                    let key = UnsafeRawBufferPointer(rebasing: bytes[(offset + Self.headerBytes)..<(offset + Self.headerBytes + length)])
                    var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                    while table[slot] >= 0 {
                        let other = table[slot]
                        let otherHash = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: other, as: UInt64.self))
                        let otherLength = Int(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: other + 16, as: UInt16.self)))
                        if otherHash == hash, otherLength == length, UnsafeRawBufferPointer(rebasing: bytes[(other + Self.headerBytes)..<(other + Self.headerBytes + otherLength)]).elementsEqual(key) {
                            return line
                        }
                        slot = (slot + 1) & (capacity - 1)
                    }
                    table[slot] = offset
                    offset += Self.headerBytes + length
                }
                return nil
            }
        }

        /// Every record: the file's, then the pending ones.
        private func readAll() throws -> [UInt8] {
            guard descriptor >= 0 else { return Array(pending[..<pendingCount]) }
            var contents: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            var position: off_t = 0
            while true {
                let count = chunk.withUnsafeMutableBytes { raw in raw.baseAddress.map { pread(descriptor, $0, raw.count, position) } ?? -1 }
                guard count >= 0 else { throw CocoaError(.fileReadUnknown) }
                guard count > 0 else {
                    contents.append(contentsOf: pending[..<pendingCount])
                    return contents
                }
                contents.append(contentsOf: chunk[0..<count])
                position += off_t(count)
            }
        }
    }
}
