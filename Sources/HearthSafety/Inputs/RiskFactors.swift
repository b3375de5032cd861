import HearthCore
import HearthProfiles

/// The critical indicators the anchors treat as signs of acute danger, each yes / no /
/// unknown. Any "yes" makes the level acute, whatever else is low; an unknown one is listed
/// as missing information that could change the level.
public struct CriticalIndicators: Hashable, Sendable, Codable {
    /// A threat to kill (Danger Assessment item 6; ODARA item 5; DASH).
    public var threatToKill: Answer = .unknown
    /// A weapon used or threatened (Danger Assessment item 5; Kent MARAC).
    public var weapon: Answer = .unknown
    /// Strangulation or choking (Danger Assessment item 10; DA-5; MARAC).
    public var strangulation: Answer = .unknown
    /// Extreme fear: the victim believes the partner could kill them (Danger Assessment item 18; Kent MARAC).
    public var extremeFear: Answer = .unknown
    /// Escalation in frequency or severity as reported (Danger Assessment item 1; MARAC potential escalation).
    public var escalation: Answer = .unknown

    /// All unknown.
    public init() {}

    private enum CodingKeys: String, CodingKey, CaseIterable { case threatToKill, weapon, strangulation, extremeFear, escalation }

    /// Decodes the indicators; absent ones are unknown, unrecognised keys are an error.
    public init(from decoder: any Decoder) throws {
        let values = try StrictAnswers<CodingKeys>(decoder)
        threatToKill = values[.threatToKill]
        weapon = values[.weapon]
        strangulation = values[.strangulation]
        extremeFear = values[.extremeFear]
        escalation = values[.escalation]
    }

    /// The indicators' names, in ``all``'s order (the positions rules and decisions use).
    public static let names = ["threatToKill", "weapon", "strangulation", "extremeFear", "escalation"]

    /// Each indicator with its name and the works it rests on (``Bibliography/builtIn``).
    public var all: [(name: String, answer: Answer, citations: [Citation])] {
        [
            ("threatToKill", threatToKill, [.init("campbell2009", at: "Danger Assessment item 6"), .init("hilton2004", at: "ODARA item 5"), .init("safelivesMarac")]),
            ("weapon", weapon, [.init("campbell2009", at: "Danger Assessment item 5"), .init("kentMarac")]),
            ("strangulation", strangulation, [.init("campbell2009", at: "Danger Assessment item 10"), .init("messing2017", at: "DA-5"), .init("plymouthDash")]),
            ("extremeFear", extremeFear, [.init("campbell2009", at: "Danger Assessment item 18"), .init("kentMarac", at: LocalizedText("extreme fear", dutch: "extreme angst"))]),
            ("escalation", escalation, [.init("campbell2009", at: "Danger Assessment item 1"), .init("safelivesMarac", at: LocalizedText("potential escalation", dutch: "mogelijke escalatie")), .init("tierolf2014", at: "§9.2.1")]),
        ]
    }
}

/// The risk factors the source report names, each yes / no / unknown (Tierolf et al. 2014, and the
/// risk-assessment anchors docs/safety.md cites). Where a questionnaire measures
/// a factor, the assessment derives it when the answer here is unknown.
public struct RiskFactors: Hashable, Sendable, Codable {
    /// Violence in the family of origin (ACE family violence; Tierolf et al. 2014).
    public var childhoodViolence: Answer = .unknown
    /// Household income below the poverty line (Tierolf et al. 2014, p < .005).
    public var povertyIncome: Answer = .unknown
    /// The partner drinks problematically (AUDIT-C partner risk; Tierolf et al. 2014).
    public var partnerProblemDrinking: Answer = .unknown
    /// Sexual coercion (Tierolf et al. 2014).
    public var sexualCoercion: Answer = .unknown
    /// Control and isolation (Tierolf et al. 2014).
    public var controlAndIsolation: Answer = .unknown
    /// Separation and contact handovers (Tierolf et al. 2014).
    public var separationOrHandovers: Answer = .unknown
    /// Stalking (Steketee & Lünnemann 2020).
    public var stalking: Answer = .unknown
    /// A criminal background of the perpetrator (Tierolf et al. 2014).
    public var criminalBackground: Answer = .unknown
    /// Severe violence before (Tierolf et al. 2014).
    public var priorSevereViolence: Answer = .unknown
    /// Repeated reports (Steketee & Lünnemann 2020).
    public var repeatedReports: Answer = .unknown

    /// All unknown.
    public init() {}

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case childhoodViolence, povertyIncome, partnerProblemDrinking, sexualCoercion, controlAndIsolation
        case separationOrHandovers, stalking, criminalBackground, priorSevereViolence, repeatedReports
    }

    /// Decodes the factors; absent ones are unknown, unrecognised keys (such as protected
    /// attributes) are an error.
    public init(from decoder: any Decoder) throws {
        let values = try StrictAnswers<CodingKeys>(decoder)
        childhoodViolence = values[.childhoodViolence]
        povertyIncome = values[.povertyIncome]
        partnerProblemDrinking = values[.partnerProblemDrinking]
        sexualCoercion = values[.sexualCoercion]
        controlAndIsolation = values[.controlAndIsolation]
        separationOrHandovers = values[.separationOrHandovers]
        stalking = values[.stalking]
        criminalBackground = values[.criminalBackground]
        priorSevereViolence = values[.priorSevereViolence]
        repeatedReports = values[.repeatedReports]
    }

    /// Each factor with its name and the works it rests on (``Bibliography/builtIn``).
    public var all: [(name: String, answer: Answer, citations: [Citation])] {
        [
            ("childhoodViolence", childhoodViolence, [.init("tierolf2014", at: LocalizedText("§2.2.2; §5.1.2, Table 5.1", dutch: "§2.2.2; §5.1.2, tabel 5.1"))]),
            ("povertyIncome", povertyIncome, [.init("tierolf2014", at: "§4.4")]),
            ("partnerProblemDrinking", partnerProblemDrinking, [.init("tierolf2014", at: "§2.2.2; §5.7")]),
            ("sexualCoercion", sexualCoercion, [.init("tierolf2014", at: "§2.2.2")]),
            ("controlAndIsolation", controlAndIsolation, [.init("tierolf2014", at: "§2.2.1; §9.2.1"), .init("steketee2020", at: SteketeeSections.screening)]),
            ("separationOrHandovers", separationOrHandovers, [.init("tierolf2014", at: "§4.5; §8.2")]),
            ("stalking", stalking, [.init("steketee2020", at: SteketeeSections.screening)]),
            ("criminalBackground", criminalBackground, [.init("tierolf2014", at: "§9.2.1; §10.4.1")]),
            ("priorSevereViolence", priorSevereViolence, [.init("tierolf2014", at: "§2.2.2")]),
            ("repeatedReports", repeatedReports, [.init("steketee2020", at: SteketeeSections.professionals), .init("steketee2020", at: SteketeeSections.longBreath)]),
        ]
    }
}

/// Reads an object of yes/no/unknown answers: absent keys are unknown, unknown keys an error.
struct StrictAnswers<Keys: CodingKey & CaseIterable> {
    private var answers: [String: Answer] = [:]

    init(_ decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let known = Set(Keys.allCases.map(\.stringValue))
        for key in container.allKeys {
            guard known.contains(key.stringValue) else {
                throw UnknownKeyMessage.error(key: key.stringValue, known: Keys.allCases.map(\.stringValue), codingPath: container.codingPath)
            }
            answers[key.stringValue] = try container.decode(Answer.self, forKey: key)
        }
    }

    subscript(key: Keys) -> Answer { answers[key.stringValue] ?? .unknown }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
