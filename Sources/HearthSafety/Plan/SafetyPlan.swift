import Foundation
import HearthProfiles

/// A concrete safety condition: the route to direct safety (001:65).
public struct SafetyCondition: Hashable, Sendable, Codable {
    /// Whether the condition is met.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Not yet due or not yet checked.
        case open
        /// Met.
        case met
        /// Not met.
        case notMet
    }

    /// The condition's identifier.
    public var id: String
    /// What must be in place (e.g. "the father does not collect the children from day care").
    public var description: String
    /// Who is responsible (a role or member: plan actions can be the perpetrator's, 002:7423–7427).
    public var owner: String
    /// When it must be in place.
    public var due: Date
    /// Its status.
    public var status: Status
    /// The members it protects (empty: the whole family).
    public var appliesTo: [String]

    /// Creates a condition.
    public init(id: String, description: String, owner: String, due: Date, status: Status = .open, appliesTo: [String] = []) {
        self.id = id
        self.description = description
        self.owner = owner
        self.due = due
        self.status = status
        self.appliesTo = appliesTo
    }
}

/// A family's safety plan: one coordinator, conditions for the family and for each child
/// ("one family, one plan, one director", 002:598, 7916–7917; children in the plan, 002:644–647).
public struct SafetyPlan: Hashable, Sendable, Codable {
    /// The plan's coordinator (a role or professional identifier).
    public var coordinator: String
    /// The conditions.
    public var conditions: [SafetyCondition]

    /// Creates a plan.
    public init(coordinator: String, conditions: [SafetyCondition]) {
        self.coordinator = coordinator
        self.conditions = conditions
    }

    /// Checks the plan against the family.
    ///
    /// - Throws: ``SafetyError/Code/invalidPlan`` without a coordinator, with duplicate
    ///   condition ids, a condition without an owner or description, or one that names an
    ///   unknown member.
    public func validate(for family: FamilyInput) throws(SafetyError) {
        guard !coordinator.isEmpty else { throw SafetyError(.invalidPlan, field: "coordinator", message: "a plan needs one coordinator") }
        let members = Set(family.members.map(\.id))
        var ids = Set<String>()
        for condition in conditions {
            guard ids.insert(condition.id).inserted else { throw SafetyError(.invalidPlan, field: condition.id, message: "duplicate condition id") }
            guard !condition.owner.isEmpty, !condition.description.isEmpty else {
                throw SafetyError(.invalidPlan, field: condition.id, message: "a condition needs an owner and a description")
            }
            if condition.appliesTo.contains(where: { !members.contains($0) }) {
                throw SafetyError(.invalidPlan, field: condition.id, message: "names no member of the family")
            }
        }
    }

    /// Children with no condition of their own.
    public func childrenWithoutConditions(in family: FamilyInput) -> [String] {
        family.children.map(\.id).filter { child in !conditions.contains { $0.appliesTo.contains(child) } }
    }

    /// Conditions past their due date and not met.
    public func overdue(at date: Date) -> [SafetyCondition] {
        conditions.filter { $0.status != .met && $0.due < date }
    }
}

/// The phases of safety work (Vogtländer & Van Arum 2016, as in 001:51, 65).
public enum SafetyPhase: String, Hashable, Sendable, Codable, CaseIterable {
    /// Reaching direct safety through concrete safety conditions.
    case directSafety
    /// Reaching stable safety through risk-driven, recovery-oriented care.
    case stableSafety
    /// Recovery from the consequences of violence.
    case recovery

    /// The phase a family is in, with the criteria that hold it there. Hearth's explicit
    /// criteria: stable safety needs every condition met, a level of at most elevated and no
    /// incident for 90 days; recovery needs the standard level and no incident for 180 days.
    public static func current(plan: SafetyPlan, assessment: SafetyAssessment, incidents: [Incident]) -> (phase: SafetyPhase, unmet: [String]) {
        let quietDays = incidents.last.map { Int(assessment.asOf.timeIntervalSince($0.date) / 86_400) } ?? Int.max
        var unmet: [String] = []
        let open = plan.conditions.filter { $0.status != .met }
        if !open.isEmpty { unmet.append("\(open.count) safety condition(s) not met") }
        if assessment.level > .elevated { unmet.append("level \(assessment.level.rawValue) (stable safety needs elevated or lower)") }
        if quietDays < 90 { unmet.append("an incident \(quietDays) days ago (stable safety needs 90 days without)") }
        guard unmet.isEmpty else { return (.directSafety, unmet) }
        var recoveryUnmet: [String] = []
        if assessment.level > .standard { recoveryUnmet.append("level \(assessment.level.rawValue) (recovery needs standard)") }
        if quietDays < 180 { recoveryUnmet.append("an incident \(quietDays) days ago (recovery needs 180 days without)") }
        return recoveryUnmet.isEmpty ? (.recovery, []) : (.stableSafety, recoveryUnmet)
    }
}
