import HearthCore

extension CohortAnalysis {
    /// The attribute that names a respondent's family (``StudyCohort`` attributes, as the
    /// example's REDCap mapping sets it).
    static let familyAttribute = "family"

    /// A family's value of a column for every respondent of the family at the same wave:
    /// the mean over the family's rows of the column's instrument at that wave (two parents
    /// who both answer the CTS2 describe the same couple's violence; Hearth's choice, as the
    /// report links a child to "the" parent's answers without saying how it treats two).
    /// Respondents without a family attribute get no value.
    func familyValues(_ column: ScoreVariable, where filter: CohortFilter) throws(ResearchError) -> [RecordKey: Double] {
        familyMeans(try valuesByKey(column, where: CohortFilter()).values, where: filter)
    }

    /// Per respondent passing `filter`, the mean of `values` over the members of its family at its wave.
    func familyMeans(_ values: [RecordKey: Double], where filter: CohortFilter) -> [RecordKey: Double] {
        var sums: [FamilyWave: (sum: Double, count: Int)] = [:]
        // In key order: the same sums, and so the same means, on every run.
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            guard let family = scored.cohort.attributes[key]?[Self.familyAttribute] else { continue }
            let slot = FamilyWave(family: family, wave: key.wave)
            sums[slot, default: (0, 0)].sum += value
            sums[slot, default: (0, 0)].count += 1
        }
        var result: [RecordKey: Double] = [:]
        for respondent in respondents(where: filter) {
            let key = RecordKey(respondent)
            guard let family = scored.cohort.attributes[key]?[Self.familyAttribute], let total = sums[FamilyWave(family: family, wave: key.wave)] else {
                continue
            }
            result[key] = total.sum / Double(total.count)
        }
        return result
    }

    private struct FamilyWave: Hashable {
        var family: String
        var wave: Int?
    }

    /// Per record key of a family member, the sex of the family's adult respondents at the
    /// same wave when they are all of one sex (a child's rating parent, for a questionnaire a
    /// parent answers about a child); keys whose family has no such parent are absent.
    func parentSexes() -> [RecordKey: Sex] {
        var sexes: [FamilyWave: Set<Sex>] = [:]
        for id in scored.cohort.instrumentIDs where scored.cohort.definitions[id]?.informant == .adultSelfReport {
            for respondent in scored.cohort.matrices[id]?.respondents ?? [] {
                let key = RecordKey(respondent)
                guard let family = scored.cohort.attributes[key]?[Self.familyAttribute], respondent.sex != .unknown else { continue }
                sexes[FamilyWave(family: family, wave: key.wave), default: []].insert(respondent.sex)
            }
        }
        var result: [RecordKey: Sex] = [:]
        for (key, attributes) in scored.cohort.attributes {
            guard let family = attributes[Self.familyAttribute], let found = sexes[FamilyWave(family: family, wave: key.wave)], found.count == 1,
                let sex = found.first
            else { continue }
            result[key] = sex
        }
        return result
    }

    /// The record keys with a row of one of `instruments`.
    func recordKeys(in instruments: Set<String>) -> Set<RecordKey> {
        var keys: Set<RecordKey> = []
        for id in instruments { for respondent in scored.cohort.matrices[id]?.respondents ?? [] { keys.insert(RecordKey(respondent)) } }
        return keys
    }

    /// Whether a respondent answered an instrument about themselves as an adult (a parent
    /// in the report's design) rather than being reported on or reporting as a child.
    func isAdult(_ key: RecordKey) -> Bool {
        adultKeys.contains(key)
    }

    /// The record keys with a row of an adult self-report instrument.
    var adultKeys: Set<RecordKey> {
        var keys: Set<RecordKey> = []
        for id in scored.cohort.instrumentIDs where scored.cohort.definitions[id]?.informant == .adultSelfReport {
            for respondent in scored.cohort.matrices[id]?.respondents ?? [] { keys.insert(RecordKey(respondent)) }
        }
        return keys
    }
}
