import Foundation
import HearthCore
import HearthResearch
import HearthScoring

/// Reads a cohort CSV's records, one at a time, as respondents and item codes for one instrument.
///
/// Columns: `id` (required), optional `sex`, `partner_sex`, `age`, `wave`, and every item
/// column `<instrument>_<item-id>`. Other columns are not read and are listed in
/// ``ignoredColumns``, except likely typos, which are errors: a column that starts
/// with the instrument's prefix but names no item, and one that is a respondent column in
/// another case, a near miss or a common synonym (`Sex`, `agee`, `gender`, `leeftijd`). An
/// empty cell is a skipped item; anything else must be a whole number on the response scale.
struct CohortCSVReader {
    let definition: InstrumentDefinition
    let source: String
    /// The header's names.
    let header: [String]
    /// Each header name's position.
    private let columns: [String: Int]
    /// The positions of the item columns, in item order.
    private let itemColumns: [Int]
    /// The first item column when the item columns follow one another in item order (the
    /// usual export), so that a record's item cells are read in one pass over its field ends.
    private let consecutiveItemsFrom: Int?
    /// The response scale's range.
    private let minimum: Int, maximum: Int
    /// Eight cells read at once: the scale's digits where every code of the scale is one
    /// digit, else a range no byte is in (every cell is then read by itself).
    private let eightDigits: EightDigits
    /// What a record is called in messages: `line` (CSV) or `case` (SPSS).
    let recordName: String
    /// The positions of the respondent columns (`nil`: absent).
    private let idColumn: Int?, sexColumn: Int?, partnerSexColumn: Int?, ageColumn: Int?, waveColumn: Int?

    /// Checks a header against the instrument.
    ///
    /// - Throws: ``ToolError/data(_:)`` for a repeated column, a likely typo, a stray item
    ///   column, or a missing `id` or item column.
    init(definition: InstrumentDefinition, source: String, header: [String], recordName: String = "line") throws(ToolError) {
        self.definition = definition
        self.source = source
        self.header = header
        self.recordName = recordName
        columns = try Self.columnIndex(header, source: source)
        let itemColumns = try Self.itemColumnIndices(columns, definition: definition, source: source)
        self.itemColumns = itemColumns
        consecutiveItemsFrom = itemColumns.enumerated().allSatisfy { $1 == itemColumns[0] + $0 } ? itemColumns.first : nil
        minimum = Int(definition.responseScale.minimum)
        maximum = Int(definition.responseScale.maximum)
        eightDigits = minimum >= 0 && minimum <= maximum && maximum <= 9
            ? EightDigits(lowest: UInt8(truncatingIfNeeded: minimum), highest: UInt8(truncatingIfNeeded: maximum)) : EightDigits(lowest: 1, highest: 0)
        (idColumn, sexColumn, partnerSexColumn, ageColumn, waveColumn) = (columns["id"], columns["sex"], columns["partner_sex"], columns["age"], columns["wave"])
    }

    /// Whether the input has a `wave` column.
    var hasWave: Bool { columns["wave"] != nil }

    /// Header names that are neither respondent nor item columns, in header order.
    var ignoredColumns: [String] {
        let read = Set(Self.respondentColumns + definition.items.map { definition.id + "_" + $0.id })
        return header.filter { !read.contains($0) }
    }

    /// The respondent columns a cohort CSV may have.
    static let respondentColumns = ["id", "sex", "partner_sex", "age", "wave"]
    /// Where a file named otherwise (a project's export, a study's SPSS file) is read.
    static let mappingHint = " (a file with its own names: --mapping)"
    /// Names people use for respondent columns (English and Dutch), refused as likely mistakes.
    static let synonyms: [String: String] = [
        "gender": "sex", "geslacht": "sex", "partner_gender": "partner_sex", "partnersex": "partner_sex",
        "leeftijd": "age", "age_years": "age", "meting": "wave", "measurement": "wave", "respondent": "id", "respondent_id": "id",
    ]

    private static func columnIndex(_ header: [String], source: String) throws(ToolError) -> [String: Int] {
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard columns[name] == nil else { throw .data("\(source): column '\(name)' appears twice in the header") }
            columns[name] = index
        }
        // A near miss counts only while the column it resembles is absent ('pid' beside 'id' is data).
        for name in header where !Self.respondentColumns.contains(name) {
            if let meant = likelyMeant(name), columns[meant] == nil {
                throw .data("\(source): column '\(name)' is not read; did you mean '\(meant)'? (respondent columns: \(respondentColumns.joined(separator: ", ")); a file with its own names: --mapping)")
            }
        }
        guard columns["id"] != nil else { throw .data("\(source): missing column 'id'\(Self.mappingHint)") }
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

    private static func itemColumnIndices(_ columns: [String: Int], definition: InstrumentDefinition, source: String) throws(ToolError) -> [Int] {
        let prefix = definition.id + "_"
        let expected = definition.items.map { prefix + $0.id }
        let known = Set(expected)
        if let stray = columns.keys.sorted().first(where: { $0.hasPrefix(prefix) && !known.contains($0) }) {
            throw .data("\(source): column '\(stray)' is not an item of '\(definition.id)' (items are \(expected.first ?? "")…\(expected.last ?? ""))")
        }
        var indices: [Int] = []
        for name in expected {
            guard let index = columns[name] else { throw .data("\(source): missing column '\(name)'\(Self.mappingHint)") }
            indices.append(index)
        }
        return indices
    }

    /// The respondent of a record.
    ///
    /// - Throws: ``ToolError/data(_:)`` naming the line and column of an invalid id, sex, age or wave.
    func respondent(_ record: CSVRecord) throws(ToolError) -> Respondent {
        let line = record.line
        func cell(_ column: Int?) -> String? { column.map { record.trimmedString(at: $0) } }
        func fail(_ column: String, _ error: CoreError) -> ToolError {
            .data("\(source): \(recordName) \(line), column '\(column)': \(error.message)", line: line)
        }
        do {
            let id = try Self.asciiID(record, idColumn) ?? RespondentID(cell(idColumn) ?? "")
            var respondent = Respondent(id: id)
            do { respondent.sex = try Self.sex(record, sexColumn) } catch { throw fail("sex", error) }
            do { respondent.partnerSex = try Self.sex(record, partnerSexColumn) } catch { throw fail("partner_sex", error) }
            if let ageColumn, let years = Self.smallNumber(record, ageColumn) {
                do { respondent.age = try Age(years: years) } catch { throw fail("age", error) }
            } else if let text = cell(ageColumn), !text.isEmpty {
                guard let years = Int(text) else { throw ToolError.data("\(source): \(recordName) \(line), column 'age': not a whole number of years", line: line) }
                do { respondent.age = try Age(years: years) } catch { throw fail("age", error) }
            }
            if let waveColumn, let index = Self.smallNumber(record, waveColumn) {
                do { respondent.wave = try Wave(index: index) } catch { throw fail("wave", error) }
            } else if let text = cell(waveColumn), !text.isEmpty {
                guard let index = Int(text) else { throw ToolError.data("\(source): \(recordName) \(line), column 'wave': not a whole number", line: line) }
                do { respondent.wave = try Wave(index: index) } catch { throw fail("wave", error) }
            }
            return respondent
        } catch let error as CoreError {
            throw fail("id", error)
        } catch let error as ToolError {
            throw error
        } catch {
            throw .data("\(source): \(recordName) \(line): unreadable respondent fields", line: line)
        }
    }

    /// The id of a record whose id cell is ASCII, read from its bytes (spaces and tabs
    /// around it trimmed, as ``CSVRecord/trimmedString(at:)`` trims ASCII text); `nil` for
    /// any other cell, which is read as text.
    private static func asciiID(_ record: CSVRecord, _ column: Int?) throws(CoreError) -> RespondentID? {
        guard let column else { return nil }
        return try record.withUnsafeFields { (bytes, ends) throws(CoreError) -> RespondentID? in
            let (field, trimmed) = CSVRecord.trimmedRange(column, bytes, ends)
            for index in field where bytes[index] >= 0x80 { return nil }
            return try RespondentID(utf8: UnsafeBufferPointer(rebasing: bytes[trimmed]))
        }
    }

    /// A cell of one to three ASCII digits as a number (what `Int` reads from it), else `nil`
    /// (the cell is then read as text).
    private static func smallNumber(_ record: CSVRecord, _ column: Int) -> Int? {
        record.withUnsafeFields { bytes, ends in
            let start = column == 0 ? 0 : ends[column - 1], end = ends[column]
            guard (1...3).contains(end - start) else { return nil }
            var value = 0
            for index in start..<end {
                let digit = Int(bytes[index]) &- 0x30
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
    }

    /// The sex in a column (unknown without the column): the common spellings read from
    /// the bytes, anything else as ``Sex/init(parsing:)`` reads it.
    private static func sex(_ record: CSVRecord, _ column: Int?) throws(CoreError) -> Sex {
        guard let column else { return .unknown }
        let known: Sex? = record.withUnsafeFields { bytes, ends in
            let start = column == 0 ? 0 : ends[column - 1], count = ends[column] - start
            guard let base = bytes.baseAddress.map({ UnsafeRawPointer($0 + start) }) else { return nil }
            // The two spellings as little-endian words: "male", and "female" as "fema" + "le"
            // (on a big-endian machine nothing matches and the cell is read as text, alike).
            switch count {
            case 0: return .unknown
            case 4: return base.loadUnaligned(as: UInt32.self) == Self.male ? .male : nil
            case 6: return base.loadUnaligned(as: UInt32.self) == Self.fema && base.loadUnaligned(fromByteOffset: 4, as: UInt16.self) == Self.le ? .female : nil
            default: return nil
            }
        }
        if let known { return known }
        return try Sex(parsing: record.string(at: column).trimmingASCIIWhitespace())
    }

    /// "male", "fema" and "le" as little-endian words of their bytes.
    private static let male = word("male"), fema = word("fema"), le = UInt16(truncatingIfNeeded: word("le"))

    /// The bytes of a short ASCII word as a little-endian integer.
    private static func word(_ text: String) -> UInt32 {
        text.utf8.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Writes a record's item codes into `codes` (``InstrumentDefinition/items`` order).
    ///
    /// - Throws: ``ToolError/data(_:)`` naming the line and column of a cell that is not a
    ///   code on the response scale.
    func codes(_ record: CSVRecord, into codes: UnsafeMutableBufferPointer<UInt8>) throws(ToolError) {
        if let first = consecutiveItemsFrom {
            if let bad = consecutiveCodes(record, from: first, into: codes) { throw badCode(record, item: bad) }
            return
        }
        let bad: Int? = itemColumns.withUnsafeBufferPointer { columns in
            record.withUnsafeFields { bytes, ends in
                for item in 0..<columns.count {
                    let column = columns[item]
                    let start = column == 0 ? 0 : ends[column &- 1], end = ends[column]
                    guard let code = code(bytes, start, end) else { return item }
                    codes[item] = code
                }
                return nil
            }
        }
        if let bad { throw badCode(record, item: bad) }
    }

    /// ``codes(_:into:)`` for item columns that follow one another from column `first`: each
    /// cell's end is its successor's start, so a cell costs one load of its end, and eight
    /// cells of one digit each are read at once. Returns the first item whose cell is not a
    /// code, if any.
    private func consecutiveCodes(_ record: CSVRecord, from first: Int, into codes: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let count = itemColumns.count, eight = eightDigits
        return record.withUnsafeFields { bytes, ends in
            var start = first == 0 ? 0 : ends[first &- 1], item = 0
            while item < count {
                // Eight cells of one byte each end at start + 1 … start + 8; their bytes are then eight codes or not.
                if item &+ 8 <= count, let content = bytes.baseAddress, let target = codes.baseAddress,
                    Self.oneByteEach(ends, from: first &+ item, start: start),
                    let word = eight.codes(UnsafeRawPointer(content + start).loadUnaligned(as: UInt64.self))
                {
                    UnsafeMutableRawPointer(target + item).storeBytes(of: word, as: UInt64.self)
                    start &+= 8
                    item &+= 8
                    continue
                }
                let end = ends[first &+ item]
                guard let code = code(bytes, start, end) else { return item }
                codes[item] = code
                start = end
                item &+= 1
            }
            return nil
        }
    }

    /// The code of the cell `bytes[start..<end]`: the common cell, one digit on the scale,
    /// without the general parse (``code(_:)``), which reads every other cell.
    @inline(__always)
    private func code(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt8? {
        if end &- start == 1, let code = oneDigitCode(bytes[start]) { return code }
        return code(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// The code of a one-byte cell that is a digit on the response scale, else `nil` (the
    /// cell is then read as a whole number by ``code(_:)``): the rule ``EightDigits`` applies
    /// to eight cells at once.
    @inline(__always)
    private func oneDigitCode(_ byte: UInt8) -> UInt8? {
        let digit = byte &- 0x30
        return digit <= 9 && Int(digit) >= minimum && Int(digit) <= maximum ? digit : nil
    }

    /// Whether the eight cells from `column` are one byte each, the first starting at `start`:
    /// their ends are `start + 1 … start + 8` (differences or-ed, one test).
    @inline(__always)
    private static func oneByteEach(_ ends: UnsafeBufferPointer<Int>, from column: Int, start: Int) -> Bool {
        var differ = ends[column] ^ (start &+ 1)
        differ |= ends[column &+ 1] ^ (start &+ 2)
        differ |= ends[column &+ 2] ^ (start &+ 3)
        differ |= ends[column &+ 3] ^ (start &+ 4)
        differ |= ends[column &+ 4] ^ (start &+ 5)
        differ |= ends[column &+ 5] ^ (start &+ 6)
        differ |= ends[column &+ 6] ^ (start &+ 7)
        differ |= ends[column &+ 7] ^ (start &+ 8)
        return differ == 0
    }

    /// Eight ASCII digits in one little-endian word, checked against the scale and turned
    /// into codes with word arithmetic: ``oneDigitCode(_:)`` for eight cells at once.
    private struct EightDigits {
        /// Per byte, what sets its top bit exactly when the byte is at least the lowest digit,
        /// and what sets it exactly when the byte is above the highest.
        let atLeastLowest: UInt64, aboveHighest: UInt64

        init(lowest: UInt8, highest: UInt8) {
            // For an ASCII byte b (< 0x80): b + (0x80 − l) < 0x100 has its top bit set iff b ≥ l;
            // b + (0x7F − h) iff b > h. No byte carries into the next.
            atLeastLowest = UInt64(0x80 &- (0x30 &+ lowest)) &* 0x0101_0101_0101_0101
            aboveHighest = UInt64(0x7F &- (0x30 &+ highest)) &* 0x0101_0101_0101_0101
        }

        /// The eight codes (each byte minus `'0'`) when every byte is a digit on the scale, else `nil`.
        @inline(__always)
        func codes(_ word: UInt64) -> UInt64? {
            let top: UInt64 = 0x8080_8080_8080_8080
            guard word & top == 0, (word &+ atLeastLowest) & ~(word &+ aboveHighest) & top == top else { return nil }
            return word &- 0x3030_3030_3030_3030
        }
    }

    /// The error of a cell that is not a code on the response scale.
    private func badCode(_ record: CSVRecord, item: Int) -> ToolError {
        .data("\(source): \(recordName) \(record.line), column '\(header[itemColumns[item]])': not a code in \(minimum)...\(maximum)", line: record.line)
    }

    /// A cell's code: blank (spaces and tabs only) is skipped; otherwise a whole number as
    /// `Int` parses it (an optional sign, ASCII digits) within the response scale, else `nil`.
    @inline(__always)
    private func code(_ cell: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var start = 0, end = cell.count
        while start < end, cell[start] == 0x20 || cell[start] == 0x09 { start += 1 }
        while end > start, cell[end - 1] == 0x20 || cell[end - 1] == 0x09 { end -= 1 }
        if start == end { return MissingReason.skipped.matrixCode }
        var negative = false
        if cell[start] == UInt8(ascii: "-") || cell[start] == UInt8(ascii: "+") {
            negative = cell[start] == UInt8(ascii: "-")
            start += 1
            guard start < end else { return nil }
        }
        var value = 0
        for index in start..<end {
            let digit = Int(cell[index]) &- 0x30
            guard (0...9).contains(digit) else { return nil }
            // Past the scale's maximum the number can only grow: stop before it could overflow.
            value = min(value * 10 + digit, 1 << 20)
        }
        if negative { value = -value }
        guard value >= minimum, value <= maximum else { return nil }
        return UInt8(value)
    }
}
