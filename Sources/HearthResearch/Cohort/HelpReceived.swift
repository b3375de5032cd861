/// The help a respondent received in the interval that ends at a wave (the report's
/// chapter 7: at wave 2 the help since wave 1, at wave 3 the help since wave 2): whether
/// there was any, from which kinds of agency, how many agencies, and how satisfied the
/// respondent was with each. Every part may be unrecorded (`nil` / empty): unrecorded is
/// never "no help".
public struct HelpReceived: Hashable, Sendable, Codable {
    /// Whether the respondent received help in the interval (`nil`: not recorded).
    public var hadHelp: Bool?
    /// The kinds of agency involved.
    public var agencies: Set<Agency>
    /// The number of agencies, when recorded apart from the kinds (a form may ask for it).
    public var agencyCount: Int?
    /// Satisfaction per agency kind.
    public var satisfaction: [Agency: Satisfaction]

    /// Creates a record.
    public init(hadHelp: Bool? = nil, agencies: Set<Agency> = [], agencyCount: Int? = nil, satisfaction: [Agency: Satisfaction] = [:]) {
        self.hadHelp = hadHelp
        self.agencies = agencies
        self.agencyCount = agencyCount
        self.satisfaction = satisfaction
    }

    /// Whether help was received: `hadHelp` when recorded, else yes when any agency is
    /// named; `nil` when neither is recorded.
    public var receivedHelp: Bool? {
        hadHelp ?? (agencies.isEmpty ? nil : true)
    }

    /// The number of agencies: as recorded, else the number of kinds named (when help was
    /// received or kinds are named), 0 without help; `nil` when unknown.
    public var numberOfAgencies: Int? {
        if let agencyCount { return agencyCount }
        if !agencies.isEmpty { return agencies.count }
        return hadHelp == false ? 0 : nil
    }

    /// Whether nothing is recorded.
    public var isEmpty: Bool { hadHelp == nil && agencies.isEmpty && agencyCount == nil && satisfaction.isEmpty }
}

/// A kind of agency that helps families (the report's Table 7.2 and today's services);
/// any other id a study uses is allowed and shown as written.
public struct Agency: Hashable, Sendable, Codable, RawRepresentable, Comparable, CustomStringConvertible {
    /// The id as written in mappings and results.
    public let rawValue: String
    /// An agency kind by id (lowercase letters, digits, `-`).
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The id.
    public var description: String { rawValue }
    /// Orders by id.
    public static func < (lhs: Agency, rhs: Agency) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A women's (or men's) shelter (vrouwenopvang / maatschappelijke opvang).
    public static let shelter = Agency(rawValue: "shelter")
    /// Youth care (Bureau Jeugdzorg; since 2015 the municipalities' youth care).
    public static let youthCare = Agency(rawValue: "youth-care")
    /// Mental health care (GGZ).
    public static let mentalHealth = Agency(rawValue: "mental-health")
    /// Forensic psychiatry or forensic care.
    public static let forensicCare = Agency(rawValue: "forensic-care")
    /// A psychologist in private practice (zelfstandig psycholoog).
    public static let psychologist = Agency(rawValue: "psychologist")
    /// The domestic violence support centre (Steunpunt Huiselijk Geweld; since 2015 Veilig Thuis).
    public static let domesticViolenceService = Agency(rawValue: "domestic-violence-service")
    /// General social work (algemeen maatschappelijk werk, AMW).
    public static let socialWork = Agency(rawValue: "social-work")
    /// FIOM (help with pregnancy, parenthood and origins).
    public static let fiom = Agency(rawValue: "fiom")
    /// Addiction care (verslavingszorg).
    public static let addictionCare = Agency(rawValue: "addiction-care")
    /// A local (neighbourhood) team (wijkteam), since 2015.
    public static let localTeam = Agency(rawValue: "local-team")
    /// Any other agency.
    public static let other = Agency(rawValue: "other")

    /// The kinds of the report's Table 7.2, in its order, then today's local team and other.
    public static let known: [Agency] = [
        .shelter, .youthCare, .mentalHealth, .forensicCare, .psychologist, .domesticViolenceService, .socialWork, .fiom, .addictionCare, .localTeam, .other,
    ]

    /// Whether the id is well-formed (a–z, 0–9, `-`; 1–40 characters).
    var isWellFormed: Bool {
        !rawValue.isEmpty && rawValue.utf8.count <= 40 && rawValue.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}

/// How satisfied a respondent was with an agency (the report's three categories, Tables 7.4 and 7.8).
public enum Satisfaction: String, Hashable, Sendable, Codable, CaseIterable {
    /// Satisfied (tevreden).
    case satisfied
    /// Neither satisfied nor dissatisfied (neutraal).
    case neutral
    /// Dissatisfied (ontevreden).
    case dissatisfied
}
