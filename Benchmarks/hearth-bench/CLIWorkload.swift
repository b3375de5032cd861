import Foundation
import HearthCLI
import HearthSynthetic

/// The command line's path: a synthetic CTS2 CSV on disk scored by `hearth score` into a
/// scores CSV on disk, through the tool itself (``HearthTool``, the process's streams and
/// files), scoring on one thread while reading and writing run on their own.
extension Workload {
    /// Writes `rows` rows of ``SyntheticCTS2CSV`` to `path` (not timed).
    func writeCohortFile(rows: Int, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot write \(path)")
        }
        defer { try? handle.close() }
        var stream = SyntheticCTS2CSV()
        var text = SyntheticCTS2CSV.header
        while stream.nextRow < rows {
            stream.append(rows: min(50_000, rows - stream.nextRow), to: &text)
            try handle.write(contentsOf: Data(text.utf8))
            text = ""
        }
    }

    /// `hearth score cts2 --input FILE --output FILE --threads 1`, timed whole.
    func cliScore(_ name: String, rows: Int, input: String, output: String) -> Job {
        Job(name: name, threads: 1, respondents: rows, items: rows * SyntheticCTS2CSV.items.count) {
            let io = ProcessIO()
            let status = HearthTool.run(["score", "cts2", "--input", input, "--output", output, "--threads", "1"], io: io)
            if status != 0 {
                standardError("hearth-bench: hearth score failed (\(status))")
                exit(1)
            }
        }
    }

    /// A scratch directory for the files, removed by the caller.
    func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// `cli-score` at several sizes, each alone (its own peak memory), and the cost per row
    /// between them: memory must not grow with the file, nor the cost per row.
    func cliSweep(sizes: [Int]) throws -> [BenchResult] {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var results: [BenchResult] = []
        for size in sizes {
            let input = directory.appendingPathComponent("cohort-\(size).csv").path
            let output = directory.appendingPathComponent("scores-\(size).csv").path
            try writeCohortFile(rows: size, to: input)
            results += measure([cliScore("cli-score-sweep", rows: size, input: input, output: output)])
            try? FileManager.default.removeItem(atPath: input)
            try? FileManager.default.removeItem(atPath: output)
        }
        return results
    }
}
