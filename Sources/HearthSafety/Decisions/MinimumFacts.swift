import HearthCore
import HearthProfiles

/// Hearth's minimum information set for one family (docs/safety.md): which of its facts
/// are still unknown. The one reading of it: ``Assessability`` is derived from it, and an
/// assessment lists exactly its unknowns as the fields to establish (`MinimumInformation`),
/// so "complete" always means "nothing to establish".
struct MinimumFacts: Hashable, Sendable {
    /// The critical indicators answered (yes or no), one bit per position of
    /// ``CriticalIndicators/all``.
    let answeredCritical: UInt16
    /// The danger signs an acute rule reads that are unknown, one bit per position of
    /// ``DangerSigns/names`` (threats to the children in the built-in rules): unknown, they
    /// could make the level acute as an unasked critical indicator could.
    let unknownAcuteSigns: UInt16
    /// Whether the violence history is known: confirmed up to the assessment date, or a
    /// parent's usable CTS2 says whether there was physical violence.
    let violenceKnown: Bool
    /// Whether every child's age is known (true without children).
    let childAgesKnown: Bool
    /// Whether it is known whether the children are neglected (true without children).
    let childNeglectKnown: Bool
    /// Whether any incident is on record (some violence information, even when the minimum
    /// set is not known).
    let hasIncidents: Bool

    /// Reads a family's minimum set. Borrows the facts: copying them retained each of their
    /// arrays for every decision.
    init(_ facts: borrowing SafetyFacts, historyConfirmed: Bool, acuteDangerSigns: UInt16) {
        var answered: UInt16 = 0
        for position in 0..<CriticalIndicators.count where facts.criticalIndicators.answer(at: position) != .unknown { answered |= 1 << position }
        answeredCritical = answered
        // Only the signs of the set are read (one, built in).
        var unknownSigns: UInt16 = 0, pending = acuteDangerSigns
        while pending != 0 {
            let position = pending.trailingZeroBitCount
            pending &= pending &- 1
            if facts.dangerSigns.answer(at: position) == .unknown { unknownSigns |= 1 << position }
        }
        unknownAcuteSigns = unknownSigns
        violenceKnown = historyConfirmed || facts.family.physicalViolence != .unknown
        let children = facts.family.childCount
        childAgesKnown = children == 0 || (facts.childAges.count == children && !facts.childAges.contains(nil))
        childNeglectKnown = children == 0 || facts.family.circumstances.childNeglect != .unknown
        hasIncidents = !facts.incidents.isEmpty
    }

    /// Whether the danger sign at `position` of ``DangerSigns/names`` is in the set and unknown.
    func acuteSignUnknown(at position: Int) -> Bool { unknownAcuteSigns & (1 << position) != 0 }

    /// Whether the critical indicator at `position` of ``CriticalIndicators/all`` is answered.
    func criticalAnswered(at position: Int) -> Bool { answeredCritical & (1 << position) != 0 }

    /// Complete when every fact of the set is known; not assessable when no critical indicator
    /// is answered and nothing at all is known about the violence; else provisional.
    var assessability: Assessability {
        let allCritical: UInt16 = (1 << CriticalIndicators.count) - 1
        if answeredCritical == 0 && !violenceKnown && !hasIncidents { return .notAssessable }
        return answeredCritical == allCritical && unknownAcuteSigns == 0 && violenceKnown && childAgesKnown && childNeglectKnown ? .complete : .provisional
    }
}
