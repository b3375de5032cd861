import HearthCore

/// What to group respondents by: sex, wave, age band, or any imported attribute (city,
/// study group, family).
///
/// Written in study configurations as `sex`, `wave`, `age:0-5,6-11,12-17` or the attribute's
/// name. A respondent without the information is in the level ``missingLevel``.
public enum GroupingKey: Hashable, Sendable, WrittenForm {
    /// The respondent's sex (`female`, `male`, `unknown`).
    case sex
    /// The wave index (`1`, `2`, `3`).
    case wave
    /// Age bands in whole years, inclusive (`0-5`); an age outside every band is ``missingLevel``.
    case ageBands([ClosedRange<Int>])
    /// An imported attribute.
    case attribute(String)

    /// The level of respondents that lack the information.
    public static let missingLevel = "(missing)"

    /// Parses the written form.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for a malformed age band list.
    public init(parsing text: String) throws(ResearchError) {
        switch text {
        case "sex": self = .sex
        case "wave": self = .wave
        case _ where text.hasPrefix("age:"):
            var bands: [ClosedRange<Int>] = []
            for part in text.dropFirst(4).split(separator: ",") {
                let bounds = part.split(separator: "-").compactMap { Int($0) }
                guard bounds.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1] else {
                    throw ResearchError(.invalidMapping, field: text, message: "age bands are written 'age:0-5,6-11'")
                }
                bands.append(bounds[0]...bounds[1])
            }
            guard !bands.isEmpty else { throw ResearchError(.invalidMapping, field: text, message: "no age bands") }
            self = .ageBands(bands)
        default:
            guard !text.isEmpty else { throw ResearchError(.invalidMapping, message: "an empty grouping key") }
            self = .attribute(text)
        }
    }

    /// The written form.
    public var description: String {
        switch self {
        case .sex: "sex"
        case .wave: "wave"
        case .ageBands(let bands): "age:" + bands.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",")
        case .attribute(let name): name
        }
    }

    /// The level of one respondent.
    func level(of respondent: Respondent, attributes: [String: String]?) -> String {
        switch self {
        case .sex:
            return respondent.sex.rawValue
        case .wave:
            return respondent.wave.map { String($0.index) } ?? Self.missingLevel
        case .ageBands(let bands):
            guard let years = respondent.age?.years, let band = bands.first(where: { $0.contains(years) }) else { return Self.missingLevel }
            return "\(band.lowerBound)-\(band.upperBound)"
        case .attribute(let name):
            return attributes?[name] ?? Self.missingLevel
        }
    }
}
