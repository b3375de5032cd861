/// A respondent's sex as used for norm strata and sex-specific cut-offs.
///
/// `unknown` is a value of its own, never a default for female or male: a cut-off or
/// norm that depends on sex reports that it could not be applied.
public enum Sex: String, Hashable, Sendable, Codable, CaseIterable {
    /// Female.
    case female
    /// Male.
    case male
    /// Not known or not recorded.
    case unknown

    /// Parses `female`, `male` or `unknown` (any letter case); an empty string is `unknown`.
    ///
    /// - Throws: ``CoreError/Code/invalidSex`` for any other text.
    public init(parsing text: String) throws(CoreError) {
        let lowered = text.lowercased()
        if lowered.isEmpty {
            self = .unknown
        } else if let sex = Sex(rawValue: lowered) {
            self = sex
        } else {
            throw CoreError(.invalidSex, field: "sex", message: "expected female, male or unknown")
        }
    }

    /// The other sex of a couple, or `unknown` when this one is unknown.
    public var opposite: Sex {
        switch self {
        case .female: .male
        case .male: .female
        case .unknown: .unknown
        }
    }
}
