import HearthCore
import HearthNorms
import HearthProfiles
import HearthScoring

/// One scale of a member's questionnaire against its reference norm, as the report shows it:
/// a chart only where z can be read (a norm with an SD, a scale reliable enough), else the
/// reason in words.
struct ScoreRow {
    /// The instrument's identifier.
    let instrument: String
    /// The scale's name for people.
    let name: String
    /// The score as written ("72", "14.5"), or `nil` when there is no usable score.
    let score: String?
    /// The comparison, when made.
    let result: NormResult
    /// Cronbach's α the report prints for the scale, when below ``minimumReliability``.
    let lowReliability: Double?

    /// Below this α a scale is not read against its norm (Hearth's choice: George & Mallery's
    /// rule of thumb calls α below .6 questionable to poor; the report prints α as low as .14
    /// for SIS behavioural dysregulation).
    static let minimumReliability = 0.60

    /// Whether the chart (and z, T, percentile) is shown.
    var readable: Bool { lowReliability == nil && result.status == .compared && result.z != nil }

    /// The rows of a member's reports: every scale with a built-in norm link, in the
    /// definition's order; `others` counts the scales without one.
    static func rows(_ member: FamilyMember, comparator: NormComparator, language: Language) -> (rows: [ScoreRow], others: Int) {
        var rows: [ScoreRow] = [], others = 0
        func add(_ instrument: String, _ scale: ScaleScore, _ respondent: Respondent) {
            guard comparator.link(instrument: instrument, scale: scale.scaleID) != nil else {
                others += 1
                return
            }
            let result = comparator.compare(scale, instrument: instrument, respondent: respondent)
            let alpha = comparator.reliability(instrument: instrument, scale: scale.scaleID)?.alpha
            rows.append(
                ScoreRow(
                    instrument: instrument, name: name(instrument, scale.scaleID, result: result, comparator: comparator, language: language),
                    score: scale.value.map { MessageArgument.format($0.value) }, result: result,
                    lowReliability: alpha.flatMap { $0 < minimumReliability ? $0 : nil }))
        }
        for report in member.reports {
            for scale in report.scales { add(report.instrumentID, scale, report.respondent) }
        }
        // Scores given without answers (`"sis.bd": 10`), read as complete raw scores.
        if let respondent = respondent(member) {
            for key in member.scores.keys.sorted() {
                let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2, BuiltInInstrument(rawValue: parts[0]) != nil, let value = member.scores[key], value.isFinite else { continue }
                add(parts[0], ScaleScore(scaleID: parts[1], status: .complete, raw: RawScore(value), prorated: nil, answeredItems: 0, missingItems: 0, rule: .requireAll), respondent)
            }
        }
        return (rows, others)
    }

    /// The member as a respondent for the norms (sex and age choose the stratum).
    private static func respondent(_ member: FamilyMember) -> Respondent? {
        guard let id = try? RespondentID(member.id) else { return nil }
        return Respondent(id: id, sex: member.sex, age: member.age.flatMap { try? Age(years: $0) })
    }

    /// A scale's name: the instrument's abbreviation, then in Dutch the report's term
    /// (``ScaleNames``), in English the instrument's scale name.
    static func name(_ instrument: String, _ scale: String, result: NormResult, comparator: NormComparator, language: Language) -> String {
        let abbreviation = abbreviations[instrument] ?? instrument.uppercased()
        if language == .dutch, let dutch = ScaleNames.dutch["\(instrument).\(scale)"] { return "\(abbreviation): \(dutch)" }
        let builtIn = try? BuiltInInstrument(identifier: instrument)
        let english = (try? builtIn?.definition())?.scales.first { $0.id == scale }?.name
            ?? builtIn?.structure?.slots.first { $0.id == scale }?.name
        return "\(abbreviation): \(english ?? scale)"
    }

    /// The instruments' usual abbreviations (the same in every language).
    static let abbreviations: [String: String] = [
        "cts2": "CTS2", "ace": "ACE", "auditc": "AUDIT-C", "tsi": "TSI", "socialisation": "Gough", "impulsivity": "Eysenck", "nosik": "NOSI-K",
        "simspr": "SIMS-PR", "sis": "SIS", "tscyc": "TSCYC", "tscc": "TSCC",
    ]
}
