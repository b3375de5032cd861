import Foundation

/// Writes SPSS system files (`.sav`, uncompressed, UTF-8, little-endian) case by case: the
/// dictionary once — variables with labels, value labels, measurement levels, long names,
/// the encoding — then each case's values. What PSPP, R's haven and pyreadstat read (checked
/// by `.ci/check-spss`).
///
/// Names are made SPSS names (letters, digits, `_`, `.`; a letter first; at most 64 bytes;
/// unique without regard to case); strings are at most 255 bytes wide.
public struct SPSSWriter {
    /// The variables as written (names made SPSS names).
    public let variables: [SPSSVariable]
    private let shortNames: [String]
    private let elementsPerCase: Int

    /// Where the header keeps the number of cases (a little-endian Int32), for writers that
    /// learn it only at the end.
    public static let caseCountOffset = 80

    /// The widest display column written (a 255-byte id shows 32 characters wide).
    static let displayWidthLimit = 32

    /// The widest string Hearth writes.
    public static let maximumStringWidth = 255

    /// Prepares a writer.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` naming the variable for a string wider
    ///   than 255 bytes, or no variables.
    public init(variables: [SPSSVariable]) throws(ResearchError) {
        guard !variables.isEmpty else { throw ResearchError(.invalidValue, message: "an SPSS file needs at least one variable") }
        var seen: Set<String> = []
        var written: [SPSSVariable] = []
        var shorts: [String] = []
        for (index, variable) in variables.enumerated() {
            guard variable.width <= Self.maximumStringWidth else {
                throw ResearchError(.invalidValue, field: variable.name, message: "a string wider than \(Self.maximumStringWidth) bytes")
            }
            var copy = variable
            copy.name = Self.uniqueName(Self.spssName(variable.name), seen: &seen)
            written.append(copy)
            shorts.append(String(format: "V%07d", index + 1))
        }
        self.variables = written
        shortNames = shorts
        elementsPerCase = written.reduce(0) { $0 + max(1, ($1.width + 7) / 8) }
    }

    /// A valid SPSS name for `name`.
    static func spssName(_ name: String) -> String {
        var result = String(name.unicodeScalars.map { scalar -> Character in
            let allowed = CharacterSet.alphanumerics.contains(scalar) || scalar == "_" || scalar == "."
            return allowed ? Character(scalar) : "_"
        })
        if result.isEmpty || !(result.unicodeScalars.first.map { CharacterSet.letters.contains($0) } ?? false) { result = "v" + result }
        while result.hasSuffix(".") { result.removeLast() }
        let reserved: Set<String> = ["ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"]
        if reserved.contains(result.uppercased()) { result += "_" }
        while result.utf8.count > 64 { result.removeLast() }
        return result
    }

    private static func uniqueName(_ name: String, seen: inout Set<String>) -> String {
        var candidate = name
        var number = 2
        while seen.contains(candidate.uppercased()) {
            let suffix = "_\(number)"
            var base = name
            while base.utf8.count + suffix.utf8.count > 64 { base.removeLast() }
            candidate = base + suffix
            number += 1
        }
        seen.insert(candidate.uppercased())
        return candidate
    }

    /// A variable's user-missing values as the variable record stores them: the count code
    /// (1–3 discrete, -2 a range, -3 a range and one value) and 8 bytes per value. Strings
    /// keep up to three values of at most 8 bytes; a longer string value is not written.
    static func missingRecord(_ variable: SPSSVariable) -> (code: Int32, bytes: [UInt8]) {
        func number(_ value: Double) -> [UInt8] { withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) } }
        if variable.isString {
            let values = variable.missing.values.compactMap { value -> [UInt8]? in
                guard case .string(let text) = value, text.utf8.count <= 8 else { return nil }
                return Array(text.utf8) + [UInt8](repeating: 0x20, count: 8 - text.utf8.count)
            }.prefix(3)
            return (Int32(values.count), Array(values.joined()))
        }
        let discrete = variable.missing.values.compactMap { value -> Double? in
            if case .number(let number) = value { return number }
            return nil
        }
        if let range = variable.missing.range {
            let low = range.lowerBound.isInfinite ? -Double.greatestFiniteMagnitude.nextDown : range.lowerBound
            let high = range.upperBound.isInfinite ? Double.greatestFiniteMagnitude : range.upperBound
            return discrete.isEmpty ? (-2, number(low) + number(high)) : (-3, number(low) + number(high) + number(discrete[0]))
        }
        let values = discrete.prefix(3)
        return (Int32(values.count), values.flatMap(number))
    }

    /// The longest prefix of whole characters that fits in `width` UTF-8 bytes.
    static func utf8Prefix(_ text: String, _ width: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for character in text {
            let encoded = Array(String(character).utf8)
            guard bytes.count + encoded.count <= width else { break }
            bytes += encoded
        }
        return bytes
    }

    /// The header and dictionary; `caseCount` `nil` writes "unknown" (-1).
    public func dictionary(label: String = "", caseCount: Int? = nil, created: Date = Date()) -> [UInt8] {
        var out: [UInt8] = []
        func int32(_ value: Int32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        func double(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { out += $0 } }
        func text(_ value: String, _ width: Int) {
            let bytes = Self.utf8Prefix(value, width)
            out += bytes + [UInt8](repeating: 0x20, count: width - bytes.count)
        }
        out += Array("$FL2".utf8)
        text("@(#) SPSS DATA FILE Hearth", 60)
        int32(2)
        int32(Int32(elementsPerCase))
        int32(0)
        int32(0)
        int32(Int32(caseCount.map { min($0, Int(Int32.max)) } ?? -1))
        double(100)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "dd MMM yy"
        text(formatter.string(from: created), 9)
        formatter.dateFormat = "HH:mm:ss"
        text(formatter.string(from: created), 8)
        text(label, 64)
        out += [0, 0, 0]
        for (variable, short) in zip(variables, shortNames) {
            int32(2)
            int32(Int32(variable.width))
            let labelBytes = variable.label.map { Self.utf8Prefix($0, 255) }
            int32(labelBytes == nil ? 0 : 1)
            let missing = Self.missingRecord(variable)
            int32(missing.code)
            int32(variable.format.packed)
            int32(variable.format.packed)
            text(short, 8)
            if let labelBytes {
                int32(Int32(labelBytes.count))
                out += labelBytes + [UInt8](repeating: 0x20, count: (labelBytes.count + 3) / 4 * 4 - labelBytes.count)
            }
            out += missing.bytes
            for _ in 1..<max(1, (variable.width + 7) / 8) {
                int32(2); int32(-1); int32(0); int32(0); int32(0); int32(0); text("", 8)
            }
        }
        // Value labels of numeric variables (one record pair per variable).
        var element = 1
        for variable in variables {
            defer { element += max(1, (variable.width + 7) / 8) }
            let labels = variable.valueLabels.compactMap { key, label -> (Double, String)? in
                if case .number(let number) = key { return (number, label) }
                return nil
            }.sorted { $0.0 < $1.0 }
            guard !labels.isEmpty, !variable.isString else { continue }
            int32(3)
            int32(Int32(labels.count))
            for (value, label) in labels {
                double(value)
                let bytes = Self.utf8Prefix(label, 120)
                out.append(UInt8(bytes.count))
                out += bytes + [UInt8](repeating: 0x20, count: (bytes.count + 1 + 7) / 8 * 8 - 1 - bytes.count)
            }
            int32(4)
            int32(1)
            int32(Int32(element))
        }
        // Machine integer info: version 1.0.0, machine -1, IEEE 754, compression 1, little-endian, UTF-8.
        int32(7); int32(3); int32(4); int32(8)
        for value: Int32 in [1, 0, 0, -1, 1, 1, 2, 65001] { int32(value) }
        // Machine floating-point info: system-missing, highest, lowest.
        int32(7); int32(4); int32(8); int32(3)
        double(-Double.greatestFiniteMagnitude); double(Double.greatestFiniteMagnitude); double(-Double.greatestFiniteMagnitude.nextDown)
        // Variable display parameters (subtype 11): per variable its measurement level, column
        // width and alignment (strings left, numbers right), three int32 each.
        int32(7); int32(11); int32(4); int32(Int32(variables.count * 3))
        for variable in variables {
            int32((variable.measure ?? (variable.isString ? .nominal : .scale)).code)
            int32(Int32(min(max(variable.format.width, 1), Self.displayWidthLimit)))
            int32(variable.isString ? 0 : 1)
        }
        // Long variable names.
        let names = zip(shortNames, variables).map { "\($0)=\($1.name)" }.joined(separator: "\t")
        let nameBytes = Array(names.utf8)
        int32(7); int32(13); int32(1); int32(Int32(nameBytes.count))
        out += nameBytes
        // Character encoding.
        let encoding = Array("UTF-8".utf8)
        int32(7); int32(20); int32(1); int32(Int32(encoding.count))
        out += encoding
        int32(999); int32(0)
        return out
    }

    /// Appends one case: a value per variable (numbers; `nil` writes system-missing; strings
    /// space-padded, cut at the width without splitting a character).
    public func append(_ values: [SPSSCellValue], to out: inout [UInt8]) {
        for (variable, value) in zip(variables, values) {
            if variable.isString {
                let width = max(1, (variable.width + 7) / 8) * 8
                var bytes: [UInt8] = []
                if case .string(let text) = value { bytes = Self.utf8Prefix(text, variable.width) }
                out += bytes + [UInt8](repeating: 0x20, count: width - bytes.count)
            } else {
                let number: Double
                switch value {
                case .number(let found) where found.isFinite: number = found
                default: number = -Double.greatestFiniteMagnitude
                }
                withUnsafeBytes(of: number.bitPattern.littleEndian) { out += $0 }
            }
        }
    }
}
