import HearthCore

extension NormMessage {
    /// The English table.
    var english: String {
        switch self {
        case .noNormForScale: "no norm for {scale}"
        case .tScoresNeedTable: "the norm is in T-scores: this needs the norm table from the instrument's manual (raw score to T); let a behavioural scientist interpret the score"
        case .noNormForRespondent: "no {population} norm for this respondent's sex, age or wave"
        case .entryWithoutSpread: "the norm's source gives no SD or distribution"
        case .outsideTable: "raw score outside the T table (never extrapolated)"
        case .scoreStatus: "score status: {status}"
        case .noMean: "z and T: no mean printed"
        case .noSD: "z and T: no SD printed"
        case .zeroSD: "z and T: SD is zero"
        case .noPercentile: "percentile: no distribution and no z"
        }
    }

    /// English words for bands and statuses.
    static let englishTerms: TermTable = [
        "band.normal": "normal", "band.borderline": "borderline", "band.clinical": "clinical", "band.excessive": "excessive",
        "status.compared": "compared", "status.noNorm": "no norm", "status.unavailable": "norm unavailable", "status.notScored": "not scored",
        "determined": "determined despite missing answers", "insufficient": "too many missing answers", "invalid": "invalid protocol",
        "invalidCode": "invalid answer code", "missingCovariate": "missing background information",
    ]
}
