import Foundation
import HearthResearch
import HearthNorms

/// `hearth norms [--norm-file FILE]`: the norm entries as CSV (built in, plus a file's).
struct NormsCommand {
    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        let parsed = try Arguments(arguments, options: ["norm-file"])
        guard parsed.positional.isEmpty else { throw .usage("norms takes no positional arguments") }
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
