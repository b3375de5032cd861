import HearthCore

extension StudyRunner {
    /// Checks what the configuration's tables and analyses name against the imported
    /// cohort — attributes, filter levels, waves — so that a typo in a value is an error
    /// naming its configuration path, never an empty or misleading result.
    func checkReferences(_ analysis: CohortAnalysis) throws(ResearchError) { try checkReferences(ReferenceIndex(analysis)) }

    /// ``checkReferences(_:)-(CohortAnalysis)`` against what an index found (a study that
    /// aggregates as it reads gathers it chunk by chunk).
    func checkReferences(_ index: ReferenceIndex) throws(ResearchError) {
        let c = configuration
        for (i, table) in (c.tables ?? []).enumerated() {
            let path = "tables[\(i)]"
            try index.check(keys: table.columnsBy ?? [], at: path + ".columnsBy")
            try index.check(keys: table.rowsBy ?? [], at: path + ".rowsBy")
            try index.check(filter: table.where, at: path + ".where")
            try index.check(waves: [table.wave].compactMap { $0 } + (table.waves ?? []), at: path)
        }
        for (i, summary) in (c.summaries ?? []).enumerated() {
            try index.check(keys: summary.by ?? [], at: "summaries[\(i)].by")
            try index.check(filter: summary.where, at: "summaries[\(i)].where")
        }
        for (i, change) in (c.changes ?? []).enumerated() {
            try index.check(keys: change.by ?? [], at: "changes[\(i)].by")
            try index.check(filter: change.where, at: "changes[\(i)].where")
            try index.check(waves: [change.from, change.to], at: "changes[\(i)]")
        }
        for (i, request) in (c.reliability ?? []).enumerated() {
            try index.check(filter: request.where, at: "reliability[\(i)].where")
        }
        for (i, excess) in (c.excess ?? []).enumerated() {
            try index.check(keys: excess.by ?? [], at: "excess[\(i)].by")
            try index.check(filter: excess.where, at: "excess[\(i)].where")
        }
        for (i, request) in (c.correlations ?? []).enumerated() {
            try index.check(filter: request.where, at: "correlations[\(i)].where")
            try index.check(waves: request.waves ?? [], at: "correlations[\(i)]")
        }
        for (i, request) in (c.regressions ?? []).enumerated() {
            try index.check(keys: (request.factors ?? []).map(\.key), at: "regressions[\(i)].factors")
            try index.check(filter: request.where, at: "regressions[\(i)].where")
            try index.check(waves: [request.wave].compactMap { $0 }, at: "regressions[\(i)]")
        }
        for (i, request) in (c.crosstabs ?? []).enumerated() {
            try index.check(keys: [request.by] + [request.key].compactMap { $0 }, at: "crosstabs[\(i)]")
            try index.check(filter: request.where, at: "crosstabs[\(i)].where")
            try index.check(waves: [request.wave].compactMap { $0 }, at: "crosstabs[\(i)]")
        }
        for (i, request) in (c.meanComparisons ?? []).enumerated() {
            try index.check(keys: [request.by], at: "meanComparisons[\(i)].by")
            try index.check(filter: request.where, at: "meanComparisons[\(i)].where")
            try index.check(waves: [request.wave].compactMap { $0 }, at: "meanComparisons[\(i)]")
        }
        for (i, request) in (c.mixedModels ?? []).enumerated() {
            try index.check(keys: [request.group?.key].compactMap { $0 }, at: "mixedModels[\(i)].group")
            try index.check(filter: request.where, at: "mixedModels[\(i)].where")
            try index.check(waves: request.waves ?? [], at: "mixedModels[\(i)].waves")
        }
    }
}

/// The attributes, levels and waves a cohort has, for checking a configuration against it.
/// The levels and waves are found only when a filter or a wave is to be checked (a study
/// without them pays nothing for the checks).
final class ReferenceIndex {
    let attributeNames: Set<String>
    private let findLevels: (GroupingKey) -> Set<String>
    private let findWaves: () -> Set<Int>
    private lazy var waves = findWaves()

    /// An index whose levels of a key and waves are found by the closures, when asked.
    init(attributeNames: Set<String>, levels: @escaping (GroupingKey) -> Set<String>, waves: @escaping () -> Set<Int>) {
        self.attributeNames = attributeNames
        findLevels = levels
        findWaves = waves
    }

    /// The index of a whole cohort: its respondents gathered once, when first asked.
    convenience init(_ analysis: CohortAnalysis) {
        final class Respondents {
            lazy var all = analysis.respondents(where: CohortFilter())
            let analysis: CohortAnalysis
            init(_ analysis: CohortAnalysis) { self.analysis = analysis }
        }
        let respondents = Respondents(analysis)
        self.init(
            attributeNames: analysis.scored.cohort.attributeNames,
            levels: { key in Set(respondents.all.map { analysis.level(key, of: $0) }) },
            waves: { Set(respondents.all.compactMap { $0.wave?.index }) })
    }

    private func levels(_ key: GroupingKey) -> Set<String> { findLevels(key) }

    /// The levels, named when there are few (a family attribute's levels are pseudonyms: counted only).
    private func listing(_ found: Set<String>) -> String {
        found.count <= 12 ? found.sorted().joined(separator: ", ") : "\(found.count) levels"
    }

    func check(keys: [GroupingKey], at path: String) throws(ResearchError) {
        for key in keys {
            guard case .attribute(let name) = key, !attributeNames.contains(name) else { continue }
            throw ResearchError(
                .invalidMapping, field: path,
                message: "the cohort has no attribute '\(name)' (its attributes: \(attributeNames.sorted().joined(separator: ", ")); also sex, wave, age:…)")
        }
    }

    func check(filter: CohortFilter?, at path: String) throws(ResearchError) {
        for (key, wanted) in (filter?.conditions ?? [:]).sorted(by: { $0.key.description < $1.key.description }) {
            try check(keys: [key], at: path)
            let present = levels(key)
            for level in wanted.sorted() where !present.contains(level) {
                throw ResearchError(
                    .invalidMapping, field: "\(path).\(key)",
                    message: "no respondent has \(key) '\(level)', so the filter would leave no one (levels: \(listing(present)))")
            }
        }
    }

    func check(waves wanted: [Int], at path: String) throws(ResearchError) {
        for wave in wanted where wave != 0 && !waves.contains(wave) {
            throw ResearchError(.invalidMapping, field: path, message: "the cohort has no wave \(wave) (waves: \(waves.sorted().map(String.init).joined(separator: ", ")))")
        }
    }
}
