import HearthCore
import HearthScoring

extension REDCapImporter {
    /// Imports an SPSS system file through a REDCap mapping, the variables named as the
    /// export's fields (in any letter case), into `cohort`.
    ///
    /// User-missing values keep their kind: by the mapping's `missingCodes` for the value,
    /// else by its value label (``SPSSMissingKinds``), else skipped — and the report lists
    /// those that nothing named (``ImportReport/userMissingWithoutKind``). Grouping
    /// attributes read as their value labels, and a coded sex too unless the mapping has
    /// `sexCodes` (which then read the codes).
    ///
    /// - Parameters:
    ///   - context: The wave and attributes of every case (``importExport(from:into:context:progress:)``).
    ///   - progress: Called with the number of cases read, every 10,000.
    /// - Throws: ``ResearchError`` naming the case and variable of the first problem, or the
    ///   mapping's; the cohort is unchanged when it throws.
    public static func importSPSS(
        _ spss: SPSSReader, mapping: REDCapMapping, definitions: [InstrumentDefinition], into cohort: inout StudyCohort,
        context: InputContext = InputContext(), progress: ((Int) -> Void)? = nil
    ) throws(ResearchError) -> ImportReport {
        var (importer, records) = try spssImport(spss, mapping: mapping, definitions: definitions)
        let report = try importer.importExport(from: &records, into: &cohort, context: context, progress: progress)
        return withUserMissing(report, records, spss, importer)
    }

    /// ``importSPSS(_:mapping:definitions:into:context:progress:)`` handing the cases on in
    /// cohorts of at most `chunkRecords` (``importExport(from:context:chunkRecords:progress:each:)``).
    static func importSPSS(
        _ spss: SPSSReader, mapping: REDCapMapping, definitions: [InstrumentDefinition], context: InputContext, chunkRecords: Int,
        progress: ((Int) -> Void)?, each body: (StudyCohort) throws(ResearchError) -> Void
    ) throws(ResearchError) -> ImportReport {
        var (importer, records) = try spssImport(spss, mapping: mapping, definitions: definitions)
        let report = try importer.importExport(from: &records, context: context, chunkRecords: chunkRecords, progress: progress, each: body)
        return withUserMissing(report, records, spss, importer)
    }

    /// The importer an SPSS file is read through, and its cases as records.
    private static func spssImport(
        _ spss: SPSSReader, mapping: REDCapMapping, definitions: [InstrumentDefinition]
    ) throws(ResearchError) -> (REDCapImporter, SPSSRecordSource) {
        // User-missing values arrive as tokens of their kind, which the mapping then reads.
        var withTokens = mapping
        for reason in MissingReason.allCases { withTokens.missingCodes[spssMissingToken(reason)] = reason.name }
        let importer = try REDCapImporter(mapping: withTokens, definitions: definitions)
        // The mapping's own missing codes settle a user-missing value whose label says nothing (`"98": "refused"`).
        let overrides = mapping.missingCodes.compactMapValues { MissingReason.byName[$0] }
        var records = SPSSRecordSource(spss, kinds: SPSSMissingKinds(overrides: overrides)) { spssMissingToken($0) }
        records.expectedNames = importer.expectedFields
        records.labelledColumns = Set(mapping.attributes.values)
        if mapping.sexCodes == nil {
            records.sexColumns = Set(mapping.instruments.flatMap { [$0.respondent.sex, $0.respondent.partnerSex].compactMap { $0 } })
        }
        return (importer, records)
    }

    /// The report with the user-missing values nothing gave a kind.
    private static func withUserMissing(_ report: ImportReport, _ records: SPSSRecordSource, _ spss: SPSSReader, _ importer: REDCapImporter) -> ImportReport {
        var report = report
        report.userMissingWithoutKind = records.kinds.valuesWithoutKind(in: spss.dictionary, variables: Set(importer.expectedFields))
        return report
    }

    /// The text a user-missing value of a kind is handed to the mapping as (`SPSS-REFUSED`).
    static func spssMissingToken(_ reason: MissingReason) -> String { "SPSS-" + reason.name.uppercased() }
}
