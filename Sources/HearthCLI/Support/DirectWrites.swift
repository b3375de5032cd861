import Foundation
import HearthResearch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends to a file with direct I/O (Linux `O_DIRECT`): bytes are gathered in a block-aligned
/// buffer and each full buffer goes from it to the device, past the page cache.
///
/// Why: for outputs of hundreds of megabytes, the page cache's work per page (allocating,
/// charging, delayed allocation, write-back, and throttling once the dirty limit is reached)
/// costs more processor time than computing the bytes (docs/performance.md); a direct write
/// costs one copy into this buffer.
///
/// Invariants: while direct, every write starts at a file offset that is a multiple of
/// ``alignment`` and has a length that is one, from memory aligned to it (what `O_DIRECT`
/// requires of most file systems). ``finish()`` writes the whole blocks held directly and the
/// rest (under one block) through the page cache, and leaves direct mode for good; so does a
/// file system that refuses direct I/O (`EINVAL`) or a short write, after which every byte
/// goes through the page cache as it would without this type. Bytes are written in order and
/// never twice: after a failed write the file's end is unknown, so every later call throws
/// that failure again.
final class DirectWrites {
    /// The alignment of memory, offsets and lengths: 4 KiB, a multiple of the logical block
    /// size of the disks in use (512 or 4096 bytes).
    static let alignment = 4096
    /// Bytes gathered before a direct write (2 MiB: 1 ms at 2 GB/s; the buffer counts toward
    /// the tool's peak memory).
    static let capacity = 2 << 20

    /// `write(2)`'s signature: what direct writes call (tests pass one that fails or writes short).
    typealias SystemWrite = (Int32, UnsafeRawPointer, Int) -> Int

    private let descriptor: Int32
    private let systemWrite: SystemWrite
    private let buffer: UnsafeMutableRawPointer
    private var count = 0
    /// Whether the descriptor is still in direct mode.
    private(set) var direct = true
    /// The write that failed, thrown again by every later call.
    private var failure: OutputError?

    /// Direct writes to `descriptor` (a regular file opened for writing, at an offset that is
    /// a multiple of ``alignment``); `nil` where the system or file system has no direct I/O,
    /// or no aligned memory.
    init?(descriptor: Int32, write systemWrite: @escaping SystemWrite = { Foundation.write($0, $1, $2) }) {
        guard let flag = Self.directFlag else { return nil }
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, Self.alignment, Self.capacity) == 0, let memory else { return nil }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags | flag) == 0 else {
            free(memory)
            return nil
        }
        self.descriptor = descriptor
        self.systemWrite = systemWrite
        buffer = memory
    }

    deinit { free(buffer) }

    /// `O_DIRECT`, which Swift's Glibc module does not export (glibc declares it only under
    /// `_GNU_SOURCE`); its value differs by architecture (Linux's `asm/fcntl.h`).
    static var directFlag: Int32? {
        #if os(Linux) && (arch(x86_64) || arch(i386))
        return 0o40000
        #elseif os(Linux) && arch(arm64)
        return 0o200000
        #else
        return nil
        #endif
    }

    /// Appends `bytes`, writing each buffer as it fills.
    ///
    /// - Throws: ``OutputError`` with the system's reason.
    func append(_ bytes: UnsafeRawBufferPointer) throws {
        if let failure { throw failure }
        guard var source = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let taken = min(remaining, Self.capacity - count)
            (buffer + count).copyMemory(from: source, byteCount: taken)
            count += taken
            source += taken
            remaining -= taken
            if count == Self.capacity { try recordingFailure(writeHeld) }
        }
    }

    /// Writes everything held and leaves direct mode (before the file is synced, rewritten
    /// or closed).
    ///
    /// - Throws: ``OutputError`` with the system's reason.
    func finish() throws {
        if let failure { throw failure }
        try recordingFailure {
            try writeHeld()
            leaveDirectMode()
            try writeHeld()
        }
    }

    /// Runs `body`, keeping the failure it throws for later calls.
    private func recordingFailure(_ body: () throws -> Void) throws {
        do { try body() } catch {
            let failure = error as? OutputError ?? OutputError("\(error)")
            self.failure = failure
            throw failure
        }
    }

    /// Writes the held whole blocks directly (or everything, once direct mode is left); keeps
    /// a partial last block at the buffer's start for later.
    private func writeHeld() throws {
        let blocks = direct ? count / Self.alignment * Self.alignment : count
        var done = 0
        while done < blocks {
            let written = systemWrite(descriptor, buffer + done, blocks - done)
            if written == 0 { throw OutputError("the system wrote nothing") }
            if written < 0 {
                if errno == EINTR { continue }
                // A file system that takes the flag but not the write: the page cache it is.
                guard errno == EINVAL, direct else { throw OutputError(systemReason()) }
                return try writeThroughPageCache(from: done)
            }
            done += written
            // A short write leaves an unaligned offset: the rest goes through the page cache.
            if direct, written % Self.alignment != 0 { return try writeThroughPageCache(from: done) }
        }
        // The partial last block (under one block) moves to the front; copyMemory is memmove.
        let kept = count - blocks
        if kept > 0, blocks > 0 { buffer.copyMemory(from: buffer + blocks, byteCount: kept) }
        count = kept
    }

    /// Leaves direct mode and writes the held bytes from `offset` on through the page cache.
    private func writeThroughPageCache(from offset: Int) throws {
        leaveDirectMode()
        try writeAll(descriptor, UnsafeRawBufferPointer(start: buffer + offset, count: count - offset))
        count = 0
    }

    /// Clears `O_DIRECT` on the descriptor (writes after this go through the page cache).
    private func leaveDirectMode() {
        guard direct, let flag = Self.directFlag else { return }
        direct = false
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~flag) }
    }
}
