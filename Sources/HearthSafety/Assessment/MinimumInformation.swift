import HearthCore
import HearthProfiles

/// The minimum information set of ``Assessability`` for one input, by field: the unknowns
/// of ``MinimumFacts`` (the decision's reading) named as the input's fields, and how soon to
/// establish them.
struct MinimumInformation {
    /// The input fields still unknown, in input order, each with what to establish in words.
    let unknownFields: [(field: String, message: Message<SafetyMessage>)]
    /// Whether a child is (or, age unknown, may be) younger than 4, or there is a pregnancy or
    /// a baby in the last 18 months.
    let youngChild: Bool

    init(_ minimum: MinimumFacts, input: SafetyInput) {
        var fields: [(field: String, message: Message<SafetyMessage>)] = []
        func add(_ field: String) { fields.append((field, Message(.establish, ["field": .term(field)]))) }
        for (position, indicator) in input.criticalIndicators.all.enumerated() where !minimum.criticalAnswered(at: position) {
            add("criticalIndicators.\(indicator.name)")
        }
        for (position, sign) in DangerSigns.names.enumerated() where minimum.acuteSignUnknown(at: position) { add("dangerSigns.\(sign)") }
        if !minimum.violenceKnown { add("historyConfirmedUntil") }
        if !minimum.childAgesKnown {
            for (index, member) in input.family.members.enumerated() where member.role == .child && member.age == nil {
                fields.append(("family.members[\(index)].age", Message(.establishChildAge, ["child": .text(member.id)])))
            }
        }
        if !minimum.childNeglectKnown { add("family.circumstances.childNeglect") }
        unknownFields = fields
        // A pregnancy counts as a young child: the unborn child cannot wait either.
        youngChild = input.family.containsChild { FactReader.young($0.age, below: 4) != .no } || input.dangerSigns.pregnantOrRecentBirth == .yes
    }

    /// By when to establish the unknown facts: within the level's own response time (today
    /// when acute, 24 hours when high); within 24 hours when the unknowns could make it high
    /// or acute (whether there is a high level's 24-hour response or acute danger cannot wait
    /// for the 5 working days), or when a child is (or may be) younger than 4 or a pregnancy
    /// is involved and nothing is assessable; otherwise within the 5 working days of the
    /// veiligheidsbeoordeling (Hearth's choice, documented).
    func within(level: SafetyLevel, possibleLevel: SafetyLevel, assessable: Assessability) -> ResponseTime {
        switch level {
        case .acute: return .today
        case .high: return .within24Hours
        case .elevated, .standard:
            return possibleLevel >= .high || (youngChild && assessable == .notAssessable) ? .within24Hours : .within5WorkingDays
        }
    }
}
