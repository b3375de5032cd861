import HearthCore
import HearthProfiles

/// The report's ten risk factors for one family (Tierolf et al. 2014), each as answered or else
/// derived from the questionnaires and circumstances: the one reading of them, counted by
/// the decision's count rules and named by the assessment.
struct RiskFactorAnswers: Hashable, Sendable {
    /// The factors' names, in order (the keys of ``RiskFactors``).
    static let names = [
        "childhoodViolence", "povertyIncome", "partnerProblemDrinking", "sexualCoercion", "controlAndIsolation",
        "separationOrHandovers", "stalking", "criminalBackground", "priorSevereViolence", "repeatedReports",
    ]

    /// The factors that are yes and those unknown, one bit per position in ``names``.
    private(set) var yes: UInt16 = 0
    private(set) var unknown: UInt16 = 0

    /// Reads a family's factors: the answer given, or where it is unknown the one the
    /// scores or circumstances give.
    /// - Parameter severePhysicalIncident: whether a logged incident was severe physical
    ///   violence (prior severe violence is then yes, whatever was answered or scored).
    init(_ family: FamilyFacts, _ given: RiskFactors, severePhysicalIncident: Bool = false) {
        let circumstances = family.circumstances
        add(0, given.childhoodViolence, else: family.childhoodViolence)
        add(1, given.povertyIncome, else: circumstances.debtsOrPoverty)
        add(2, given.partnerProblemDrinking, else: family.partnerProblemDrinking)
        add(3, given.sexualCoercion, else: circumstances.sexualViolence)
        add(4, given.controlAndIsolation, else: circumstances.coerciveControl)
        add(5, given.separationOrHandovers, else: circumstances.separated)
        add(6, given.stalking, else: circumstances.stalking)
        add(7, given.criminalBackground, else: .unknown)
        // A logged severe assault is prior severe violence, whatever was answered.
        add(8, severePhysicalIncident ? .yes : given.priorSevereViolence, else: family.priorSevereViolence)
        add(9, given.repeatedReports, else: circumstances.repeatedReports)
    }

    @inline(__always)
    private mutating func add(_ position: Int, _ answer: Answer, else fallback: Answer) {
        let value = answer == .unknown ? fallback : answer
        let bit = UInt16(1) << position
        yes |= value == .yes ? bit : 0
        unknown |= value == .unknown ? bit : 0
    }

    /// The answer of the factor at `position` in ``names``.
    func answer(at position: Int) -> Answer {
        let bit = UInt16(1) << position
        return yes & bit != 0 ? .yes : (unknown & bit != 0 ? .unknown : .no)
    }

    /// How many factors are yes and how many unknown (the count rules' input).
    var counts: (yes: Int, unknown: Int) { (yes.nonzeroBitCount, unknown.nonzeroBitCount) }

    /// The positions in ``names`` in the names' sorted order (``present`` lists in it).
    private static let sortedPositions = names.indices.sorted { names[$0] < names[$1] }

    /// The names of the factors that are yes, sorted.
    var present: [String] { Self.sortedPositions.compactMap { yes & (1 << $0) != 0 ? Self.names[$0] : nil } }
}
