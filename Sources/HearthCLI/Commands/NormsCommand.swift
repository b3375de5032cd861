import Foundation
import HearthCore
import HearthResearch
import HearthNorms

/// `hearth norms [--norm-file FILE]`: the norm entries as CSV (built in, plus a file's).
struct NormsCommand: Subcommand {
    static let name = "norms"
    static let summary = "list the norm entries (the source report's statistics)"
    static let usage = """
        usage: hearth norms [--norm-file FILE]

        Writes the norm entries as CSV: the source report's reference and research
        statistics (id, instrument, scale, statistic, population, stratum, n, mean, sd,
        percent, alpha, table, lines, label), then any licensed raw-to-T tables.

        options:
          --norm-file FILE        adds a norm file's entries and T tables (docs/norms.md);
                                  anything else (a key file, say) is refused
          -h, --help              shows this help

        exit status: 0 success, 1 bad input, 2 bad usage
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, command: "norms", options: ["norm-file"])
        guard parsed.positional.isEmpty else { throw .usage("norms takes no positional arguments", command: "norms") }
        let norms = try NormLoader(io: io).load(file: parsed.options["norm-file"])
        var writer = CSVWriter()
        writer.writeRecord(["id", "instrument", "scale", "statistic", "population", "stratum", "n", "mean", "sd", "percent", "alpha", "table", "lines", "label"])
        for entry in norms.entries {
            let stratum = entry.stratum.values.keys.sorted().map { key in "\(key)=\(Self.text(entry.stratum.values[key]))" }.joined(separator: ";")
            writer.writeRecord([
                entry.id, entry.instrument, entry.scale, entry.statistic, entry.population, stratum,
                entry.n.map(String.init) ?? "", entry.mean.map(CSVWriter.format) ?? "", entry.sd.map(CSVWriter.format) ?? "",
                entry.percent.map(CSVWriter.format) ?? "", entry.alpha.map(CSVWriter.format) ?? "", entry.source.table ?? "",
                entry.source.lines.map(String.init).joined(separator: "-"), entry.scaleLabel ?? "",
            ])
        }
        for table in norms.tTables {
            writer.writeRecord([
                "T:\(table.instrument).\(table.scale)", table.instrument, table.scale, "rawToT", "", "sex=\(table.sex?.rawValue ?? "any");ages=\(table.minimumAge ?? 0)-\(table.maximumAge ?? 120)",
                "", "", "", "", "", "", "", table.source,
            ])
        }
        io.writeStandardOutput(writer.data)
    }

    private static func text(_ value: JSONValue?) -> String {
        switch value {
        case .string(let text): text
        case .number(let number): CSVWriter.format(number)
        case .bool(let flag): flag ? "true" : "false"
        default: ""
        }
    }
}

/// The built-in norms, merged with a user's norm file when one is given.
struct NormLoader {
    var io: any CommandIO

    /// A comparator against `population`, which must be one the norms define.
    ///
    /// - Throws: a usage error listing the populations when `population` is none of them.
    func comparator(population: String, file: String?) throws(ToolError) -> NormComparator {
        let norms = try load(file: file)
        // Case is ignored when it picks exactly one population ('Reference' is 'reference').
        let matches = norms.populations.filter { $0.lowercased() == population.lowercased() }
        if !norms.populations.contains(population), matches.count == 1 {
            return NormComparator(normSet: norms, population: matches[0])
        }
        guard norms.populations.contains(population) else {
            let near = EditDistance.suggestions(for: population, among: norms.populations).first.map { "did you mean '\($0)'? " } ?? ""
            throw .usage(
                "--norms: no norms for population '\(population.prefix(64))'; \(near)populations: \(norms.populations.joined(separator: ", "))",
                command: "score")
        }
        return NormComparator(normSet: norms, population: population)
    }

    func load(file: String?) throws(ToolError) -> NormSet {
        do {
            let builtIn = try NormSet.builtIn()
            guard let file else { return builtIn }
            let data: Data
            do { data = try io.readFile(at: file) } catch { throw ToolError.data("cannot read norm file '\(file)'") }
            return try builtIn.merging(NormSet.decode(data, name: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent))
        } catch let error as NormsError {
            throw .data("norm file '\(file ?? "built-in")': \(error.description)")
        } catch let error as ToolError {
            throw error
        } catch {
            throw .data("norms could not be loaded")
        }
    }
}
