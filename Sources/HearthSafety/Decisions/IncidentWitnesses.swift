import Foundation
import HearthCore

/// What the history rules find in a family's incidents (in date order): the one reading of
/// each rule's condition, which the decision answers from (found or not) and the
/// assessment describes (which incident, how many days before).
struct IncidentWitnesses {
    let incidents: [Incident]
    let asOf: Date

    /// Whole days from a date to the assessment date.
    func daysBefore(_ date: Date) -> Int { Int((asOf.timeIntervalSince(date) / 86_400).rounded(.down)) }

    /// Whether an incident lies within `days` whole days before the assessment date.
    @inline(__always)
    func within(_ incident: Incident, _ days: Double) -> Bool {
        (asOf.timeIntervalSince(incident.date) / 86_400).rounded(.down) <= days
    }

    /// The last severe physical, sexual or threat incident within the window.
    func recentSevere(window: Double) -> Incident? {
        var found: Incident?
        for incident in incidents where within(incident, window) && incident.severity == .severe
            && (incident.kind == .physical || incident.kind == .sexual || incident.kind == .threat) {
            found = incident
        }
        return found
    }

    /// The number of incidents within the window.
    func count(window: Double) -> Int {
        var count = 0
        for incident in incidents where within(incident, window) { count += 1 }
        return count
    }

    /// The first severe incident within the window and how many incidents of the window
    /// came before it, when at least one did (an escalation from minor to severe).
    func escalation(window: Double) -> (incident: Incident, before: Int)? {
        var before = 0
        for incident in incidents where within(incident, window) {
            if incident.severity == .severe { return before > 0 ? (incident, before) : nil }
            before += 1
        }
        return nil
    }

    /// Whether children were present at a severe incident (other than child abuse): yes
    /// with the last such incident, unknown when it is not recorded for one, else no.
    func childrenPresentAtSevere() -> (answer: Answer, incident: Incident?) {
        var last: Incident?, unknown = false
        for incident in incidents where incident.severity == .severe && incident.kind != .childAbuse {
            if incident.childrenPresent == .yes { last = incident }
            if incident.childrenPresent == .unknown { unknown = true }
        }
        if last != nil { return (.yes, last) }
        return (unknown ? .unknown : .no, nil)
    }

    /// Whether other children were present at a child-abuse incident (they are exposed to it).
    var siblingsPresentAtAbuse: Bool { incidents.contains { $0.kind == .childAbuse && $0.childrenPresent == .yes } }

    /// Whether a child-abuse incident was directed at one of `childIDs` (``abusedChildren(among:)``
    /// not empty, without building the list).
    func abusesAChild(among childIDs: [String]) -> Bool {
        incidents.contains { incident in incident.kind == .childAbuse && incident.against.contains { childIDs.contains($0) } }
    }

    /// The children (of `childIDs`) a child-abuse incident was directed at, sorted.
    func abusedChildren(among childIDs: [String]) -> [String] {
        var targets = Set<String>()
        for incident in incidents where incident.kind == .childAbuse {
            for id in incident.against where childIDs.contains(id) { targets.insert(id) }
        }
        return targets.sorted()
    }

    /// Whether children were present at `count` or more incidents (child abuse itself
    /// aside): yes when enough were, unknown when incidents with unknown presence could make
    /// up the count, else no.
    func childrenPresent(atLeast count: Int) -> Answer {
        var present = 0, unknown = 0
        for incident in incidents where incident.kind != .childAbuse {
            if incident.childrenPresent == .yes { present += 1 }
            if incident.childrenPresent == .unknown { unknown += 1 }
        }
        if present >= count { return .yes }
        return present + unknown >= count ? .unknown : .no
    }

    /// The number of incidents children were present at (child abuse itself aside).
    var childrenPresentCount: Int { incidents.filter { $0.kind != .childAbuse && $0.childrenPresent == .yes }.count }
}
