import Foundation
import HearthCore
import HearthProfiles
import HearthSafety
import HearthSynthetic

/// What a service records about a family beside its questionnaires — circumstances, critical
/// indicators, incidents, whether the history was confirmed, follow-up waves, children's ages
/// — made up deterministically per family (a SplitMix64 stream seeded by the family's
/// index) so that every safety rule, the unknown answers and the wave readings run in the
/// battery. The proportions are the benchmark's choice, not the report's.
struct SafetyRecord: Sendable {
    var circumstances = Circumstances()
    var critical = CriticalIndicators()
    var signs = DangerSigns()
    var incidents: [Incident] = []
    var historyConfirmedUntil: Date?
    /// The first report, 30 days before the assessment.
    var reportDate: Date
    var waves: [WaveObservation] = []
    var childIDs: [String] = []
    var childAges: [Int?] = []

    /// A draw from the family's stream.
    private struct Stream {
        var generator: SplitMix64
        mutating func below(_ n: Int) -> Int { Int(generator.next() % UInt64(n)) }
        /// yes in `yes`/100, unknown in `unknown`/100, else no.
        mutating func answer(yes: Int, unknown: Int) -> Answer {
            let roll = below(100)
            return roll < yes ? .yes : (roll < yes + unknown ? .unknown : .no)
        }
    }

    init(family index: Int, children: Int, asOf: Date) {
        reportDate = asOf.addingTimeInterval(-86_400 * 30)
        var random = Stream(generator: SplitMix64(seed: 0x5AFE, stream: 7, index: UInt64(truncatingIfNeeded: index)))
        for path in [\Circumstances.separated, \.contactArrangementDisputed, \.legalProceedingsOverChildren, \.coerciveControl, \.sexualViolence,
                     \.stalking, \.debtsOrPoverty, \.unemployment, \.housingProblems, \.parentPsychiatricProblems, \.parentLongTermCareNeed,
                     \.substanceUse, \.childNeglect, \.childBehaviourProblems, \.repeatedReports] {
            circumstances[keyPath: path] = random.answer(yes: 12, unknown: 25)
        }
        for path in [\CriticalIndicators.threatToKill, \.weapon, \.strangulation, \.extremeFear, \.escalation] {
            critical[keyPath: path] = random.answer(yes: 3, unknown: 20)
        }
        for path in [\DangerSigns.gunAccess, \.violentJealousy, \.forcedSex, \.suicideThreats, \.threatsToChildren, \.honourBasedViolence,
                     \.breachOfOrder, \.pregnantOrRecentBirth, \.violenceDuringPregnancy] {
            signs[keyPath: path] = random.answer(yes: 4, unknown: 30)
        }
        let kinds: [Incident.Kind] = [.physical, .psychological, .sexual, .stalking, .threat, .childAbuse]
        var days = (0..<random.below(4)).map { _ in random.below(500) }
        days.sort(by: >)
        childIDs = (0..<children).map { "C\($0)" }
        for day in days {
            let kind = kinds[random.below(kinds.count)]
            incidents.append(Incident(
                date: asOf.addingTimeInterval(-Double(day) * 86_400), kind: kind, severity: random.below(3) == 0 ? .severe : .minor,
                against: kind == .childAbuse && children > 0 ? [childIDs[random.below(children)]] : [],
                childrenPresent: random.answer(yes: 30, unknown: 20)))
        }
        switch random.below(5) {
        case 0, 1, 2: historyConfirmedUntil = asOf
        case 3: historyConfirmedUntil = asOf.addingTimeInterval(-30 * 86_400)
        default: historyConfirmedUntil = nil
        }
        if random.below(2) == 0 {
            waves = (1...(2 + random.below(2))).map { WaveObservation(wave: $0, totalViolenceFrequency: random.below(6) == 0 ? 0 : Double(random.below(200))) }
        }
        childAges = (0..<children).map { _ in random.below(18) }  // a family input needs every child's age
    }
}
