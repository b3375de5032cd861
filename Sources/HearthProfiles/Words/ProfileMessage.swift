import HearthCore

/// Every sentence HearthProfiles shows people, as a typed id with named parameters. Results
/// carry these messages as data; their text is a rendering (``Message/text(in:)``) from the
/// tables in `ProfileMessage+English.swift` (one per language).
public enum ProfileMessage: String, MessageCatalog {
    // Evidence behind an indicator.
    /// A fact as given (`coerciveControl = yes`).
    case factAnswer
    /// A parent's AUDIT-C score.
    case auditcScore
    /// A parent's AUDIT-C score is unknown.
    case auditcUnknown
    /// A child's NOSI-K score.
    case nosikScore
    /// A child's NOSI-K score is unknown.
    case nosikUnknown
    /// The parenting-stress threshold.
    case parentingStressThreshold
    /// No parenting-stress norm is configured.
    case noParentingStressNorm
    /// A parent's CTS2: severe violence (psychological or physical) by each partner.
    case cts2Severe
    /// A parent's CTS2: severe physical violence by each partner.
    case cts2SeverePhysical
    /// A parent's CTS2: any violence by each partner.
    case cts2Violence
    /// A parent's CTS2: psychological violence by each partner.
    case cts2Psychological
    /// A parent without a usable CTS2.
    case noUsableCTS2
    /// A family without parents.
    case noParent

    // The dominant profile.
    /// One profile dominates.
    case dominantProfile
    /// A profile applies but an undetermined one would outrank it.
    case outrankedByUndetermined
    /// No profile applies yet, but some are undetermined.
    case undeterminedOnly
    /// No profile applies.
    case noProfile

    // The trajectory.
    /// Fewer than two measured waves.
    case tooFewWaves
    /// The first and last measured waves.
    case firstAndLastWave
    /// Violence stopped at enough consecutive waves.
    case stoppedForGood
    /// Violence stopped at the last wave only.
    case stoppedAtLastWave
    /// From above to at or below the excess threshold.
    case noLongerExcessive
    /// From no violence to violence.
    case fromNoViolence
    /// The relative change against the rule's.
    case relativeChange
    /// Waves at which violence returned.
    case relapse
    /// Unchanged from first to last, but escalated or returned in between.
    case fluctuated
    /// The peak lies between the first and last waves.
    case peakBetween
    /// An escalation between two consecutive waves.
    case escalationBetweenWaves
    /// An escalation between two consecutive waves, with the months between them.
    case escalationBetweenWavesInMonths
    /// A fall between two consecutive waves.
    case decreaseBetweenWaves
    /// A fall between two consecutive waves, with the months between them.
    case decreaseBetweenWavesInMonths
    /// Violence stopped between two consecutive waves.
    case stopBetweenWaves
    /// Violence stopped between two consecutive waves, with the months between them.
    case stopBetweenWavesInMonths
    /// Violence began (below the minimum rise) between two consecutive waves.
    case onsetBetweenWaves
    /// Violence began between two consecutive waves, with the months between them.
    case onsetBetweenWavesInMonths

    // Who controls whom, and the primary aggressor.
    /// Coercive control is answered no.
    case noCoerciveControl
    /// Coercive control is answered no while stalking is reported.
    case noCoerciveControlButStalking
    /// No primary aggressor is named where no coercive control is established.
    case primaryAggressorWithoutControl
    /// Whether there is coercive control is unknown.
    case coerciveControlUnknown
    /// Coercive control, but who controls whom is not established.
    case controllingMemberUnknown
    /// One partner controls the other.
    case controlsPartner
    /// One parent controls a partner who is not among the family's members.
    case controlsPartnerNotInFamily
    /// One of several parents controls a partner not named.
    case controlsPartnerNotNamed
    /// A member is controlled by a partner not named as controlling.
    case controlledByUnnamedPartner
    /// A member is controlled; whether by the other parent is to establish.
    case controlledByPartnerToEstablish
    /// Both partners named as controlling.
    case mutualControl
    /// The controlling partner's severe violence.
    case controllingPartnerSevereViolence
    /// The controlled partner's severe violence, possibly violent resistance.
    case possibleViolentResistance
    /// The primary aggressor, from one-sided control.
    case primaryAggressorByControl
    /// No primary aggressor: both partners named as controlling.
    case primaryAggressorMutual
    /// No primary aggressor: who controls whom is not established.
    case primaryAggressorUndetermined
    /// No primary aggressor among the members: the controlling partner is not one of them.
    case primaryAggressorNotAMember
    /// No primary aggressor: the controlling partner is not named.
    case primaryAggressorNotNamed

    // What who controls whom adds to the intimate-terror approach.
    /// Limits for the controlling partner, protection for the controlled one.
    case approachForControlledPartner
    /// Protection for the controlled partner, whose controlling partner is not a member.
    case approachForControlledOnly
    /// Both named as controlling.
    case approachWhileMutual
    /// Who controls whom not established.
    case approachWhileUnestablished
    /// Whom "the controlling partner" of a limit means.
    case controllingPartnerIs

    // Johnson's typology.
    /// No coercive-control measure is configured.
    case noControlMeasure
    /// Control scores for both partners are missing.
    case controlScoresNeeded
    /// The violence is unknown.
    case violenceUnknown
    /// No violence in the past year.
    case noViolence
    /// Both partners violent and controlling.
    case bothViolentAndControlling
    /// One partner violent and controlling.
    case oneViolentAndControlling
    /// Violence without a pattern of control.
    case violenceWithoutControl

    /// The parameters.
    public var parameters: [MessageParameter] {
        switch self {
        case .factAnswer: [.term("fact"), .term("answer")]
        case .auditcScore: [.text("member"), .term("scale"), .number("value")]
        case .auditcUnknown: [.text("member"), .term("scale")]
        case .nosikScore: [.text("member"), .number("value")]
        case .nosikUnknown, .noUsableCTS2: [.text("member")]
        case .parentingStressThreshold, .noLongerExcessive: [.number("threshold")]
        case .cts2Severe, .cts2SeverePhysical, .cts2Violence, .cts2Psychological: [.text("member"), .term("self"), .term("partner")]
        case .dominantProfile: [.text("profile")]
        case .outrankedByUndetermined: [.text("profile"), .list("undetermined")]
        case .undeterminedOnly: [.list("undetermined")]
        case .firstAndLastWave: [.integer("firstWave"), .number("first"), .integer("lastWave"), .number("last")]
        case .stoppedForGood, .stoppedAtLastWave: [.integer("waves")]
        case .relativeChange: [.percent("change"), .percent("threshold")]
        case .relapse: [.list("waves")]
        case .peakBetween: [.integer("wave"), .number("value")]
        case .escalationBetweenWaves, .decreaseBetweenWaves, .stopBetweenWaves, .onsetBetweenWaves:
            [.integer("fromWave"), .number("from"), .integer("toWave"), .number("to")]
        case .escalationBetweenWavesInMonths, .decreaseBetweenWavesInMonths, .stopBetweenWavesInMonths, .onsetBetweenWavesInMonths:
            [.integer("fromWave"), .number("from"), .integer("toWave"), .number("to"), .integer("months")]
        case .controlsPartner: [.text("controlling"), .list("controlled")]
        case .mutualControl: [.list("controlling")]
        case .controllingPartnerSevereViolence: [.text("member"), .term("answer")]
        case .possibleViolentResistance: [.text("member"), .text("partner"), .term("answer")]
        case .primaryAggressorByControl: [.text("member")]
        case .controlsPartnerNotInFamily, .controlsPartnerNotNamed: [.text("controlling")]
        case .controlledByUnnamedPartner, .primaryAggressorNotAMember, .primaryAggressorNotNamed, .approachForControlledOnly: [.list("controlled")]
        case .controlledByPartnerToEstablish: [.list("controlled"), .list("others")]
        case .approachForControlledPartner: [.list("controlling"), .list("controlled")]
        case .controllingPartnerIs: [.list("controlling")]
        case .approachWhileMutual, .approachWhileUnestablished: []
        case .fluctuated, .noCoerciveControl, .noCoerciveControlButStalking, .primaryAggressorWithoutControl, .coerciveControlUnknown, .controllingMemberUnknown, .primaryAggressorMutual, .primaryAggressorUndetermined: []
        case .controlScoresNeeded: [.text("selfKey"), .text("partnerKey")]
        case .noViolence, .bothViolentAndControlling, .oneViolentAndControlling, .violenceWithoutControl:
            [.text("rule"), .number("cutoff"), .text("source")]
        case .noControlMeasure: [.text("source")]
        case .noParentingStressNorm, .noParent, .noProfile, .tooFewWaves, .fromNoViolence, .violenceUnknown: []
        }
    }

    /// The template in a language.
    public func template(in language: Language) -> String {
        switch language {
        case .english: english
        case .dutch: dutch
        }
    }

    /// A vocabulary word in a language: answers, facts and scales (an English key without an
    /// entry reads as written).
    public static func term(_ key: String, in language: Language) -> String? {
        switch language {
        case .english: englishTerms[key]
        case .dutch: dutchTerms[key]
        }
    }
}
