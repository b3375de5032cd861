import HearthCore
import HearthProfiles

/// The report's ten risk factors for one family (Tierolf et al. 2014), each as answered or else
/// derived from the questionnaires and circumstances: the one reading of them, counted by
/// the decision's count rules and named by the assessment.
struct RiskFactorAnswers: Hashable, Sendable {
    /// The factors, in order; a case's name is its key in ``RiskFactors``.
    enum Factor: Int, CaseIterable {
        case childhoodViolence, povertyIncome, partnerProblemDrinking, sexualCoercion, controlAndIsolation
        case separationOrHandovers, stalking, criminalBackground, priorSevereViolence, repeatedReports
    }

    /// The factors' names, in order (the keys of ``RiskFactors``: each case's name).
    static let names = Factor.allCases.map { "\($0)" }

    /// The factors that are yes and those unknown, one bit per position in ``names``.
    private(set) var yes: UInt16 = 0
    private(set) var unknown: UInt16 = 0

    /// Reads a family's factors: the answer given, or where it is unknown the one the
    /// scores or circumstances give.
    /// - Parameter severePhysicalIncident: whether a logged incident was severe physical
    ///   violence (prior severe violence is then yes, whatever was answered or scored).
    init(_ family: FamilyFacts, _ given: RiskFactors, severePhysicalIncident: Bool = false) {
        let circumstances = family.circumstances
        add(.childhoodViolence, given.childhoodViolence, else: family.childhoodViolence)
        add(.povertyIncome, given.povertyIncome, else: circumstances.debtsOrPoverty)
        add(.partnerProblemDrinking, given.partnerProblemDrinking, else: family.partnerProblemDrinking)
        add(.sexualCoercion, given.sexualCoercion, else: circumstances.sexualViolence)
        add(.controlAndIsolation, given.controlAndIsolation, else: circumstances.coerciveControl)
        add(.separationOrHandovers, given.separationOrHandovers, else: circumstances.separated)
        add(.stalking, given.stalking, else: circumstances.stalking)
        add(.criminalBackground, given.criminalBackground, else: .unknown)
        // A logged severe assault is prior severe violence, whatever was answered.
        add(.priorSevereViolence, severePhysicalIncident ? .yes : given.priorSevereViolence, else: family.priorSevereViolence)
        add(.repeatedReports, given.repeatedReports, else: circumstances.repeatedReports)
    }

    @inline(__always)
    private mutating func add(_ factor: Factor, _ answer: Answer, else fallback: Answer) {
        let value = answer == .unknown ? fallback : answer
        let bit = UInt16(1) << factor.rawValue
        yes |= value == .yes ? bit : 0
        unknown |= value == .unknown ? bit : 0
    }

    /// A factor's answer.
    func answer(_ factor: Factor) -> Answer {
        let bit = UInt16(1) << factor.rawValue
        return yes & bit != 0 ? .yes : (unknown & bit != 0 ? .unknown : .no)
    }

    /// How many factors are yes and how many unknown (the count rules' input).
    var counts: (yes: Int, unknown: Int) { (yes.nonzeroBitCount, unknown.nonzeroBitCount) }

    /// The positions in ``names`` in the names' sorted order (``present`` lists in it).
    private static let sortedPositions = names.indices.sorted { names[$0] < names[$1] }

    /// The names of the factors that are yes, sorted.
    var present: [String] { Self.sortedPositions.compactMap { yes & (1 << $0) != 0 ? Self.names[$0] : nil } }
}
