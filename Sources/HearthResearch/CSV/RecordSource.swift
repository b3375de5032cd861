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

    /// The variables' names.
    public mutating func readHeader() throws(ResearchError) -> [String] { reader.header }

    /// The next case as text fields.
    public mutating func read(into record: inout CSVRecord) throws(ResearchError) -> Bool {
        try reader.read(into: &record, kinds: kinds, missingText: missingText)
    }
}
