import Foundation
import HearthCore
import HearthResearch
import HearthScoring

/// The research importers with fixed mappings (ACE as checkboxes, AUDIT-C as a coded
/// single-choice group), and the JSON configuration files.
enum ImportHarness {
    static let definitions: [InstrumentDefinition] = [Instruments.ace()] + [try? BuiltInInstrument.auditc.definition()].compactMap { $0 }

    static let redcapMapping = REDCapMapping(
        events: ["e1": .init(wave: 1), "e2": .init(wave: 2, months: 12)],
        missingCodes: ["ASKU": "dontKnow", "-97": "refused", "NASK": "notAdministered"], sexCodes: ["1": "female", "2": "male"],
        attributes: ["group": "arm"], ignoredFields: ["note"],
        instruments: [
            .init(instrument: "ace", respondent: .init(sex: "sex", age: "age"), items: Dictionary(uniqueKeysWithValues: (1...10).map { ("ace___\($0)", "\($0)") })),
            .init(
                instrument: "auditc", respondent: .init(sex: "sex", partnerSex: "psex"),
                items: ["a2": "self_2", "a3": "self_3", "p1": "partner_1", "p2": "partner_2", "p3": "partner_3"],
                checkboxChoices: ["a1": "self_1"], codes: ["1": 0, "2": 1, "3": 2, "4": 3, "5": 4]),
        ])

    static let fhirMapping = FHIRMapping(
        waveExtension: "w", attributeExtensions: ["group": "g"], sexCodes: ["F": "female", "M": "male"],
        questionnaires: [
            .init(canonical: "ace", instrument: "ace", items: Dictionary(uniqueKeysWithValues: (1...10).map { ("q\($0)", "\($0)") }),
                  codes: ["Y": 1, "N": 0], respondent: .init(sex: "sex", age: "age"), ignoredLinkIds: ["note"]),
            .init(canonical: "auditc", instrument: "auditc", items: ["s1": "self_1", "s2": "self_2", "s3": "self_3", "p1": "partner_1", "p2": "partner_2", "p3": "partner_3"]),
        ])

    static func redcap(_ data: Data) {
        guard let importer = try? REDCapImporter(mapping: redcapMapping, definitions: definitions),
            let exporter = try? REDCapExporter(mapping: redcapMapping, definitions: definitions)
        else { preconditionFailure("the fixed REDCap mapping is valid") }
        check(data, dropsEmptyRows: true, export: exporter.export) { data, source, cohort in
            _ = try importer.importExport(data, source: source, into: &cohort)
        }
        checkChunks(data, importer)
    }

    /// Imported in chunks of three records (as a study that aggregates as it reads imports
    /// it), the export gives the rows, attributes and report of the whole import, in order,
    /// or the same first error (a repeat across chunks included).
    private static func checkChunks(_ data: Data, _ importer: REDCapImporter) {
        var whole = StudyCohort()
        let wholeResult = Result { () throws(ResearchError) in try importer.importExport(data, source: "fuzz", into: &whole) }
        var reader = CSVReader(data: data, source: "fuzz")
        var merged = StudyCohort()
        let chunkedResult = Result { () throws(ResearchError) in
            try importer.importExport(from: &reader, context: InputContext(), chunkRecords: 3, progress: nil) { (chunk: StudyCohort) throws(ResearchError) in
                for (id, matrix) in chunk.matrices {
                    guard let definition = chunk.definitions[id] else { continue }
                    try merged.add(matrix, definition: definition)
                }
                for (key, values) in chunk.attributes { try merged.setAttributes(values, for: key) }
                for (key, help) in chunk.help { try merged.setHelp(help, for: key) }
            }
        }
        switch (wholeResult, chunkedResult) {
        case (.failure(let wholeError), .failure(let chunkedError)):
            require(wholeError == chunkedError, "a chunked import fails with the whole import's first error")
        case (.success(let wholeReport), .success(let chunkedReport)):
            require(wholeReport == chunkedReport, "a chunked import reports what the whole import reports")
            require(whole.matrices == merged.matrices, "a chunked import's rows are the whole import's, in order")
            require(whole.attributes == merged.attributes && whole.help == merged.help, "a chunked import's attributes and help are the whole import's")
        default:
            require(false, "a chunked import fails exactly when the whole import fails")
        }
    }

    static func fhir(_ data: Data) {
        guard let importer = try? FHIRImporter(mapping: fhirMapping, definitions: definitions),
            let exporter = try? FHIRExporter(mapping: fhirMapping, definitions: definitions)
        else { preconditionFailure("the fixed FHIR mapping is valid") }
        check(data, dropsEmptyRows: false, export: exporter.export) { data, source, cohort in
            _ = try importer.importResponses(data, source: source, into: &cohort)
        }
        // Read in pieces (NDJSON line by line, arrays and Bundles value by value), the file
        // imports as it does whole, or fails as it does whole.
        var whole = StudyCohort(), streamed = StudyCohort()
        let wholeReport = try? importer.importResponses(data, source: "fuzz", into: &whole)
        let bytes = [UInt8](data)
        var offset = 0
        let streamedReport = try? importer.importResponses(
            reading: { buffer in
                let count = min(7, buffer.count, bytes.count - offset)
                for index in 0..<count { buffer[index] = bytes[offset + index] }
                offset += count
                return count
            }, source: "fuzz", into: &streamed)
        require((wholeReport == nil) == (streamedReport == nil), "a streamed FHIR file fails exactly when the file read whole fails")
        require(whole.matrices == streamed.matrices, "a streamed FHIR file imports as the file read whole")
        require(wholeReport?.recordsRead == streamedReport?.recordsRead, "a streamed FHIR file reads as many responses")
    }

    /// Imports `data`; a failure must leave the cohort empty, a success must round-trip and
    /// be analysable.
    private static func check(
        _ data: Data, dropsEmptyRows: Bool, export: (StudyCohort) throws(ResearchError) -> Data,
        import run: (Data, String, inout StudyCohort) throws -> Void
    ) {
        var cohort = StudyCohort()
        do { try run(data, "fuzz", &cohort) } catch {
            require(cohort.matrices.isEmpty, "a failed import leaves the cohort unchanged")
            return
        }
        checkRoundTrip(cohort, dropsEmptyRows: dropsEmptyRows, export: export) { data, into in try run(data, "again", &into) }
        analyse(cohort)
    }

    static func study(_ data: Data) {
        _ = try? StudyConfiguration.decode(data, source: "fuzz")
        _ = try? FHIRMapping.decode(data, source: "fuzz")
        if let mapping = try? REDCapMapping.decode(data, source: "fuzz") { _ = try? REDCapImporter(mapping: mapping, definitions: definitions) }
    }

    /// What was imported exports and re-imports to the same answers (when the mapping can
    /// carry it: an export may refuse, e.g. a wave without an event). A REDCap row whose
    /// every answer is skipped exports as empty cells and is not re-imported; a FHIR
    /// response without answers stays a response.
    private static func checkRoundTrip(
        _ cohort: StudyCohort, dropsEmptyRows: Bool, export: (StudyCohort) throws(ResearchError) -> Data,
        reimport: (Data, inout StudyCohort) throws -> Void
    ) {
        guard let exported = try? export(cohort) else { return }
        var again = StudyCohort()
        do { try reimport(exported, &again) } catch {
            preconditionFailure("an export re-imports: \(error)")
        }
        for (id, matrix) in cohort.matrices {
            var expected: [RecordKey: [UInt8]] = [:]
            for row in 0..<matrix.rowCount {
                guard let codes = try? Array(matrix.matrixCodes(row: row)) else { continue }
                if dropsEmptyRows, codes.allSatisfy({ $0 == MissingReason.skipped.matrixCode }) { continue }
                expected[RecordKey(matrix.respondents[row])] = codes
            }
            var found: [RecordKey: [UInt8]] = [:]
            if let other = again.matrices[id] {
                for row in 0..<other.rowCount {
                    found[RecordKey(other.respondents[row])] = try? Array(other.matrixCodes(row: row))
                }
            }
            require(found == expected, "export then import gives the same answers")
        }
    }

    /// Scoring and the analyses run on whatever was imported.
    private static func analyse(_ cohort: StudyCohort) {
        guard let scored = try? ScoredCohort(cohort, options: ScoringOptions(threads: 1)) else {
            preconditionFailure("imported codes are always scorable")
        }
        let analysis = CohortAnalysis(scored)
        _ = try? analysis.summarize(ScoreVariable(instrument: "ace", scale: "total"), by: [.wave, .sex, .attribute("group")])
        _ = try? analysis.waveChange(ScoreVariable(instrument: "ace", scale: "total"), from: 1, to: 2)
        _ = try? analysis.reliability(instrument: "ace", scale: "total")
        _ = try? ReportTable.aceDistribution(in: analysis).json()
    }
}
