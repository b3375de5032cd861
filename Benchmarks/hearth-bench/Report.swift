import Foundation

/// Prints results as a table (with the ratios the targets are stated in) or as JSON.
enum Report {
    static func json(_ results: [BenchResult]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(["results": results]) else { return "{\"results\": []}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func table(_ results: [BenchResult]) -> String {
        var lines = [pad("workload", 20) + pad("threads", 8) + pad("respondents", 13) + pad("items", 14) + pad("seconds", 10) + pad("items/s", 12) + "peak MiB"]
        for result in results {
            lines.append(
                pad(result.name, 20) + pad("\(result.threads)", 8) + pad("\(result.respondents)", 13) + pad("\(result.items)", 14)
                    + pad(String(format: "%.4f", result.seconds), 10) + pad(String(format: "%.3g", result.itemsPerSecond), 12)
                    + String(format: "%.0f", Double(result.peakMemoryBytes) / 1_048_576))
        }
        lines.append("")
        lines += ratios(results)
        return lines.joined(separator: "\n")
    }

    /// The target ratios, each measured within this run.
    static func ratios(_ results: [BenchResult]) -> [String] {
        func rate(_ name: String, threads: Int) -> Double? {
            results.first { $0.name == name && $0.threads == threads }?.itemsPerSecond
        }
        let cores = results.map(\.threads).max() ?? 1
        var lines: [String] = []
        if let kernel = rate("tscyc-shape", threads: 1), let ceiling = rate("plain-row-sum", threads: 1) {
            lines.append(String(format: "tscyc-shape / plain-row-sum, 1 thread: %.2f (target ≥ 0.50)", kernel / ceiling))
        }
        for name in ["tscyc-shape", "cts2", "battery-scoring", "battery"] where cores > 1 {
            if let one = rate(name, threads: 1), let all = rate(name, threads: cores) {
                lines.append(String(format: "%@ all cores / 1 thread: %.2f× on %d cores (target ≥ 1.8× on 2)", name, all / one, cores))
            }
        }
        for result in results where result.name.hasPrefix("battery") {
            let what = switch result.name {
            case "battery": "scoring, norm columns, profile and safety decisions"
            case "battery-explained": "scoring, norm results, full assessments with reasons"
            default: "scoring only"
            }
            let target = switch result.name {
            case "battery": " (target ≥ 1e6 with norms, profiles, safety)"
            case "battery-explained": " (target: ≥ 0.08 of battery)"
            default: ""
            }
            lines.append(String(format: "%@ (%@), %d thread(s): %.3g families/s per core%@",
                                result.name, what, result.threads, Double(result.respondents) / result.seconds / Double(result.threads), target))
        }
        if let decided = rate("battery", threads: 1), let scored = rate("battery-scoring", threads: 1) {
            lines.append(String(format: "battery / battery-scoring, 1 thread: %.2f (target ≥ 0.35: what norms, profiles and safety leave of the scoring rate)", decided / scored))
        }
        func familyRate(_ name: String) -> Double? {
            results.first { $0.name == name && $0.threads == 1 }.map { Double($0.respondents) / $0.seconds }
        }
        if let explained = familyRate("battery-explained"), let decided = familyRate("battery") {
            lines.append(String(format: "battery-explained / battery, 1 thread: %.3f (target ≥ 0.08: every reason in English text)", explained / decided))
        }
        let sweep = results.filter { $0.name == "sweep-tscyc-shape" }
        if sweep.count > 1 {
            let costs = sweep.map { $0.seconds / Double($0.respondents) * 1e9 }
            let reference = costs.sorted()[costs.count / 2]
            let spread = costs.map { ($0 / reference - 1) * 100 }
            lines.append("sweep ns/respondent: " + zip(sweep, costs).map { "\($0.respondents): \(String(format: "%.1f", $1))" }.joined(separator: ", ")
                + String(format: " (spread %+.0f%% … %+.0f%% of the median; target ±20%%)", spread.min() ?? 0, spread.max() ?? 0))
        }
        return lines
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
