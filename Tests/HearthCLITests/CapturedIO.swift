import Foundation
import HearthCLI

/// In-memory I/O for driving the tool in tests. Reads fall back to the real file system
/// (for the repository's example files); writes stay in memory.
final class CapturedIO: CommandIO {
    var standardInput = Data()
    var standardOutput = Data()
    var standardError = ""
    var files: [String: Data] = [:]
    var failWrites = false
    var directories: Set<String> = []
    /// Files written readable by their owner only.
    var ownerOnly: Set<String> = []

    init(input: String = "", files: [String: String] = [:]) {
        standardInput = Data(input.utf8)
        self.files = files.mapValues { Data($0.utf8) }
    }

    func readStandardInput() throws -> Data { standardInput }
    func writeStandardOutput(_ data: Data) { standardOutput.append(data) }
    func writeStandardError(_ text: String) { standardError += text }
    func readFile(at path: String) throws -> Data {
        if let data = files[path] { return data }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
    func writeFile(_ data: Data, to path: String) throws {
        if failWrites { throw CocoaError(.fileWriteNoPermission) }
        files[path] = data
    }
    func writeOwnerOnlyFile(_ data: Data, to path: String) throws {
        try writeFile(data, to: path)
        ownerOnly.insert(path)
    }
    func createDirectory(at path: String) throws {
        if failWrites { throw CocoaError(.fileWriteNoPermission) }
        directories.insert(path)
    }

    var output: String { String(decoding: standardOutput, as: UTF8.self) }
}

let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func examplePath(_ name: String) -> String { repositoryRoot.appendingPathComponent("docs/examples/\(name)").path }

/// Runs the tool and returns its exit status.
@discardableResult
func run(_ arguments: [String], _ io: CapturedIO) -> Int32 { HearthTool.run(arguments, io: io) }

/// The real file system (through ``ProcessIO``: files read with `read(2)`, output staged in
/// a temporary file beside its target) with the standard streams captured.
final class DiskIO: CommandIO {
    private let disk = ProcessIO()
    var standardOutput = Data()
    var standardError = ""

    func readStandardInput() throws -> Data { Data() }
    func writeStandardOutput(_ data: Data) { standardOutput.append(data) }
    func writeStandardError(_ text: String) { standardError += text }
    func readFile(at path: String) throws -> Data { try disk.readFile(at: path) }
    func writeFile(_ data: Data, to path: String) throws { try disk.writeFile(data, to: path) }
    func writeOwnerOnlyFile(_ data: Data, to path: String) throws { try disk.writeOwnerOnlyFile(data, to: path) }
    func createDirectory(at path: String) throws { try disk.createDirectory(at: path) }
    func isSameFile(_ first: String, _ second: String) -> Bool { disk.isSameFile(first, second) }
    func openInput(at path: String?) throws -> any ByteInput { try disk.openInput(at: path ?? "/dev/null") }  // no standard input in tests
    func stageOutput(to path: String?) throws -> any StagedOutput { try disk.stageOutput(to: path) }
}
