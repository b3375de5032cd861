import Foundation
import HearthCore

/// Something that yields records of text fields after a header: a CSV file
/// (``CSVReader``) or an SPSS system file read as one (``SPSSRecordSource``) — what the
/// cohort readers of `hearth score` and the REDCap importer take.
public protocol RecordSource {
    /// The source's name, for messages.
    var source: String { get }
    /// What a record is called in messages: `line` (CSV) or `case` (SPSS).
    var recordName: String { get }
    /// The records read so far.
    var recordCount: Int { get }
    /// Reads the header: the field names.
    mutating func readHeader() throws(ResearchError) -> [String]
    /// Reads the next record into `record`; `false` at the end.
    mutating func read(into record: inout CSVRecord) throws(ResearchError) -> Bool
}

extension CSVReader: RecordSource {
    /// `line`.
    public var recordName: String { "line" }
}

/// An SPSS system file read as records of text (``SPSSReader/read(into:kinds:missingText:)``):
/// variables are the header, cases the records, numbered from 1.
public struct SPSSRecordSource: RecordSource {
    /// The reader.
    public private(set) var reader: SPSSReader
    /// How user-missing values are classified.
    public var kinds: SPSSMissingKinds
    /// The text of a missing value of each kind (empty: skipped, as a blank CSV cell).
    public var missingText: @Sendable (MissingReason) -> String

    /// Wraps a reader.
    public init(_ reader: SPSSReader, kinds: SPSSMissingKinds = SPSSMissingKinds(), missingText: @escaping @Sendable (MissingReason) -> String = { _ in "" }) {
        self.reader = reader
        self.kinds = kinds
        self.missingText = missingText
    }

    /// The file's name.
    public var source: String { reader.source }
    /// `case`.
    public var recordName: String { "case" }
    /// The cases read so far.
    public var recordCount: Int { reader.casesRead }

    /// Names the consumer reads (`id`, `sex`, item columns): a variable whose name is one of
    /// them in another letter case takes its spelling, as SPSS names are case-insensitive
    /// (files without long names, from SPSS before version 12, have upper-case names).
    public var expectedNames: [String] = []
    /// Columns holding a sex (`sex`, `partner_sex`): a number there whose value label names
    /// a sex (female, male, unknown; also vrouw, man, onbekend, …) is read as that word.
    public var sexColumns: Set<String> = []

    /// Columns whose numbers are read as their value labels (a grouping variable such as a
    /// study arm coded 1 = `research`, 2 = `reference`); a number without a label stays a number.
    public var labelledColumns: Set<String> = []

    /// The variables' names (spelled as ``expectedNames`` where only the letter case differs).
    public mutating func readHeader() throws(ResearchError) -> [String] {
        var header = reader.header
        let present = Set(header)
        var expected: [String: String] = [:]
        for name in expectedNames where !present.contains(name) { expected[name.lowercased()] = name }
        for index in header.indices {
            if let spelling = expected[header[index].lowercased()] { header[index] = spelling }
        }
        reader.numberTexts = [:]
        for (index, name) in header.enumerated() where sexColumns.contains(name) || labelledColumns.contains(name) {
            let variable = reader.dictionary.variables[index]
            guard !variable.isString else { continue }
            var texts: [Double: String] = [:]
            for (value, label) in variable.valueLabels {
                guard case .number(let number) = value else { continue }
                texts[number] = sexColumns.contains(name) ? Self.sex(label: label) : label.trimmingCharacters(in: .whitespaces)
            }
            if !texts.isEmpty { reader.numberTexts[index] = texts }
        }
        return header
    }

    /// The sex a value label names (English and Dutch words), as Hearth spells it.
    static func sex(label: String) -> String? {
        switch label.lowercased().trimmingCharacters(in: .whitespaces) {
        case "female", "f", "woman", "women", "girl", "vrouw", "vrouwelijk", "v", "meisje": "female"
        case "male", "m", "man", "men", "boy", "mannelijk", "jongen": "male"
        case "unknown", "onbekend", "not known", "niet bekend": "unknown"
        default: nil
        }
    }

    /// The next case as text fields.
    public mutating func read(into record: inout CSVRecord) throws(ResearchError) -> Bool {
        try reader.read(into: &record, kinds: kinds, missingText: missingText)
    }
}
