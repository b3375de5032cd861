import Foundation
import HearthProfiles

/// What the safety rules read about one family, without member reports or names: the
/// family's ``FamilyFacts`` with the answers and incidents a professional records.
/// ``SafetyAssessor/decide(_:asOf:)`` decides it without building text.
public struct SafetyFacts: Hashable, Sendable {
    /// The family's circumstances and reduced scores.
    public var family: FamilyFacts
    /// Risk factors as answered (unknown ones are derived from the scores, as in ``SafetyAssessor/assess(_:asOf:closure:plan:)``).
    public var riskFactors: RiskFactors
    /// Critical indicators.
    public var criticalIndicators: CriticalIndicators
    /// Further signs of danger.
    public var dangerSigns: DangerSigns
    /// Incidents and reports known, in date order (usually empty or short).
    public var incidents: [Incident]
    /// The date up to which the incident history is confirmed complete (`nil`: never).
    public var historyConfirmedUntil: Date?
    /// What the family's measured waves show (escalation between waves, relapses).
    public var waves: WaveChanges
    /// The children's pseudonyms: read to match the targets of child-abuse incidents.
    public var childIDs: [String]
    /// The children's ages in years, in ``childIDs`` order (`nil`: unknown).
    public var childAges: [Int?]
    /// The date of the first report (``SafetyInput/reportDate``; `nil`: not given): with an
    /// incident a year or more from it, chronicity is unknown rather than no.
    public var reportDate: Date?

    /// Creates facts; a fact given both as a circumstance and as a risk factor is read as one
    /// answer (yes wins).
    public init(
        family: FamilyFacts, riskFactors: RiskFactors = RiskFactors(), criticalIndicators: CriticalIndicators = CriticalIndicators(),
        dangerSigns: DangerSigns = DangerSigns(), incidents: [Incident] = [], historyConfirmedUntil: Date? = nil, waves: WaveChanges = WaveChanges(), childIDs: [String] = [],
        childAges: [Int?] = [], reportDate: Date? = nil
    ) {
        // Facts asked twice are one answer before any rule reads them (``InputDisagreement``).
        var family = family, riskFactors = riskFactors
        FactReconciliation.reconcile(&family.circumstances, &riskFactors, dangerSigns)
        self.family = family
        self.riskFactors = riskFactors
        self.criticalIndicators = criticalIndicators
        self.dangerSigns = dangerSigns
        self.incidents = incidents
        self.historyConfirmedUntil = historyConfirmedUntil
        self.waves = waves
        self.childIDs = childIDs
        self.childAges = childAges
        self.reportDate = reportDate
    }

    /// The facts of a safety input.
    ///
    /// - Parameter trajectoryRule: how the waves are read: the trajectory rule of the
    ///   classifier of the assessor that will decide the facts (``ProfileClassifier/trajectoryRule``),
    ///   so that the wave rules read the waves as the profiles' trajectory does.
    /// - Throws: ``SafetyError/Code/invalidFamily`` for an invalid family.
    public init(_ given: SafetyInput, trajectoryRule: TrajectoryRule = TrajectoryRule()) throws(SafetyError) {
        let input = given.reconciled().input
        let family: FamilyFacts
        do { family = try FamilyFacts(input.family) } catch {
            throw SafetyError(.invalidFamily, field: error.field.map { "family." + $0 } ?? "family", message: error.message)
        }
        self.init(input, family: family, waves: WaveChanges(input.family.waves, rule: trajectoryRule))
    }

    /// The facts of a safety input whose family facts and waves were read already (from the same input).
    package init(_ input: SafetyInput, family: FamilyFacts, waves: WaveChanges) {
        self.init(
            family: family, riskFactors: input.riskFactors, criticalIndicators: input.criticalIndicators, dangerSigns: input.dangerSigns,
            incidents: input.incidents,
            historyConfirmedUntil: input.historyConfirmedUntil, waves: waves, childIDs: input.family.childIDs,
            childAges: input.family.members.compactMap { member -> Int?? in member.role == .child ? .some(member.age) : nil },
            reportDate: input.reportDate)
    }
}
