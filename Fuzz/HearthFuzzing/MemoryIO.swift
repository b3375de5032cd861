import Foundation
import HearthCLI

/// In-memory files and streams, so the CLI's parsers can be fuzzed without touching disk.
final class MemoryIO: CommandIO {
    var files: [String: Data]
    var output = Data()
    var errors = ""

    init(files: [String: Data]) { self.files = files }

    func readStandardInput() throws -> Data { Data() }
    func writeStandardOutput(_ data: Data) { output.append(data) }
    func writeStandardError(_ text: String) { errors += text }
    func readFile(at path: String) throws -> Data {
        guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
        return data
    }
    func writeFile(_ data: Data, to path: String) throws { files[path] = data }
    func writeOwnerOnlyFile(_ data: Data, to path: String) throws { files[path] = data }
    func createDirectory(at path: String) throws {}
}
