import Foundation
import HearthCore
import HearthProfiles

/// A concrete safety condition: the route to direct safety (Steketee & Lünnemann 2020, “Aandacht voor veiligheid in het gezin moet voorop staan”).
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
    /// Who is responsible (a role or member: plan actions can be the perpetrator's, Tierolf et al. 2014, §11.3.1).
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
/// ("one family, one plan, one director", Tierolf et al. 2014, §1.3 and §12.2; children in the
/// plan, §1.3).
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
        family.childIDs.filter { child in !conditions.contains { $0.appliesTo.contains(child) } }
    }

    /// Conditions past their due date and not met.
    public func overdue(at date: Date) -> [SafetyCondition] {
        conditions.filter { $0.status != .met && $0.due < date }
    }
}

/// The phases of safety work (Vogtländer & Van Arum 2016, as in Steketee & Lünnemann 2020).
public enum SafetyPhase: String, Hashable, Sendable, Codable, CaseIterable {
    /// Reaching direct safety through concrete safety conditions.
    case directSafety
    /// Reaching stable safety through risk-driven, recovery-oriented care.
    case stableSafety
    /// Recovery from the consequences of violence.
    case recovery

    /// The phase a family is in, with what holds it there. Hearth's explicit criteria (its
    /// choice): stable safety needs a plan whose every condition is met (an empty plan meets
    /// nothing), a complete assessment at elevated or lower, and 90 days without incidents
    /// confirmed at a contact (``SafetyInput/historyConfirmedUntil``: quiet time counts from
    /// the last incident, or the report, up to the last confirmation, never beyond); recovery
    /// needs the standard level and 180 such days.
    public static func reading(plan: SafetyPlan, assessment: SafetyAssessment, input: SafetyInput) -> PhaseReading {
        let start = max(input.reportDate, input.incidents.last?.date ?? input.reportDate)
        let quietDays = input.historyConfirmedUntil.map { max(0, Int($0.timeIntervalSince(start) / 86_400)) } ?? 0
        var unmet: [Message<SafetyMessage>] = []
        let open = plan.conditions.filter { $0.status != .met }
        if plan.conditions.isEmpty { unmet.append(Message(.planEmpty)) }
        if open.count == 1 { unmet.append(Message(.conditionOpen)) } else if !open.isEmpty { unmet.append(Message(.conditionsOpen, ["count": .integer(open.count)])) }
        if assessment.level > .elevated { unmet.append(Message(.levelTooHighForStable, ["level": .term(assessment.level.rawValue)])) }
        if assessment.assessable != .complete {
            unmet.append(Message(.assessmentOpen, ["assessable": .term(assessment.assessable.rawValue), "level": .term(assessment.possibleLevel.rawValue)]))
        }
        if quietDays < 90 { unmet.append(Message(.quietTooShort, ["days": .integer(quietDays), "needed": .integer(90)])) }
        guard unmet.isEmpty else { return PhaseReading(phase: .directSafety, unmet: unmet) }
        var recoveryUnmet: [Message<SafetyMessage>] = []
        if assessment.level > .standard { recoveryUnmet.append(Message(.levelTooHighForRecovery, ["level": .term(assessment.level.rawValue)])) }
        if quietDays < 180 { recoveryUnmet.append(Message(.quietTooShort, ["days": .integer(quietDays), "needed": .integer(180)])) }
        return PhaseReading(phase: recoveryUnmet.isEmpty ? .recovery : .stableSafety, unmet: recoveryUnmet)
    }

    /// The phase from the incidents alone.
    @available(*, deprecated, message: "reads an empty history as quiet for ever and an empty plan as met: use reading(plan:assessment:input:)")
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

/// The phase a family is in and what holds it there.
public struct PhaseReading: Hashable, Sendable, Codable {
    /// The phase.
    public var phase: SafetyPhase
    /// What the next phase still needs, as data.
    public var unmet: [Message<SafetyMessage>]
    /// ``unmet`` in English.
    public var unmetText: [String] { unmet.map { $0.text(in: .english) } }
}
