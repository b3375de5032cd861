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
    /// Creates a directory and any missing parents; succeeds if it exists.
    func createDirectory(at path: String) throws
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
    /// Creates a directory and any missing parents.
    public func createDirectory(at path: String) throws {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path), withIntermediateDirectories: true)
    }
}
