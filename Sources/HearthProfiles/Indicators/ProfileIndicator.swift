import Foundation
import HearthCore
import HearthNorms

/// The indicators the profile rules are written in. Each reads circumstances or scores
/// and names its source line; none treats unknown as no.
public enum ProfileIndicator: String, Hashable, Sendable, Codable, CaseIterable {
    /// One partner exercises coercive control or isolates the other (001:217).
    case coerciveControl
    /// Sexual violence (001:217).
    case sexualViolence
    /// Severe violence by one partner only in the past year, per a parent's CTS2 (001:217;
    /// severe violence is mostly one-sided, 002:2163–2171).
    case unilateralSevereViolence
    /// Any psychological or physical partner violence in the past year, per CTS2 (001:219).
    case partnerViolence
    /// Debts or income below the poverty line (001:219: an accumulation of stressors).
    case debtsOrPoverty
    /// Unemployment (001:219).
    case unemployment
    /// Housing problems (001:219).
    case housingProblems
    /// Problem drinking: an AUDIT-C risk score (own or partner's) or a substance-use
    /// problem (001:219 "regelmatig … alcoholmisbruik").
    case alcoholOrSubstanceProblem
    /// A parent with psychiatric problems (001:221).
    case parentPsychiatricProblems
    /// A parent with an intellectual disability or long-term care need (001:221).
    case parentLongTermCareNeed
    /// Child neglect (001:221).
    case childNeglect
    /// A child with (serious) behaviour problems (001:223).
    case childBehaviourProblems
    /// Parenting stress above the reference mean + 1 SD (NOSI-K; 001:223; Table 5.5).
    case highParentingStress
    /// The parents have separated (001:226).
    case separated
    /// A disputed contact arrangement or legal proceedings over the children (001:226).
    case contactOrLegalDispute
    /// Psychological partner violence in the past year, per CTS2 (001:226).
    case psychologicalViolence
    /// Stalking (001:226).
    case stalking

    /// Where the indicator comes from.
    public var source: String {
        switch self {
        case .coerciveControl, .sexualViolence: "001:217"
        case .unilateralSevereViolence: "001:217; 002:2149–2171 (Table 4.6)"
        case .partnerViolence, .debtsOrPoverty, .unemployment, .housingProblems, .alcoholOrSubstanceProblem: "001:219"
        case .parentPsychiatricProblems, .parentLongTermCareNeed, .childNeglect: "001:221"
        case .childBehaviourProblems: "001:223"
        case .highParentingStress: "001:223; norm: 002 Table 5.5 (reference mean + 1 SD, L2456–2464)"
        case .separated, .contactOrLegalDispute, .psychologicalViolence, .stalking: "001:226"
        }
    }

    /// The indicator as a family's facts decided it (`status`, from ``IndicatorStatuses``:
    /// the one reading of the rules' inputs), with the evidence behind it in words, read
    /// from the members' typed scores.
    func evaluation(
        _ family: FamilyInput, _ scores: MemberReadings, status: IndicatorEvaluation.Status, parentingStressThreshold: Double?
    ) -> IndicatorEvaluation {
        IndicatorEvaluation(
            indicator: rawValue, status: status, evidence: evidence(family, scores, parentingStressThreshold: parentingStressThreshold), source: source)
    }

    private func evidence(_ family: FamilyInput, _ scores: MemberReadings, parentingStressThreshold threshold: Double?) -> String {
        let circumstances = family.circumstances
        func answer(_ name: String, _ value: Answer) -> String { "\(name) = \(value.rawValue)" }
        switch self {
        case .coerciveControl: return answer("coerciveControl", circumstances.coerciveControl)
        case .sexualViolence: return answer("sexualViolence", circumstances.sexualViolence)
        case .debtsOrPoverty: return answer("debtsOrPoverty", circumstances.debtsOrPoverty)
        case .unemployment: return answer("unemployment", circumstances.unemployment)
        case .housingProblems: return answer("housingProblems", circumstances.housingProblems)
        case .parentPsychiatricProblems: return answer("parentPsychiatricProblems", circumstances.parentPsychiatricProblems)
        case .parentLongTermCareNeed: return answer("parentLongTermCareNeed", circumstances.parentLongTermCareNeed)
        case .childNeglect: return answer("childNeglect", circumstances.childNeglect)
        case .childBehaviourProblems: return answer("childBehaviourProblems", circumstances.childBehaviourProblems)
        case .separated: return answer("separated", circumstances.separated)
        case .stalking: return answer("stalking", circumstances.stalking)
        case .contactOrLegalDispute:
            return answer("contactArrangementDisputed", circumstances.contactArrangementDisputed) + ", "
                + answer("legalProceedingsOverChildren", circumstances.legalProceedingsOverChildren)
        case .unilateralSevereViolence: return cts2(family, scores) { $0.unilateralSevere }
        case .partnerViolence: return cts2(family, scores) { $0.anyViolence }
        case .psychologicalViolence: return cts2(family, scores) { $0.psychological }
        case .alcoholOrSubstanceProblem:
            var evidence = [answer("substanceUse", circumstances.substanceUse)]
            for (parent, read) in zip(family.parents, scores.parents) {
                for (scale, value) in [("self_risk", read.ownDrinkingRisk), ("partner_risk", read.partnerDrinkingRisk)] {
                    evidence.append("\(parent.id) AUDIT-C \(scale) = \(value.map { Int(exactly: $0).map(String.init) ?? "\($0)" } ?? "unknown")")
                }
            }
            return evidence.joined(separator: "; ")
        case .highParentingStress:
            guard let threshold else { return "no NOSI-K reference norm available" }
            let evidence = zip(family.children, scores.children).map { child, read in
                "\(child.id) NOSI-K = \(read.parentingStress.map { String(format: "%g", $0) } ?? "unknown")"
            }
            return (evidence + [String(format: "threshold %g (reference mean + 1 SD)", threshold)]).joined(separator: "; ")
        }
    }

    /// Each parent's CTS2 reading in words; a parent without CTS2 says so.
    private func cts2(_ family: FamilyInput, _ scores: MemberReadings, _ detail: (CTS2Reading) -> String) -> String {
        let evidence = zip(family.parents, scores.parents).map { parent, read in
            "\(parent.id): " + (CTS2Reading(parent, read).map(detail) ?? "no usable CTS2")
        }
        return evidence.isEmpty ? "no parent" : evidence.joined(separator: "; ")
    }
}
