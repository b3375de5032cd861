import Foundation
import HearthCore
import HearthNorms

/// The indicators the profile rules are written in. Each reads circumstances or scores
/// and cites its sources (``citations``); none treats unknown as no.
public enum ProfileIndicator: String, Hashable, Sendable, Codable, CaseIterable {
    /// One partner exercises coercive control or isolates the other (Steketee & Lünnemann 2020).
    case coerciveControl
    /// Sexual violence (Steketee & Lünnemann 2020).
    case sexualViolence
    /// Severe violence by one partner only in the past year, per a parent's CTS2 (Steketee & Lünnemann 2020;
    /// severe violence is mostly one-sided, Tierolf et al. 2014).
    case unilateralSevereViolence
    /// Any psychological or physical partner violence in the past year, per CTS2 (Steketee & Lünnemann 2020).
    case partnerViolence
    /// Debts or income below the poverty line (Steketee & Lünnemann 2020: an accumulation of stressors).
    case debtsOrPoverty
    /// Unemployment (Steketee & Lünnemann 2020).
    case unemployment
    /// Housing problems (Steketee & Lünnemann 2020).
    case housingProblems
    /// Problem drinking: an AUDIT-C risk score (own or partner's) or a substance-use
    /// problem (Steketee & Lünnemann 2020 "regelmatig … alcoholmisbruik").
    case alcoholOrSubstanceProblem
    /// A parent with psychiatric problems (Steketee & Lünnemann 2020).
    case parentPsychiatricProblems
    /// A parent with an intellectual disability or long-term care need (Steketee & Lünnemann 2020).
    case parentLongTermCareNeed
    /// Child neglect (Steketee & Lünnemann 2020).
    case childNeglect
    /// A child with (serious) behaviour problems (Steketee & Lünnemann 2020).
    case childBehaviourProblems
    /// Parenting stress above the reference mean + 1 SD (NOSI-K; Steketee & Lünnemann 2020; Table 5.5).
    case highParentingStress
    /// The parents have separated (Steketee & Lünnemann 2020).
    case separated
    /// A disputed contact arrangement or legal proceedings over the children (Steketee & Lünnemann 2020).
    case contactOrLegalDispute
    /// Psychological partner violence in the past year, per CTS2 (Steketee & Lünnemann 2020).
    case psychologicalViolence
    /// Stalking (Steketee & Lünnemann 2020).
    case stalking
    /// The victim is afraid of the partner (Stark 2007: fear is what coercive control produces).
    case victimFear
    /// Severe physical violence by either partner in the past year, per a parent's CTS2.
    case severePhysicalViolence

    /// The works the indicator rests on (``Bibliography/builtIn``).
    public var citations: [Citation] {
        let screening = Citation("steketee2020", at: SteketeeSections.screening)
        switch self {
        case .unilateralSevereViolence: return [screening, Citation("tierolf2014", at: LocalizedText("§4.3.2, Table 4.6; §4.3.3", dutch: "§4.3.2, tabel 4.6; §4.3.3"))]
        case .highParentingStress:
            return [screening, Citation("tierolf2014", at: LocalizedText("§5.6.2, Table 5.5 (reference mean + 1 SD)", dutch: "§5.6.2, tabel 5.5 (gemiddelde van de referentiegroep + 1 SD)")), Citation(Bibliography.hearthsChoice, at: LocalizedText("the NOSI-K cut borrowed from the report's excess rule", dutch: "de NOSI-K-grens, ontleend aan de regel voor overmatige scores van het rapport"))]
        case .victimFear: return [screening, Citation("stark2007")]
        case .severePhysicalViolence: return [screening, Citation("straus1996")]
        case .partnerViolence, .psychologicalViolence: return [screening, Citation("straus1996")]
        default: return [screening]
        }
    }

    /// ``citations`` as text.
    @available(*, deprecated, message: "indicators cite sources by id: use citations, rendered with Bibliography.text(_:)")
    public var source: String { Bibliography.builtIn.text(citations) }

    /// The indicator as a family's facts decided it (`status`, from ``IndicatorStatuses``:
    /// the one reading of the rules' inputs), with the evidence behind it, read from the
    /// members' typed scores. `position` is the indicator's position in ``allCases``.
    func evaluation(
        at position: Int, _ family: FamilyInput, _ scores: MemberReadings, _ control: ControlReading, status: IndicatorEvaluation.Status,
        parentingStressThreshold: Double?, language: Language
    ) -> IndicatorEvaluation {
        if let made = Self.circumstanceEvaluation(at: position, family.factCircumstances, status: status, language: language) { return made }
        return made(at: position, family, scores, control, status: status, parentingStressThreshold: parentingStressThreshold, language: language)
    }

    /// ``evaluation(at:_:_:_:status:parentingStressThreshold:language:)`` made from the family.
    func made(
        at position: Int, _ family: FamilyInput, _ scores: MemberReadings, _ control: ControlReading, status: IndicatorEvaluation.Status,
        parentingStressThreshold: Double?, language: Language
    ) -> IndicatorEvaluation {
        let evidence = self == .coerciveControl
            ? control.messages : evidence(family, scores, parentingStressThreshold: parentingStressThreshold)
        return IndicatorEvaluation(
            indicator: rawValue, status: status, evidence: evidence,
            citations: Self.citationLists[position], source: Self.citationTexts[language][position], language: language)
    }

    /// Each indicator's citations, in ``allCases`` order, made once (``citations`` builds them).
    private static let citationLists = allCases.map(\.citations)

    /// The citations as text per language, in ``allCases`` order, rendered once.
    static let citationTexts = PerLanguage { language in citationLists.map { Bibliography.builtIn.text($0, in: language) } }

    private func evidence(_ family: FamilyInput, _ scores: MemberReadings, parentingStressThreshold threshold: Double?) -> [Message<ProfileMessage>] {
        let circumstances = family.factCircumstances
        func answer(_ name: String, _ value: Answer) -> Message<ProfileMessage> {
            Message(.factAnswer, ["fact": .term(name), "answer": .term(value.rawValue)])
        }
        switch self {
        case .coerciveControl: return [answer("coerciveControl", circumstances.coerciveControl)]  // the control reading's words instead (evaluation)
        case .sexualViolence, .debtsOrPoverty, .unemployment, .housingProblems, .parentPsychiatricProblems, .parentLongTermCareNeed, .childNeglect,
            .childBehaviourProblems, .separated, .stalking, .victimFear, .contactOrLegalDispute:
            return evidenceFacts.map { answer($0.name, circumstances[keyPath: $0.answer]) }
        case .severePhysicalViolence: return cts2(family, scores) { $0.severePhysical($1) }
        case .unilateralSevereViolence: return cts2(family, scores) { $0.unilateralSevere($1) }
        case .partnerViolence: return cts2(family, scores) { $0.anyViolence($1) }
        case .psychologicalViolence: return cts2(family, scores) { $0.psychological($1) }
        case .alcoholOrSubstanceProblem:
            var evidence = [answer("substanceUse", circumstances.substanceUse)]
            for (parent, read) in zip(scores.parentMembers, scores.parents) {
                for (scale, value) in [("self_risk", read.ownDrinkingRisk), ("partner_risk", read.partnerDrinkingRisk)] {
                    evidence.append(
                        value.map { Message(.auditcScore, ["member": .text(parent.id), "scale": .term(scale), "value": .number($0)]) }
                            ?? Message(.auditcUnknown, ["member": .text(parent.id), "scale": .term(scale)]))
                }
            }
            return evidence
        case .highParentingStress:
            let observed = answer("parentingStressObserved", circumstances.parentingStressObserved)
            guard let threshold else { return [Message(.noParentingStressNorm), observed] }
            let evidence = zip(scores.childMembers, scores.children).map { child, read in
                read.parentingStress.map { Message<ProfileMessage>(.nosikScore, ["member": .text(child.id), "value": .number($0)]) }
                    ?? Message(.nosikUnknown, ["member": .text(child.id)])
            }
            return evidence + [Message(.parentingStressThreshold, ["threshold": .number(threshold)]), observed]
        }
    }

    /// Each parent's CTS2 reading; a parent without CTS2 says so.
    private func cts2(_ family: FamilyInput, _ scores: MemberReadings, _ detail: (CTS2Reading, String) -> Message<ProfileMessage>) -> [Message<ProfileMessage>] {
        let evidence = zip(scores.parentMembers, scores.parents).map { parent, read in
            CTS2Reading(parent, read).map { detail($0, parent.id) } ?? Message(.noUsableCTS2, ["member": .text(parent.id)])
        }
        return evidence.isEmpty ? [Message(.noParent)] : evidence
    }
}
