import HearthScoring

/// Named scales of one instrument, read from a member the way ``FamilyMember/value(_:_:)``
/// reads them (the first report of the instrument, else the `scores` map), with each
/// scale's position in the built-in definition resolved once: the rules and their words
/// read the same scales of every member of every family.
struct ScaleLookup: Sendable {
    let instrument: String
    let scales: [String]
    private let positions: [Int?]
    private let keys: [String]

    init(_ instrument: String, _ scales: [String]) {
        self.instrument = instrument
        self.scales = scales
        positions = scales.map { ScoreReport.builtInPosition(instrument: instrument, scale: $0) }
        keys = scales.map { "\(instrument).\($0)" }
    }

    /// Each scale's usable value (`nil`: absent or not interpretable), in ``scales`` order.
    func values(_ member: FamilyMember) -> [Double?] {
        if let report = member.reports.first(where: { $0.instrumentID == instrument }) {
            return scales.indices.map { index in
                // A report without the scale falls back to `scores`, as `value(_:_:)` does.
                if let score = report[scaleID: scales[index], at: positions[index]] { return score.value?.value.usable }
                return member.scores.isEmpty ? nil : member.scores[keys[index]]?.usable
            }
        }
        return member.scores.isEmpty ? Array(repeating: nil, count: scales.count) : keys.map { member.scores[$0]?.usable }
    }
}
