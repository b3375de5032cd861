import HearthCore
import HearthProfiles

/// One answer per fact. Version 1 safety inputs ask some facts twice — as a family
/// circumstance (read by the profiles) and as a risk factor (read by the count) — and the two
/// answers can disagree. They are reconciled before any rule reads them: **yes wins** (a
/// reported danger is never outvoted), a known no wins over unknown, and a disagreement is
/// reported. Version 2 inputs give each of these facts once, as the circumstance.
public struct InputDisagreement: Hashable, Sendable, Codable {
    /// The two fields that disagreed (`family.circumstances.coerciveControl`, `riskFactors.controlAndIsolation`).
    public var fields: [String]
    /// Each field's answer as given, in ``fields`` order (empty in records written before
    /// answers were kept).
    public var answers: [Answer]
    /// The answer both are read as.
    public var readAs: Answer

    /// Creates a record of a disagreement: the fields, what each answered, and the answer
    /// both are read as.
    public init(fields: [String], answers: [Answer], readAs: Answer) {
        self.fields = fields
        self.answers = answers
        self.readAs = readAs
    }

    private enum CodingKeys: String, CodingKey { case fields, answers, readAs }

    /// Decodes a record; one without `answers` (written before they were kept) has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fields = try container.decode([String].self, forKey: .fields)
        answers = try container.decodeIfPresent([Answer].self, forKey: .answers) ?? []
        readAs = try container.decode(Answer.self, forKey: .readAs)
    }
}

/// The pairs of fields that are one fact (the circumstance, then the risk factor).
enum FactReconciliation {
    static var pairs: [(circumstance: WritableKeyPath<Circumstances, Answer>, circumstanceName: String,
                        riskFactor: WritableKeyPath<RiskFactors, Answer>, riskFactorName: String)] {
        [
        (\.coerciveControl, "coerciveControl", \.controlAndIsolation, "controlAndIsolation"),
        (\.sexualViolence, "sexualViolence", \.sexualCoercion, "sexualCoercion"),
        (\.stalking, "stalking", \.stalking, "stalking"),
        (\.separated, "separated", \.separationOrHandovers, "separationOrHandovers"),
        (\.debtsOrPoverty, "debtsOrPoverty", \.povertyIncome, "povertyIncome"),
        (\.repeatedReports, "repeatedReports", \.repeatedReports, "repeatedReports"),
        ]
    }

    /// The risk factors a version 2 input must not give (their circumstance holds the fact).
    static var mergedRiskFactors: [String] { pairs.map(\.riskFactorName) }

    /// Sets both fields of every pair to one answer and returns where they disagreed.
    /// Written out pair by pair (``pairs`` lists them for messages): it runs for every family
    /// a decision reads.
    @discardableResult
    static func reconcile(_ circumstances: inout Circumstances, _ riskFactors: inout RiskFactors, _ signs: DangerSigns = DangerSigns()) -> [InputDisagreement] {
        var disagreements: [InputDisagreement] = []
        // Forced sex (Danger Assessment item 9) is sexual violence.
        if signs.forcedSex == .yes && circumstances.sexualViolence != .yes {
            if circumstances.sexualViolence == .no {
                disagreements.append(InputDisagreement(fields: ["dangerSigns.forcedSex", "family.circumstances.sexualViolence"], answers: [.yes, .no], readAs: .yes))
            }
            circumstances.sexualViolence = .yes
        }
        merge(&circumstances.coerciveControl, &riskFactors.controlAndIsolation, "coerciveControl", "controlAndIsolation", &disagreements)
        merge(&circumstances.sexualViolence, &riskFactors.sexualCoercion, "sexualViolence", "sexualCoercion", &disagreements)
        merge(&circumstances.stalking, &riskFactors.stalking, "stalking", "stalking", &disagreements)
        merge(&circumstances.separated, &riskFactors.separationOrHandovers, "separated", "separationOrHandovers", &disagreements)
        merge(&circumstances.debtsOrPoverty, &riskFactors.povertyIncome, "debtsOrPoverty", "povertyIncome", &disagreements)
        merge(&circumstances.repeatedReports, &riskFactors.repeatedReports, "repeatedReports", "repeatedReports", &disagreements)
        return disagreements
    }

    /// One pair: yes wins, a known no wins over unknown; a yes against a no is reported.
    @inline(__always)
    private static func merge(_ one: inout Answer, _ other: inout Answer, _ oneName: String, _ otherName: String, _ disagreements: inout [InputDisagreement]) {
        guard one != other else { return }
        let merged: Answer = one == .yes || other == .yes ? .yes : .no  // they differ, so at least one is known
        if one != .unknown && other != .unknown {
            disagreements.append(InputDisagreement(fields: ["family.circumstances.\(oneName)", "riskFactors.\(otherName)"], answers: [one, other], readAs: merged))
        }
        one = merged
        other = merged
    }
}

extension SafetyInput {
    /// The input with every fact asked twice read as one answer (``InputDisagreement``).
    public func reconciled() -> (input: SafetyInput, disagreements: [InputDisagreement]) {
        var copy = self
        // A named controlling member is coercive control (FamilyInput.validate refuses it beside no).
        copy.family.circumstances = copy.family.factCircumstances
        // The pairs first, so that each disagreement reports the answers as given.
        var disagreements = FactReconciliation.reconcile(&copy.family.circumstances, &copy.riskFactors, copy.dangerSigns)
        // A logged separation is separation.
        if events.contains(where: { $0.kind == .separation }) && copy.family.circumstances.separated != .yes {
            if copy.family.circumstances.separated == .no {
                disagreements.append(InputDisagreement(fields: ["events.separation", "family.circumstances.separated"], answers: [.yes, .no], readAs: .yes))
            }
            copy.family.circumstances.separated = .yes
            copy.riskFactors.separationOrHandovers = .yes
        }
        return (copy, disagreements)
    }
}
