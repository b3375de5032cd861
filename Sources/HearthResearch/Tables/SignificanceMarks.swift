/// How a table marks significance. The source report uses two conventions: Tables 4.9,
/// 6.1 and 6.2 mark `*` p < .001 and `**` p < .05; its correlation tables (5.7, 7.9–7.11)
/// and Table 7.5 mark `*` p < .05 and `**` p < .01, the usual order; Tables 4.5–4.7 add
/// `***` p < .001.
public enum SignificanceMarks: String, Hashable, Sendable, Codable {
    /// `*` p < .001, `**` p < .05 (Tierolf et al. 2014, Tables 4.9, 6.1, 6.2).
    case reportChapters4And6
    /// `*` p < .05, `**` p < .01, two-sided (Tables 5.7, 7.5, 7.9–7.11).
    case conventional
    /// `*` p < .05, `**` p < .01, `***` p < .001 (Tables 4.5–4.7).
    case threeLevels

    /// The mark of a p-value (empty when not significant or absent).
    public func mark(_ p: Double?) -> String {
        guard let p else { return "" }
        switch self {
        case .reportChapters4And6: return p < 0.001 ? "*" : (p < 0.05 ? "**" : "")
        case .conventional: return p < 0.01 ? "**" : (p < 0.05 ? "*" : "")
        case .threeLevels: return p < 0.001 ? "***" : (p < 0.01 ? "**" : (p < 0.05 ? "*" : ""))
        }
    }

    /// The note that explains the marks.
    public var note: String {
        switch self {
        case .reportChapters4And6: "* p < .001, ** p < .05 (the source report's marks)."
        case .conventional: "* p < .05, ** p < .01 (two-sided)."
        case .threeLevels: "* p < .05, ** p < .01, *** p < .001 (two-sided)."
        }
    }
}
