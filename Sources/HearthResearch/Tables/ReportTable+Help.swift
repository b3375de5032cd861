import HearthCore
import HearthNorms

extension ReportTable {
    /// The agencies of second-line help by default: mental health care and forensic
    /// psychiatry — the report's "tweedelijnshulpverlening (GGZ, psychiatrie)" (§7, before
    /// the second Table 7.8). A study can widen it (a psychologist in private practice,
    /// addiction care) in the table's `secondLineAgencies`.
    public static let secondLineAgencies: Set<Agency> = [.mentalHealth, .forensicCare]

    /// The help records of parents (`adults`) or children whom `filter` admits, by person. A
    /// person is a parent when any of their records is of an adult self-report instrument,
    /// and admitted when any of their records passes `filter` (its wave condition aside): a
    /// help record may stand on a row without questionnaires.
    static func helpByPerson(_ analysis: CohortAnalysis, adults: Bool, where filter: CohortFilter) -> [RespondentID: [Int: HelpReceived]] {
        let adultIDs = Set(analysis.adultKeys.map(\.id))
        var anyWave = filter
        anyWave.conditions[.wave] = nil
        let admitted = Set(analysis.respondents(where: anyWave).map(\.id))
        var result: [RespondentID: [Int: HelpReceived]] = [:]
        for (key, help) in analysis.scored.cohort.help where admitted.contains(key.id) && adultIDs.contains(key.id) == adults {
            guard let wave = key.wave else { continue }
            result[key.id, default: [:]][wave] = help
        }
        return result
    }

    static func who(_ adults: Bool) -> String { adults ? "Parents" : "Children" }

    /// Tables 7.1 (parents) and 7.6 (children): help or none per interval between waves, and
    /// over the whole period (help in any interval; none only when every recorded interval
    /// had none).
    public static func helpPerInterval(in analysis: CohortAnalysis, adults: Bool, waves: [Int] = [1, 2, 3], where filter: CohortFilter = CohortFilter()) -> ReportTable {
        let people = helpByPerson(analysis, adults: adults, where: filter)
        var rows: [Row] = []
        func row(_ label: String, _ answers: [Bool]) -> Row {
            let help = answers.count(where: { $0 }), none = answers.count - help
            func share(_ count: Int) -> Cell {
                Cell(Double(count), decimals: 0, suffix: answers.isEmpty ? "" : " (\(format(Double(count) / Double(answers.count) * 100, decimals: 1))%)")
            }
            return Row(label, [share(none), share(help), Cell(Double(answers.count), decimals: 0)])
        }
        for (from, to) in zip(waves, waves.dropFirst()) {
            rows.append(row("Wave \(from)–\(to)", people.values.compactMap { $0[to]?.receivedHelp }))
        }
        if let first = waves.first, let last = waves.last, waves.count > 2 {
            rows.append(row("Wave \(first)–\(last)", people.values.compactMap { records in
                let answers = records.values.compactMap(\.receivedHelp)
                return answers.isEmpty ? nil : answers.contains(true)
            }))
        }
        return ReportTable(
            id: adults ? "7.1" : "7.6", title: "\(who(adults)) who received help, per interval", layoutSource: "Tierolf et al. (2014), Table \(adults ? "7.1" : "7.6")",
            columns: ["Interval", "No help", "Help", "Total"], rows: rows,
            notes: ["Help in the interval that ends at the later wave, as recorded then; a person without a record for an interval is not counted in it. Whole period: help in any interval."])
    }

    /// Tables 7.2 (parents) and 7.7 (children): the kinds of agency involved over the whole
    /// period (people, and their share of those who received any help).
    public static func agencyKinds(in analysis: CohortAnalysis, adults: Bool, where filter: CohortFilter = CohortFilter()) -> ReportTable {
        let people = helpByPerson(analysis, adults: adults, where: filter)
        let helped = people.values.filter { $0.values.contains { $0.receivedHelp == true } }.count
        var kinds: [Agency: Int] = [:]
        for records in people.values {
            for agency in Set(records.values.flatMap(\.agencies)) { kinds[agency, default: 0] += 1 }
        }
        // Every kind Hearth knows (a kind no one had shows 0, as the report lists FIOM), then a study's own.
        let order = Agency.known + kinds.keys.filter { !Agency.known.contains($0) }.sorted()
        var rows = order.map { agency in
            Row(agency.rawValue, [Cell(Double(kinds[agency] ?? 0), decimals: 0), Cell(helped == 0 ? nil : Double(kinds[agency] ?? 0) / Double(helped) * 100, decimals: 1, suffix: "%", unavailable: "no one received help")])
        }
        rows.append(Row("Any help", [Cell(Double(helped), decimals: 0), Cell(helped == 0 ? nil : 100, decimals: 0, suffix: "%", unavailable: "no one received help")]))
        return ReportTable(
            id: adults ? "7.2" : "7.7", title: "Kinds of agency, \(who(adults).lowercased()), whole period", layoutSource: "Tierolf et al. (2014), Table \(adults ? "7.2" : "7.7")",
            columns: ["Agency", "N", "% of those helped"], rows: rows,
            notes: ["A person counts once per kind over all intervals; people may have several kinds, so the shares add up to more than 100%."])
    }

    /// Table 7.3: the number of agencies among parents who received help, per wave (1 … 5, 6 or more).
    public static func numberOfAgencies(in analysis: CohortAnalysis, waves: [Int] = [2, 3], where filter: CohortFilter = CohortFilter()) -> ReportTable {
        let people = helpByPerson(analysis, adults: true, where: filter)
        let counts = waves.map { wave in people.values.compactMap { $0[wave]?.numberOfAgencies }.filter { $0 > 0 } }
        var rows: [Row] = []
        for number in 1...6 {
            rows.append(Row(number == 6 ? "6 or more" : String(number), counts.map { values in
                let count = values.count(where: { number == 6 ? $0 >= 6 : $0 == number })
                return Cell(values.isEmpty ? nil : Double(count) / Double(values.count) * 100, decimals: 1, suffix: "%", unavailable: "no one with help at this wave")
            }))
        }
        rows.append(Row("N", counts.map { Cell(Double($0.count), decimals: 0) }))
        return ReportTable(
            id: "7.3", title: "Number of agencies, parents with help", layoutSource: "Tierolf et al. (2014), Table 7.3",
            columns: ["Agencies"] + waves.map { "Wave \($0)" }, rows: rows,
            notes: ["Among parents who received help in the interval ending at the wave; the number as recorded, else the kinds named."])
    }

    /// Tables 7.4 (parents) and 7.8 (children, the first of that number): satisfaction with
    /// each kind of agency, over every rating in every interval.
    public static func satisfaction(in analysis: CohortAnalysis, adults: Bool, where filter: CohortFilter = CohortFilter()) -> ReportTable {
        let people = helpByPerson(analysis, adults: adults, where: filter)
        var ratings: [Agency: [Satisfaction]] = [:]
        for records in people.values { for help in records.values { for (agency, level) in help.satisfaction { ratings[agency, default: []].append(level) } } }
        let order = Agency.known.filter { ratings[$0] != nil } + ratings.keys.filter { !Agency.known.contains($0) }.sorted()
        let rows = order.map { agency in
            let all = ratings[agency] ?? []
            return Row(agency.rawValue, [Cell(Double(all.count), decimals: 0)] + Satisfaction.allCases.map { level in
                Cell(Double(all.count(where: { $0 == level })) / Double(all.count) * 100, decimals: 1, suffix: "%")
            })
        }
        let id = adults ? "7.4" : "7.8a"
        return ReportTable(
            id: id, title: "Satisfaction with agencies, \(who(adults).lowercased())", layoutSource: "Tierolf et al. (2014), Table \(adults ? "7.4" : "7.8 (the first of two)")",
            columns: ["Agency", "N", "Satisfied", "Neutral", "Dissatisfied"], rows: rows,
            notes: ["N: ratings (a person rates each agency once per interval)."])
    }

    /// Table 7.5: parents with and without help over the whole period compared at the first
    /// wave — violence, trauma, childhood violence, impulsivity, socialisation, parenting
    /// stress, problem drinking — by Welch's t (means) and chi-square (shares).
    public static func helpBaseline(
        in analysis: CohortAnalysis, norms: NormSet, wave: Int = 1, where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        // Help over the whole period: every wave of the people the filter admits.
        let people = helpByPerson(analysis, adults: true, where: filter)
        let helped: [RespondentID: Bool] = people.compactMapValues { records in
            let answers = records.values.compactMap(\.receivedHelp)
            return answers.isEmpty ? nil : answers.contains(true)
        }
        let scope = analysis.restricted(filter, toWave: wave)
        let traumatised = try analysis.traumatised(adult: true, norms: norms, where: scope)
        let marks = SignificanceMarks.conventional
        var rows: [Row] = []
        var untested: [String] = []
        func split(_ values: [RecordKey: Double]) -> (help: [Double], none: [Double]) {
            var help: [Double] = [], none: [Double] = []
            for (key, value) in values.sorted(by: { $0.key < $1.key }) {
                guard let received = helped[key.id] else { continue }
                if received { help.append(value) } else { none.append(value) }
            }
            return (help, none)
        }
        func meanRow(_ label: String, _ values: [RecordKey: Double]) throws(ResearchError) {
            let (help, none) = split(values)
            let a = try SummaryStatistics(help), b = try SummaryStatistics(none)
            var test: TTest?
            do { test = try TTest.welch(a, b) } catch { untested.append("\(label): \(error.message)") }
            rows.append(Row(label, [
                Cell(a.mean, decimals: 1, suffix: marks.mark(test?.pValue), unavailable: "no values"), Cell(b.mean, decimals: 1, unavailable: "no values"),
                Cell(Double(a.count), decimals: 0), Cell(Double(b.count), decimals: 0),
            ]))
        }
        func shareRow(_ label: String, _ values: [RecordKey: Bool]) {
            let (help, none) = split(values.mapValues { $0 ? 1 : 0 })
            let table = [[help.count(where: { $0 == 1 }), none.count(where: { $0 == 1 })], [help.count(where: { $0 == 0 }), none.count(where: { $0 == 0 })]]
            var p: Double?
            do { p = try ContingencyTest.test(table).p } catch { untested.append("\(label): \(error.message)") }
            func share(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) * 100 }
            rows.append(Row(label, [
                Cell(share(help), decimals: 1, suffix: "%" + marks.mark(p), unavailable: "no values"), Cell(share(none), decimals: 1, suffix: "%", unavailable: "no values"),
                Cell(Double(help.count), decimals: 0), Cell(Double(none.count), decimals: 0),
            ]))
        }
        // A row whose instrument the cohort lacks says so; the others stand.
        func values(_ column: ScoreVariable, family: Bool = false) throws(ResearchError) -> [RecordKey: Double]? {
            guard analysis.scored.tables[column.instrument] != nil else { return nil }
            return family
                ? try analysis.familyValues(column, where: scope).filter { analysis.isAdult($0.key) }
                : try analysis.valuesByKey(column, where: scope).values
        }
        func missing(_ label: String, _ instrument: String) {
            let reason = "the cohort has no \(instrument) data"
            rows.append(Row(label, [Cell(unavailable: reason), Cell(unavailable: reason), Cell(0, decimals: 0), Cell(0, decimals: 0)]))
        }
        let measures: [(label: String, column: ScoreVariable, share: Bool, family: Bool)] = [
            ("Mean violent incidents (CTS2 total)", cts2("total_violence_frequency"), false, false),
            ("% domestic violence in own childhood (ACE)", ScoreVariable(instrument: "ace", scale: "family_violence"), true, false),
            ("Impulsivity", ScoreVariable(instrument: "impulsivity", scale: "total"), false, false),
            ("Socialisation", ScoreVariable(instrument: "socialisation", scale: "total"), false, false),
            ("Parenting stress (NOSI-K, the family's children)", ScoreVariable(instrument: "nosik", scale: "total"), false, true),
            ("% problem drinking (AUDIT-C, own)", ScoreVariable(instrument: "auditc", scale: "self_risk"), true, false),
        ]
        for (index, measure) in measures.enumerated() {
            if index == 1 {
                if analysis.scored.tables["tsi"] == nil { missing("% traumatised (TSI)", "tsi") } else { shareRow("% traumatised (TSI)", traumatised) }
            }
            guard let found = try values(measure.column, family: measure.family) else {
                missing(measure.label, measure.column.instrument)
                continue
            }
            if measure.share { shareRow(measure.label, found.mapValues { $0 > 0 }) } else { try meanRow(measure.label, found) }
        }
        return ReportTable(
            id: "7.5", title: "Parents with and without help: wave \(wave) compared", layoutSource: "Tierolf et al. (2014), Table 7.5",
            columns: ["Measure", "Help", "No help", "N help", "N no help"], rows: rows,
            notes: untested.map { "Not tested — \($0)." } + [
                "Help: any help in any interval; no help: none in every recorded interval; parents without a help record are left out.",
                "Means by Welch's t, shares by chi-square with Yates' correction; the mark is on the help column. " + marks.note,
            ])
    }

    /// Table 7.8 (the second of that number): where traumatised parents end up — traumatised
    /// (TSI at the first wave) or not, against second-line help in any interval.
    public static func traumaAndSecondLineHelp(
        in analysis: CohortAnalysis, norms: NormSet, wave: Int = 1, secondLine: Set<Agency> = secondLineAgencies,
        where filter: CohortFilter = CohortFilter([.attribute("group"): ["research"]])
    ) throws(ResearchError) -> ReportTable {
        let people = helpByPerson(analysis, adults: true, where: filter)
        let traumatised = try analysis.traumatised(adult: true, norms: norms, where: analysis.restricted(filter, toWave: wave))
        var counts = [[0, 0], [0, 0]]
        for (key, trauma) in traumatised {
            guard let records = people[key.id], records.values.contains(where: { $0.receivedHelp != nil }) else { continue }
            let reached = records.values.contains { !$0.agencies.isDisjoint(with: secondLine) }
            counts[trauma ? 1 : 0][reached ? 1 : 0] += 1
        }
        func row(_ label: String, _ values: [Int]) -> Row {
            let total = values.reduce(0, +)
            return Row(label, values.map { Cell(Double($0), decimals: 0, suffix: total == 0 ? "" : " (\(format(Double($0) / Double(total) * 100, decimals: 1))%)") } + [Cell(Double(total), decimals: 0)])
        }
        var notes = [
            "Traumatised: at least one TSI scale at T ≥ 65 (ClinicalBandRule.builtIn) at wave \(wave). Second-line help: \(secondLine.map(\.rawValue).sorted().joined(separator: ", ")) in any interval" + (secondLine == secondLineAgencies ? " (the report's \"GGZ, psychiatrie\")." : "."),
        ]
        do {
            let test = try ContingencyTest.test(counts)
            notes.append("χ²(1) = \(format(test.chiSquare, decimals: 2)), p \(pText(test.p)) (Yates); Fisher's exact p \(pText(try FisherExactTest.pValue(counts))).")
        } catch {
            let empty = counts[0].reduce(0, +) == 0 ? "no parent is not traumatised" : (counts[1].reduce(0, +) == 0 ? "no parent is traumatised" : error.message)
            notes.append("Not tested: \(empty).")
        }
        return ReportTable(
            id: "7.8b", title: "Traumatised parents and second-line help", layoutSource: "Tierolf et al. (2014), Table 7.8 (the second of two)",
            columns: ["", "No second-line help", "Second-line help", "Total"],
            rows: [row("Not traumatised", counts[0]), row("Traumatised", counts[1]), row("Total", [counts[0][0] + counts[1][0], counts[0][1] + counts[1][1]])],
            notes: notes)
    }
}
