import HearthCore
import Foundation
import HearthProfiles

/// One incident or report in a family's history.
public struct Incident: Hashable, Sendable, Codable {
    /// The kind of incident.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Physical violence between partners.
        case physical
        /// Psychological violence between partners.
        case psychological
        /// Sexual violence.
        case sexual
        /// Stalking or harassment.
        case stalking
        /// A threat (to harm or kill).
        case threat
        /// Abuse or neglect of a child.
        case childAbuse
    }

    /// How severe it was.
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
        /// Minor (CTS2 sense: pushing, shouting).
        case minor
        /// Severe (injury, weapon, strangulation, kicking, beating).
        case severe
    }

    /// When it happened.
    public var date: Date
    /// What happened.
    public var kind: Kind
    /// How severe it was.
    public var severity: Severity
    /// The member who used violence, when known (a pseudonym of the family input).
    public var by: String?
    /// The members it was directed at (for child abuse, the child).
    public var against: [String]
    /// Whether children were present.
    public var childrenPresent: Answer

    /// Creates an incident.
    public init(date: Date, kind: Kind, severity: Severity, by: String? = nil, against: [String] = [], childrenPresent: Answer = .unknown) {
        self.date = date
        self.kind = kind
        self.severity = severity
        self.by = by
        self.against = against
        self.childrenPresent = childrenPresent
    }

    private enum CodingKeys: String, CodingKey { case date, kind, severity, by, against, childrenPresent }

    /// Decodes an incident; `against` and `childrenPresent` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decode(Date.self, forKey: .date)
        kind = try container.decode(Kind.self, forKey: .kind)
        severity = try container.decode(Severity.self, forKey: .severity)
        by = try container.decodeIfPresent(String.self, forKey: .by)
        against = try container.decodeIfPresent([String].self, forKey: .against) ?? []
        childrenPresent = try container.decodeIfPresent(Answer.self, forKey: .childrenPresent) ?? .unknown
    }
}

/// A change in the family's situation that calls for reassessment (Tierolf et al. 2014,
/// §4.5 and the chapters on help and safety).
public struct SafetyEvent: Hashable, Sendable, Codable {
    /// The kind of change.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The partners separated.
        case separation
        /// A handover of the children between the parents.
        case contactHandover
        /// The perpetrator is returning or moving back in.
        case perpetratorReturning
        /// Another agency takes over, or the family moves to another municipality.
        case agencyChange
        /// Help is being closed.
        case helpClosed
    }

    /// When.
    public var date: Date
    /// What changed.
    public var kind: Kind

    /// Creates an event.
    public init(date: Date, kind: Kind) {
        self.date = date
        self.kind = kind
    }
}

extension Incident {
    /// Checks the date of `incidents[index]`: not after the assessment date, not before the
    /// incident before it.
    ///
    /// - Throws: ``SafetyError/Code/invalidHistory``.
    static func checkDate(in incidents: [Incident], at index: Int, asOf: Date) throws(SafetyError) {
        let date = incidents[index].date
        guard date <= asOf else { throw SafetyError(.invalidHistory, field: "incidents[\(index)].date", message: "an incident is dated after the assessment date") }
        if index > 0, date < incidents[index - 1].date {
            throw SafetyError(.invalidHistory, field: "incidents[\(index)].date", message: "incidents must be in date order")
        }
    }
}
