import Foundation

extension ReportTable {
    /// The table as RFC 4180 CSV: the header, then one record per row (a section row has
    /// only its label); notes are not part of the CSV.
    public func csv() -> Data {
        var writer = CSVWriter()
        writer.writeRecord(columns)
        for row in rows {
            var fields = [row.label] + row.cells.map(\.text)
            if fields.count < columns.count { fields += Array(repeating: "", count: columns.count - fields.count) }
            writer.writeRecord(fields)
        }
        return writer.data
    }

    /// The table as GitHub-flavoured Markdown, with its title, source and notes.
    public func markdown() -> String {
        func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["### Table \(id): \(title)", "", "_Layout: \(layoutSource)_", ""]
        lines.append("| " + columns.map(escape).joined(separator: " | ") + " |")
        lines.append("|" + columns.indices.map { $0 == 0 ? "---" : "---:" }.map { "\($0)|" }.joined())
        for row in rows {
            if row.isSection {
                lines.append("| **\(escape(row.label))** |" + String(repeating: " |", count: max(0, columns.count - 1)))
            } else {
                var cells = row.cells.map { escape($0.text) }
                if cells.count < columns.count - 1 { cells += Array(repeating: "", count: columns.count - 1 - cells.count) }
                lines.append("| " + ([escape(row.label)] + cells).joined(separator: " | ") + " |")
            }
        }
        let allNotes = notes + unavailableNotes
        if !allNotes.isEmpty {
            lines.append("")
            lines += allNotes.map { "- " + escape($0) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One note per cell whose statistic could not be computed: where (section, row and
    /// column), and why.
    public var unavailableNotes: [String] {
        var section: String?
        var notes: [String] = []
        for row in rows {
            if row.isSection {
                section = row.label
                continue
            }
            for (position, cell) in row.cells.enumerated() {
                guard let reason = cell.unavailable else { continue }
                let column = position + 1 < columns.count ? columns[position + 1] : "column \(position + 2)"
                let place = (section.map { [$0] } ?? []) + [row.label, column]
                notes.append("\(Cell.notComputed) (\(place.joined(separator: ", "))): \(reason)")
            }
        }
        return notes
    }

    /// The table as JSON (sorted keys, pretty-printed): cells carry their number and text.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` if a value cannot be written as JSON
    ///   (tables never hold NaN; this guards hand-built ones).
    public func json() throws(ResearchError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(self) } catch {
            throw ResearchError(.invalidValue, message: "table \(id) holds a value JSON cannot represent")
        }
    }
}
