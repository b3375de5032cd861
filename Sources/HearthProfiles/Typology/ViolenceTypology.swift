import HearthCore

/// Who used each form of violence in the past year, from one parent's CTS2 — the layout
/// of the report's Table 4.6 (both / woman only / man only), per type and severity.
///
/// The data are one partner's account of both (the informant is recorded), and "both"
/// does not mean equal responsibility: mutuality is mostly in minor violence, severe
/// violence is mostly one-sided and by men (Tierolf et al. 2014).
public struct ViolenceTypology: Hashable, Sendable, Codable {
    /// Who used a form of violence.
    public enum Mutuality: String, Hashable, Sendable, Codable {
        /// Both partners.
        case both
        /// Only the woman.
        case womanOnly
        /// Only the man.
        case manOnly
        /// Neither.
        case neither
        /// Unknown: an answer is missing, or the partners' sexes are not a woman and a man.
        case notDeterminable
    }

    /// The severity of one actor's violence of one type (Straus & Douglas 2004).
    public enum Severity: String, Hashable, Sendable, Codable {
        /// No act in the past year.
        case none
        /// Minor acts only.
        case minor
        /// At least one severe act.
        case severe
        /// Unknown.
        case unknown
    }

    /// One form's mutuality.
    public struct Form: Hashable, Sendable, Codable {
        /// `psychological` or `physical`.
        public var type: String
        /// `minor` or `severe`.
        public var severity: String
        /// Who used it.
        public var mutuality: Mutuality
    }

    /// The reporting parent.
    public var informant: String
    /// The four forms: psychological and physical, minor and severe.
    public var forms: [Form]
    /// Severity per actor (`self`, `partner`) and type.
    public var severity: [String: Severity]
    /// Partner's violence frequency ÷ own (`nil` when either is unknown or own is 0).
    public var partnerToOwnRatio: Double?
    /// Johnson's type, when a control measure exists for both partners.
    public var johnson: JohnsonType
    /// Why the Johnson type is what it is, as data.
    public var johnsonMessage: Message<ProfileMessage>
    /// ``johnsonMessage`` in the result's language.
    public var johnsonReason: String

    /// The typology from a parent's CTS2, or `nil` when the parent has none.
    init?(parent: FamilyMember, johnsonRule: JohnsonRule?, language: Language = .english) {
        self.init(parent: parent, scores: ParentScores(parent), johnsonRule: johnsonRule, language: language)
    }

    /// The typology from a parent's CTS2 and the parent's scores as the rules read them.
    init?(parent: FamilyMember, scores: ParentScores, johnsonRule: JohnsonRule?, language: Language = .english) {
        guard parent.reports.contains(where: { $0.instrumentID == "cts2" }) || parent.scores.keys.contains(where: { $0.hasPrefix("cts2.") }) else { return nil }
        informant = parent.id
        let values = Self.scales.values(parent)
        func value(_ scale: Scale) -> Double? { values[scale.rawValue] }
        let report = parent.reports.first { $0.instrumentID == "cts2" }
        let partnerSex = report.map { $0.respondent.partnerSex != .unknown ? $0.respondent.partnerSex : parent.sex.opposite } ?? parent.sex.opposite
        forms = [
            Form(type: "psychological", severity: "minor", mutuality: Self.mutuality(own: value(.selfPsychologicalMinor), partner: value(.partnerPsychologicalMinor), ownSex: parent.sex, partnerSex: partnerSex)),
            Form(type: "psychological", severity: "severe", mutuality: Self.mutuality(own: value(.selfPsychologicalSevere), partner: value(.partnerPsychologicalSevere), ownSex: parent.sex, partnerSex: partnerSex)),
            Form(type: "physical", severity: "minor", mutuality: Self.mutuality(own: value(.selfPhysicalMinor), partner: value(.partnerPhysicalMinor), ownSex: parent.sex, partnerSex: partnerSex)),
            Form(type: "physical", severity: "severe", mutuality: Self.mutuality(own: value(.selfPhysicalSevere), partner: value(.partnerPhysicalSevere), ownSex: parent.sex, partnerSex: partnerSex)),
        ]
        severity = [
            "self_psychological": Self.severity(minor: value(.selfPsychologicalMinor), severe: value(.selfPsychologicalSevere)),
            "partner_psychological": Self.severity(minor: value(.partnerPsychologicalMinor), severe: value(.partnerPsychologicalSevere)),
            "self_physical": Self.severity(minor: value(.selfPhysicalMinor), severe: value(.selfPhysicalSevere)),
            "partner_physical": Self.severity(minor: value(.partnerPhysicalMinor), severe: value(.partnerPhysicalSevere)),
        ]
        if let own = value(.selfFrequency), let partner = value(.partnerFrequency), own > 0 {
            partnerToOwnRatio = partner / own
        } else {
            partnerToOwnRatio = nil
        }
        // Whether each partner used violence: the rules' own reading of the parent's scores.
        let readings = ParentReadings(scores)
        func number(_ answer: Answer) -> Double? { answer == .unknown ? nil : (answer == .yes ? 1 : 0) }
        (johnson, johnsonMessage) = Self.johnson(
            parent, rule: johnsonRule, ownViolent: number(readings.answer(ParentReadings.selfPsychological | ParentReadings.selfPhysical)),
            partnerViolent: number(readings.answer(ParentReadings.partnerPsychological | ParentReadings.partnerPhysical)), language: language)
        johnsonReason = johnsonMessage.text(in: language)
    }

    /// The CTS2 scales the typology reads, in ``scales`` order.
    private enum Scale: Int, CaseIterable {
        case selfPsychologicalMinor, partnerPsychologicalMinor, selfPsychologicalSevere, partnerPsychologicalSevere
        case selfPhysicalMinor, partnerPhysicalMinor, selfPhysicalSevere, partnerPhysicalSevere, selfFrequency, partnerFrequency
    }

    private static let scales = ScaleLookup("cts2", [
        "self_psychological_minor_prevalence", "partner_psychological_minor_prevalence", "self_psychological_severe_prevalence",
        "partner_psychological_severe_prevalence", "self_physical_minor_prevalence", "partner_physical_minor_prevalence",
        "self_physical_severe_prevalence", "partner_physical_severe_prevalence", "self_violence_frequency", "partner_violence_frequency",
    ])

    static func mutuality(own: Double?, partner: Double?, ownSex: Sex, partnerSex: Sex) -> Mutuality {
        guard let own, let partner else { return .notDeterminable }
        switch (own == 1, partner == 1) {
        case (true, true): return .both
        case (false, false): return .neither
        case (true, false), (false, true):
            // Table 4.6 names the woman and the man; that needs one of each.
            guard (ownSex == .female && partnerSex == .male) || (ownSex == .male && partnerSex == .female) else { return .notDeterminable }
            let actorSex = own == 1 ? ownSex : partnerSex
            return actorSex == .female ? .womanOnly : .manOnly
        }
    }

    static func severity(minor: Double?, severe: Double?) -> Severity {
        if severe == 1 { return .severe }
        guard let minor, let severe else { return .unknown }
        return minor == 1 && severe == 0 ? .minor : .none
    }

    /// Where the report says the CTS2 does not measure control.
    private static let noControlCitation = Citation("tierolf2014", at: "§4.2")
    /// ``noControlCitation`` as text, rendered once per language.
    private static let noControlSource = PerLanguage { Bibliography.builtIn.text(noControlCitation, in: $0) }

    static func johnson(
        _ parent: FamilyMember, rule: JohnsonRule?, ownViolent: Double?, partnerViolent: Double?, language: Language = .english
    ) -> (JohnsonType, Message<ProfileMessage>) {
        guard let rule else {
            return (.notDeterminable, Message(.noControlMeasure, ["source": .text(Self.noControlSource[language])]))
        }
        guard let ownControl = parent.scores[JohnsonRule.selfControlKey], let partnerControl = parent.scores[JohnsonRule.partnerControlKey] else {
            return (.notDeterminable, Message(.controlScoresNeeded, ["selfKey": .text(JohnsonRule.selfControlKey), "partnerKey": .text(JohnsonRule.partnerControlKey)]))
        }
        guard let ownViolent, let partnerViolent else { return (.notDeterminable, Message(.violenceUnknown)) }
        let ownControlling = ownControl >= rule.controlCutoff, partnerControlling = partnerControl >= rule.controlCutoff
        func cited(_ id: ProfileMessage) -> Message<ProfileMessage> {
            Message(id, ["rule": .text("\(rule.id)@\(rule.version)"), "cutoff": .number(rule.controlCutoff), "source": .text(rule.source)])
        }
        if ownViolent == 0 && partnerViolent == 0 { return (.noPartnerViolence, cited(.noViolence)) }
        if ownControlling && partnerControlling && ownViolent == 1 && partnerViolent == 1 { return (.mutualViolentControl, cited(.bothViolentAndControlling)) }
        if (ownControlling && ownViolent == 1 && !partnerControlling) || (partnerControlling && partnerViolent == 1 && !ownControlling) {
            return (.intimateTerrorism, cited(.oneViolentAndControlling))
        }
        return (.situationalCoupleViolence, cited(.violenceWithoutControl))
    }
}
