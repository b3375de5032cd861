import Foundation

/// Reads an SPSS system file (`.sav`, uncompressed or bytecode compressed) from a byte
/// source, case by case: the dictionary first (variables, labels, value labels, user-missing
/// values, long names, very long strings, the encoding), then one case at a time, so memory
/// holds one case beside the dictionary whatever the file's length.
///
/// The format follows the PSPP developers' description of the system file (records 1, 2,
/// 3/4, 6, 7 subtypes 3, 4, 11, 13, 14, 16, 17, 18, 20, 21, 22, 999). Zlib-compressed
/// files (`$FL3`, `.zsav`) are refused by name.
///
/// Errors name the record (by its position in the dictionary and its type) or the case and
/// variable, never a value.
public struct SPSSReader {
    /// The source's name, for messages.
    public let source: String
    /// The dictionary.
    public private(set) var dictionary = SPSSDictionary(product: "", label: "", variables: [], caseCount: nil, compressed: false, encoding: .utf8)
    private var bytes: SPSSBytes
    private var layouts: [SPSSLayout] = []
    /// Per variable what reading a case needs, held apart from the dictionary so that a
    /// case copies no variable (names, labels): width, first element, whether it is a
    /// date, a date-time, has user-missing values.
    var reading: [(width: Int, element: Int, date: Bool, dateTime: Bool, userMissing: Bool)] = []
    private var elementCount = 0
    private var bias = 100.0
    private var systemMissing = -Double.greatestFiniteMagnitude
    /// Cases read so far.
    public private(set) var casesRead = 0
    private var commands: [UInt8] = []
    private var commandIndex = 8
    private var dataEnded = false
    private var element = [UInt8](repeating: 0, count: 8)
    private var caseBytes: [UInt8] = []
    /// Per variable position, texts that numbers are read as in records (a sex column's
    /// value labels; see ``SPSSRecordSource/sexColumns``).
    var numberTexts: [Int: [Double: String]] = [:]
    /// The current case's values (reused by the record reading).
    var cells: [SPSSCellValue] = []
    /// The current case as text bytes and field ends (reused by the record reading).
    var recordText = SPSSRecordText()

    /// The extension records (type 7) whose content the reader uses; others are skipped unread.
    static let extensionsRead: Set<Int32> = [3, 4, 11, 13, 14, 16, 20, 21, 22]

    /// The largest dictionary Hearth reads (variables), a bound on memory for a hostile file.
    public static let maximumVariables = 1 << 20

    /// Opens a file and reads its dictionary.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` naming the record for a file that is not
    ///   an SPSS system file, is zlib-compressed, truncated, or has an inconsistent dictionary.
    public init(source: String, read: @escaping CSVReader.ByteSource) throws(ResearchError) {
        self.source = source
        bytes = SPSSBytes(read: read)
        do { try readDictionary() } catch { throw located(error) }
    }

    /// Opens a file held in memory.
    public init(data: Data, source: String) throws(ResearchError) {
        var offset = 0
        try self.init(source: source) { buffer in
            let count = min(buffer.count, data.count - offset)
            if count > 0 {
                data.withUnsafeBytes { bytes in buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])) }
            }
            offset += count
            return count
        }
    }

    private func located(_ error: ResearchError) -> ResearchError {
        var error = error
        error.source = source
        return error
    }

    // MARK: - Dictionary

    private mutating func readDictionary() throws(ResearchError) {
        let magic = String(decoding: try bytes.bytes(4, "file header"), as: UTF8.self)
        if magic == "$FL3" { throw ResearchError(.malformedFile, field: "file header", message: "the file is zlib-compressed (.zsav), which Hearth does not read; save it uncompressed or with standard compression") }
        guard magic == "$FL2" else { throw ResearchError(.malformedFile, field: "file header", message: "not an SPSS system file (no $FL2 signature)") }
        let productBytes = try bytes.bytes(60, "file header")
        let layoutRaw = try bytes.bytes(4, "file header")
        let little = Int32(layoutRaw[layoutRaw.startIndex]) | Int32(layoutRaw[layoutRaw.startIndex + 1]) << 8
        bytes.bigEndian = !(little == 2 || little == 3)
        if bytes.bigEndian {
            let big = Int32(layoutRaw[layoutRaw.startIndex + 3]) | Int32(layoutRaw[layoutRaw.startIndex + 2]) << 8
            guard big == 2 || big == 3 else { throw ResearchError(.malformedFile, field: "file header", message: "the layout code is neither 2 nor 3 in either byte order") }
        }
        _ = try bytes.int32("file header")  // nominal case size: the variable records are authoritative
        let compression = try bytes.int32("file header")
        guard compression == 0 || compression == 1 else {
            throw ResearchError(.malformedFile, field: "file header", message: compression == 2 ? "the file is zlib-compressed (.zsav), which Hearth does not read" : "unknown compression \(compression)")
        }
        _ = try bytes.int32("file header")  // weight variable
        let cases = try bytes.int32("file header")
        bias = try bytes.double("file header")
        _ = try bytes.bytes(17, "file header")  // creation date and time
        let labelBytes = try bytes.bytes(64, "file header")
        _ = try bytes.bytes(3, "file header")
        var raw: [(record: Int, shortName: [UInt8], type: Int, label: [UInt8]?, missing: (count: Int32, values: [[UInt8]]), format: SPSSFormat, element: Int)] = []
        var valueLabelSets: [(record: Int, labels: [([UInt8], [UInt8])], variables: [Int])] = []
        var extensions: [(record: Int, subtype: Int32, size: Int32, count: Int32, data: [UInt8])] = []
        var record = 0
        var elementsSeen = 0
        var continuationsExpected = 0
        loop: while true {
            record += 1
            let what = "record \(record)"
            let type = try bytes.int32(what)
            switch type {
            case 2:
                let variableType = Int(try bytes.int32(what + " (variable)"))
                let hasLabel = try bytes.int32(what + " (variable)")
                let missingCount = try bytes.int32(what + " (variable)")
                let print = SPSSFormat(packed: try bytes.int32(what + " (variable)"))
                _ = try bytes.int32(what + " (variable)")
                let name = Array(try bytes.bytes(8, what + " (variable)"))
                var label: [UInt8]?
                if hasLabel == 1 {
                    let length = Int(try bytes.int32(what + " (variable label)"))
                    guard (0...65_535).contains(length) else { throw ResearchError(.malformedFile, field: what, message: "a variable label longer than 65,535 bytes") }
                    label = Array(try bytes.bytes((length + 3) / 4 * 4, what + " (variable label)").prefix(length))
                } else if hasLabel != 0 {
                    throw ResearchError(.malformedFile, field: what, message: "the variable-label flag is neither 0 nor 1")
                }
                guard [0, 1, 2, 3, -2, -3].contains(missingCount) else { throw ResearchError(.malformedFile, field: what, message: "an invalid number of missing values") }
                var missingValues: [[UInt8]] = []
                for _ in 0..<Int(abs(missingCount)) { missingValues.append(Array(try bytes.bytes(8, what + " (missing values)"))) }
                guard variableType >= -1, variableType <= 255 else { throw ResearchError(.malformedFile, field: what, message: "a variable type outside -1…255") }
                // A string of width w takes ⌈w/8⌉ elements: its record, then ⌈w/8⌉ − 1
                // continuation records (type −1), no more and no fewer (PSPP's rule).
                if variableType == -1 {
                    guard continuationsExpected > 0 else { throw ResearchError(.malformedFile, field: what, message: "a string continuation beyond its string's width, or without a string before it") }
                    continuationsExpected -= 1
                } else {
                    guard continuationsExpected == 0 else { throw ResearchError(.malformedFile, field: what, message: "a string variable before it lacks continuation records for its width") }
                    continuationsExpected = variableType > 0 ? (variableType + 7) / 8 - 1 : 0
                    raw.append((record, name, variableType, label, (missingCount, missingValues), print, elementsSeen))
                    guard raw.count <= Self.maximumVariables else { throw ResearchError(.malformedFile, field: what, message: "more than \(Self.maximumVariables) variables") }
                }
                elementsSeen += 1
            case 3:
                let count = Int(try bytes.int32(what + " (value labels)"))
                guard (0...Int(Int32.max / 16)).contains(count) else { throw ResearchError(.malformedFile, field: what, message: "an invalid number of value labels") }
                var labels: [([UInt8], [UInt8])] = []
                for _ in 0..<count {
                    let value = Array(try bytes.bytes(8, what + " (value labels)"))
                    let length = Int(try bytes.bytes(1, what + " (value labels)").first ?? 0)
                    let padded = (length + 1 + 7) / 8 * 8 - 1
                    let label = Array(try bytes.bytes(padded, what + " (value labels)").prefix(length))
                    labels.append((value, label))
                }
                guard try bytes.int32(what + " (value label variables)") == 4 else {
                    throw ResearchError(.malformedFile, field: what, message: "value labels are not followed by their variables (record type 4)")
                }
                let variableCount = Int(try bytes.int32(what + " (value label variables)"))
                guard (1...max(1, elementsSeen)).contains(variableCount) else { throw ResearchError(.malformedFile, field: what, message: "an invalid number of labelled variables") }
                var indexes: [Int] = []
                for _ in 0..<variableCount { indexes.append(Int(try bytes.int32(what + " (value label variables)"))) }
                valueLabelSets.append((record, labels, indexes))
            case 6:
                let lines = Int(try bytes.int32(what + " (document)"))
                guard (0...(1 << 20)).contains(lines) else { throw ResearchError(.malformedFile, field: what, message: "an invalid number of document lines") }
                try bytes.skip(lines * 80, what + " (document)")
            case 7:
                let subtype = try bytes.int32(what + " (extension)")
                let size = try bytes.int32(what + " (extension)")
                let count = try bytes.int32(what + " (extension)")
                guard size >= 0, count >= 0, Int64(size) * Int64(count) <= 1 << 30 else { throw ResearchError(.malformedFile, field: what, message: "an extension record of invalid size") }
                let length = Int(size) * Int(count)
                if Self.extensionsRead.contains(subtype) {
                    extensions.append((record, subtype, size, count, try bytes.array(length, what + " (extension \(subtype))")))
                } else {
                    try bytes.skip(length, what + " (extension \(subtype))")
                }
            case 999:
                _ = try bytes.int32(what + " (dictionary end)")
                guard continuationsExpected == 0 else { throw ResearchError(.malformedFile, field: what, message: "the last string variable lacks continuation records for its width") }
                break loop
            default:
                throw ResearchError(.malformedFile, field: what, message: "an unknown record type \(type)")
            }
        }
        elementCount = elementsSeen
        guard !raw.isEmpty else { throw ResearchError(.malformedFile, field: "record 1", message: "the dictionary has no variables") }
        try applyDictionary(raw: raw, valueLabelSets: valueLabelSets, extensions: extensions, productBytes: Array(productBytes), labelBytes: Array(labelBytes), cases: cases, compressed: compression == 1)
    }

    private mutating func applyDictionary(
        raw: [(record: Int, shortName: [UInt8], type: Int, label: [UInt8]?, missing: (count: Int32, values: [[UInt8]]), format: SPSSFormat, element: Int)],
        valueLabelSets: [(record: Int, labels: [([UInt8], [UInt8])], variables: [Int])],
        extensions: [(record: Int, subtype: Int32, size: Int32, count: Int32, data: [UInt8])],
        productBytes: [UInt8], labelBytes: [UInt8], cases: Int32, compressed: Bool
    ) throws(ResearchError) {
        var encoding = SPSSTextEncoding.windows1252
        var caseCount: Int? = cases >= 0 ? Int(cases) : nil
        // A code page Hearth does not read, named without an encoding record (subtype 20) to settle it.
        var unreadCodePage: (record: Int, code: Int32)?
        var encodingNamed = false
        for ext in extensions {
            let what = "record \(ext.record) (extension \(ext.subtype))"
            switch ext.subtype {
            case 3 where ext.data.count >= 32:
                let code = ext.data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 28, as: Int32.self) }
                let page = bytes.bigEndian ? code.byteSwapped : code
                // An encoding record (subtype 20) settles the encoding wherever it stands.
                if let found = SPSSTextEncoding.codePage(page) { if !encodingNamed { encoding = found } } else { unreadCodePage = (ext.record, page) }
            case 4 where ext.data.count >= 8:
                systemMissing = SPSSBytes.double(ext.data[0..<8], bigEndian: bytes.bigEndian)
            case 16 where ext.data.count >= 16:
                let count = ext.data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8, as: Int64.self) }
                let value = bytes.bigEndian ? count.byteSwapped : count
                if value >= 0 { caseCount = Int(value) }
            case 20:
                let name = String(decoding: ext.data, as: UTF8.self).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\0")))
                guard let found = SPSSTextEncoding.named(name) else {
                    // The encoding's name is the file's metadata, not data: named (printable ASCII only).
                    let shown = String(name.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }.prefix(40).map(Character.init))
                    throw ResearchError(.malformedFile, field: what, message: "the character encoding '\(shown)' is not one Hearth reads (UTF-8, Windows-1252); save the file in Unicode (UTF-8)")
                }
                encoding = found
                encodingNamed = true
            default:
                break
            }
        }
        if !encodingNamed, let unread = unreadCodePage {
            throw ResearchError(.malformedFile, field: "record \(unread.record) (extension 3)", message: "the character code \(unread.code) is not one Hearth reads (UTF-8, Windows-1252) and no encoding record names another")
        }
        func text(_ raw: [UInt8], _ what: String) throws(ResearchError) -> String {
            guard let decoded = encoding.decode(raw) else { throw ResearchError(.malformedFile, field: what, message: "text that is not valid \(encoding.rawValue)") }
            return decoded
        }
        // Long names and very long strings.
        var longNames: [String: String] = [:]
        var veryLong: [String: Int] = [:]
        var longLabels: [(name: String, labels: [(value: [UInt8], label: [UInt8])])] = []
        var longMissing: [(name: String, values: [[UInt8]])] = []
        var measures: [SPSSMeasure?] = []
        for ext in extensions {
            let what = "record \(ext.record) (extension \(ext.subtype))"
            switch ext.subtype {
            case 13:
                for pair in try text(ext.data, what).split(separator: "\t") {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    if parts.count == 2 { longNames[parts[0].uppercased()] = parts[1] }
                }
            case 14:
                for pair in try text(ext.data, what).split(whereSeparator: { $0 == "\t" || $0 == "\0" }) {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2, let width = Int(parts[1].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\0")))), width > 255, width <= 32767 else {
                        if pair.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                        throw ResearchError(.malformedFile, field: what, message: "a very long string entry is not NAME=width with a width of 256…32767")
                    }
                    veryLong[parts[0].uppercased()] = width
                }
            case 11:
                measures = Self.measures(ext.data, size: ext.size, count: ext.count, variableRecords: raw.count, bigEndian: bytes.bigEndian)
            case 21:
                longLabels += try Self.longStringLabels(ext.data, what: what, bigEndian: bytes.bigEndian, text: text)
            case 22:
                longMissing += try Self.longStringMissing(ext.data, what: what, bigEndian: bytes.bigEndian, text: text)
            default:
                break
            }
        }
        // Logical variables.
        var variables: [SPSSVariable] = []
        var layouts: [SPSSLayout] = []
        var firstRawOfVariable: [Int] = []
        var index = 0
        while index < raw.count {
            let entry = raw[index]
            let shortName = try text(entry.shortName, "record \(entry.record) (variable name)").uppercased()
            var variable = SPSSVariable(name: longNames[shortName] ?? shortName, width: entry.type, format: entry.format)
            if index < measures.count { variable.measure = measures[index] }
            if let label = entry.label { variable.label = encoding.decodeLabel(label) }
            if let width = veryLong[shortName], entry.type > 0 {
                let segmentCount = (width + 251) / 252
                guard index + segmentCount <= raw.count else {
                    throw ResearchError(.malformedFile, field: "record \(entry.record)", message: "a very long string has fewer segments than its width needs")
                }
                var segments: [(element: Int, bytes: Int)] = []
                for segment in 0..<segmentCount {
                    let part = raw[index + segment]
                    guard part.type > 0 else { throw ResearchError(.malformedFile, field: "record \(part.record)", message: "a very long string segment is not a string") }
                    segments.append((part.element, part.type))
                }
                variable.width = width
                layouts.append(SPSSLayout(segments: segments))
                index += segmentCount
            } else {
                layouts.append(SPSSLayout(segments: [(entry.element, entry.type)]))
                index += 1
            }
            variable.missing = try missingValues(entry.missing, isString: entry.type > 0, what: "record \(entry.record) (missing values)", text: text)
            variables.append(variable)
            firstRawOfVariable.append(entry.element)
        }
        // Value labels: dictionary indexes are 1-based element positions.
        var variableAtElement: [Int: Int] = [:]
        for (position, element) in firstRawOfVariable.enumerated() { variableAtElement[element] = position }
        var variableNamed: [String: Int] = [:]
        for (position, variable) in variables.enumerated() { variableNamed[variable.name.uppercased()] = variableNamed[variable.name.uppercased()] ?? position }
        for set in valueLabelSets {
            for dictionaryIndex in set.variables {
                guard let position = variableAtElement[dictionaryIndex - 1] else {
                    throw ResearchError(.malformedFile, field: "record \(set.record)", message: "value labels for a dictionary index that is no variable")
                }
                for (value, label) in set.labels {
                    let key: SPSSValue = variables[position].isString
                        ? .string(try text(value, "record \(set.record) (value labels)"))
                        : .number(SPSSBytes.double(value[0..<8], bigEndian: bytes.bigEndian))
                    variables[position].valueLabels[key] = encoding.decodeLabel(label)
                }
            }
        }
        for entry in longLabels {
            guard let position = variableNamed[entry.name.uppercased()] else { continue }
            for (value, label) in entry.labels {
                variables[position].valueLabels[.string(try text(value, "value labels of \(entry.name)"))] = encoding.decodeLabel(label)
            }
        }
        for entry in longMissing {
            guard let position = variableNamed[entry.name.uppercased()] else { continue }
            variables[position].missing = SPSSMissingValues(values: try entry.values.map { (value) throws(ResearchError) in .string(try text(value, "missing values of \(entry.name)")) })
        }
        dictionary = SPSSDictionary(
            product: encoding.decodeLabel(productBytes).replacingOccurrences(of: "@(#) SPSS DATA FILE", with: "").trimmingCharacters(in: .whitespaces),
            label: encoding.decodeLabel(labelBytes), variables: variables, caseCount: caseCount, compressed: compressed, encoding: encoding)
        // Every value lies inside a case's elements (the continuation counts make it so; a
        // case is read by these offsets without further checks).
        for (position, layout) in layouts.enumerated() {
            for segment in layout.segments where segment.element * 8 + max(8, min(segment.bytes, 255)) > elementCount * 8 {
                throw ResearchError(.malformedFile, field: "variable \(variables[position].name)", message: "the variable reaches past the case's elements")
            }
        }
        self.layouts = layouts
        reading = zip(variables, layouts).map { variable, layout in
            (variable.width, layout.segments[0].element, variable.format.isDate, variable.format.isDateTime,
             !variable.missing.values.isEmpty || variable.missing.range != nil)
        }
        caseBytes = [UInt8](repeating: 0x20, count: elementCount * 8)
    }

    private func missingValues(
        _ missing: (count: Int32, values: [[UInt8]]), isString: Bool, what: String, text: ([UInt8], String) throws(ResearchError) -> String
    ) throws(ResearchError) -> SPSSMissingValues {
        guard missing.count != 0 else { return .none }
        if isString {
            guard missing.count > 0 else { throw ResearchError(.malformedFile, field: what, message: "a string variable with a missing-value range") }
            return SPSSMissingValues(values: try missing.values.map { (value) throws(ResearchError) in .string(try text(value, what)) })
        }
        let numbers = missing.values.map { SPSSBytes.double($0[0..<8], bigEndian: bytes.bigEndian) }
        if missing.count < 0 {
            let low = numbers[0] <= -Double.greatestFiniteMagnitude * 0.999 ? -Double.infinity : numbers[0]
            let high = numbers[1] >= Double.greatestFiniteMagnitude * 0.999 ? Double.infinity : numbers[1]
            guard low <= high else { throw ResearchError(.malformedFile, field: what, message: "a missing-value range whose low end is above its high end") }
            return SPSSMissingValues(values: numbers.count > 2 ? [.number(numbers[2])] : [], range: low...high)
        }
        return SPSSMissingValues(values: numbers.map { .number($0) })
    }

    private static func readInt32(_ data: [UInt8], _ offset: inout Int, what: String, bigEndian: Bool) throws(ResearchError) -> Int {
        guard offset + 4 <= data.count else { throw ResearchError(.malformedFile, field: what, message: "the record ends early") }
        let value = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int32.self) }
        offset += 4
        return Int(bigEndian ? value.byteSwapped : value)
    }

    private static func readBytes(_ data: [UInt8], _ offset: inout Int, _ count: Int, what: String) throws(ResearchError) -> [UInt8] {
        guard count >= 0, offset + count <= data.count else { throw ResearchError(.malformedFile, field: what, message: "the record ends early") }
        defer { offset += count }
        return Array(data[offset..<(offset + count)])
    }

    /// Record 7 subtype 11: the measurement level of each variable record (continuations
    /// excepted; a very long string's segments each have one), as 2 or 3 int32 per record.
    /// A record of another shape is ignored, as PSPP ignores it with a warning; a level SPSS
    /// does not define reads as none.
    static func measures(_ data: [UInt8], size: Int32, count: Int32, variableRecords: Int, bigEndian: Bool) -> [SPSSMeasure?] {
        guard size == 4, variableRecords > 0, count == Int32(2 * variableRecords) || count == Int32(3 * variableRecords), data.count == Int(count) * 4 else { return [] }
        let stride = Int(count) / variableRecords * 4
        return (0..<variableRecords).map { record in
            SPSSMeasure(code: SPSSBytes.int32(data[(record * stride)..<(record * stride + 4)], bigEndian: bigEndian))
        }
    }

    /// Record 7 subtype 21: per variable its name, width and labels of string values.
    private static func longStringLabels(
        _ data: [UInt8], what: String, bigEndian: Bool, text: ([UInt8], String) throws(ResearchError) -> String
    ) throws(ResearchError) -> [(name: String, labels: [(value: [UInt8], label: [UInt8])])] {
        var offset = 0
        var result: [(name: String, labels: [(value: [UInt8], label: [UInt8])])] = []
        while offset < data.count {
            let name = try text(try readBytes(data, &offset, try readInt32(data, &offset, what: what, bigEndian: bigEndian), what: what), what)
            _ = try readInt32(data, &offset, what: what, bigEndian: bigEndian)
            let count = try readInt32(data, &offset, what: what, bigEndian: bigEndian)
            guard count >= 0 else { throw ResearchError(.malformedFile, field: what, message: "a negative number of labels") }
            var labels: [(value: [UInt8], label: [UInt8])] = []
            for _ in 0..<count {
                let value = try readBytes(data, &offset, try readInt32(data, &offset, what: what, bigEndian: bigEndian), what: what)
                let label = try readBytes(data, &offset, try readInt32(data, &offset, what: what, bigEndian: bigEndian), what: what)
                labels.append((value, label))
            }
            result.append((name, labels))
        }
        return result
    }

    /// Record 7 subtype 22: per long string variable its missing values.
    private static func longStringMissing(
        _ data: [UInt8], what: String, bigEndian: Bool, text: ([UInt8], String) throws(ResearchError) -> String
    ) throws(ResearchError) -> [(name: String, values: [[UInt8]])] {
        var offset = 0
        var result: [(name: String, values: [[UInt8]])] = []
        while offset < data.count {
            let name = try text(try readBytes(data, &offset, try readInt32(data, &offset, what: what, bigEndian: bigEndian), what: what), what)
            let count = Int(try readBytes(data, &offset, 1, what: what)[0])
            guard (1...3).contains(count) else { throw ResearchError(.malformedFile, field: what, message: "a long string with other than 1…3 missing values") }
            let length = try readInt32(data, &offset, what: what, bigEndian: bigEndian)
            // ReadStat writes the length once; PSPP (1.6) writes it before every value. A
            // further int32 equal to the length after a value is the latter's.
            var values: [[UInt8]] = []
            for number in 0..<count {
                if number > 0, offset + 4 + length <= data.count {
                    var peek = offset
                    if try readInt32(data, &peek, what: what, bigEndian: bigEndian) == length { offset = peek }
                }
                values.append(try readBytes(data, &offset, length, what: what))
            }
            result.append((name, values))
        }
        return result
    }

    // MARK: - Cases

    /// Reads the next case into `values` (one per variable: a number, `nil` for
    /// system-missing, or a string); `false` after the last case.
    ///
    /// - Throws: ``ResearchError/Code/malformedFile`` naming the case for a truncated case,
    ///   compressed data that do not fit the variables, or more or fewer cases than declared.
    public mutating func read(into values: inout [SPSSCellValue]) throws(ResearchError) -> Bool {
        do {
            guard try readCaseBytes() else { return false }
        } catch {
            throw located(error)
        }
        if values.count != layouts.count { values = Array(repeating: .missing, count: layouts.count) }
        for index in reading.indices {
            guard let value = value(at: index) else {
                throw ResearchError(
                    .malformedFile, source: source, field: "case \(casesRead), variable \(dictionary.variables[index].name)",
                    message: "a string that is not valid \(dictionary.encoding.rawValue)")
            }
            values[index] = value
        }
        return true
    }

    /// One variable's value from the current case's bytes; `nil` for a string the encoding does not allow.
    private func value(at index: Int) -> SPSSCellValue? {
        let width = reading[index].width
        if width == 0 {
            var bits = caseBytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: reading[index].element * 8, as: UInt64.self) }
            bits = bytes.bigEndian ? UInt64(bigEndian: bits) : UInt64(littleEndian: bits)
            let number = Double(bitPattern: bits)
            return number == systemMissing || number.isNaN ? .missing : .number(number)
        }
        var raw: [UInt8] = []
        raw.reserveCapacity(width)
        for segment in layouts[index].segments {
            let start = segment.element * 8
            raw += caseBytes[start..<(start + min(segment.bytes, 255))]
        }
        return dictionary.encoding.decode(raw.prefix(width)).map { .string($0) }
    }

    /// Reads one case's elements into `caseBytes`; `false` at the end of the data.
    private mutating func readCaseBytes() throws(ResearchError) -> Bool {
        let what = "case \(casesRead + 1)"
        if let declared = dictionary.caseCount, casesRead >= declared {
            // Past the declared count, only the end of the file (or a compressed end code) may follow.
            if dictionary.compressed { return false }
            guard try bytes.atEnd() else {
                throw ResearchError(.malformedFile, field: what, message: "the file has more cases than the \(declared) its header declares")
            }
            return false
        }
        if dataEnded { return false }
        if !dictionary.compressed {
            if try bytes.atEnd() {
                if let declared = dictionary.caseCount, casesRead < declared {
                    throw ResearchError(.malformedFile, field: what, message: "the file has \(casesRead) of the \(declared) cases its header declares (truncated)")
                }
                return false
            }
            let count = elementCount * 8
            let source = try bytes.bytes(count, what)
            caseBytes.replaceSubrange(0..<count, with: source)
            casesRead += 1
            return true
        }
        for index in 0..<elementCount {
            guard let command = try nextCommand(what: what, first: index == 0) else {
                if let declared = dictionary.caseCount, casesRead < declared {
                    throw ResearchError(.malformedFile, field: what, message: "the file has \(casesRead) of the \(declared) cases its header declares (truncated)")
                }
                return false
            }
            let start = index * 8
            switch command {
            case 1...251:
                storeNumber(Double(command) - bias, at: start)
            case 252:
                guard index == 0 else { throw ResearchError(.malformedFile, field: what, message: "the compressed data end inside a case") }
                dataEnded = true
                if let declared = dictionary.caseCount, casesRead < declared {
                    throw ResearchError(.malformedFile, field: what, message: "the file has \(casesRead) of the \(declared) cases its header declares")
                }
                return false
            case 253:
                let source = try bytes.bytes(8, what)
                caseBytes.replaceSubrange(start..<(start + 8), with: source)
            case 254:
                for offset in start..<(start + 8) { caseBytes[offset] = 0x20 }
            default:
                storeNumber(systemMissing, at: start)
            }
        }
        casesRead += 1
        return true
    }

    /// The next compression command; `nil` at the end of the file where a case may begin.
    private mutating func nextCommand(what: String, first: Bool) throws(ResearchError) -> UInt8? {
        while true {
            if commandIndex == 8 {
                if try bytes.atEnd() {
                    guard first else { throw ResearchError(.malformedFile, field: what, message: "the compressed data end inside a case (truncated)") }
                    return nil
                }
                commands = Array(try bytes.bytes(8, what))
                commandIndex = 0
            }
            let command = commands[commandIndex]
            commandIndex += 1
            // Code 0 is padding: no value, the next command serves the same element.
            if command == 0 { continue }
            return command
        }
    }

    private mutating func storeNumber(_ value: Double, at start: Int) {
        var bits = value.bitPattern
        if bytes.bigEndian { bits = bits.byteSwapped }
        for offset in 0..<8 { caseBytes[start + offset] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(offset))) }
    }
}

/// Reused storage for a case written as text fields.
struct SPSSRecordText {
    var bytes: [UInt8] = []
    var ends: [Int] = []
}

/// One value of a case as read.
public enum SPSSCellValue: Hashable, Sendable {
    /// A number.
    case number(Double)
    /// A string (trailing spaces removed).
    case string(String)
    /// System-missing.
    case missing
}
