import Foundation
import HearthCLI

/// Inputs through the `hearth` tool, as a user's files would arrive: every run must end
/// with exit status 0 (and output), 1 (bad data) or 2 (bad usage), never a crash.
enum CLIHarness {
    static func cohortCSV(_ data: Data) {
        // The first byte picks the instrument, so CTS2's and AUDIT-C's special rules are reached.
        let instrument = ["ace", "cts2", "auditc"][Int(data.first ?? 0) % 3]
        run(["score", instrument, "--input", "/in.csv", "--norms", "reference"], file: data.dropFirst())
    }

    static func family(_ data: Data) { run(["profile", "/in.json"], file: data) }

    static func safetyInput(_ data: Data) { run(["assess", "/in.json", "--as-of", "2026-06-01", "--explain"], file: data) }

    private static func run(_ arguments: [String], file: Data) {
        let io = MemoryIO(files: ["/in.csv": Data(file), "/in.json": Data(file)])
        let status = HearthTool.run(arguments, io: io)
        require([0, 1].contains(status), "exit status is 0 or 1 for file input")
        require(status != 0 || !io.output.isEmpty, "success writes output")
        require(status == 0 || io.errors.hasPrefix("hearth: error: "), "failure explains itself")
    }
}
