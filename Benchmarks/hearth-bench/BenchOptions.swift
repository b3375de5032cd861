/// The command line of `hearth-bench`.
struct BenchOptions {
    var json = false
    var check = false
    var respondents = 1_000_000
    var threads: [Int] = []
    var only: String?
    /// Runs per figure, at least; and at least this much measured time (seconds) per figure.
    var repetitions = 3
    var minimumSeconds = 1.0

    static let usage = """
        usage: swift run -c release hearth-bench [--json] [--respondents N] [--threads N] [--only NAME]
                                                 [--repetitions N] [--min-time SECONDS] [--check]
        workloads: plain-row-sum, tscyc-shape, cts2, battery-scoring, battery, battery-explained, sweep
          --respondents N  rows of the single-instrument cohorts (default 1000000); battery-scoring and battery (with norms, profiles, safety) use N/10 families, battery-explained N/100
          --threads N      run only with N threads (default: 1 and every core)
          --only NAME      run one workload
          --repetitions N  runs per figure, at least (default 3); each figure is the best run
          --min-time S     and runs until they add up to S seconds (default 1; at most 1000 runs; 0: N runs)
          --check          CI mode: fast path equals the reference scorer, and the kernel keeps its
                           stated fraction of plain-row-sum's rate (ratios, never absolute times)
        """

    init(_ arguments: [String]) throws(BenchError) {
        var index = 0
        func value() throws(BenchError) -> String {
            index += 1
            guard index < arguments.count else { throw BenchError("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        func number() throws(BenchError) -> Int {
            let text = try value()
            guard let number = Int(text), number > 0 else { throw BenchError("\(arguments[index - 1]) needs a positive whole number") }
            return number
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--json": json = true
            case "--check": check = true
            case "--respondents": respondents = try number()
            case "--threads": threads = [try number()]
            case "--repetitions": repetitions = try number()
            case "--min-time":
                let text = try value()
                guard let seconds = Double(text), seconds >= 0, seconds.isFinite else { throw BenchError("--min-time needs a number of seconds ≥ 0") }
                minimumSeconds = seconds
            case "--only":
                let name = try value()
                guard Workload.names.contains(name) else { throw BenchError("unknown workload '\(name)'; workloads: \(Workload.names.joined(separator: ", "))") }
                only = name
            case "--help", "-h": throw BenchError(Self.usage, exitStatus: 0)
            default: throw BenchError("unknown argument '\(arguments[index])'\n\(Self.usage)")
            }
            index += 1
        }
    }
}

/// A failure that ends the run with a message.
struct BenchError: Error {
    var message: String
    var exitStatus: Int32
    init(_ message: String, exitStatus: Int32 = 2) {
        self.message = message
        self.exitStatus = exitStatus
    }
}
