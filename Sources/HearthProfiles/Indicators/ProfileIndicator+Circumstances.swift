import HearthCore

/// The indicators whose evidence is only circumstances: their evaluation is a function of
/// their status and those answers (and the language), so each is made once per status,
/// answers and language and looked up for every family afterwards.
extension ProfileIndicator {
    /// The circumstances the indicator's evidence names, in order: the one list of what these
    /// indicators show (``evidence`` reads it); empty for indicators that read scores or the
    /// control reading.
    var evidenceFacts: [(name: String, answer: WritableKeyPath<Circumstances, Answer> & Sendable)] {
        switch self {
        case .sexualViolence: [("sexualViolence", \.sexualViolence)]
        case .debtsOrPoverty: [("debtsOrPoverty", \.debtsOrPoverty)]
        case .unemployment: [("unemployment", \.unemployment)]
        case .housingProblems: [("housingProblems", \.housingProblems)]
        case .parentPsychiatricProblems: [("parentPsychiatricProblems", \.parentPsychiatricProblems)]
        case .parentLongTermCareNeed: [("parentLongTermCareNeed", \.parentLongTermCareNeed)]
        case .childNeglect: [("childNeglect", \.childNeglect)]
        case .childBehaviourProblems: [("childBehaviourProblems", \.childBehaviourProblems)]
        case .separated: [("separated", \.separated)]
        case .stalking: [("stalking", \.stalking)]
        case .victimFear: [("victimFear", \.victimFear)]
        case .contactOrLegalDispute:
            [("contactArrangementDisputed", \.contactArrangementDisputed), ("legalProceedingsOverChildren", \.legalProceedingsOverChildren)]
        case .coerciveControl, .unilateralSevereViolence, .partnerViolence, .alcoholOrSubstanceProblem, .highParentingStress, .psychologicalViolence,
            .severePhysicalViolence:
            []
        }
    }

    /// The three answers and three statuses, in the order of the tables' keys.
    private static let answers: [Answer] = [.yes, .no, .unknown]
    private static let statuses: [IndicatorEvaluation.Status] = [.met, .notMet, .unknown]

    /// ``evidenceFacts`` per indicator, in ``allCases`` order.
    private static let factTable = allCases.map(\.evidenceFacts)

    /// Per language and indicator (``allCases`` order), the
    /// evaluations of a circumstance indicator at key `status × 3ᵏ + answers` (k facts, the
    /// first fact's answer the most significant base-3 digit), made by
    /// ``made(at:_:_:_:status:parentingStressThreshold:language:)`` from a family with those
    /// circumstances; empty for the other indicators.
    private static let circumstanceTable: PerLanguage<[[IndicatorEvaluation]]> = PerLanguage { language in
        allCases.indices.map { position in
            let facts = factTable[position]
            guard !facts.isEmpty else { return [] }
            let combinations = facts.reduce(1) { product, _ in product * 3 }
            return statuses.flatMap { status in
                (0..<combinations).map { combination in
                    var circumstances = Circumstances(), rest = combination
                    for fact in facts.reversed() {
                        circumstances[keyPath: fact.answer] = answers[rest % 3]
                        rest /= 3
                    }
                    let family = FamilyInput(family: "", circumstances: circumstances, members: [])
                    let readings = MemberReadings(family)
                    return allCases[position].made(
                        at: position, family, readings, ControlReading(family, readings, language: language), status: status,
                        parentingStressThreshold: nil, language: language)
                }
            }
        }
    }

    /// The evaluation of the circumstance indicator at `position` for these circumstances and
    /// status, from ``circumstanceTable``; `nil` for indicators that read more.
    static func circumstanceEvaluation(at position: Int, _ circumstances: Circumstances, status: IndicatorEvaluation.Status, language: Language) -> IndicatorEvaluation? {
        let facts = factTable[position]
        guard !facts.isEmpty, let statusIndex = statuses.firstIndex(of: status) else { return nil }
        var key = statusIndex
        for fact in facts { key = key * 3 + (answers.firstIndex(of: circumstances[keyPath: fact.answer]) ?? 2) }
        return circumstanceTable[language][position][key]
    }
}
