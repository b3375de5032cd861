import HearthScoring

/// Named scales of one instrument, read from a member the way ``FamilyMember/value(_:_:)``
/// reads them (the first report of the instrument, else the `scores` map), with each
/// scale's position in the built-in definition resolved once: the rules and their words
/// read the same scales of every member of every family.
package struct ScaleLookup: Sendable {
    package let instrument: String
    package let scales: [String]
    private let positions: [Int?]
    private let keys: [String]

    package init(_ instrument: String, _ scales: [String]) {
        self.instrument = instrument
        self.scales = scales
        positions = scales.map { ScoreReport.builtInPosition(instrument: instrument, scale: $0) }
        keys = scales.map { "\(instrument).\($0)" }
    }

    /// Each scale's usable value (`nil`: absent or not interpretable), in ``scales`` order.
    func values(_ member: FamilyMember) -> [Double?] {
        var values = [Double?](repeating: nil, count: scales.count)
        read(member) { values[$0] = $1 }
        return values
    }

    /// Hands each scale's position in ``scales`` and usable value (`nil`: absent or not
    /// interpretable) to `body`, in ``scales`` order, without building an array: every member
    /// of every assessed family is read this way.
    package func read(_ member: FamilyMember, _ body: (Int, Double?) -> Void) {
        if let report = member.reports.first(where: { $0.instrumentID == instrument }) {
            for index in scales.indices {
                // A report without the scale falls back to `scores`, as `value(_:_:)` does.
                if let score = report[scaleID: scales[index], at: positions[index]] {
                    body(index, score.value?.value.usable)
                } else {
                    body(index, member.scores.isEmpty ? nil : member.scores[keys[index]]?.usable)
                }
            }
            return
        }
        for index in keys.indices { body(index, member.scores.isEmpty ? nil : member.scores[keys[index]]?.usable) }
    }

    /// The usable value of the lookup's only scale (`nil`: absent or not interpretable).
    func value(_ member: FamilyMember) -> Double? {
        assert(scales.count == 1, "a lookup of several scales read as one")
        var value: Double?
        read(member) { _, found in value = found }
        return value
    }
}
