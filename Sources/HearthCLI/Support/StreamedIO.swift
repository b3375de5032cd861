import Foundation

/// Bytes read in pieces (a file or standard input), so that a large input is never held whole.
public protocol ByteInput: AnyObject {
    /// Fills `buffer` from the start and returns how many bytes were read; 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Output written in pieces that reaches its destination only when committed: a file is
/// written beside its target and renamed over it, standard output receives everything at
/// the end. Discarding (or failing) leaves nothing written.
public protocol StagedOutput: AnyObject {
    /// Appends bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Replaces bytes already written at `offset` (an SPSS header's case count, known only
    /// at the end); `false` where the output cannot be rewritten (a pipe or device).
    func overwrite(_ bytes: [UInt8], at offset: Int) -> Bool
    /// Delivers everything written.
    func commit() throws
    /// Drops everything written.
    func discard()
}

extension CommandIO {
    /// Opens a file, or standard input when `path` is `nil`, for reading in pieces. The
    /// default reads it whole through ``readFile(at:)`` (in-memory I/O for tests).
    public func openInput(at path: String?) throws -> any ByteInput {
        DataInput(try path.map { try readFile(at: $0) } ?? readStandardInput())
    }

    /// Stages output for a file, or standard output when `path` is `nil`. The default
    /// collects it in memory and hands it to ``writeFile(_:to:)`` or
    /// ``writeStandardOutput(_:)`` on commit.
    public func stageOutput(to path: String?) throws -> any StagedOutput {
        CollectedOutput(io: self, path: path)
    }
}

/// Bytes in memory, read in pieces.
final class DataInput: ByteInput {
    private let data: Data
    private var offset: Int

    init(_ data: Data) {
        self.data = data
        offset = data.startIndex
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, data.endIndex - offset)
        guard count > 0 else { return 0 }
        data.copyBytes(to: buffer.bindMemory(to: UInt8.self), from: offset..<(offset + count))
        offset += count
        return count
    }
}

/// Output collected in memory and delivered through a ``CommandIO`` on commit.
final class CollectedOutput: StagedOutput {
    private let io: any CommandIO
    private let path: String?
    private var data = Data()

    init(io: any CommandIO, path: String?) {
        self.io = io
        self.path = path
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws { data.append(contentsOf: bytes) }

    func overwrite(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + bytes.count <= data.count else { return false }
        data.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
        return true
    }

    func commit() throws {
        if let path { try io.writeFile(data, to: path) } else { io.writeStandardOutput(data) }
    }

    func discard() { data = Data() }
}
