import Foundation
import HearthCore
import HearthProfiles
import HearthSafety

/// What the rules read, with the derivations from questionnaires in one place (frozen).
struct RuleContext {
    let input: SafetyInput
    let asOf: Date
    let profiles: ProfileResult

    var circumstances: Circumstances { input.family.circumstances }
    var parents: [FamilyMember] { input.family.parents }
    var children: [FamilyMember] { input.family.children }

    /// Whole days from a date to the assessment date.
    func daysBefore(_ date: Date) -> Int { Int((asOf.timeIntervalSince(date) / 86_400).rounded(.down)) }

    func incidents(within days: Int) -> [Incident] { input.incidents.filter { daysBefore($0.date) <= days } }

    func evaluate(_ rule: SafetyRule) -> RuleOutcome {
        switch rule.kind {
        case .criticalIndicator:
            guard let item = input.criticalIndicators.all.first(where: { $0.name == rule.parameters.indicator }) else { return .notFired }
            switch item.answer {
            case .yes: return .fired("\(item.name) = yes", appliesTo: nil)
            case .no: return .notFired
            case .unknown: return .unknown("\(item.name) is unknown")
            }
        case .recentSevereIncident:
            let window = rule.parameters.windowDays ?? 0
            let severe = incidents(within: window).filter { $0.severity == .severe && [.physical, .sexual, .threat].contains($0.kind) }
            guard let last = severe.last else { return .notFired }
            return .fired("severe \(last.kind.rawValue) incident \(daysBefore(last.date)) days before the assessment", appliesTo: nil)
        case .incidentFrequency:
            let recent = incidents(within: rule.parameters.windowDays ?? 0)
            guard recent.count >= (rule.parameters.count ?? Int.max) else { return .notFired }
            return .fired("\(recent.count) incidents in the last \(rule.parameters.windowDays ?? 0) days", appliesTo: nil)
        case .severityEscalation:
            let recent = incidents(within: rule.parameters.windowDays ?? 0)
            guard let firstSevere = recent.firstIndex(where: { $0.severity == .severe }), firstSevere > 0 else { return .notFired }
            return .fired("a severe \(recent[firstSevere].kind.rawValue) incident after \(firstSevere) minor one(s) in the window", appliesTo: nil)
        case .severeViolenceReported:
            return anyParentCTS2 { parent in
                let own = parent.value("cts2", "self_physical_severe_prevalence"), partner = parent.value("cts2", "partner_physical_severe_prevalence")
                if own == 1 || partner == 1 { return (true, "\(parent.id): severe physical violence by \(own == 1 ? "self" : "partner")") }
                return own == 0 && partner == 0 ? (false, "") : nil
            }
        case .clusterOfThree:
            let separation = any([answer(circumstances.separated), answer(input.riskFactors.separationOrHandovers)])
            let control = any([answer(circumstances.coerciveControl), answer(input.riskFactors.controlAndIsolation)])
            let violence = any([answer(circumstances.sexualViolence), physicalViolenceReported(), input.incidents.contains { [.physical, .sexual].contains($0.kind) }])
            return all(["separation": separation, "coercive control": control, "physical or sexual violence": violence])
        case .intimateTerrorProfile:
            switch profiles.memberships.first(where: { $0.profile == "intimateTerror" })?.status {
            case .member: return .fired("the intimate-terror profile applies (HearthProfiles \(profiles.ruleSet))", appliesTo: nil)
            case .undetermined: return .unknown("intimate terror is undetermined: \(profiles.memberships.first { $0.profile == "intimateTerror" }?.missingInformation.joined(separator: ", ") ?? "")")
            default: return .notFired
            }
        case .stalking:
            // The incident history is a record: no stalking incident in it is a known "no".
            let sources = [answer(circumstances.stalking), answer(input.riskFactors.stalking), input.incidents.contains { $0.kind == .stalking }]
            switch any(sources) {
            case true: return .fired("stalking reported", appliesTo: nil)
            case false: return .notFired
            case nil: return .unknown("stalking is unknown")
            }
        case .riskFactorCount:
            let factors = riskFactors()
            let yes = factors.filter { $0.value == true }.map(\.key).sorted()
            let unknown = factors.filter { $0.value == nil }.count
            let needed = rule.parameters.count ?? Int.max
            if yes.count >= needed { return .fired("\(yes.count) risk factors: \(yes.joined(separator: ", "))", appliesTo: nil) }
            return yes.count + unknown < needed ? .notFired : .unknown("\(unknown) risk factors unknown (\(yes.count) known present)")
        case .childPresentAtSevereIncident:
            let severe = input.incidents.filter { $0.severity == .severe && $0.kind != .childAbuse }
            let ids = children.map(\.id)
            guard !ids.isEmpty else { return .notFired }
            if let present = severe.last(where: { $0.childrenPresent == .yes }) {
                return .fired("children present at a severe \(present.kind.rawValue) incident \(daysBefore(present.date)) days before", appliesTo: ids)
            }
            return severe.contains { $0.childrenPresent == .unknown } ? .unknown("whether children were present at a severe incident") : .notFired
        case .childAbuse:
            let targets = Set(input.incidents.filter { $0.kind == .childAbuse }.flatMap(\.against)).intersection(children.map(\.id))
            guard !targets.isEmpty else { return .notFired }
            return .fired("an abuse incident against \(targets.sorted().joined(separator: ", "))", appliesTo: targets.sorted())
        }
    }

    /// The report's risk factors, each from the answer given or else derived from the
    /// questionnaires and circumstances (`nil`: unknown).
    func riskFactors() -> [String: Bool?] {
        let given = input.riskFactors
        let aceViolence = parents.map { $0.value("ace", "family_violence") }
        let partnerDrinking = parents.map { $0.value("auditc", "partner_risk") }
        let everSevere = parents.map { parent -> Double? in
            let values = ["self_physical_ever_prevalence", "partner_physical_ever_prevalence"].map { parent.value("cts2", $0) }
            return values.contains(1) ? 1 : (values.allSatisfy { $0 == 0 } ? 0 : nil)
        }
        func derived(_ answer: Answer, _ fallback: Bool?) -> Bool? { self.answer(answer) ?? fallback }
        func fromScores(_ values: [Double?]) -> Bool? {
            if values.contains(1) { return true }
            return !values.isEmpty && values.allSatisfy { $0 == 0 } ? false : nil
        }
        return [
            "childhoodViolence": derived(given.childhoodViolence, fromScores(aceViolence)),
            "povertyIncome": derived(given.povertyIncome, answer(circumstances.debtsOrPoverty)),
            "partnerProblemDrinking": derived(given.partnerProblemDrinking, fromScores(partnerDrinking)),
            "sexualCoercion": derived(given.sexualCoercion, answer(circumstances.sexualViolence)),
            "controlAndIsolation": derived(given.controlAndIsolation, answer(circumstances.coerciveControl)),
            "separationOrHandovers": derived(given.separationOrHandovers, answer(circumstances.separated)),
            "stalking": derived(given.stalking, answer(circumstances.stalking)),
            "criminalBackground": answer(given.criminalBackground),
            "priorSevereViolence": derived(given.priorSevereViolence, fromScores(everSevere)),
            "repeatedReports": derived(given.repeatedReports, answer(circumstances.repeatedReports)),
        ]
    }

    func answer(_ answer: Answer) -> Bool? {
        switch answer {
        case .yes: true
        case .no: false
        case .unknown: nil
        }
    }

    func physicalViolenceReported() -> Bool? {
        let values = parents.flatMap { parent in ["self_physical_prevalence", "partner_physical_prevalence"].map { parent.value("cts2", $0) } }
        if values.contains(1) { return true }
        return !values.isEmpty && values.allSatisfy { $0 == 0 } ? false : nil
    }

    /// Kleene OR.
    func any(_ values: [Bool?]) -> Bool? {
        if values.contains(true) { return true }
        return values.allSatisfy { $0 == false } ? false : nil
    }

    /// Kleene AND of named parts, as a rule outcome.
    func all(_ parts: [String: Bool?]) -> RuleOutcome {
        if parts.values.contains(false) { return .notFired }
        let unknown = parts.filter { $0.value == nil }.map(\.key).sorted()
        if unknown.isEmpty { return .fired(parts.keys.sorted().joined(separator: ", ") + ": all present", appliesTo: nil) }
        return .unknown(unknown.joined(separator: ", ") + " unknown")
    }

    func anyParentCTS2(_ read: (FamilyMember) -> (Bool, String)?) -> RuleOutcome {
        var sawUnknown = false
        for parent in parents {
            guard let (fires, reason) = read(parent) else { sawUnknown = true; continue }
            if fires { return .fired(reason, appliesTo: nil) }
        }
        return sawUnknown || parents.isEmpty ? .unknown("no usable CTS2 from a parent") : .notFired
    }
}
