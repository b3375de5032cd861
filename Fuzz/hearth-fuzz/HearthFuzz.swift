import Foundation
import HearthFuzzing

// Built with `-sanitize=fuzzer,address -DHEARTH_FUZZING` (see Fuzz/run) this is a libFuzzer
// target; HEARTH_FUZZ_TARGET picks the harness. Built normally it replays inputs:
// `swift run hearth-fuzz <harness> <file or folder>...`, to reproduce a finding.

#if HEARTH_FUZZING
private let harness: FuzzHarness = {
    let name = ProcessInfo.processInfo.environment["HEARTH_FUZZ_TARGET"] ?? ""
    guard let harness = FuzzHarness(rawValue: name) else {
        preconditionFailure("set HEARTH_FUZZ_TARGET to one of \(FuzzHarness.allCases.map(\.rawValue))")
    }
    return harness
}()

/// libFuzzer's entry for a program with its own `main` (SwiftPM renames an executable's
/// entry point, so libFuzzer's `main` cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
struct HearthFuzzDriver {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        _ = harness
        let status = runDriver(&argc, &argv) { bytes, count in
            harness.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        }
        exit(status)
    }
}
#else
@main
struct HearthFuzzReplay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let harness = FuzzHarness(rawValue: name) else {
            FileHandle.standardError.write(Data("usage: hearth-fuzz <\(FuzzHarness.allCases.map(\.rawValue).joined(separator: "|"))> <file or folder>...\n".utf8))
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst() {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                harness.run(data)
                count += 1
            }
        }
        FileHandle.standardOutput.write(Data("\(name): \(count) inputs replayed without a finding\n".utf8))
    }

    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { (path as NSString).appendingPathComponent($0) }
    }
}
#endif
