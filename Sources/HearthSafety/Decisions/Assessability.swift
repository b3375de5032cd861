import HearthCore
import HearthProfiles

/// Whether a family's minimum information set is known, so that the level can be trusted as
/// more than provisional (LIRIK and the meldcode's veiligheidsbeoordeling both ask that
/// what is unknown is established before relying on a judgement).
public enum Assessability: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every critical indicator answered, the violence history known (confirmed up to the
    /// assessment date, or a usable CTS2), and each child's age and neglect known.
    case complete
    /// Some but not all of the minimum information is known.
    case provisional
    /// No critical indicator answered and no violence information at all.
    case notAssessable

    /// The facts' assessability (Hearth's minimum set, documented in docs/safety.md).
    /// Borrows its arguments: an initializer owns its parameters otherwise, and copying the
    /// facts retained each of their arrays for every decision.
    init(_ facts: borrowing SafetyFacts, _ reader: borrowing FactReader) {
        var answered = 0
        for position in 0..<CriticalIndicators.count where facts.criticalIndicators.answer(at: position) != .unknown { answered += 1 }
        let violenceKnown = Self.violenceKnown(facts, reader)
        if answered == 0 && !violenceKnown && facts.incidents.isEmpty {
            self = .notAssessable
        } else if answered == CriticalIndicators.count && violenceKnown && Self.childrenKnown(facts) {
            self = .complete
        } else {
            self = .provisional
        }
    }

    /// The violence history is known: confirmed up to the assessment date, or a parent's
    /// usable CTS2 says whether there was physical violence.
    static func violenceKnown(_ facts: borrowing SafetyFacts, _ reader: borrowing FactReader) -> Bool {
        reader.historyConfirmed || facts.family.physicalViolence != .unknown
    }

    /// Each child's core facts are known: an age, and whether there is neglect.
    static func childrenKnown(_ facts: borrowing SafetyFacts) -> Bool {
        facts.family.childCount == 0
            || (facts.childAges.count == facts.family.childCount && !facts.childAges.contains(nil) && facts.family.circumstances.childNeglect != .unknown)
    }
}
