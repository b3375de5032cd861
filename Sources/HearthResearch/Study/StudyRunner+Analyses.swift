import HearthNorms

extension StudyRunner {
    /// One configured table.
    func build(_ table: StudyConfiguration.Table, analysis: CohortAnalysis, norms: NormSet) throws(ResearchError) -> ReportTable {
        let wave = table.wave == 0 ? nil : (table.wave ?? 1)
        let filter = table.where ?? CohortFilter()
        switch table.table {
        case "4.1":
            return try .partnerViolence(in: analysis, wave: wave, columnsBy: table.columnsBy ?? [.sex, .attribute("group")], where: filter)
        case "4.9":
            return try .violenceOverWaves(in: analysis, waves: table.waves ?? [1, 2, 3], where: filter)
        case "5.1":
            return try .aceDistribution(in: analysis, wave: wave, columnsBy: table.columnsBy ?? [.attribute("group")], where: filter)
        case "6.1":
            return try .emotionalSecurity(in: analysis, wave: wave, columnsBy: table.columnsBy ?? [.attribute("group")], where: filter)
        default:
            return try .traumaScores(
                in: analysis, norms: norms, metric: table.metric ?? .tScore, wave: wave,
                columnsBy: table.columnsBy ?? [.attribute("group")], where: filter)
        }
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
        for request in configuration.correlations ?? [] {
            result.correlations.append(try analysis.correlations(
                request.columns, method: request.method ?? .pearson, deletion: request.deletion ?? .pairwise, waves: request.waves ?? [],
                where: request.where ?? CohortFilter()))
        }
        for request in configuration.regressions ?? [] {
            result.regressions.append(try analysis.regression(
                request.outcome, on: request.predictors ?? [], factors: request.factors ?? [], wave: request.wave, where: request.where ?? CohortFilter()))
        }
        for (index, request) in (configuration.crosstabs ?? []).enumerated() {
            let rows: CrosstabRows
            switch (request.score, request.key) {
            case (let score?, nil): rows = .score(score)
            case (nil, let key?): rows = .key(key)
            default: throw ResearchError(.invalidMapping, field: "crosstabs[\(index)]", message: "give the rows as either 'score' or 'key'")
            }
            result.crosstabs.append(try analysis.crosstab(
                rows, by: request.by, wave: request.wave, yatesCorrection: request.yatesCorrection ?? true,
                adjustment: request.adjustment ?? .holm, where: request.where ?? CohortFilter()))
        }
        for request in configuration.meanComparisons ?? [] {
            result.meanComparisons.append(try analysis.compareMeans(
                request.column, by: request.by, wave: request.wave, adjustment: request.adjustment ?? .holm, where: request.where ?? CohortFilter()))
        }
        for request in configuration.mixedModels ?? [] {
            let times = request.waveTimes.map { given in Dictionary(uniqueKeysWithValues: given.compactMap { key, value in Int(key).map { ($0, value) } }) }
            result.mixedModels.append(try analysis.mixedModel(
                request.column, waves: request.waves, waveCoding: request.wave ?? .factor, waveTimes: times, group: request.group,
                interaction: request.interaction ?? true, randomSlope: request.randomSlope ?? false, method: request.method ?? .reml,
                where: request.where ?? CohortFilter()))
        }
        for excess in configuration.excess ?? [] {
            result.excess += try analysis.excessShare(
                excess.column, above: try threshold(excess, norms: norms), by: excess.by ?? [.wave], where: excess.where ?? CohortFilter())
        }
    }

    private func threshold(_ excess: StudyConfiguration.Excess, norms: NormSet) throws(ResearchError) -> Double {
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
