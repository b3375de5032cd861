import Foundation
import HearthResearch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file descriptor read with `read(2)`.
final class FileInput: ByteInput {
    private let descriptor: Int32
    private let owned: Bool

    /// Opens `path` for reading.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoSuchFile) }
        self.descriptor = descriptor
        owned = true
    }

    /// Reads an open descriptor (not closed here).
    init(descriptor: Int32) {
        self.descriptor = descriptor
        owned = false
    }

    deinit { if owned { close(descriptor) } }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = Foundation.read(descriptor, base, buffer.count)
            if count >= 0 { return count }
            guard errno == EINTR else { throw CocoaError(.fileReadUnknown) }
        }
    }
}

/// The named staging file to remove when the process is interrupted (SIGINT, SIGTERM,
/// SIGHUP), when the system cannot stage without a name (no `O_TMPFILE`). Read by the
/// signal handler (which only calls `unlink`, async-signal-safe); set and cleared by the
/// one staged output the tool has at a time.
nonisolated(unsafe) private var interruptedOutputPath: UnsafeMutablePointer<CChar>?

/// Removes the staged file, then ends the process as the signal would have.
private func removeStagedOutputAndExit(_ number: Int32) {
    if let path = interruptedOutputPath { unlink(path) }
    _ = signal(number, SIG_DFL)
    raise(number)
}

#if os(Linux)
/// `sync_file_range(2)`, looked up once: glibc declares it only under `_GNU_SOURCE`, which
/// Swift's Glibc module does not set; `nil` where the lookup fails (a static binary).
private let syncFileRange: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32)? = {
    guard let symbol = dlsym(nil, "sync_file_range") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32).self)
}()
#endif

/// Starts writing a file's bytes `range` to disk without waiting for them (Linux
/// `SYNC_FILE_RANGE_WRITE`; elsewhere nothing: the commit's `fsync` writes everything).
private func startWriting(_ descriptor: Int32, range: Range<Int>) {
    #if os(Linux)
    _ = syncFileRange?(descriptor, Int64(range.lowerBound), Int64(range.count), 2)  // SYNC_FILE_RANGE_WRITE
    #endif
}

/// Output to a file, staged beside it and renamed over it on commit, so that the file is
/// either its old self or the whole new output. The target's symbolic link is followed (the
/// link stays, its file is replaced) and an existing file's permissions are kept; a target
/// that is not a regular file (a device such as `/dev/null`, a pipe) is written directly,
/// since it cannot be replaced.
final class FileOutput: StagedOutput {
    private var descriptor: Int32
    /// The file to replace (the target with links resolved), or `nil` when written directly.
    private let replaced: String?
    /// The staging file's name, when it has one.
    private var stagingPath: String?
    /// The output as the user named it (for messages).
    private let target: String
    private var finished = false
    /// Bytes written to the staged file, and how many of them were handed to the disk.
    private var written = 0, handedToDisk = 0
    /// Bytes between hints to start writing the staged file to disk.
    private static let diskStep = 16 << 20
    /// Direct writes, once the output has outgrown a few of the page cache's writes (small
    /// files stay in the cache, where they are read back soonest); `nil` before, after
    /// ``DirectWrites/finish()``, after the file system refused a direct write, and where
    /// it has no direct I/O.
    private var direct: DirectWrites?
    /// What direct writes call (tests pass a `write(2)` that fails).
    private let directWrite: DirectWrites.SystemWrite?
    /// A write that failed: the staged file is incomplete, and ``commit()`` refuses it.
    private var failure: OutputError?
    /// Whether direct writes may still start (a regular staged file that has not yet tried).
    private var mayWriteDirectly: Bool
    /// Bytes written through the page cache before direct writes are tried (4 MiB: 1 ms of output).
    private static let directThreshold = 4 << 20
    /// Whether bytes now go past the page cache (for tests).
    var writesDirectly: Bool { direct?.direct ?? false }

    /// Stages output for `target`.
    ///
    /// - Throws: ``OutputError`` naming the directory or file and the system's reason.
    init(target: String, directWrite: DirectWrites.SystemWrite? = nil) throws {
        self.target = target
        self.directWrite = directWrite
        var info = stat()
        let exists = stat(target, &info) == 0
        if exists, info.st_mode & S_IFMT != S_IFREG {
            descriptor = open(target, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError("cannot open '\(target)' (\(systemReason()))") }
            replaced = nil
            mayWriteDirectly = false
            return
        }
        var resolved = target
        if exists, let real = realpath(target, nil) {
            resolved = String(cString: real)
            free(real)
        }
        let mask = umask(0)
        umask(mask)
        let mode = exists ? info.st_mode & 0o7777 : 0o666 & ~mask
        let directory = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
        guard let staging = stagingFile(in: directory, name: URL(fileURLWithPath: resolved).lastPathComponent, mode: mode) else {
            throw OutputError("cannot create a file in '\(directory)' (\(systemReason()))")
        }
        descriptor = staging.descriptor
        stagingPath = staging.path
        replaced = resolved
        mayWriteDirectly = true
        if let path = staging.path { watchForInterruptions(path) }
    }

    /// Removes `path` if the process is interrupted before the output is delivered.
    private func watchForInterruptions(_ path: String) {
        let previous = interruptedOutputPath
        interruptedOutputPath = strdup(path)
        if let previous { free(previous) }
        for interruption in [SIGINT, SIGTERM, SIGHUP] { _ = signal(interruption, removeStagedOutputAndExit) }
    }

    deinit { discard() }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        do {
            if let direct {
                try direct.append(bytes)
            } else {
                // Through the page cache, up to the block boundary where a large output starts
                // going past it (`DirectWrites`).
                let cached = cachedPrefix(of: bytes.count)
                try writeAll(descriptor, UnsafeRawBufferPointer(rebasing: bytes[..<cached]))
                if cached < bytes.count {
                    mayWriteDirectly = false
                    direct = directWrite.map { DirectWrites(descriptor: descriptor, write: $0) } ?? DirectWrites(descriptor: descriptor)
                    let rest = UnsafeRawBufferPointer(rebasing: bytes[cached...])
                    if let direct { try direct.append(rest) } else { try writeAll(descriptor, rest) }
                }
            }
            // Refused by the file system: back to the page cache (and its hints) for good.
            if let direct, !direct.direct { try finishDirectWrites() }
        } catch {
            let failure = OutputError("cannot write '\(target)' (\(error))")
            self.failure = failure
            throw failure
        }
        written += bytes.count
        guard direct == nil else { return }
        // The staged file goes to disk while later bytes are computed, so that the commit's
        // `fsync` waits for the last step only (a hint: an error shows at the `fsync`).
        if replaced != nil, written - handedToDisk >= Self.diskStep {
            startWriting(descriptor, range: handedToDisk..<written)
            handedToDisk = written
        }
    }

    func overwrite(_ bytes: [UInt8], at offset: Int) -> Bool {
        // Only the staging file: a device or pipe written directly cannot be rewritten.
        guard replaced != nil else { return false }
        do { try finishDirectWrites() } catch {
            failure = OutputError("cannot write '\(target)' (\(error))")
            return false
        }
        return bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset)) == $0.count }
    }

    func commit() throws {
        guard !finished else { return }
        finished = true
        defer { forgetForInterruptions() }
        guard let replaced else {
            close(descriptor)
            return
        }
        // A write that failed (here, or earlier while rewriting or writing) leaves the file incomplete.
        do { try finishDirectWrites() } catch { failure = OutputError("cannot write '\(replaced)' (\(error))") }
        if let failure {
            discardFiles()
            throw failure
        }
        guard fsync(descriptor) == 0 || errno == EINVAL else { discardFiles(); throw OutputError("cannot write '\(replaced)' (\(systemReason()))") }
        if stagingPath == nil {
            // A file without a name gets one beside the target, then replaces it.
            let name = URL(fileURLWithPath: replaced).deletingLastPathComponent()
                .appendingPathComponent(".\(URL(fileURLWithPath: replaced).lastPathComponent).\(UUID().uuidString).tmp").path
            // Named for the interruption handler first: a signal between the link and the
            // rename removes the name instead of leaving it.
            watchForInterruptions(name)
            guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 else {
                discardFiles()
                throw OutputError("cannot write '\(replaced)' (\(systemReason()))")
            }
            stagingPath = name
        }
        close(descriptor)
        descriptor = -1
        guard let path = stagingPath, rename(path, replaced) == 0 else {
            discardFiles()
            throw OutputError("cannot write '\(replaced)' (\(systemReason()))")
        }
        stagingPath = nil
    }

    func discard() {
        guard !finished else { return }
        finished = true
        discardFiles()
        forgetForInterruptions()
    }

    /// How many of the next `count` bytes go through the page cache: all, unless they cross
    /// the first block boundary at or past ``directThreshold``, where direct writes start.
    private func cachedPrefix(of count: Int) -> Int {
        guard mayWriteDirectly, written + count > Self.directThreshold else { return count }
        let alignment = DirectWrites.alignment
        let boundary = (max(written, Self.directThreshold) + alignment - 1) / alignment * alignment
        return min(count, boundary - written)
    }

    /// Writes what direct writes hold and returns to writing through the page cache.
    private func finishDirectWrites() throws {
        mayWriteDirectly = false
        defer { direct = nil }
        try direct?.finish()
    }

    /// Closes and removes what was staged.
    private func discardFiles() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if let path = stagingPath { unlink(path) }
        stagingPath = nil
    }

    /// Stops removing the staged file on interruption.
    private func forgetForInterruptions() {
        guard let path = interruptedOutputPath else { return }
        interruptedOutputPath = nil
        free(path)
    }
}

/// Output for standard output, held in a file without a name in the temporary directory
/// until commit copies it out, so that a failure writes nothing; where no such file can be
/// made (an unusable `TMPDIR`), in memory.
final class StandardOutputStaging: StagedOutput {
    private var descriptor: Int32 = -1
    private var memory: Data?
    private var finished = false
    /// Where the output goes on commit (standard output; tests pass a file's).
    private let destination: Int32

    init(destination: Int32 = STDOUT_FILENO) {
        self.destination = destination
        if let anonymous = anonymousTemporaryFile(name: "hearth-output") {
            descriptor = anonymous  // read back through the descriptor only
        } else {
            memory = Data()
        }
    }

    deinit { discard() }

    func overwrite(_ bytes: [UInt8], at offset: Int) -> Bool {
        if var memory {
            guard offset + bytes.count <= memory.count else { return false }
            memory.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
            self.memory = memory
            return true
        }
        return bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset)) == $0.count }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if memory != nil {
            memory?.append(contentsOf: bytes)
            return
        }
        do { try writeAll(descriptor, bytes) } catch {
            throw OutputError(
                "cannot hold the scores for standard output in '\(NSTemporaryDirectory())' (\(error)); set TMPDIR to a folder with room, or use --output")
        }
    }

    func commit() throws {
        guard !finished else { return }
        finished = true
        defer { discard() }
        if let memory {
            try memory.withUnsafeBytes { try writeAll(destination, $0) }
            return
        }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw OutputError("cannot read the staged output back (\(systemReason()))") }
        let input = FileInput(descriptor: descriptor)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try input.read(into: $0) }
            guard count > 0 else { return }
            try buffer.withUnsafeBytes { try writeAll(destination, UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    func discard() {
        finished = true
        memory = nil
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }
}

extension ProcessIO {
    /// Opens a file with `read(2)`, or standard input.
    public func openInput(at path: String?) throws -> any ByteInput {
        try path.map { try FileInput(path: $0) } ?? FileInput(descriptor: STDIN_FILENO)
    }

    /// Stages output beside the target file (``FileOutput``), or for standard output (also
    /// when the path names one of the process's own descriptors: `/dev/stdout`, `/dev/fd/N`,
    /// `/proc/self/fd/N`, so that a shell's `>>` keeps appending).
    public func stageOutput(to path: String?) throws -> any StagedOutput {
        guard let path else { return StandardOutputStaging() }
        if let descriptor = Self.ownDescriptor(path) { return StandardOutputStaging(destination: descriptor) }
        return try FileOutput(target: path)
    }

    /// The descriptor a path names when it is one of the process's own.
    static func ownDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                if let number = Int32(path.dropFirst(prefix.count)), number >= 0 { return number }
            }
            return nil
        }
    }
}
