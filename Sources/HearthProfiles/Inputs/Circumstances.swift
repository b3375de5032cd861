import HearthCore
/// What the questionnaires do not measure, answered yes / no / unknown per family.
///
/// The list follows the source documents: the profile narratives of the second cohort
/// (Steketee & Lünnemann 2020) and the risk factors of the first (002). Protected attributes (ethnicity,
/// disability as such) are deliberately absent: they are never profile or risk inputs.
/// "Intellectual disability or long-term care need" is a care need, recorded because the
/// long-term-care profile calls for a different approach (Steketee & Lünnemann 2020), not a risk factor.
public struct Circumstances: Hashable, Sendable, Codable {
    /// The parents have separated.
    public var separated: Answer = .unknown
    /// The contact arrangement for the children is disputed.
    public var contactArrangementDisputed: Answer = .unknown
    /// There are legal proceedings over the children.
    public var legalProceedingsOverChildren: Answer = .unknown
    /// One partner exercises coercive control, restricting or isolating the other.
    public var coerciveControl: Answer = .unknown
    /// Sexual violence.
    public var sexualViolence: Answer = .unknown
    /// Stalking.
    public var stalking: Answer = .unknown
    /// Debts or an income below the poverty line.
    public var debtsOrPoverty: Answer = .unknown
    /// Unemployment.
    public var unemployment: Answer = .unknown
    /// Housing problems.
    public var housingProblems: Answer = .unknown
    /// A parent has psychiatric problems.
    public var parentPsychiatricProblems: Answer = .unknown
    /// A parent has an intellectual disability or a long-term care need.
    public var parentLongTermCareNeed: Answer = .unknown
    /// A parent has a substance-use problem.
    public var substanceUse: Answer = .unknown
    /// A child is neglected.
    public var childNeglect: Answer = .unknown
    /// A child has (serious) behaviour problems.
    public var childBehaviourProblems: Answer = .unknown
    /// The family has been reported more than once.
    public var repeatedReports: Answer = .unknown
    /// The victim is afraid of the partner (supporting evidence of intimate terror).
    public var victimFear: Answer = .unknown
    /// A professional observed high parenting stress (counts as high parenting stress beside
    /// a NOSI-K above the reference band).
    public var parentingStressObserved: Answer = .unknown

    /// All circumstances unknown.
    public init() {}

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case separated, contactArrangementDisputed, legalProceedingsOverChildren, coerciveControl, sexualViolence, stalking
        case debtsOrPoverty, unemployment, housingProblems, parentPsychiatricProblems, parentLongTermCareNeed, substanceUse
        case childNeglect, childBehaviourProblems, repeatedReports, victimFear, parentingStressObserved
    }

    /// Decodes circumstances; absent keys are `unknown`, unknown keys are an error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let any = try decoder.container(keyedBy: AnyKey.self)
        if let stray = any.allKeys.first(where: { CodingKeys(stringValue: $0.stringValue) == nil }) {
            throw UnknownKeyMessage.error(key: stray.stringValue, known: CodingKeys.allCases.map(\.stringValue), codingPath: any.codingPath)
        }
        func read(_ key: CodingKeys) throws -> Answer { try container.decodeIfPresent(Answer.self, forKey: key) ?? .unknown }
        separated = try read(.separated)
        contactArrangementDisputed = try read(.contactArrangementDisputed)
        legalProceedingsOverChildren = try read(.legalProceedingsOverChildren)
        coerciveControl = try read(.coerciveControl)
        sexualViolence = try read(.sexualViolence)
        stalking = try read(.stalking)
        debtsOrPoverty = try read(.debtsOrPoverty)
        unemployment = try read(.unemployment)
        housingProblems = try read(.housingProblems)
        parentPsychiatricProblems = try read(.parentPsychiatricProblems)
        parentLongTermCareNeed = try read(.parentLongTermCareNeed)
        substanceUse = try read(.substanceUse)
        childNeglect = try read(.childNeglect)
        childBehaviourProblems = try read(.childBehaviourProblems)
        repeatedReports = try read(.repeatedReports)
        victimFear = try read(.victimFear)
        parentingStressObserved = try read(.parentingStressObserved)
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
