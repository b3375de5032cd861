import HearthCore
import HearthNorms

extension ReportTable {
    /// Whose sex splits a scale's rows by sex.
    public enum SexSource: String, Hashable, Sendable, Codable {
        /// The respondent's own (socialisation: the parent answers about themselves).
        case respondent
        /// The parent's, for a questionnaire a parent answers about a child (NOSI-K): the sex
        /// of the family's adult respondents at that wave, when they are all of one sex;
        /// otherwise the row is left out of the split and counted.
        case familyParent
    }

    /// Tables 5.3 (socialisation), 5.4 (impulsivity) and 5.5 (parenting stress): N, mean, SD
    /// and theoretical range of the study groups, by sex within a group when asked, with the
    /// report's tests: Welch of the research group against the reference (marked
    /// `referenceMark` at p < .005, the report's threshold; in 5.5 each sex against the same
    /// sex of the reference too) and of men against women (`*` at p < .05).
    ///
    /// The reference is the cohort's reference group, or a norm entry (Tables 5.3 and 5.4:
    /// the 2007 Reclassering sample, which the study's own reference group did not answer)
    /// compared through its published n, mean and SD.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort lacks the instrument.
    public static func scaleByGroup(
        in analysis: CohortAnalysis, id: String, column: ScoreVariable, title: String, bySex: Bool, sexOf: SexSource = .respondent,
        referenceNorm: NormEntry? = nil, referenceMark: String = "**", wave: Int? = 1, groupKey: GroupingKey = .attribute("group"),
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> ReportTable {
        let scope = analysis.restricted(filter, toWave: wave)
        let referenceLevel = "reference"
        let range = analysis.scored.cohort.definitions[column.instrument].flatMap { definition in
            column.scales.count == 1 ? theoreticalRange(definition, scaleID: column.scales[0]) : nil
        }
        // Values per group level and sex.
        let observations = try analysis.scored.observations(column, where: scope)
        let parentSex = sexOf == .familyParent ? analysis.parentSexes() : [:]
        var values: [String: (all: [Double], female: [Double], male: [Double])] = [:]
        var withoutSex = 0
        for observation in observations {
            guard let value = observation.value else { continue }
            let level = analysis.level(groupKey, of: observation.respondent)
            guard level != GroupingKey.missingLevel, !(referenceNorm != nil && level == referenceLevel) else { continue }
            values[level, default: ([], [], [])].all.append(value)
            let sex = sexOf == .respondent ? observation.respondent.sex : parentSex[observation.key] ?? .unknown
            switch sex {
            case .female: values[level, default: ([], [], [])].female.append(value)
            case .male: values[level, default: ([], [], [])].male.append(value)
            default: withoutSex += 1
            }
        }
        func statistics(_ level: String, _ part: KeyPath<(all: [Double], female: [Double], male: [Double]), [Double]>) throws(ResearchError) -> SummaryStatistics {
            try SummaryStatistics(values[level].map { $0[keyPath: part] } ?? [])
        }
        let reference: (label: String, all: SummaryStatistics, female: SummaryStatistics?, male: SummaryStatistics?)?
        if let entry = referenceNorm, let n = entry.n, let mean = entry.mean {
            let label = "reference (" + (entry.stratum.values["sample"]?.string ?? "norm entry \(entry.id)") + ")"
            reference = (label, try SummaryStatistics(count: n, mean: mean, standardDeviation: entry.sd), nil, nil)
        } else if values[referenceLevel] != nil {
            reference = (referenceLevel, try statistics(referenceLevel, \.all), try statistics(referenceLevel, \.female), try statistics(referenceLevel, \.male))
        } else {
            reference = nil
        }
        var notes: [String] = []
        func welch(_ a: SummaryStatistics, _ b: SummaryStatistics?) -> Double? { b.flatMap { try? TTest.welch(a, $0).pValue } }
        func mark(_ p: Double?, _ symbol: String, _ threshold: Double) -> String { (p.map { $0 < threshold } ?? false) ? symbol : "" }
        var rows: [Row] = []
        if let reference, referenceNorm != nil {
            rows.append(Row(reference.label, summaryCells(reference.all) + [Cell(text: rangeText(range))]))
        }
        let levels = analysis.ordered(Set(values.keys)).filter { $0 != referenceLevel || referenceNorm == nil }
        for level in levels {
            let all = try statistics(level, \.all)
            let isReference = level == referenceLevel
            let pReference = isReference ? nil : welch(all, reference?.all)
            rows.append(Row(level, summaryCells(all, suffix: mark(pReference, referenceMark, 0.005)) + [Cell(text: rangeText(range))]))
            if !isReference, let reference {
                notes.append("\(level) against \(reference.label) (Welch): " + (pReference.map { "p " + pText($0) } ?? "not computed (each group needs two values and an SD)") + ".")
            }
            guard bySex else { continue }
            let female = try statistics(level, \.female), male = try statistics(level, \.male)
            let pSex = welch(male, female)
            let names = sexOf == .familyParent ? ("fathers", "mothers") : ("men", "women")
            for (name, sex, referenceSex) in [(names.0, male, reference?.male), (names.1, female, reference?.female)] {
                let againstReference = isReference ? nil : welch(sex, referenceSex)
                let marks = [mark(pSex, "*", 0.05), mark(againstReference, referenceMark, 0.005)].filter { !$0.isEmpty }.joined(separator: " ")
                rows.append(Row("– \(name)", summaryCells(sex, suffix: marks) + [Cell(text: "")]))
            }
            notes.append("\(level), \(names.0) against \(names.1) (Welch): " + (pSex.map { "p " + pText($0) } ?? "not computed (each sex needs two values and an SD)") + ".")
        }
        notes.append("\(referenceMark) differs from the reference at p < .005 (the report's threshold)" + (bySex ? "; * men differ from women within the group at p < .05." : "."))
        if sexOf == .familyParent {
            notes.append("Fathers and mothers: the sex of the family's adult respondents at the wave" + (withoutSex > 0 ? "; \(withoutSex) score(s) are left out of the split because their family's respondents at that wave are a father and a mother (who rated is not recorded) or unknown." : "."))
        }
        if referenceNorm != nil, values[referenceLevel] != nil {
            notes.append("The cohort's own reference group is not shown: the reference is the published sample.")
        }
        return ReportTable(
            id: id, title: title + (wave.map { ", wave \($0)" } ?? ""), layoutSource: "Tierolf et al. (2014), Table \(id)",
            columns: ["Group", "N", "Mean", "SD", "Theoretical range"], rows: rows, notes: notes)
    }
}
