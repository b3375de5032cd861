/// What an import read, kept, and deliberately left out, so that nothing is dropped
/// without a trace. Holds counts and field names only, never answers or identifiers.
public struct ImportReport: Hashable, Sendable, Codable {
    /// Per instrument: how many records became rows, and what was missing.
    public struct InstrumentCounts: Hashable, Sendable, Codable {
        /// Records imported as rows of the instrument's matrix.
        public var records: Int = 0
        /// Records that hold no answer and no missing code for any of the instrument's items
        /// (e.g. a child form on a parent's event): not rows of the matrix.
        public var emptyRecords: Int = 0
        /// Missing answers by kind (`skipped`, `dontKnow`, `refused`, `notAdministered`).
        public var missingAnswers: [String: Int] = [:]

        /// Creates empty counts.
        public init() {}
    }

    /// The input, as the caller named it.
    public var source: String
    /// Data rows (CSV) or resources (FHIR) read.
    public var recordsRead: Int = 0
    /// Counts per instrument id.
    public var instruments: [String: InstrumentCounts] = [:]
    /// Columns or linkIds present in the input and left out on purpose, with the reason.
    public var ignoredFields: [String: String] = [:]
    /// Resources left out on purpose (e.g. `entered-in-error` responses, other resource
    /// types in a Bundle), by reason, counted.
    public var skippedResources: [String: Int] = [:]
    /// Records with help received (any part of it recorded).
    public var helpRecords: Int = 0
    /// SPSS inputs: user-missing values of the mapped variables that read as skipped because
    /// neither their value label nor the mapping's `missingCodes` names their kind
    /// (``SPSSMissingKinds/valuesWithoutKind(in:variables:)``), with how many variables
    /// declare each (empty: none); `nil` for other inputs.
    public var userMissingWithoutKind: [String: Int]?

    /// Creates an empty report for `source`.
    public init(source: String) {
        self.source = source
    }

    mutating func countMissing(_ reason: String, instrument: String) {
        instruments[instrument, default: InstrumentCounts()].missingAnswers[reason, default: 0] += 1
    }
}
