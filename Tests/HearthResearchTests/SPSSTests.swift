import Foundation
import HearthCore
import HearthResearch
import HearthScoring
import Testing

/// The SPSS reader against files PSPP and ReadStat wrote (`Fixtures/SPSS/make_spss_fixtures.py`
/// reads each back with pyreadstat for the expected values), the writer by round trip, and
/// every kind of bad file.
@Suite("SPSS system files")
struct SPSSTests {
    struct Fixture: Decodable {
        var file: String
        var encoding: String
        var columns: [String]
        var labels: [String: String?]
        var formats: [String: String]
        /// pyreadstat's measurement levels ("unknown" where the file gives none).
        var measures: [String: String]
        var valueLabels: [String: [String: String]]
        var missing: [String: [[Double]]]
        var rows: [[Cell?]]
    }

    enum Cell: Decodable, Equatable {
        case number(Double)
        case text(String)
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }
    }

    struct Fixtures: Decodable { var fixtures: [Fixture] }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/SPSS")

    func fixtures() throws -> [Fixture] {
        try JSONDecoder().decode(Fixtures.self, from: Data(contentsOf: Self.directory.appendingPathComponent("spss-fixtures.json"))).fixtures
    }

    func reader(_ name: String) throws -> SPSSReader {
        try SPSSReader(data: try Data(contentsOf: Self.directory.appendingPathComponent(name)), source: name)
    }

    @Test func filesFromPSPPAndReadStatReadAsPyreadstatReadsThem() throws {
        let all = try fixtures()
        #expect(all.count == 6)
        for fixture in all {
            var reader = try reader(fixture.file)
            let dictionary = reader.dictionary
            #expect(dictionary.variables.map { $0.name.lowercased() } == fixture.columns.map { $0.lowercased() }, "\(fixture.file) names")
            for (index, variable) in dictionary.variables.enumerated() {
                let name = fixture.columns[index]
                #expect(variable.label == (fixture.labels[name] ?? nil), "\(fixture.file) \(name) label")
                let expectedLabels = fixture.valueLabels[name] ?? [:]
                #expect(variable.valueLabels.count == expectedLabels.count, "\(fixture.file) \(name) value labels")
                for (key, label) in expectedLabels {
                    #expect(variable.valueLabels[.number(Double(key) ?? .nan)] == label, "\(fixture.file) \(name) label of \(key)")
                }
                for range in fixture.missing[name] ?? [] {
                    #expect(variable.missing.contains(.number(range[0])) && variable.missing.contains(.number(range[1])), "\(fixture.file) \(name) missing")
                }
                #expect(variable.format.isDate == (fixture.formats[name]?.hasPrefix("DATE") ?? false), "\(fixture.file) \(name) date")
                #expect(variable.measure?.rawValue ?? "unknown" == fixture.measures[name], "\(fixture.file) \(name) measure")
            }
            var record = CSVRecord()
            var row = 0
            while try reader.read(into: &record, missingText: { "<\($0)>" }) {
                let expected = fixture.rows[row]
                for (index, cell) in expected.enumerated() {
                    let text = record.string(at: index)
                    let variable = dictionary.variables[index]
                    switch cell {
                    case nil: #expect(text == "", "\(fixture.file) row \(row) \(variable.name)")
                    case .text(let value)?: #expect(text == value.trimmingCharacters(in: .whitespaces), "\(fixture.file) row \(row) \(variable.name): \(text) vs \(value)")
                    case .number(let value)?:
                        if variable.missing.contains(.number(value)) {
                            #expect(text.hasPrefix("<"), "\(fixture.file) row \(row) \(variable.name) user-missing")
                        } else {
                            #expect(Double(text) == value, "\(fixture.file) row \(row) \(variable.name): \(text) vs \(value)")
                        }
                    }
                }
                row += 1
            }
            #expect(row == fixture.rows.count, "\(fixture.file) cases")
        }
    }

    @Test func userMissingValuesTakeTheirKindFromTheirLabels() throws {
        var reader = try reader("pspp-utf8-compressed.sav")
        var record = CSVRecord()
        _ = try reader.read(into: &record, missingText: { "<\($0)>" })
        #expect(try reader.read(into: &record, missingText: { "<\($0)>" }))
        // p2: item1 98 "weigert" → refused; item3 99 "weet niet" (in the range 97–99) → don't know.
        #expect(record.string(at: 1) == "<refused>" && record.string(at: 3) == "<dontKnow>")
        #expect(SPSSMissingKinds.kind(ofLabel: "Not asked") == .notAdministered && SPSSMissingKinds.kind(ofLabel: "n.v.t.") == .notAdministered)
        #expect(SPSSMissingKinds.kind(ofLabel: "vaak") == nil)
        #expect(SPSSMissingKinds.kind(ofLabel: "Wil ik niet zeggen") == .refused && SPSSMissingKinds.kind(ofLabel: "Prefer not to say") == .refused)
        #expect(SPSSMissingKinds.kind(ofLabel: "geen antwoord") == nil && SPSSMissingKinds.kind(ofLabel: "missing") == nil)
        var overridden = try self.reader("pspp-utf8-compressed.sav")
        _ = try overridden.read(into: &record, kinds: SPSSMissingKinds(overrides: ["98": .notAdministered]), missingText: { "<\($0)>" })
        _ = try overridden.read(into: &record, kinds: SPSSMissingKinds(overrides: ["98": .notAdministered]), missingText: { "<\($0)>" })
        #expect(record.string(at: 1) == "<notAdministered>")
    }

    @Test func veryLongStringsAndWindows1252TextReadWhole() throws {
        for name in ["pspp-utf8-uncompressed.sav", "pspp-latin1-compressed.sav"] {
            var reader = try reader(name)
            #expect(reader.dictionary.variables.last?.width == 300)
            var cells: [SPSSCellValue] = []
            _ = try reader.read(into: &cells)
            _ = try reader.read(into: &cells)
            #expect(cells[7] == .string("één café"), "\(name)")
            #expect(cells[8] == .string(String(repeating: "x", count: 140) + " middle " + String(repeating: "y", count: 140)), "\(name)")
        }
    }

    @Test func whatTheWriterWritesReadsBackTheSame() throws {
        let variables = [
            SPSSVariable(name: "id", width: 12), SPSSVariable(name: "self_negotiation_prevalence", label: "Negotiation, self"),
            SPSSVariable(name: "status", label: "Status", valueLabels: [.number(0): "complete", .number(3): "insufficient data"]),
            SPSSVariable(name: "1st item", width: 0), SPSSVariable(name: "ID", width: 20),
        ]
        let writer = try SPSSWriter(variables: variables)
        #expect(writer.variables.map(\.name) == ["id", "self_negotiation_prevalence", "status", "v1st_item", "ID_2"])
        // Measurement levels: as given, else nominal for strings and scale for numbers.
        var levelled = variables
        levelled[2].measure = .nominal
        levelled[3].measure = .ordinal
        let levels = try SPSSReader(data: Data(try SPSSWriter(variables: levelled).dictionary(caseCount: 0)), source: "levels.sav").dictionary.variables.map(\.measure)
        #expect(levels == [.nominal, .scale, .nominal, .ordinal, .nominal])
        var bytes = writer.dictionary(label: "test", caseCount: 2)
        writer.append([.string("p1"), .number(0.5), .number(0), .missing, .string("ééé")], to: &bytes)
        writer.append([.string("a longer id that is cut"), .missing, .number(3), .number(-1e10), .string("")], to: &bytes)
        var reader = try SPSSReader(data: Data(bytes), source: "written.sav")
        #expect(reader.dictionary.variables.map(\.name) == writer.variables.map(\.name))
        #expect(reader.dictionary.variables[1].label == "Negotiation, self" && reader.dictionary.variables[2].valueLabels[.number(3)] == "insufficient data")
        #expect(reader.dictionary.caseCount == 2 && reader.dictionary.encoding == .utf8)
        var cells: [SPSSCellValue] = []
        #expect(try reader.read(into: &cells) && cells == [.string("p1"), .number(0.5), .number(0), .missing, .string("ééé")])
        #expect(try reader.read(into: &cells) && cells == [.string("a longer id"), .missing, .number(3), .number(-1e10), .string("")])
        #expect(try !reader.read(into: &cells))
        #expect(throws: ResearchError.self) { try SPSSWriter(variables: [SPSSVariable(name: "long", width: 300)]) }
        // User-missing values: discrete, a range with LO, a range with one more value, strings.
        let missing = try SPSSWriter(variables: [
            SPSSVariable(name: "a", missing: SPSSMissingValues(values: [.number(98), .number(99)])),
            SPSSVariable(name: "b", missing: SPSSMissingValues(values: [], range: -Double.infinity...(-1))),
            SPSSVariable(name: "c", missing: SPSSMissingValues(values: [.number(0)], range: 97...99)),
            SPSSVariable(name: "d", width: 4, missing: SPSSMissingValues(values: [.string("NA")])),
        ])
        let read = try SPSSReader(data: Data(missing.dictionary(caseCount: 0)), source: "missing.sav").dictionary.variables.map(\.missing)
        #expect(read[0].values == [.number(98), .number(99)] && read[1].range == -Double.infinity...(-1) && read[1].contains(.number(-1e9)))
        #expect(read[2].range == 97...99 && read[2].values == [.number(0)] && read[3].contains(.string("NA")))
    }

    @Test func whatPracticeFilesHoldReadsAsPyreadstatReadsIt() throws {
        // pspp-edge.sav (make_spss_fixtures.py); pyreadstat 1.3.8 reads the same values.
        var reader = try reader("pspp-edge.sav")
        let variables = reader.dictionary.variables
        // A variable label PSPP cut at 255 bytes inside a character: the whole characters before it.
        #expect(variables[5].label == String(repeating: "é", count: 127))
        // A typographic apostrophe in "don’t know" names the kind as a straight one does.
        #expect(variables[5].valueLabels[.number(98)] == "don\u{2019}t know" && SPSSMissingKinds.kind(ofLabel: "don\u{2019}t know") == .dontKnow)
        // Two missing values of a long string, each with its own length (PSPP's layout).
        #expect(variables[3].missing.values == [.string("refused"), .string("no info")])
        #expect(variables[4].format.isDate && variables[1].valueLabels[.number(1)] == "vrouw")
        var record = CSVRecord()
        #expect(try reader.read(into: &record, missingText: { "<\($0)>" }))
        // "abcdé" in an A5 is stored cut inside the é: read as "abcd".
        #expect((0..<6).map { record.string(at: $0) } == ["p1", "1", "abcd", "<skipped>", "1982-10-14T10:11:12", "1"])
        #expect(try reader.read(into: &record, missingText: { "<\($0)>" }))
        #expect((0..<6).map { record.string(at: $0) } == ["p2", "2", "ok", "<skipped>", "2000-02-29T23:59:59", "<dontKnow>"])
        #expect(try !reader.read(into: &record, missingText: { "<\($0)>" }))
    }

    @Test func recordSourcesSpellNamesAsExpectedAndSexLabelsAsWords() throws {
        let writer = try SPSSWriter(variables: [SPSSVariable(name: "ID", width: 4), SPSSVariable(name: "SEX", valueLabels: [.number(1): "Female", .number(2): "jongen"])])
        var bytes = writer.dictionary(caseCount: 2)
        writer.append([.string("a"), .number(1)], to: &bytes)
        writer.append([.string("b"), .number(3)], to: &bytes)
        var source = SPSSRecordSource(try SPSSReader(data: Data(bytes), source: "upper.sav"))
        source.expectedNames = ["id", "sex"]
        source.sexColumns = ["sex"]
        #expect(try source.readHeader() == ["id", "sex"])
        var record = CSVRecord()
        _ = try source.read(into: &record)
        #expect(record.string(at: 1) == "female")
        _ = try source.read(into: &record)
        #expect(record.string(at: 1) == "3")
        // Without expected names, the file's spelling stays.
        var plain = SPSSRecordSource(try SPSSReader(data: Data(bytes), source: "upper.sav"))
        #expect(try plain.readHeader() == ["ID", "SEX"])
    }

    func failure(_ bytes: [UInt8]) -> ResearchError? {
        do {
            var reader = try SPSSReader(data: Data(bytes), source: "bad.sav")
            var cells: [SPSSCellValue] = []
            while try reader.read(into: &cells) {}
            return nil
        } catch { return error }
    }

    @Test func badFilesAreErrorsNamingTheRecordOrCaseNeverAValue() throws {
        let good = Array(try Data(contentsOf: Self.directory.appendingPathComponent("pspp-utf8-uncompressed.sav")))
        let compressed = Array(try Data(contentsOf: Self.directory.appendingPathComponent("pspp-utf8-compressed.sav")))
        #expect(failure(Array("PK\u{3}\u{4}".utf8) + good.dropFirst(4))?.message.contains("not an SPSS system file") == true)
        #expect(failure(Array("$FL3".utf8) + good.dropFirst(4))?.message.contains("zlib") == true)
        #expect(failure(Array(good.prefix(100)))?.field == "file header")
        // Cut inside the dictionary, inside the last case (uncompressed and compressed).
        #expect(failure(Array(good.prefix(300)))?.field?.hasPrefix("record") == true)
        #expect(failure(Array(good.dropLast(5)))?.field == "case 3")
        let cutCompressed = failure(Array(compressed.dropLast(12)))
        #expect(cutCompressed?.field?.hasPrefix("case") == true, "\(String(describing: cutCompressed))")
        // An unknown record type right after the header (byte 176).
        var unknown = good
        unknown.replaceSubrange(176..<180, with: [5, 0, 0, 0])
        #expect(failure(unknown)?.message.contains("unknown record type 5") == true)
        // One case more than the header declares (the nominal case size is at byte 68).
        let elements = Int(good[68]) | Int(good[69]) << 8
        let extra = failure(good + Array(good.suffix(elements * 8)))
        #expect(extra?.field == "case 4" && extra?.message.contains("more cases than the 3") == true, "\(String(describing: extra))")
        for error in [failure(Array(good.prefix(300))), failure(Array(good.dropLast(5)))] { #expect(error?.source == "bad.sav") }
        // A string wider than its continuation records (the first variable, id A8, made 200 wide).
        var wide = good
        wide.replaceSubrange(180..<184, with: [200, 0, 0, 0])
        #expect(failure(wide)?.message.contains("lacks continuation records") == true, "\(String(describing: failure(wide)))")
        // An extension record declaring a gigabyte in a small file: truncated, found without reading it into memory.
        let huge = Array(good.prefix(176)) + [7, 0, 0, 0, 99, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0x40] + Array(repeating: 0, count: 64)
        #expect(failure(huge)?.message.contains("truncated") == true)
    }

    @Test func anUnreadCodePageWithoutAnEncodingRecordIsRefused() throws {
        let writer = try SPSSWriter(variables: [SPSSVariable(name: "id", width: 4)])
        var bytes = writer.dictionary(caseCount: 0)
        func find(_ pattern: [UInt8]) -> Int? { bytes.indices.first { bytes[$0...].starts(with: pattern) } }
        // Subtype 20 (the encoding's name) becomes an unread subtype; subtype 3's code page, 1250.
        guard let encoding = find([7, 0, 0, 0, 20, 0, 0, 0]), let machine = find([7, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 8, 0, 0, 0]) else {
            Issue.record("the writer's extension records were not found")
            return
        }
        bytes[encoding + 4] = 99
        #expect(throws: Never.self) { try SPSSReader(data: Data(bytes), source: "x.sav") }
        bytes.replaceSubrange((machine + 16 + 28)..<(machine + 16 + 32), with: [0xE2, 0x04, 0, 0])
        #expect(failure(bytes)?.message.contains("character code 1250") == true, "\(String(describing: failure(bytes)))")
    }

    @Test func randomDamageIsAnErrorOrAReadingNeverACrash() throws {
        let files = ["pspp-utf8-uncompressed.sav", "pspp-utf8-compressed.sav", "readstat-compressed.sav"].map { name in
            (try? Data(contentsOf: Self.directory.appendingPathComponent(name))).map(Array.init) ?? []
        }
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        for round in 0..<3000 {
            var bytes = files[round % files.count]
            guard !bytes.isEmpty else { continue }
            for _ in 0..<(1 + Int(next() % 4)) {
                let position = Int(next() % UInt64(bytes.count))
                switch next() % 3 {
                case 0: bytes[position] = UInt8(truncatingIfNeeded: next())
                case 1: bytes.removeSubrange(position..<min(bytes.count, position + Int(next() % 16)))
                default: bytes.insert(UInt8(truncatingIfNeeded: next()), at: position)
                }
            }
            _ = failure(bytes)
        }
    }
}

/// `hearth analyze` reading an SPSS file through a REDCap mapping.
@Suite("SPSS input in a study")
struct SPSSStudyTests {
    @Test func anSpssInputImportsThroughItsMappingWithKindsOfMissing() throws {
        var variables = [SPSSVariable(name: "record_id", width: 8), SPSSVariable(name: "redcap_event_name", width: 16), SPSSVariable(name: "arm", width: 10)]
        for item in 1...10 {
            variables.append(SPSSVariable(
                name: "ace___\(item)", valueLabels: [.number(98): "weigert", .number(99): "weet niet", .number(97): "code 97"],
                missing: SPSSMissingValues(values: [], range: 97...99)))
        }
        let writer = try SPSSWriter(variables: variables)
        var bytes = writer.dictionary(caseCount: 2)
        writer.append([.string("r1"), .string("baseline_arm_1"), .string("research")] + [1, 0, 98, 0, 1, 0, 0, 99, 97, 0].map { .number($0) }, to: &bytes)
        writer.append([.string("r2"), .string("baseline_arm_1"), .string("research")] + [0, 0, 0, 0, 0, 0, 0, 0, 0, 1].map { .number($0) }, to: &bytes)
        let mapping = #"{"format": "hearth-redcap-mapping@1", "events": {"baseline_arm_1": {"wave": 1}}, "attributes": {"group": "arm"}, "instruments": [{"instrument": "ace", "items": {"# + (1...10).map { #""ace___\#($0)": "\#($0)""# }.joined(separator: ", ") + "}}]}"
        let files: [String: Data] = ["/s/map.json": Data(mapping.utf8), "/s/data.sav": Data(bytes)]
        let json = #"{"format": "hearth-study@1", "name": "spss", "inputs": [{"format": "spss", "path": "data.sav", "mapping": "map.json"}], "summaries": [{"column": "ace.total", "by": ["group"]}]}"#
        let runner = StudyRunner(configuration: try StudyConfiguration.decode(Data(json.utf8), source: "study.json"), baseDirectory: "/s") { path in
            guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
            return data
        }
        let result = try runner.run()
        let counts = try #require(result.imports.first?.instruments["ace"])
        // 98 "weigert" refused, 99 "weet niet" don't know, 97 "code 97" (no kind in its label) skipped.
        #expect(counts.records == 2 && counts.missingAnswers == ["refused": 1, "dontKnow": 1, "skipped": 1])
        // …and the report says which user-missing value named no kind, in how many variables.
        #expect(result.imports.first?.userMissingWithoutKind == ["97 'code 97'": 10, "range 97…99": 10])
        #expect(result.markdown().contains("user-missing 97 'code 97' in 10 variable(s) names no kind of missing"))
        // The mapping's missing codes settle 97.
        let settled = mapping.replacingOccurrences(of: #""events""#, with: #""missingCodes": {"97": "notAdministered"}, "events""#)
        let files2: [String: Data] = ["/s/map.json": Data(settled.utf8), "/s/data.sav": Data(bytes)]
        let second = StudyRunner(configuration: try StudyConfiguration.decode(Data(json.utf8), source: "study.json"), baseDirectory: "/s") { path in
            guard let data = files2[path] else { throw CocoaError(.fileReadNoSuchFile) }
            return data
        }
        let settledImport = try second.run().imports.first
        #expect(settledImport?.instruments["ace"]?.missingAnswers == ["refused": 1, "dontKnow": 1, "notAdministered": 1])
        #expect(settledImport?.userMissingWithoutKind == [:])
        // Open and wide ranges, and unlabelled discrete values, are listed as such.
        let kinds = SPSSMissingKinds()
        let listed = kinds.valuesWithoutKind(in: try SPSSReader(data: Data(try SPSSWriter(variables: [
            SPSSVariable(name: "a", missing: SPSSMissingValues(values: [.number(-9)], range: -.infinity...(-1))),
            SPSSVariable(name: "b", valueLabels: [.number(8): "Weet niet"], missing: SPSSMissingValues(values: [.number(8), .number(9)])),
            SPSSVariable(name: "c", missing: SPSSMissingValues(values: [.number(9)])),
        ]).dictionary(caseCount: 0)), source: "m.sav").dictionary, variables: ["A", "b"])
        #expect(listed == ["-9 (no label)": 1, "range LO…-1": 1, "9 (no label)": 1])
        #expect(result.summaries.first?.statistics.count == 1 && result.summaries.first?.statistics.mean == 1)
    }

    @Test func anInputsWaveAndAttributesApplyToEveryCaseOfItsFile() throws {
        // One file per wave, without an event variable: the study's input entry gives the wave
        // and the group; a case's own filled attribute has the last word.
        var variables = [SPSSVariable(name: "record_id", width: 8), SPSSVariable(name: "arm", width: 10)]
        for item in 1...10 { variables.append(SPSSVariable(name: "ace___\(item)")) }
        let writer = try SPSSWriter(variables: variables)
        var bytes = writer.dictionary(caseCount: 2)
        writer.append([.string("r1"), .string("")] + (1...10).map { .number(Double($0 % 2)) }, to: &bytes)
        writer.append([.string("r2"), .string("reference")] + (1...10).map { _ in .number(0) }, to: &bytes)
        let mapping = #"{"format": "hearth-redcap-mapping@1", "attributes": {"group": "arm"}, "instruments": [{"instrument": "ace", "items": {"# + (1...10).map { #""ace___\#($0)": "\#($0)""# }.joined(separator: ", ") + "}}]}"
        let files: [String: Data] = ["/s/map.json": Data(mapping.utf8), "/s/wave2.sav": Data(bytes)]
        func run(_ input: String, summaryBy: String) throws -> StudyResult {
            let json = #"{"format": "hearth-study@1", "name": "spss", "inputs": [\#(input)], "summaries": [{"column": "ace.total", "by": ["\#(summaryBy)"], "where": {"wave": ["2"]}}]}"#
            return try StudyRunner(configuration: try StudyConfiguration.decode(Data(json.utf8), source: "study.json"), baseDirectory: "/s") { path in
                guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
                return data
            }.run()
        }
        let input = #"{"format": "spss", "path": "wave2.sav", "mapping": "map.json", "wave": 2, "attributes": {"group": "research", "city": "Utrecht"}}"#
        let byGroup = try run(input, summaryBy: "group").summaries
        // r1 (arm empty) is the file's research, with five yes; r2 says reference itself.
        #expect(byGroup.map(\.group.levels) == [["research"], ["reference"]])
        #expect(byGroup.map(\.statistics.count) == [1, 1] && byGroup.map(\.statistics.mean) == [5, 0])
        #expect(try run(input, summaryBy: "city").summaries.map(\.group.levels) == [["Utrecht"]])
        // An invalid wave is an error naming the field.
        let error = researchError { _ = try run(#"{"format": "spss", "path": "wave2.sav", "mapping": "map.json", "wave": 0}"#, summaryBy: "group") }
        #expect(error?.field == "wave" && error?.source == "wave2.sav")
    }

    @Test func anExportsEventsMustAgreeWithItsInputsWave() throws {
        let header = "record_id,redcap_event_name," + (1...10).map { "ace___\($0)" }.joined(separator: ",")
        let text = [header, "r1,baseline_arm_1," + Array(repeating: "0", count: 10).joined(separator: ","), "r1,fu_arm_1," + Array(repeating: "1", count: 10).joined(separator: ",")].joined(separator: "\n")
        var mapping = REDCapMapping(events: ["baseline_arm_1": .init(wave: 1), "fu_arm_1": .init(wave: 2)], instruments: [
            .init(instrument: "ace", items: Dictionary(uniqueKeysWithValues: (1...10).map { ("ace___\($0)", "\($0)") })),
        ])
        mapping.missingCodes = [:]
        let importer = try REDCapImporter(mapping: mapping, definitions: [try BuiltInInstrument.ace.definition()])
        var cohort = StudyCohort()
        let error = researchError { _ = try importer.importExport(Data(text.utf8), source: "export.csv", into: &cohort, context: InputContext(wave: 1)) }
        #expect(error?.line == 3 && error?.field == "redcap_event_name" && cohort.instrumentIDs.isEmpty)
        #expect(try importer.importExport(Data(text.utf8), source: "export.csv", into: &cohort).instruments["ace"]?.records == 2)
    }

    @Test func codedGroupsAndSexReadAsTheirLabelsAndErrorsNameTheCase() throws {
        // As SPSS users code them: upper-case names, a numeric arm and sex with value labels.
        var variables = [
            SPSSVariable(name: "RECORD_ID"), SPSSVariable(name: "ARM", valueLabels: [.number(1): "research", .number(2): "reference"]),
            SPSSVariable(name: "GESLACHT", valueLabels: [.number(1): "vrouw", .number(2): "man"]),
        ]
        for item in 1...10 { variables.append(SPSSVariable(name: "ACE___\(item)")) }
        func file(_ rows: [[Double]]) throws -> Data {
            let writer = try SPSSWriter(variables: variables)
            var bytes = writer.dictionary(caseCount: rows.count)
            for row in rows { writer.append(row.map { .number($0) }, to: &bytes) }
            return Data(bytes)
        }
        let mapping = #"{"format": "hearth-redcap-mapping@1", "attributes": {"group": "arm"}, "instruments": [{"instrument": "ace", "respondent": {"sex": "geslacht"}, "items": {"# + (1...10).map { #""ace___\#($0)": "\#($0)""# }.joined(separator: ", ") + "}}]}"
        let json = #"{"format": "hearth-study@1", "name": "spss", "inputs": [{"format": "spss", "path": "data.sav", "mapping": "map.json", "wave": 1}], "summaries": [{"column": "ace.total", "by": ["group"]}]}"#
        func runner(_ data: Data, mapping: String = mapping) throws -> StudyRunner {
            let files: [String: Data] = ["/s/map.json": Data(mapping.utf8), "/s/data.sav": data]
            return StudyRunner(configuration: try StudyConfiguration.decode(Data(json.utf8), source: "study.json"), baseDirectory: "/s") { path in
                guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
                return data
            }
        }
        let good = try file([[101, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], [102, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]])
        let result = try runner(good).run()
        #expect(result.summaries.map(\.group.levels) == [["research"], ["reference"]])
        #expect(result.summaries.map(\.statistics.mean) == [3, 0])
        // With sexCodes the mapping reads the codes itself.
        let coded = mapping.replacingOccurrences(of: #""attributes""#, with: #""sexCodes": {"1": "female", "2": "male"}, "attributes""#)
        #expect(try runner(good, mapping: coded).run().summaries.count == 2)
        // A bad answer in the second case: named by case and variable, never its value.
        let bad = try file([[101, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], [102, 2, 2, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0]])
        do {
            _ = try runner(bad).run()
            Issue.record("a code outside the scale was accepted")
        } catch let error as ResearchError {
            #expect(error.description.contains("data.sav: case 2:") && error.field == "ace___1", "\(error)")
        }
    }
}
