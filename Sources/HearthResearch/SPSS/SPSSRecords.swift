import Foundation
import HearthCore

/// Which kind of missing a user-missing value is: by an explicit choice, else by its value
/// label's words (English and Dutch), else skipped. System-missing is always skipped.
public struct SPSSMissingKinds: Hashable, Sendable {
    /// Value text (`98`, `-9`) → kind, overriding the labels.
    public var overrides: [String: MissingReason]

    /// Creates the rule.
    public init(overrides: [String: MissingReason] = [:]) { self.overrides = overrides }

    /// The kind a value label names, if it names one.
    public static func kind(ofLabel label: String) -> MissingReason? {
        // Typographic apostrophes (what word processors put in "don’t know") read as straight ones.
        let text = label.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
        func has(_ words: [String]) -> Bool { words.contains { text.contains($0) } }
        if has(["refus", "weiger", "declin", "wil niet", "wil ik niet", "liever niet", "prefer not", "rather not", "geen antwoord gegeven"]) { return .refused }
        if has(["don't know", "dont know", "do not know", "weet niet", "weet ik niet", "unknown", "onbekend"]) { return .dontKnow }
        if has(["not asked", "niet gevraagd", "not applicable", "n.v.t", "nvt", "niet van toepassing", "not administered", "not presented"]) { return .notAdministered }
        return nil
    }

    /// The kind of a user-missing value of `variable`.
    public func kind(of value: SPSSValue, in variable: SPSSVariable) -> MissingReason {
        kindIfNamed(of: value, in: variable) ?? .skipped
    }

    /// The kind an override or the value's label names, `nil` when neither does.
    private func kindIfNamed(of value: SPSSValue, in variable: SPSSVariable) -> MissingReason? {
        if let override = overrides[SPSSReader.text(of: value)] { return override }
        if let label = variable.valueLabels[value], let kind = Self.kind(ofLabel: label) { return kind }
        return nil
    }

    /// The user-missing values that read as skipped only because nothing names their kind,
    /// so that a reader learns what to add to a mapping's `missingCodes`: `98 'geen antwoord'`,
    /// `99 (no label)` or `range -9…-1` (a range with values nothing names), each with how many of
    /// the variables named `variables` (any letter case; all when `nil`) declare it. Labels
    /// and codes are the file's metadata, never a case's value.
    public func valuesWithoutKind(in dictionary: SPSSDictionary, variables names: Set<String>? = nil) -> [String: Int] {
        let wanted = names.map { Set($0.map { $0.lowercased() }) }
        var found: [String: Int] = [:]
        for variable in dictionary.variables where wanted?.contains(variable.name.lowercased()) ?? true {
            var entries: Set<String> = []
            for value in variable.missing.values where kindIfNamed(of: value, in: variable) == nil {
                entries.insert(Self.describe(value, label: variable.valueLabels[value]))
            }
            if let range = variable.missing.range {
                for (value, label) in variable.valueLabels where variable.missing.contains(value) && kindIfNamed(of: value, in: variable) == nil {
                    entries.insert(Self.describe(value, label: label))
                }
                // The range itself while values in it have no kind: any, for an open or wide
                // range; for a range of at most 1,000 whole codes, an unnamed one among them.
                let codes = range.lowerBound.isFinite && range.upperBound.isFinite && range.upperBound - range.lowerBound <= 1_000
                    ? Array(stride(from: range.lowerBound.rounded(.up), through: range.upperBound, by: 1)) : nil
                if codes?.contains(where: { kindIfNamed(of: .number($0), in: variable) == nil }) ?? true {
                    entries.insert("range \(Self.bound(range.lowerBound))…\(Self.bound(range.upperBound))")
                }
            }
            for entry in entries { found[entry, default: 0] += 1 }
        }
        return found
    }

    private static func describe(_ value: SPSSValue, label: String?) -> String {
        let text = SPSSReader.text(of: value)
        return label.map { "\(text) '\($0)'" } ?? "\(text) (no label)"
    }

    private static func bound(_ value: Double) -> String {
        value.isInfinite ? (value < 0 ? "LO" : "HI") : SPSSReader.text(of: .number(value))
    }
}

extension SPSSReader {
    /// The variables' names, as a CSV header.
    public var header: [String] { dictionary.variables.map(\.name) }

    /// A value as text: whole numbers without decimals, others in their shortest form, strings as they are.
    static func text(of value: SPSSValue) -> String {
        switch value {
        case .string(let text): return text
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
        }
    }

    /// Reads the next case as a record of text fields (one per variable, ``header`` order):
    /// what the CSV paths (`hearth score`, the REDCap importer) read. System-missing is
    /// empty; a user-missing value is `missingText(kind)` with its kind by `kinds`; a date
    /// is `yyyy-MM-dd` (with `THH:mm:ss` for date-times); numbers as ``text(of:)``.
    ///
    /// - Throws: as ``read(into:)-(inout [SPSSCellValue])``.
    public mutating func read(into record: inout CSVRecord, kinds: SPSSMissingKinds = SPSSMissingKinds(), missingText: (MissingReason) -> String) throws(ResearchError) -> Bool {
        var cells = self.cells
        self.cells = []
        defer { self.cells = cells }
        guard try read(into: &cells) else { return false }
        // Text written straight into reused bytes: whole numbers digit by digit, no String per cell.
        var text = recordText
        recordText = SPSSRecordText()
        defer { recordText = text }
        text.bytes.removeAll(keepingCapacity: true)
        text.ends.removeAll(keepingCapacity: true)
        for (index, cell) in cells.enumerated() {
            let reading = reading[index]
            switch cell {
            case .missing:
                break
            case .number(let number):
                // The dictionary's variable is looked at only for a value it may declare missing.
                if reading.userMissing, dictionary.variables[index].missing.contains(.number(number)) {
                    text.bytes += missingText(kinds.kind(of: .number(number), in: dictionary.variables[index])).utf8
                } else if !numberTexts.isEmpty, let replaced = numberTexts[index]?[number] {
                    text.bytes += replaced.utf8
                } else if reading.date {
                    text.bytes += Self.dateText(number, withTime: reading.dateTime).utf8
                } else if number == number.rounded(), abs(number) < 1e15 {
                    Self.appendInteger(Int64(number), to: &text.bytes)
                } else {
                    text.bytes += "\(number)".utf8
                }
            case .string(let string):
                if reading.userMissing, dictionary.variables[index].missing.contains(.string(string)) {
                    text.bytes += missingText(kinds.kind(of: .string(string), in: dictionary.variables[index])).utf8
                } else {
                    text.bytes += string.utf8
                }
            }
            text.ends.append(text.bytes.count)
        }
        record.refill(line: casesRead, bytes: text.bytes.count, fields: text.ends.count) { content, ends in
            text.bytes.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { content.update(from: base, count: source.count) }
            }
            for (index, end) in text.ends.enumerated() { ends[index] = end }
            return (text.bytes.count, text.ends.count)
        }
        return true
    }

    /// Appends a whole number's decimal digits.
    private static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            bytes.append(UInt8(truncatingIfNeeded: magnitude) &+ 0x30)
            return
        }
        var digits: [UInt8] = []
        while magnitude > 0 {
            digits.append(UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30)
            magnitude /= 10
        }
        bytes += digits.reversed()
    }

    /// An SPSS date (seconds since 14 October 1582) as `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm:ss`.
    static func dateText(_ seconds: Double, withTime: Bool) -> String {
        // 14 October 1582 is 141,428 days (12,219,379,200 seconds) before 1 January 1970.
        let date = Date(timeIntervalSince1970: seconds - 12_219_379_200)
        let parts = Calendar.gregorianUTC.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        return withTime ? day + String(format: "T%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0) : day
    }
}
