import HearthCore

extension CohortAnalysis {
    /// One column's values by record key (person × wave) over the rows that pass `filter`,
    /// and each key's respondent: what analyses of several columns join on. Columns of
    /// different instruments join when they belong to one person at one wave.
    func valuesByKey(_ column: ScoreVariable, where filter: CohortFilter) throws(ResearchError) -> (values: [RecordKey: Double], respondents: [RecordKey: Respondent]) {
        var values: [RecordKey: Double] = [:]
        var respondents: [RecordKey: Respondent] = [:]
        for observation in try scored.observations(column, where: filter) {
            respondents[observation.key] = observation.respondent
            if let value = observation.value { values[observation.key] = value }
        }
        return (values, respondents)
    }

    /// Every person × wave in the cohort (in any instrument) that passes `filter`, once each,
    /// in key order; where instruments disagree on a person's sex or age, the first
    /// instrument in id order speaks.
    func respondents(where filter: CohortFilter) -> [Respondent] {
        var seen: [RecordKey: Respondent] = [:]
        for id in scored.cohort.instrumentIDs {
            guard let matrix = scored.cohort.matrices[id] else { continue }
            for respondent in matrix.respondents where seen[RecordKey(respondent)] == nil { seen[RecordKey(respondent)] = respondent }
        }
        return seen.sorted { $0.key < $1.key }.map(\.value).filter { filter.admits($0, attributes: scored.cohort.attributes[RecordKey($0)]) }
    }

    /// For every respondent at `wave` that passes `filter`, the column's value at the
    /// respondent's earliest wave with one (a measure asked once, such as the ACE).
    func earliestValues(_ column: ScoreVariable, atWave wave: Int, where filter: CohortFilter) throws(ResearchError) -> [RecordKey: Double] {
        var earliest: [RespondentID: (wave: Int, value: Double)] = [:]
        var unrestricted = filter
        unrestricted.conditions[.wave] = nil
        for (key, value) in try valuesByKey(column, where: unrestricted).values {
            let at = key.wave ?? Int.min
            if let found = earliest[key.id], found.wave <= at { continue }
            earliest[key.id] = (at, value)
        }
        var result: [RecordKey: Double] = [:]
        for respondent in respondents(where: restricted(filter, toWave: wave)) {
            if let found = earliest[respondent.id], found.wave <= wave { result[RecordKey(respondent)] = found.value }
        }
        return result
    }

    /// For an analysis over every wave together: a warning when persons contribute more than
    /// one row, whose rows the tests then treat as independent (p-values too small).
    static func pooledWarning(_ keys: some Sequence<RecordKey>) -> String? {
        var rows: [RespondentID: Int] = [:]
        for key in keys { rows[key.id, default: 0] += 1 }
        let repeated = rows.values.count(where: { $0 > 1 })
        guard repeated > 0 else { return nil }
        return "\(repeated) person(s) contribute rows at several waves; the tests treat those rows as independent, so p-values are too small — analyse one wave, or use a mixed model"
    }

    /// The level of a grouping key for a record key's respondent.
    func level(_ key: GroupingKey, of respondent: Respondent) -> String {
        key.level(of: respondent, attributes: scored.cohort.attributes[RecordKey(respondent)])
    }

    /// Levels in the analysis's column order (``columnOrder``, then natural order).
    func ordered(_ levels: Set<String>) -> [String] {
        levels.sorted { precedes(GroupLabel(keys: [], levels: [$0]), GroupLabel(keys: [], levels: [$1])) }
    }

    /// `filter` restricted to one wave (`nil`: unchanged).
    func restricted(_ filter: CohortFilter, toWave wave: Int?) -> CohortFilter {
        wave.map { filter.requiring(.wave, in: [String($0)]) } ?? filter
    }
}
