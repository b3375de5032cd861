import HearthScoring

/// The mapping of each input, decoded before anything is imported.
struct StudyMappings {
    enum Mapping {
        case redcap(REDCapMapping)
        case fhir(FHIRMapping)
    }

    var inputs: [Mapping]

    /// Every instrument any mapping names, sorted.
    var instrumentIDs: [String] {
        var ids = Set<String>()
        for input in inputs {
            switch input {
            case .redcap(let mapping): ids.formUnion(mapping.instruments.map(\.instrument))
            case .fhir(let mapping): ids.formUnion(mapping.questionnaires.map(\.instrument))
            }
        }
        return ids.sorted()
    }
}

/// The definitions a study needs: built in, or from the key files it names.
enum StudyDefinitions {
    static func resolve(
        instruments: [String], keys: [String: String], cts2FrequencyMissingData: MissingDataRule?, runner: StudyRunner
    ) throws(ResearchError) -> [InstrumentDefinition] {
        if let stray = keys.keys.sorted().first(where: { !instruments.contains($0) }) {
            throw ResearchError(.invalidMapping, field: "keys.\(stray)", message: "no input maps this instrument")
        }
        var definitions: [InstrumentDefinition] = []
        for id in instruments {
            let instrument: BuiltInInstrument
            do { instrument = try BuiltInInstrument(identifier: id) } catch {
                throw ResearchError(.invalidMapping, instrument: id, message: error.message)
            }
            guard let path = keys[id] else {
                guard !instrument.requiresKeyFile else {
                    throw ResearchError(.invalidMapping, field: "keys.\(id)", instrument: id, message: "the instrument's scoring key is licensed; name its key file")
                }
                do {
                    if instrument == .cts2, let rule = cts2FrequencyMissingData {
                        definitions.append(try Instruments.cts2(frequencyMissingData: rule))
                    } else {
                        definitions.append(try instrument.definition())
                    }
                } catch {
                    throw ResearchError(.scoring, instrument: id, message: error.message)
                }
                continue
            }
            let data = try runner.read(path)
            do { definitions.append(try instrument.definition(with: ScoringKey.decode(data))) } catch {
                throw ResearchError(.malformedFile, source: path, field: error.field, instrument: id, message: error.message)
            }
        }
        return definitions
    }
}

extension StudyRunner {
    func loadMappings() throws(ResearchError) -> StudyMappings {
        var inputs: [StudyMappings.Mapping] = []
        for input in configuration.inputs {
            let data = try read(input.mapping)
            switch input.format {
            case "redcap", "spss": inputs.append(.redcap(try REDCapMapping.decode(data, source: input.mapping)))
            default: inputs.append(.fhir(try FHIRMapping.decode(data, source: input.mapping)))
            }
        }
        return StudyMappings(inputs: inputs)
    }
}
