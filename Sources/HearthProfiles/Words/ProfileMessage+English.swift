extension ProfileMessage {
    /// The English table.
    var english: String {
        switch self {
        case .factAnswer: "{fact} = {answer}"
        case .auditcScore: "{member} AUDIT-C {scale} = {value}"
        case .auditcUnknown: "{member} AUDIT-C {scale} = unknown"
        case .nosikScore: "{member} NOSI-K = {value}"
        case .nosikUnknown: "{member} NOSI-K = unknown"
        case .parentingStressThreshold: "threshold {threshold} (reference mean + 1 SD)"
        case .noParentingStressNorm: "no NOSI-K reference norm available"
        case .cts2Severe: "{member}: severe violence self {self}, partner {partner}"
        case .cts2Violence: "{member}: violence self {self}, partner {partner}"
        case .cts2Psychological: "{member}: psychological self {self}, partner {partner}"
        case .noUsableCTS2: "{member}: no usable CTS2"
        case .noParent: "no parent"
        case .dominantProfile: "{profile}: the highest-ranked profile that applies"
        case .outrankedByUndetermined: "{profile} applies, but {undetermined} would outrank it and is undetermined"
        case .undeterminedOnly: "no profile applies yet, but {undetermined} is undetermined"
        case .noProfile: "no profile applies"
        case .tooFewWaves: "fewer than two waves with a CTS2 total"
        case .firstAndLastWave: "wave {firstWave}: {first}, wave {lastWave}: {last}"
        case .stoppedForGood: "no incident at the last {waves} measured waves: stopped for good"
        case .stoppedAtLastWave: "no incident at the last wave; stopped for good needs {waves} consecutive waves"
        case .noLongerExcessive: "from above to at or below the excess threshold {threshold}"
        case .fromNoViolence: "from no violence to violence"
        case .relativeChange: "relative change {change} against ±{threshold}"
        case .relapse: "relapse at wave {waves}"
        case .noControlMeasure: "no coercive-control measure configured: the CTS2 does not measure control ({source})"
        case .controlScoresNeeded: "control scores for both partners are needed ({selfKey}, {partnerKey})"
        case .violenceUnknown: "violence unknown"
        case .noViolence: "no violence in the past year; {rule}, cut-off {cutoff} ({source})"
        case .bothViolentAndControlling: "both violent and controlling; {rule}, cut-off {cutoff} ({source})"
        case .oneViolentAndControlling: "one partner violent and controlling, the other not controlling; {rule}, cut-off {cutoff} ({source})"
        case .violenceWithoutControl: "violence without a pattern of control; {rule}, cut-off {cutoff} ({source})"
        }
    }
}
