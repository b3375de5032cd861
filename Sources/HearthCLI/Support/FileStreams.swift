import Foundation
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

/// Writes all of `bytes` to a descriptor (retrying short writes and interruptions).
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws {
    guard var base = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
        let written = Foundation.write(descriptor, base, remaining)
        if written < 0 {
            guard errno == EINTR else { throw CocoaError(.fileWriteUnknown) }
            continue
        }
        base += written
        remaining -= written
    }
}

/// The staged output file to remove when the process is interrupted (SIGINT, SIGTERM,
/// SIGHUP), so that Ctrl-C never leaves a temporary file beside the target. Read by the
/// signal handler (which only calls `unlink`, async-signal-safe); set and cleared by the one
/// staged output the tool has at a time.
nonisolated(unsafe) private var interruptedOutputPath: UnsafeMutablePointer<CChar>?

/// Removes the staged file, then ends the process as the signal would have.
private func removeStagedOutputAndExit(_ number: Int32) {
    if let path = interruptedOutputPath { unlink(path) }
    _ = signal(number, SIG_DFL)
    raise(number)
}

/// Output written to a temporary file and delivered on commit: renamed over its target
/// (in the target's directory, so the rename is atomic), or copied to standard output.
final class TemporaryFileOutput: StagedOutput {
    private var descriptor: Int32
    private let temporaryPath: String
    private let target: String?
    private var finished = false

    /// Stages output for `target` (standard output when `nil`).
    init(target: String?) throws {
        let directory = target.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? NSTemporaryDirectory()
        let name = target.map { "." + URL(fileURLWithPath: $0).lastPathComponent } ?? "hearth-output"
        var template = Array((URL(fileURLWithPath: directory).appendingPathComponent("\(name).XXXXXX.tmp").path).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemps($0, 4) } ?? -1
        }
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        self.descriptor = descriptor
        temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        self.target = target
        if target == nil {
            // Standard output's copy is read back through the descriptor; the name goes at once.
            unlink(temporaryPath)
        } else {
            // mkstemp creates the file 0600; a scores file gets the permissions a new file would.
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
            interruptedOutputPath = strdup(temporaryPath)
            for interruption in [SIGINT, SIGTERM, SIGHUP] { _ = signal(interruption, removeStagedOutputAndExit) }
        }
    }

    /// Stops removing the staged file on interruption (it was renamed or removed).
    private func forgetForInterruptions() {
        guard target != nil, let path = interruptedOutputPath else { return }
        interruptedOutputPath = nil
        free(path)
    }

    deinit { discard() }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try writeAll(descriptor, bytes)
    }

    func commit() throws {
        guard !finished else { return }
        if let target {
            guard fsync(descriptor) == 0 || errno == EINVAL, close(descriptor) == 0 else { discard(); throw CocoaError(.fileWriteUnknown) }
            descriptor = -1
            guard rename(temporaryPath, target) == 0 else { discard(); throw CocoaError(.fileWriteUnknown) }
            forgetForInterruptions()
        } else {
            try copyToStandardOutput()
            close(descriptor)
            descriptor = -1
        }
        finished = true
    }

    /// Copies the temporary file to standard output.
    private func copyToStandardOutput() throws {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw CocoaError(.fileReadUnknown) }
        let input = FileInput(descriptor: descriptor)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try input.read(into: $0) }
            guard count > 0 else { return }
            try buffer.withUnsafeBytes { try writeAll(STDOUT_FILENO, UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    func discard() {
        guard !finished else { return }
        finished = true
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if target != nil { unlink(temporaryPath) }
        forgetForInterruptions()
    }
}

extension ProcessIO {
    /// Opens a file with `read(2)`, or standard input.
    public func openInput(at path: String?) throws -> any ByteInput {
        try path.map { try FileInput(path: $0) } ?? FileInput(descriptor: STDIN_FILENO)
    }

    /// Stages output in a temporary file (beside the target, or for standard output).
    public func stageOutput(to path: String?) throws -> any StagedOutput {
        try TemporaryFileOutput(target: path)
    }
}
