import HearthScoring

extension ReportTable {
    /// The marks of Tables 4.9, 6.1 and 6.2 (``SignificanceMarks/reportChapters4And6``).
    static func mark(_ p: Double?) -> String { SignificanceMarks.reportChapters4And6.mark(p) }

    /// The note that explains ``mark(_:)``.
    static let markNote = SignificanceMarks.reportChapters4And6.note

    /// The theoretical range of a sum or mean scale from its items' possible values.
    static func theoreticalRange(_ definition: InstrumentDefinition, scaleID: String) -> ClosedRange<Double>? {
        guard let scale = definition.scales.first(where: { $0.id == scaleID }), !scale.isDerived, !scale.items.isEmpty else { return nil }
        let low = Int(definition.responseScale.minimum)
        let high = Int(definition.responseScale.maximum)
        let values = (low...high).map { code in Double(scale.codeValues.map { $0[code - low] } ?? code) }
        guard let least = values.min(), let most = values.max() else { return nil }
        switch scale.aggregation {
        case .sum: return (least * Double(scale.items.count))...(most * Double(scale.items.count))
        case .mean: return least...most
        case .any, .pairDifferenceSum: return nil
        }
    }

    /// `10–50`.
    static func rangeText(_ range: ClosedRange<Double>?) -> String {
        range.map { format($0.lowerBound, decimals: 0) + "–" + format($0.upperBound, decimals: 0) } ?? ""
    }
}

extension GroupSummary {
    /// Every row of the group, with or without a value.
    var rowCount: Int { statistics.count + missingValues }
}
