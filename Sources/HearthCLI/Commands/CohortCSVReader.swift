import Foundation
import HearthCore
import HearthResearch
import HearthScoring

/// Reads a cohort CSV into a ``ResponseMatrix`` for one instrument.
///
/// Columns: `id` (required), optional `sex`, `partner_sex`, `age`, `wave`, and every item
/// column `<instrument>_<item-id>`. Other columns are not read and are listed in
/// ``Reading/ignoredColumns``, except likely typos, which are errors: a column that starts
/// with the instrument's prefix but names no item, and one that is a respondent column in
/// another case, a near miss or a common synonym (`Sex`, `agee`, `gender`, `leeftijd`). An
/// empty cell is a skipped item; anything else must be a whole number on the response scale.
struct CohortCSVReader {
    let definition: InstrumentDefinition
    let source: String

    /// What a cohort CSV gave.
    struct Reading {
        /// The answers, one row per record.
        var matrix: ResponseMatrix
        /// Whether the input had a `wave` column.
        var hasWave: Bool
        /// Header names that are neither respondent nor item columns, in header order.
        var ignoredColumns: [String]
    }

    /// The respondent columns a cohort CSV may have.
    static let respondentColumns = ["id", "sex", "partner_sex", "age", "wave"]
    /// Names people use for respondent columns (English and Dutch), refused as likely mistakes.
    static let synonyms: [String: String] = [
        "gender": "sex", "geslacht": "sex", "partner_gender": "partner_sex", "partnersex": "partner_sex",
        "leeftijd": "age", "age_years": "age", "meting": "wave", "measurement": "wave", "respondent": "id", "respondent_id": "id",
    ]

    /// Reads the records of `table`.
    func read(_ table: CSVTable) throws(ToolError) -> Reading {
        let columns = try columnIndex(table.header)
        let itemColumns = try itemColumnIndices(columns)
        var matrix: ResponseMatrix
        do {
            matrix = try ResponseMatrix(itemCount: definition.items.count, reservingRows: table.records.count)
        } catch { throw .data(error.description) }
        var seen = Set<String>()
        var codes = [UInt8](repeating: 0, count: definition.items.count)
        for (index, record) in table.records.enumerated() {
            let line = table.lines[index]
            let respondent = try respondent(record, columns: columns, line: line)
            guard seen.insert("\(respondent.id.rawValue)\u{0}\(respondent.wave?.index ?? 0)").inserted else {
                throw .data("\(source): line \(line), column 'id': the same id appears twice\(columns["wave"] == nil ? "" : " in one wave")")
            }
            for (item, column) in itemColumns.enumerated() {
                codes[item] = try code(record[column], column: table.header[column], line: line)
            }
            do { try matrix.append(respondent, matrixCodes: codes) } catch { throw .data(error.description) }
        }
        let read = Set(Self.respondentColumns + definition.items.map { definition.id + "_" + $0.id })
        return Reading(matrix: matrix, hasWave: columns["wave"] != nil, ignoredColumns: table.header.filter { !read.contains($0) })
    }

    private func columnIndex(_ header: [String]) throws(ToolError) -> [String: Int] {
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard columns[name] == nil else { throw .data("\(source): column '\(name)' appears twice in the header") }
            columns[name] = index
        }
        // A near miss counts only while the column it resembles is absent ('pid' beside 'id' is data).
        for name in header where !Self.respondentColumns.contains(name) {
            if let meant = Self.likelyMeant(name), columns[meant] == nil {
                throw .data("\(source): column '\(name)' is not read; did you mean '\(meant)'? (respondent columns: \(Self.respondentColumns.joined(separator: ", ")))")
            }
        }
        guard columns["id"] != nil else { throw .data("\(source): missing column 'id'") }
        return columns
    }

    /// The respondent column a header name probably means: the same name in another case,
    /// one edit away (two for longer names), or a common synonym.
    static func likelyMeant(_ name: String) -> String? {
        let lowered = name.lowercased().trimmingCharacters(in: .whitespaces)
        if let synonym = synonyms[lowered] { return synonym }
        return respondentColumns.first { column in
            lowered == column || EditDistance.between(lowered, column) <= (column.count > 4 ? 2 : 1)
        }
    }

    private func itemColumnIndices(_ columns: [String: Int]) throws(ToolError) -> [Int] {
        let prefix = definition.id + "_"
        let expected = definition.items.map { prefix + $0.id }
        let known = Set(expected)
        if let stray = columns.keys.sorted().first(where: { $0.hasPrefix(prefix) && !known.contains($0) }) {
            throw .data("\(source): column '\(stray)' is not an item of '\(definition.id)' (items are \(expected.first ?? "")…\(expected.last ?? ""))")
        }
        var indices: [Int] = []
        for name in expected {
            guard let index = columns[name] else { throw .data("\(source): missing column '\(name)'") }
            indices.append(index)
        }
        return indices
    }

    private func respondent(_ record: [String], columns: [String: Int], line: Int) throws(ToolError) -> Respondent {
        func cell(_ name: String) -> String? { columns[name].map { record[$0].trimmingASCIIWhitespace() } }
        func fail(_ column: String, _ error: CoreError) -> ToolError {
            .data("\(source): line \(line), column '\(column)': \(error.message)")
        }
        do {
            let id = try RespondentID(cell("id") ?? "")
            var respondent = Respondent(id: id)
            do { respondent.sex = try Sex(parsing: cell("sex") ?? "") } catch { throw fail("sex", error) }
            do { respondent.partnerSex = try Sex(parsing: cell("partner_sex") ?? "") } catch { throw fail("partner_sex", error) }
            if let text = cell("age"), !text.isEmpty {
                guard let years = Int(text) else { throw ToolError.data("\(source): line \(line), column 'age': not a whole number of years") }
                do { respondent.age = try Age(years: years) } catch { throw fail("age", error) }
            }
            if let text = cell("wave"), !text.isEmpty {
                guard let index = Int(text) else { throw ToolError.data("\(source): line \(line), column 'wave': not a whole number") }
                do { respondent.wave = try Wave(index: index) } catch { throw fail("wave", error) }
            }
            return respondent
        } catch let error as CoreError {
            throw fail("id", error)
        } catch let error as ToolError {
            throw error
        } catch {
            throw .data("\(source): line \(line): unreadable respondent fields")
        }
    }

    private func code(_ text: String, column: String, line: Int) throws(ToolError) -> UInt8 {
        let trimmed = text.trimmingASCIIWhitespace()
        if trimmed.isEmpty { return MissingReason.skipped.matrixCode }
        let scale = definition.responseScale
        guard let value = Int(trimmed), value >= Int(scale.minimum), value <= Int(scale.maximum) else {
            throw .data("\(source): line \(line), column '\(column)': not a code in \(scale.minimum)...\(scale.maximum)")
        }
        return UInt8(value)
    }
}
