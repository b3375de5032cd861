import Foundation
import HearthResearch
import Testing

@testable import HearthCLI

#if canImport(Glibc)
import Glibc
#endif

/// Large outputs go to the disk with direct I/O (``DirectWrites``): the file holds exactly the
/// bytes written, in order, whatever the sizes of the pieces, wherever direct writes start or
/// stop, and when the file system refuses them.
@Suite("Direct writes of large outputs")
struct DirectWritesTests {
    /// Whether the temporary directory's file system takes direct writes (Linux on x86-64
    /// and arm64, most disk file systems; tmpfs only from Linux 6.6): the tests of direct
    /// writes run only there, and are reported as skipped elsewhere.
    static let directIOAvailable: Bool = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-direct-probe-\(UUID().uuidString)").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor); unlink(path) }
        return DirectWrites(descriptor: descriptor) != nil
    }()

    /// A fresh directory for one test, removed by `body`'s end.
    private func inDirectory(_ body: (URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-direct-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }

    /// `count` bytes that differ from piece to piece and within each (a byte's value says where it is).
    private func bytes(_ count: Int, seed: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: ($0 &* 31) ^ (seed &* 131) ^ ($0 >> 12)) }
    }

    /// Pieces of sizes around the buffer's and the blocks' edges.
    private let sizes = [1, 4095, 4097, DirectWrites.capacity - 1, 3, DirectWrites.capacity, DirectWrites.capacity + 4096, 0, 12_345, 2 * DirectWrites.capacity + 7]

    /// Writes `sizes`' pieces through `DirectWrites` on a new file and returns the file's and
    /// the expected bytes, and whether the writes were still direct before `finish()`.
    private func writePieces(in directory: URL, write: DirectWrites.SystemWrite? = nil) throws -> (file: Data, expected: Data, stayedDirect: Bool) {
        let path = directory.appendingPathComponent("direct.bin").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        let made = write.map { DirectWrites(descriptor: descriptor, write: $0) } ?? DirectWrites(descriptor: descriptor)
        let direct = try #require(made)
        var expected = Data()
        for (number, size) in sizes.enumerated() {
            let piece = bytes(size, seed: number)
            expected.append(contentsOf: piece)
            try piece.withUnsafeBytes { try direct.append($0) }
        }
        let stayedDirect = direct.direct
        try direct.finish()
        // Finished, the descriptor is back in the page cache's hands.
        #expect(!direct.direct)
        #expect(fcntl(descriptor, F_GETFL) & (DirectWrites.directFlag ?? 0) == 0)
        return (try Data(contentsOf: URL(fileURLWithPath: path)), expected, stayedDirect)
    }

    @Test(.enabled(if: directIOAvailable)) func piecesOfEverySizeArriveInOrder() throws {
        try inDirectory { directory in
            let written = try writePieces(in: directory)
            #expect(written.stayedDirect)
            #expect(written.file.count == sizes.reduce(0, +))
            #expect(written.file == written.expected)
        }
    }

    @Test(.enabled(if: directIOAvailable)) func aFileSystemRefusingDirectWritesGetsThemThroughThePageCache() throws {
        try inDirectory { directory in
            // The first direct write is refused as a file system without O_DIRECT refuses it.
            var calls = 0
            let refusing: DirectWrites.SystemWrite = { descriptor, bytes, count in
                calls += 1
                guard calls > 1 else { errno = EINVAL; return -1 }
                return Foundation.write(descriptor, bytes, count)
            }
            let written = try writePieces(in: directory, write: refusing)
            #expect(!written.stayedDirect)
            #expect(written.file == written.expected)
        }
    }

    @Test(.enabled(if: directIOAvailable)) func aShortDirectWriteLeavesDirectModeWithoutLosingBytes() throws {
        try inDirectory { directory in
            // The second direct write stops 100 bytes into its blocks (an unaligned offset; the
            // stand-in leaves direct mode to write them, as direct mode allows no such write).
            var calls = 0
            let short: DirectWrites.SystemWrite = { descriptor, bytes, count in
                calls += 1
                guard calls == 2, let flag = DirectWrites.directFlag else { return Foundation.write(descriptor, bytes, count) }
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~flag)
                return Foundation.write(descriptor, bytes, min(count, 100))
            }
            let written = try writePieces(in: directory, write: short)
            #expect(!written.stayedDirect)
            #expect(written.file == written.expected)
        }
    }

    @Test(.enabled(if: directIOAvailable)) func otherWriteErrorsAreThrownWithTheSystemsReasonAgainAndAgain() throws {
        try inDirectory { directory in
            let path = directory.appendingPathComponent("full.bin").path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            defer { close(descriptor) }
            let full: DirectWrites.SystemWrite = { _, _, _ in errno = ENOSPC; return -1 }
            let direct = try #require(DirectWrites(descriptor: descriptor, write: full))
            let piece = bytes(DirectWrites.capacity, seed: 1)
            let error = #expect(throws: OutputError.self) { try piece.withUnsafeBytes { try direct.append($0) } }
            #expect(error?.description == String(cString: strerror(ENOSPC)))
            // The file's end is unknown now: every later call fails the same way, writing nothing.
            let again = #expect(throws: OutputError.self) { try [UInt8(1)].withUnsafeBytes { try direct.append($0) } }
            #expect(again?.description == error?.description)
            #expect(throws: OutputError.self) { try direct.finish() }
            // A write that reports no bytes written is a failure, not a reason to try forever.
            let stuck = try #require(DirectWrites(descriptor: descriptor) { _, _, _ in 0 })
            let nothing = #expect(throws: OutputError.self) { try piece.withUnsafeBytes { try stuck.append($0) } }
            #expect(nothing?.description == "the system wrote nothing")
        }
    }

    @Test func aStagedOutputSwitchesMidPieceAndCanStillBeRewritten() throws {
        try inDirectory { directory in
            let target = directory.appendingPathComponent("scores.sav").path
            // Pieces of 1,000,003 bytes: the switch to direct writes falls inside the fifth.
            let output = try FileOutput(target: target)
            var expected = Data()
            for number in 0..<11 {
                let piece = bytes(1_000_003, seed: number)
                expected.append(contentsOf: piece)
                try piece.withUnsafeBytes { try output.write($0) }
            }
            // Past 4 MiB the output went direct, where the system has direct I/O.
            #expect(output.writesDirectly == Self.directIOAvailable)
            // A header rewritten at the end (an SPSS case count), and a byte in the direct part.
            let patches: [(offset: Int, bytes: [UInt8])] = [(80, [1, 2, 3, 4]), (9_000_001, [9, 9])]
            for patch in patches {
                #expect(output.overwrite(patch.bytes, at: patch.offset))
                expected.replaceSubrange(patch.offset..<(patch.offset + patch.bytes.count), with: patch.bytes)
            }
            // Writing on after a rewrite goes through the page cache.
            let tail = bytes(5_000_000, seed: 99)
            expected.append(contentsOf: tail)
            try tail.withUnsafeBytes { try output.write($0) }
            try output.commit()
            #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == expected)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["scores.sav"])
        }
    }

    @Test(.enabled(if: directIOAvailable)) func aFailedLastDirectWriteLeavesTheTargetAsItWas() throws {
        try inDirectory { directory in
            let target = directory.appendingPathComponent("scores.sav").path
            try Data("old".utf8).write(to: URL(fileURLWithPath: target))
            // Direct writes succeed until the disk fills on the last one (the flush before the
            // case count is rewritten).
            var full = false
            let output = try FileOutput(target: target) { descriptor, bytes, count in
                guard !full else { errno = ENOSPC; return -1 }
                return Foundation.write(descriptor, bytes, count)
            }
            for number in 0..<5 { try bytes(1_500_001, seed: number).withUnsafeBytes { try output.write($0) } }
            #expect(output.writesDirectly)
            full = true
            #expect(!output.overwrite([1, 2, 3, 4], at: 80))
            let error = #expect(throws: OutputError.self) { try output.commit() }
            #expect(error?.description.hasPrefix("cannot write '") == true)
            #expect(error?.description.hasSuffix("(\(String(cString: strerror(ENOSPC))))") == true)
            #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("old".utf8))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["scores.sav"])
        }
    }
}
