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
    func within(_ date: Date, _ days: Double) -> Bool {
        (asOf.timeIntervalSince(date) / 86_400).rounded(.down) <= days
    }

    /// The last severe physical, sexual or threat incident within the window.
    func recentSevere(window: Double) -> Incident? {
        // Fields are read in place (an `Incident` copy retains its strings); the last match wins.
        for index in incidents.indices.reversed() where incidents[index].severity == .severe && within(incidents[index].date, window) {
            let kind = incidents[index].kind
            if kind == .physical || kind == .sexual || kind == .threat { return incidents[index] }
        }
        return nil
    }

    /// The number of incidents within the window.
    func count(window: Double) -> Int {
        var count = 0
        for index in incidents.indices where within(incidents[index].date, window) { count += 1 }
        return count
    }

    /// The first severe incident within the window and how many incidents of the window
    /// came before it, when at least one did (an escalation from minor to severe).
    func escalation(window: Double) -> (incident: Incident, before: Int)? {
        var before = 0
        for index in incidents.indices where within(incidents[index].date, window) {
            if incidents[index].severity == .severe { return before > 0 ? (incidents[index], before) : nil }
            before += 1
        }
        return nil
    }

    /// Whether children were present at a severe incident (other than child abuse): yes
    /// with the last such incident, unknown when it is not recorded for one, else no.
    func childrenPresentAtSevere() -> (answer: Answer, incident: Incident?) {
        var last: Int?, unknown = false
        for index in incidents.indices where incidents[index].severity == .severe && incidents[index].kind != .childAbuse {
            switch incidents[index].childrenPresent {
            case .yes: last = index
            case .unknown: unknown = true
            case .no: break
            }
        }
        if let last { return (.yes, incidents[last]) }
        return (unknown ? .unknown : .no, nil)
    }

    /// Whether other children were present at a child-abuse incident (they are exposed to it).
    var siblingsPresentAtAbuse: Bool { incidents.contains { $0.kind == .childAbuse && $0.childrenPresent == .yes } }

    /// Whether a child-abuse incident was directed at one of `childIDs` (``abusedChildren(among:)``
    /// not empty, without building the list).
    func abusesAChild(among childIDs: [String]) -> Bool {
        var found = false
        forEachAbusedChild(among: childIDs) { _ in
            found = true
            return false
        }
        return found
    }

    /// The children (of `childIDs`) a child-abuse incident was directed at, sorted.
    func abusedChildren(among childIDs: [String]) -> [String] {
        var targets = Set<String>()
        forEachAbusedChild(among: childIDs) { id in
            targets.insert(id)
            return true
        }
        return targets.sorted()
    }

    /// Hands each child of `childIDs` a child-abuse incident was directed at to `body`
    /// (once per incident naming it) until `body` returns false: the one test of child abuse.
    private func forEachAbusedChild(among childIDs: [String], _ body: (String) -> Bool) {
        for index in incidents.indices where incidents[index].kind == .childAbuse {
            for id in incidents[index].against where childIDs.contains(id) {
                guard body(id) else { return }
            }
        }
    }

    /// Whether children were present at `count` or more incidents (child abuse itself
    /// aside): yes when enough were, unknown when incidents with unknown presence could make
    /// up the count, else no.
    func childrenPresent(atLeast count: Int) -> Answer {
        let (present, unknown) = childrenPresence
        if present >= count { return .yes }
        return present + unknown >= count ? .unknown : .no
    }

    /// The number of incidents children were present at (child abuse itself aside).
    var childrenPresentCount: Int { childrenPresence.present }

    /// How many incidents (child abuse itself aside) children were present at, and how many
    /// with their presence unknown.
    private var childrenPresence: (present: Int, unknown: Int) {
        var present = 0, unknown = 0
        for index in incidents.indices where incidents[index].kind != .childAbuse {
            switch incidents[index].childrenPresent {
            case .yes: present += 1
            case .unknown: unknown += 1
            case .no: break
            }
        }
        return (present, unknown)
    }
}
