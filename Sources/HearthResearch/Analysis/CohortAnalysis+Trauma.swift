import HearthCore
import HearthNorms

extension CohortAnalysis {
    /// The trauma scales of the children's instruments (Table 6.2's six, TSCYC and TSCC ids).
    static let childTraumaScales: [(name: String, tscyc: String, tscc: String)] = [
        ("Anxiety", "anx", "anx"), ("Depression", "dep", "dep"), ("Anger", "ang", "ang"),
        ("Posttraumatic stress", "pts_tot", "pts"), ("Dissociation", "dis", "dis"), ("Sexual concerns", "sc", "sc"),
    ]

    /// The TSI's ten clinical scales.
    public static let adultTraumaScaleIDs = ["aa", "d", "ai", "ie", "da", "dis", "sc", "dsb", "isr", "trb"]

    /// T-scores of one scale by record key, from the loaded raw→T tables (a score without a
    /// table for the respondent's sex and age has none), and how many had no table.
    func tScores(instrument: String, scale: String, norms: NormSet, where filter: CohortFilter) throws(ResearchError) -> (values: [RecordKey: Double], withoutTable: Int) {
        guard scored.tables[instrument] != nil else { return ([:], 0) }
        var values: [RecordKey: Double] = [:]
        var withoutTable = 0
        for observation in try scored.observations(ScoreVariable(instrument: instrument, scale: scale), where: filter) {
            guard let raw = observation.value else { continue }
            let respondent = observation.respondent
            guard let t = norms.tTable(instrument: instrument, scale: scale, sex: respondent.sex, age: respondent.age?.years)?.tScore(for: raw) else {
                withoutTable += 1
                continue
            }
            values[observation.key] = t.value
        }
        return (values, withoutTable)
    }

    /// A child trauma scale's T-score by record key, TSCYC (young children) and TSCC (older) pooled, as the report pools them.
    func childTraumaT(_ scale: (name: String, tscyc: String, tscc: String), norms: NormSet, where filter: CohortFilter) throws(ResearchError) -> (values: [RecordKey: Double], withoutTable: Int) {
        let young = try tScores(instrument: "tscyc", scale: scale.tscyc, norms: norms, where: filter)
        let old = try tScores(instrument: "tscc", scale: scale.tscc, norms: norms, where: filter)
        return (young.values.merging(old.values) { first, _ in first }, young.withoutTable + old.withoutTable)
    }

    /// Per record key whether at least one trauma scale is in the clinical range
    /// (``ClinicalCount/anyClinical``: yes as soon as one is, no only when every scale was
    /// assessed) — the report's "traumatised" (TSI for parents; TSCYC or TSCC for children),
    /// with the clinical cut-offs of ``ClinicalBandRule/builtIn``.
    func traumatised(adult: Bool, norms: NormSet, where filter: CohortFilter) throws(ResearchError) -> [RecordKey: Bool] {
        try clinicalScales(adult: adult, norms: norms, where: filter).compactMapValues(\.anyClinical)
    }

    /// Per record key the number of trauma scales in the clinical range, where every scale is known.
    func clinicalCounts(adult: Bool, norms: NormSet, where filter: CohortFilter) throws(ResearchError) -> [RecordKey: Double] {
        try clinicalScales(adult: adult, norms: norms, where: filter).compactMapValues { $0.assessed == $0.total ? Double($0.clinical) : nil }
    }

    /// Per record key the count of its trauma scales in the clinical range (TSI for adults, TSCYC or TSCC for children).
    func clinicalScales(adult: Bool, norms: NormSet, where filter: CohortFilter) throws(ResearchError) -> [RecordKey: ClinicalCount] {
        var result: [RecordKey: ClinicalCount] = [:]
        let sets: [(instrument: String, scales: [String])] = adult
            ? [("tsi", Self.adultTraumaScaleIDs)]
            : [("tscyc", Self.childTraumaScales.map(\.tscyc)), ("tscc", Self.childTraumaScales.map(\.tscc))]
        for (instrument, scales) in sets where scored.tables[instrument] != nil {
            guard let rule = ClinicalBandRule.builtIn.first(where: { $0.instrument == instrument }) else { continue }
            var bands: [RecordKey: [NormBand?]] = [:]
            let everyone = Set(try scored.observations(ScoreVariable(instrument: instrument, scale: scales[0]), where: filter).map(\.key))
            for scale in scales {
                let t = try tScores(instrument: instrument, scale: scale, norms: norms, where: filter).values
                for key in everyone { bands[key, default: []].append(t[key].map { rule.band(for: TScore($0)) }) }
            }
            for (key, found) in bands { result[key] = ClinicalCount(bands: found) }
        }
        return result
    }
}
