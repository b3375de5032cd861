import Foundation

/// One benchmark figure, with exactly the keys of the `--json` output.
struct BenchResult: Codable {
    var name: String
    var threads: Int
    var respondents: Int
    var items: Int
    var seconds: Double
    var itemsPerSecond: Double
    var peakMemoryBytes: Int
}

enum Measurement {
    /// The best wall time of each body, run in turn round after round: at least
    /// `repetitions` rounds, and until every body's runs add up to `minimumSeconds` (at most
    /// 1,000 rounds).
    static func bestTimes(repetitions: Int, minimumSeconds: Double, _ bodies: [() -> Void]) -> [Double] {
        var best = [Double](repeating: .infinity, count: bodies.count), total = [Double](repeating: 0, count: bodies.count)
        var rounds = 0
        while rounds < repetitions || (total.contains { $0 < minimumSeconds } && rounds < 1_000) {
            for (index, body) in bodies.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                body()
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                best[index] = min(best[index], seconds)
                total[index] += seconds
            }
            rounds += 1
        }
        return best
    }

    /// Resets the peak resident-set size (Linux: `/proc/self/clear_refs`), so that the next
    /// ``peakMemoryBytes()`` measures one workload.
    static func resetPeakMemory() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// The peak resident-set size since the last reset (VmHWM), or the process maximum.
    static func peakMemoryBytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        {
            return kilobytes * 1024
        }
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss  // bytes on Darwin
        #endif
    }
}

/// Keeps results alive so the optimiser cannot drop the work that produced them.
final class BlackHole: @unchecked Sendable {
    private let lock = NSLock()
    private var sink: UInt64 = 0
    func consume(_ value: UInt64) {
        lock.lock()
        sink &+= value
        lock.unlock()
    }
    var value: UInt64 { lock.withLock { sink } }
}
