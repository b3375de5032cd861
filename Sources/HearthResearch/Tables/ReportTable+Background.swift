extension ReportTable {
    /// The background characteristics of Table 4.7 as attribute names (origin, income,
    /// paid work, education), which a study maps from its own fields.
    public static let backgroundCharacteristics: [GroupingKey] = [
        .attribute("migrationBackground"), .attribute("income"), .attribute("paidWork"), .attribute("education"),
    ]

    /// Table 4.7: own and partner violence (mean incidents in the past year) by background
    /// characteristics, each tested across its levels — Welch's t for two levels, the
    /// one-way ANOVA for more — and own against partner violence for everyone (paired t).
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
            let pOwn = ownComparison.twoGroups?.test?.pValue ?? ownComparison.p
            let pPartner = partnerComparison.twoGroups?.test?.pValue ?? partnerComparison.p
            for level in levels {
                let a = ownComparison.groups.first { $0.group == level }?.statistics
                let b = partnerComparison.groups.first { $0.group == level }?.statistics
                rows.append(Row("\(level.levels.joined())", [
                    Cell(Double(a?.count ?? 0), decimals: 0), Cell(a?.mean, decimals: 0, unavailable: "no values"),
                    Cell(b?.mean, decimals: 0, unavailable: "no values"),
                ]))
            }
            rows.append(Row("p across \(key)", [
                Cell(text: ""), pCell(pOwn, marks: marks, unavailable: ownComparison.unavailable ?? "the test cannot be computed"),
                pCell(pPartner, marks: marks, unavailable: partnerComparison.unavailable ?? "the test cannot be computed"),
            ]))
        }
        notes += [
            "All: own against partner violence of the same respondents (paired t; the mark is on the partner column). Per characteristic: Welch's t for two levels, the one-way ANOVA for more.",
            marks.note,
        ]
        return ReportTable(
            id: "4.7", title: "Own and partner violence by background characteristics (mean incidents in the past year)",
            layoutSource: "Tierolf et al. (2014), Table 4.7", columns: ["Group", "N", "Own violence", "Partner violence"], rows: rows, notes: notes)
    }
}
