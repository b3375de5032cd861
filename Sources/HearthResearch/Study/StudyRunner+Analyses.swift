import HearthNorms

extension StudyRunner {
    /// The tables that show the research group alone unless `where` says otherwise.
    static let researchGroupTables: Set<String> = [
        "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "5.2", "5.6", "5.7", "6.3", "6.4",
        "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8a", "7.8b", "7.9", "7.10", "7.11",
    ]

    /// One configured table, with a note saying which respondents it shows.
    func build(_ table: StudyConfiguration.Table, analysis: CohortAnalysis, norms: NormSet) throws(ResearchError) -> ReportTable {
        var built = try layout(table, analysis: analysis, norms: norms)
        if let filter = table.where, !filter.conditions.isEmpty {
            built.notes.append("Respondents: \(filter).")
        } else if table.where == nil, Self.researchGroupTables.contains(table.table) {
            built.notes.append("Respondents: group = research (this table's default; `where` changes it).")
        }
        return built
    }

    /// One configured table: the layout's defaults (wave 1, the research group where the
    /// report shows it alone), replaced by what the configuration gives.
    func layout(_ table: StudyConfiguration.Table, analysis: CohortAnalysis, norms: NormSet) throws(ResearchError) -> ReportTable {
        let wave = table.wave == 0 ? nil : (table.wave ?? 1)
        let everyone = table.where ?? CohortFilter()
        let research = table.where ?? CohortFilter([.attribute("group"): ["research"]])
        let city = table.rowsBy?.first ?? .attribute("city")
        let groups = table.columnsBy ?? [.attribute("group")]
        func scale(_ instrument: String, _ scale: String = "total") -> ScoreVariable { ScoreVariable(instrument: instrument, scale: scale) }
        switch table.table {
        case "4.1": return try .partnerViolence(in: analysis, wave: wave, columnsBy: table.columnsBy ?? [.sex, .attribute("group")], where: everyone)
        case "4.2": return try .severityByGroup(in: analysis, wave: wave, columnsBy: table.columnsBy ?? [.sex, .attribute("group")], where: everyone)
        case "4.3": return try .mutualViolence(in: analysis, group: "reference", id: "4.3", wave: wave, where: everyone)
        case "4.4": return try .mutualViolence(in: analysis, group: "research", id: "4.4", wave: wave, where: everyone)
        case "4.5": return try .ownAgainstPartner(in: analysis, wave: wave, where: research)
        case "4.6": return try .mutuality(in: analysis, wave: wave, where: research)
        case "4.7": return try .violenceByBackground(in: analysis, wave: wave, characteristics: table.rowsBy ?? ReportTable.backgroundCharacteristics, where: research)
        case "4.8": return try .partnerViolenceOverWaves(in: analysis, waves: table.waves ?? [1, 2, 3], where: research)
        case "4.9": return try .violenceOverWaves(in: analysis, waves: table.waves ?? [1, 2, 3], where: research)
        case "4.10": return try .severityOverWaves(in: analysis, waves: table.waves ?? [1, 2, 3], columnsBy: table.columnsBy ?? [.wave, .sex], where: research)
        case "5.1": return try .aceDistribution(in: analysis, wave: wave, columnsBy: groups, where: everyone)
        case "5.2": return try .aceByCity(in: analysis, wave: wave, by: city, where: research)
        case "5.3":
            return try .scaleByGroup(
                in: analysis, id: "5.3", column: scale("socialisation"), title: "Socialisation", bySex: true,
                referenceNorm: try referenceNorm(table, default: "N337", norms: norms), wave: wave, where: everyone)
        case "5.4":
            return try .scaleByGroup(
                in: analysis, id: "5.4", column: scale("impulsivity"), title: "Impulsivity", bySex: false,
                referenceNorm: try referenceNorm(table, default: "N347", norms: norms), referenceMark: "*", wave: wave, where: everyone)
        case "5.5":
            return try .scaleByGroup(
                in: analysis, id: "5.5", column: scale("nosik"), title: "Parenting stress (NOSI-K)", bySex: true, sexOf: .familyParent,
                referenceNorm: try referenceNorm(table, default: "none", norms: norms),
                wave: wave, where: everyone)
        case "5.6": return try .scaleByCity(in: analysis, wave: wave, by: city, where: research)
        case "5.7":
            return try .correlationTable(
                in: analysis, norms: norms, id: "5.7", title: "Correlations between violence and its consequences for parents, wave \(wave ?? 1)",
                showsCount: true,
                variables: ReportTable.parentCorrelationVariables, squareColumns: 7, lowerWave: wave ?? 1, subjects: ReportTable.parentInstruments,
                where: research)
        case "6.1": return try .emotionalSecurity(in: analysis, wave: wave, columnsBy: groups, where: everyone)
        case "6.2": return try .traumaScores(in: analysis, norms: norms, metric: table.metric ?? .tScore, wave: wave, columnsBy: groups, where: everyone)
        case "6.3": return try .childTraumaByCity(in: analysis, norms: norms, wave: wave, by: city, where: research)
        case "6.4": return try .childTraumaOverWaves(in: analysis, norms: norms, waves: table.waves ?? [1, 2, 3], where: research)
        case "7.1", "7.6": return ReportTable.helpPerInterval(in: analysis, adults: table.table == "7.1", waves: table.waves ?? [1, 2, 3], where: research)
        case "7.2", "7.7": return ReportTable.agencyKinds(in: analysis, adults: table.table == "7.2", where: research)
        case "7.3": return ReportTable.numberOfAgencies(in: analysis, waves: table.waves ?? [2, 3], where: research)
        case "7.4", "7.8a": return ReportTable.satisfaction(in: analysis, adults: table.table == "7.4", where: research)
        case "7.5": return try .helpBaseline(in: analysis, norms: norms, wave: wave ?? 1, where: research)
        case "7.8b":
            let agencies = table.secondLineAgencies.map { Set($0.map(Agency.init(rawValue:))) } ?? ReportTable.secondLineAgencies
            return try .traumaAndSecondLineHelp(in: analysis, norms: norms, wave: wave ?? 1, secondLine: agencies, where: research)
        case "7.9":
            return try .correlationTable(
                in: analysis, norms: norms, id: "7.9", title: "Correlations among parent variables", variables: ReportTable.parentWaveCorrelationVariables,
                lowerWave: table.waves?.first ?? 1, upperWave: table.waves?.dropFirst().first ?? 2, subjects: ReportTable.parentInstruments, where: research)
        default:
            let young = table.table == "7.10"
            return try .correlationTable(
                in: analysis, norms: norms, id: table.table, title: "Correlations, \(young ? "young" : "older") children",
                variables: ReportTable.childCorrelationVariables(young: young), lowerWave: table.waves?.first ?? 1,
                upperWave: table.waves?.dropFirst().first ?? 2, subjects: young ? ["simspr", "tscyc"] : ["sis", "tscc"], where: research)
        }
    }

    /// Runs one configured analysis; its error names the configuration path (`regressions[0]: …`).
    static func at<Result>(_ path: String, _ body: () throws(ResearchError) -> Result) throws(ResearchError) -> Result {
        do { return try body() } catch {
            var located = error
            located.field = error.field.map { "\(path): \($0)" } ?? path
            throw located
        }
    }

    /// An analysis's wave: 1 unless given, `nil` (every wave together) for 0 — as the tables.
    static func wave(_ configured: Int?) -> Int? {
        let wave = configured ?? 1
        return wave == 0 ? nil : wave
    }

    /// A table's reference norm entry: the configured one (`"none"`: the cohort's reference
    /// group), else the built-in default (the report's 2007 Reclassering sample for 5.3 and 5.4).
    func referenceNorm(_ table: StudyConfiguration.Table, default id: String, norms: NormSet) throws(ResearchError) -> NormEntry? {
        let chosen = table.referenceNorm ?? id
        guard chosen != "none" else { return nil }
        guard let entry = norms.entry(id: chosen), entry.n != nil, entry.mean != nil else {
            throw ResearchError(.invalidMapping, field: "tables.referenceNorm", message: "no norm entry '\(chosen)' with an n and a mean")
        }
        return entry
    }

    /// The configured summaries, changes, reliabilities and excess shares.
    func analyse(_ analysis: CohortAnalysis, norms: NormSet, into result: inout StudyResult) throws(ResearchError) {
        for summary in configuration.summaries ?? [] {
            result.summaries += try analysis.summarize(summary.column, by: summary.by ?? [], where: summary.where ?? CohortFilter())
        }
        for change in configuration.changes ?? [] {
            result.changes += try analysis.waveChange(
                change.column, from: change.from, to: change.to, by: change.by ?? [], where: change.where ?? CohortFilter())
        }
        for request in configuration.reliability ?? [] {
            guard let definition = analysis.scored.cohort.definitions[request.instrument] else {
                throw ResearchError(.invalidMapping, instrument: request.instrument, message: "the cohort has no data for this instrument")
            }
            let scales = request.scales
                ?? definition.scales.filter { !$0.isDerived && ($0.aggregation == .sum || $0.aggregation == .mean) && $0.role == .score }.map(\.id)
            for scale in scales {
                var item = StudyResult.ScaleReliability(instrument: request.instrument, scale: scale)
                do {
                    item.estimate = try analysis.reliability(instrument: request.instrument, scale: scale, where: request.where ?? CohortFilter())
                } catch where error.code == .insufficientData {
                    item.unavailable = error.message
                }
                result.reliabilities.append(item)
            }
        }
        for (i, request) in (configuration.correlations ?? []).enumerated() {
            result.correlations.append(try Self.at("correlations[\(i)]") { () throws(ResearchError) in try analysis.correlations(
                request.columns, method: request.method ?? .pearson, deletion: request.deletion ?? .pairwise, waves: request.waves ?? [1],
                where: request.where ?? CohortFilter()) })
        }
        for (i, request) in (configuration.regressions ?? []).enumerated() {
            result.regressions.append(try Self.at("regressions[\(i)]") { () throws(ResearchError) in try analysis.regression(
                request.outcome, on: request.predictors ?? [], factors: request.factors ?? [], wave: Self.wave(request.wave), where: request.where ?? CohortFilter()) })
        }
        for (index, request) in (configuration.crosstabs ?? []).enumerated() {
            let rows: CrosstabRows
            switch (request.score, request.key) {
            case (let score?, nil): rows = .score(score)
            case (nil, let key?): rows = .key(key)
            default: throw ResearchError(.invalidMapping, field: "crosstabs[\(index)]", message: "give the rows as either 'score' or 'key'")
            }
            result.crosstabs.append(try Self.at("crosstabs[\(index)]") { () throws(ResearchError) in try analysis.crosstab(
                rows, by: request.by, wave: Self.wave(request.wave), yatesCorrection: request.yatesCorrection ?? true,
                adjustment: request.adjustment ?? .holm, where: request.where ?? CohortFilter()) })
        }
        for (i, request) in (configuration.meanComparisons ?? []).enumerated() {
            result.meanComparisons.append(try Self.at("meanComparisons[\(i)]") { () throws(ResearchError) in try analysis.compareMeans(
                request.column, by: request.by, wave: Self.wave(request.wave), adjustment: request.adjustment ?? .holm, where: request.where ?? CohortFilter()) })
        }
        for (i, request) in (configuration.mixedModels ?? []).enumerated() {
            // The configuration's check refuses keys that are no wave number or name one wave twice.
            let times = request.waveTimes.map { given in Dictionary(given.compactMap { key, value in Int(key).map { ($0, value) } }, uniquingKeysWith: { first, _ in first }) }
            result.mixedModels.append(try Self.at("mixedModels[\(i)]") { () throws(ResearchError) in try analysis.mixedModel(
                request.column, waves: request.waves, waveCoding: request.waveCoding ?? .factor, waveTimes: times, group: request.group,
                interaction: request.interaction ?? true, randomSlope: request.randomSlope ?? false, method: request.method ?? .reml,
                where: request.where ?? CohortFilter()) })
        }
        for excess in configuration.excess ?? [] {
            result.excess += try analysis.excessShare(
                excess.column, above: try threshold(excess, norms: norms), by: excess.by ?? [.wave], where: excess.where ?? CohortFilter())
        }
    }

    func threshold(_ excess: StudyConfiguration.Excess, norms: NormSet) throws(ResearchError) -> Double {
        switch (excess.threshold, excess.normEntry) {
        case (let value?, nil):
            return value
        case (nil, let id?):
            guard let entry = norms.entry(id: id) else {
                throw ResearchError(.invalidMapping, field: "excess.normEntry", message: "no norm entry '\(id)'")
            }
            do { return try entry.excessThreshold() } catch {
                throw ResearchError(.insufficientData, field: "excess.normEntry", message: "entry '\(id)': \(error.message)")
            }
        default:
            throw ResearchError(.invalidMapping, field: "excess", message: "give either 'threshold' or 'normEntry'")
        }
    }
}
