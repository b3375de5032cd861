import HearthProfiles

/// What the safety rules read about one family, without member reports or names: the
/// family's ``FamilyFacts`` with the answers and incidents a professional records.
/// ``SafetyAssessor/decide(_:asOf:)`` decides it without building text.
public struct SafetyFacts: Hashable, Sendable {
    /// The family's circumstances and reduced scores.
    public var family: FamilyFacts
    /// Risk factors as answered (unknown ones are derived from the scores, as in ``SafetyAssessor/assess(_:asOf:closure:)``).
    public var riskFactors: RiskFactors
    /// Critical indicators.
    public var criticalIndicators: CriticalIndicators
    /// Incidents and reports, in date order (usually empty or short).
    public var incidents: [Incident]
    /// The children's pseudonyms: read only to match the targets of child-abuse incidents.
    public var childIDs: [String]

    /// Creates facts.
    public init(
        family: FamilyFacts, riskFactors: RiskFactors = RiskFactors(), criticalIndicators: CriticalIndicators = CriticalIndicators(),
        incidents: [Incident] = [], childIDs: [String] = []
    ) {
        self.family = family
        self.riskFactors = riskFactors
        self.criticalIndicators = criticalIndicators
        self.incidents = incidents
        self.childIDs = childIDs
    }

    /// The facts of a safety input.
    ///
    /// - Throws: ``SafetyError/Code/invalidFamily`` for an invalid family.
    public init(_ input: SafetyInput) throws(SafetyError) {
        let family: FamilyFacts
        do { family = try FamilyFacts(input.family) } catch {
            throw SafetyError(.invalidFamily, field: error.field.map { "family." + $0 } ?? "family", message: error.message)
        }
        self.init(input, family: family)
    }

    /// The facts of a safety input whose family facts were made already (from the same input).
    package init(_ input: SafetyInput, family: FamilyFacts) {
        self.init(
            family: family, riskFactors: input.riskFactors, criticalIndicators: input.criticalIndicators, incidents: input.incidents,
            childIDs: input.family.children.map(\.id))
    }
}
