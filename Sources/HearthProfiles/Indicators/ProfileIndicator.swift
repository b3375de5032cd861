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

    /// Evaluates the indicator for a family.
    func evaluate(_ family: FamilyInput, parentingStressThreshold: Double?) -> IndicatorEvaluation {
        let circumstances = family.circumstances
        func answer(_ name: String, _ value: Answer) -> IndicatorEvaluation {
            IndicatorEvaluation(indicator: rawValue, status: .init(value), evidence: "\(name) = \(value.rawValue)", source: source)
        }
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
            let status = IndicatorEvaluation.Status.any([.init(circumstances.contactArrangementDisputed), .init(circumstances.legalProceedingsOverChildren)])
            return IndicatorEvaluation(
                indicator: rawValue, status: status,
                evidence: "contactArrangementDisputed = \(circumstances.contactArrangementDisputed.rawValue), legalProceedingsOverChildren = \(circumstances.legalProceedingsOverChildren.rawValue)",
                source: source)
        case .unilateralSevereViolence: return cts2(family) { report in CTS2Reading(report)?.unilateralSevere }
        case .partnerViolence: return cts2(family) { report in CTS2Reading(report)?.anyViolence }
        case .psychologicalViolence: return cts2(family) { report in CTS2Reading(report)?.psychological }
        case .alcoholOrSubstanceProblem: return alcohol(family)
        case .highParentingStress: return parentingStress(family, threshold: parentingStressThreshold)
        }
    }

    /// Any parent's CTS2 reading decides; parents without CTS2 count as unknown.
    private func cts2(_ family: FamilyInput, _ read: (FamilyMember) -> (IndicatorEvaluation.Status, String)?) -> IndicatorEvaluation {
        var statuses: [IndicatorEvaluation.Status] = []
        var evidence: [String] = []
        for parent in family.parents {
            if let (status, detail) = read(parent) {
                statuses.append(status)
                evidence.append("\(parent.id): \(detail)")
            } else {
                statuses.append(.unknown)
                evidence.append("\(parent.id): no usable CTS2")
            }
        }
        return IndicatorEvaluation(indicator: rawValue, status: .any(statuses), evidence: evidence.isEmpty ? "no parent" : evidence.joined(separator: "; "), source: source)
    }

    private func alcohol(_ family: FamilyInput) -> IndicatorEvaluation {
        var statuses: [IndicatorEvaluation.Status] = [.init(family.circumstances.substanceUse)]
        var evidence = ["substanceUse = \(family.circumstances.substanceUse.rawValue)"]
        for parent in family.parents {
            for scale in ["self_risk", "partner_risk"] {
                let value = parent.value("auditc", scale)
                statuses.append(value.map { $0 == 1 ? .met : .notMet } ?? .unknown)
                evidence.append("\(parent.id) AUDIT-C \(scale) = \(value.map { Int(exactly: $0).map(String.init) ?? "\($0)" } ?? "unknown")")
            }
        }
        // Any sign of problem drinking meets it; ruling it out needs every source to say no.
        return IndicatorEvaluation(indicator: rawValue, status: .any(statuses), evidence: evidence.joined(separator: "; "), source: source)
    }

    private func parentingStress(_ family: FamilyInput, threshold: Double?) -> IndicatorEvaluation {
        guard let threshold else {
            return IndicatorEvaluation(indicator: rawValue, status: .unknown, evidence: "no NOSI-K reference norm available", source: source)
        }
        var statuses: [IndicatorEvaluation.Status] = []
        var evidence: [String] = []
        for child in family.children {
            let value = child.value("nosik", "total")
            statuses.append(value.map { $0 > threshold ? .met : .notMet } ?? .unknown)
            evidence.append("\(child.id) NOSI-K = \(value.map { String(format: "%g", $0) } ?? "unknown")")
        }
        evidence.append(String(format: "threshold %g (reference mean + 1 SD)", threshold))
        return IndicatorEvaluation(indicator: rawValue, status: .any(statuses), evidence: evidence.joined(separator: "; "), source: source)
    }
}
