import Foundation
import HearthResearch
import HearthScoring

/// `hearth instruments`: the instruments and whether each is built in or needs a key file.
struct InstrumentsCommand: Subcommand {
    static let name = "instruments"
    static let summary = "list the instruments and whether each needs a key file"
    static let usage = """
        usage: hearth instruments

        Writes the eleven instruments as CSV: id, status ('built in' or 'key file needed'),
        items, informant and name.

        options:
          -h, --help              shows this help

        exit status: 0 success, 2 bad usage
        """

    var io: any CommandIO

    func run(_ arguments: [String]) throws(ToolError) {
        guard arguments.isEmpty else { throw .usage("instruments takes no arguments", command: "instruments") }
        var writer = CSVWriter()
        writer.writeRecord(["id", "status", "items", "informant", "name"])
        for instrument in BuiltInInstrument.allCases {
            let items: Int
            let informant: String
            if let structure = instrument.structure {
                items = structure.itemCount
                informant = structure.informant.rawValue
            } else {
                guard let definition = try? instrument.definition() else { continue }
                items = definition.items.count
                informant = definition.informant.rawValue
            }
            writer.writeRecord([
                instrument.rawValue, instrument.requiresKeyFile ? "key file needed" : "built in",
                "\(items)", informant, instrument.name,
            ])
        }
        io.writeStandardOutput(writer.data)
    }
}
