extension ReportTable {
    /// Per level the mark of its Welch test against the other levels; with two levels only
    /// the higher mean carries it (the test is one).
    static func levelMarks(
        _ column: ScoreVariable, key: GroupingKey, levels: [GroupLabel], analysis: CohortAnalysis, scope: CohortFilter, marks: SignificanceMarks
    ) throws(ResearchError) -> [GroupLabel: String] {
        var values: [String: [Double]] = [:]
        for observation in try analysis.scored.observations(column, where: scope) {
            guard let value = observation.value else { continue }
            values[analysis.level(key, of: observation.respondent), default: []].append(value)
        }
        var result: [GroupLabel: String] = [:]
        for level in levels {
            let name = level.levels.joined()
            let inside = values[name] ?? [], outside = values.filter { $0.key != name && $0.key != GroupingKey.missingLevel }.flatMap(\.value)
            guard let a = try? SummaryStatistics(inside), let b = try? SummaryStatistics(outside), let test = try? TTest.welch(a, b) else { continue }
            if levels.count == 2, (a.mean ?? 0) < (b.mean ?? 0) { continue }
            result[level] = marks.mark(test.pValue)
        }
        return result
    }

    /// The background characteristics of Table 4.7 as attribute names (origin, income,
    /// paid work, education), which a study maps from its own fields.
    public static let backgroundCharacteristics: [GroupingKey] = [
        .attribute("migrationBackground"), .attribute("income"), .attribute("paidWork"), .attribute("education"),
    ]

    /// Table 4.7: own and partner violence (mean incidents in the past year) by background
    /// characteristics. As the report's t-tests, each level is compared with the rest
    /// (Welch) and marked where it differs (with two levels, the higher one carries the
    /// mark); the test across all levels (Welch or one-way ANOVA) is in the notes. For
    /// everyone, own against partner violence (paired t). Levels come in the analysis's
    /// column order (a study lists ordered levels, such as income bands, in `columnOrder`).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort has no CTS2 data.
    public static func violenceByBackground(
        in analysis: CohortAnalysis, wave: Int? = 1, characteristics: [GroupingKey] = backgroundCharacteristics,
        where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        let scope = analysis.restricted(filter, toWave: wave)
        let own = cts2("self_violence_frequency"), partner = cts2("partner_violence_frequency")
        let everyone = try analysis.pairedScales(own, partner, where: scope)
        let marks = SignificanceMarks.threeLevels
        var rows = [Row("All", [
            Cell(Double(everyone.count), decimals: 0), Cell(everyone.first, decimals: 0, unavailable: "no one has both values"),
            Cell(everyone.second, decimals: 0, suffix: marks.mark(everyone.test?.pValue), unavailable: "no one has both values"),
        ])]
        var notes: [String] = []
        for key in characteristics {
            let ownComparison = try analysis.compareMeans(own, by: key, where: scope)
            let partnerComparison = try analysis.compareMeans(partner, by: key, where: scope)
            guard !ownComparison.groups.isEmpty || !partnerComparison.groups.isEmpty else {
                notes.append("\(key): no respondent has this characteristic recorded.")
                continue
            }
            rows.append(Row(section: key.description))
            let levels = Set(ownComparison.groups.map(\.group) + partnerComparison.groups.map(\.group)).sorted(by: analysis.precedes)
            let ownMarks = try levelMarks(own, key: key, levels: levels, analysis: analysis, scope: scope, marks: marks)
            let partnerMarks = try levelMarks(partner, key: key, levels: levels, analysis: analysis, scope: scope, marks: marks)
            for level in levels {
                let a = ownComparison.groups.first { $0.group == level }?.statistics
                let b = partnerComparison.groups.first { $0.group == level }?.statistics
                rows.append(Row("\(level.levels.joined())", [
                    Cell(Double(a?.count ?? 0), decimals: 0), Cell(a?.mean, decimals: 0, suffix: ownMarks[level] ?? "", unavailable: "no values"),
                    Cell(b?.mean, decimals: 0, suffix: partnerMarks[level] ?? "", unavailable: "no values"),
                ]))
            }
            notes.append("\(key), across its levels: own violence " + anovaText(ownComparison) + "; partner violence " + anovaText(partnerComparison) + ".")
        }
        notes += [
            "All: own against partner violence of the same respondents (paired t; the mark is on the partner column). Per level: Welch's t of the level against the other levels of its characteristic.",
            marks.note,
        ]
        return ReportTable(
            id: "4.7", title: "Own and partner violence by background characteristics (mean incidents in the past year)",
            layoutSource: "Tierolf et al. (2014), Table 4.7", columns: ["Group", "N", "Own violence", "Partner violence"], rows: rows, notes: notes)
    }
}
