import Foundation

/// Where a command reads and writes. The executable uses the process's streams and the
/// file system; tests capture everything in memory.
public protocol CommandIO: AnyObject {
    /// Reads all of standard input.
    func readStandardInput() throws -> Data
    /// Writes to standard output.
    func writeStandardOutput(_ data: Data)
    /// Writes to standard error.
    func writeStandardError(_ text: String)
    /// Reads a file.
    func readFile(at path: String) throws -> Data
    /// Replaces a file's contents atomically (all or nothing).
    func writeFile(_ data: Data, to path: String) throws
    /// Replaces a file's contents atomically, the file readable and writable by its owner
    /// only (a family report: personal data of the professional's case, under pseudonyms).
    func writeOwnerOnlyFile(_ data: Data, to path: String) throws
    /// Creates a directory and any missing parents; succeeds if it exists.
    func createDirectory(at path: String) throws
    /// Whether two paths name the same file (used to refuse writing over an input).
    func isSameFile(_ first: String, _ second: String) -> Bool
    /// Opens a file, or standard input when `path` is `nil`, for reading in pieces.
    func openInput(at path: String?) throws -> any ByteInput
    /// Stages output for a file, or standard output when `path` is `nil`: nothing reaches
    /// it until ``StagedOutput/commit()``.
    func stageOutput(to path: String?) throws -> any StagedOutput
}

extension CommandIO {
    /// Whether two paths are the same after making them absolute and removing `.` and `..`.
    public func isSameFile(_ first: String, _ second: String) -> Bool {
        URL(fileURLWithPath: first).standardizedFileURL.path == URL(fileURLWithPath: second).standardizedFileURL.path
    }
}

/// The process's own streams and file system.
public final class ProcessIO: CommandIO {
    /// Creates the process I/O.
    public init() {}

    /// Reads all of standard input.
    public func readStandardInput() throws -> Data { FileHandle.standardInput.readDataToEndOfFile() }
    /// Writes to standard output.
    public func writeStandardOutput(_ data: Data) { FileHandle.standardOutput.write(data) }
    /// Writes to standard error.
    public func writeStandardError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
    /// Reads a file.
    public func readFile(at path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }
    /// Replaces a file's contents atomically.
    public func writeFile(_ data: Data, to path: String) throws {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
    /// Writes to a temporary file created with mode 0600 beside the target, then renames it
    /// over the target: the file is never readable by others, not even for a moment.
    public func writeOwnerOnlyFile(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        do {
            // Permissions set explicitly too: createFile's attributes are subject to the umask only on some systems.
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
            guard rename(temporary.path, target.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
    /// Creates a directory and any missing parents.
    public func createDirectory(at path: String) throws {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path), withIntermediateDirectories: true)
    }
    /// Whether two paths name the same file: the same device and inode when both exist
    /// (hard and symbolic links included), else the same path after resolving links.
    public func isSameFile(_ first: String, _ second: String) -> Bool {
        func resolved(_ path: String) -> String { URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path }
        let (a, b) = (resolved(first), resolved(second))
        if a == b { return true }
        let manager = FileManager.default
        guard let left = try? manager.attributesOfItem(atPath: a), let right = try? manager.attributesOfItem(atPath: b),
              let fileA = left[.systemFileNumber] as? NSNumber, let fileB = right[.systemFileNumber] as? NSNumber,
              let deviceA = left[.systemNumber] as? NSNumber, let deviceB = right[.systemNumber] as? NSNumber else { return false }
        return fileA == fileB && deviceA == deviceB
    }
}
