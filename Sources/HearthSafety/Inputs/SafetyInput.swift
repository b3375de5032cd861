import Foundation
import HearthCore
import HearthProfiles

/// Everything a safety assessment reads about one family.
///
/// JSON documents name their format: `"format": "hearth-safety-input@2"` gives each fact once
/// (see ``InputDisagreement``); a document without `format` is version 1 and keeps decoding.
public struct SafetyInput: Hashable, Sendable, Codable {
    /// The format of JSON documents that give each fact once.
    public static let currentFormat = "hearth-safety-input@2"
    /// The document's format: 1 (no `format` key) or 2.
    public var formatVersion: Int
    /// The family: members, scored instruments and circumstances (as in HearthProfiles).
    public var family: FamilyInput
    /// The date of the (first) report: monitoring runs at least 18 months from it.
    public var reportDate: Date
    /// Incidents and reports known, in date order. An empty list means none recorded, not
    /// none: the history counts as known only up to ``historyConfirmedUntil``.
    public var incidents: [Incident]
    /// The date up to which a professional confirmed the incident history complete (with the
    /// family, the police and Veilig Thuis records); `nil`: never confirmed. History rules read
    /// a history not confirmed up to the assessment date as unknown, never as quiet.
    public var historyConfirmedUntil: Date?
    /// Changes that call for reassessment, in date order.
    public var events: [SafetyEvent]
    /// Risk factors.
    public var riskFactors: RiskFactors
    /// Critical indicators.
    public var criticalIndicators: CriticalIndicators
    /// Further signs of danger (gun, jealousy, forced sex, suicide threats, threats to the
    /// children, honour-based violence, a breached order, pregnancy).
    public var dangerSigns: DangerSigns
    /// The children (member ids) who receive help of their own.
    public var childrenInHelp: [String]
    /// The date of the previous assessment, when there was one.
    public var previousAssessment: Date?

    /// Creates an input.
    public init(
        family: FamilyInput, reportDate: Date, incidents: [Incident] = [], events: [SafetyEvent] = [],
        riskFactors: RiskFactors = RiskFactors(), criticalIndicators: CriticalIndicators = CriticalIndicators(),
        dangerSigns: DangerSigns = DangerSigns(), childrenInHelp: [String] = [], previousAssessment: Date? = nil, historyConfirmedUntil: Date? = nil, formatVersion: Int = 2
    ) {
        self.formatVersion = formatVersion
        self.family = family
        self.reportDate = reportDate
        self.incidents = incidents
        self.historyConfirmedUntil = historyConfirmedUntil
        self.events = events
        self.riskFactors = riskFactors
        self.criticalIndicators = criticalIndicators
        self.dangerSigns = dangerSigns
        self.childrenInHelp = childrenInHelp
        self.previousAssessment = previousAssessment
    }

    private enum CodingKeys: String, CodingKey {
        case format, family, reportDate, incidents, historyConfirmedUntil, events, riskFactors, criticalIndicators, dangerSigns, childrenInHelp, previousAssessment
    }

    /// Decodes an input; everything but `family` and `reportDate` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeIfPresent(String.self, forKey: .format) {
        case nil: formatVersion = 1
        case Self.currentFormat: formatVersion = 2
        case .some: throw DecodingError.dataCorruptedError(forKey: .format, in: container, debugDescription: "the format must be '\(Self.currentFormat)' (or absent: version 1)")
        }
        family = try container.decode(FamilyInput.self, forKey: .family)
        reportDate = try container.decode(Date.self, forKey: .reportDate)
        incidents = try container.decodeIfPresent([Incident].self, forKey: .incidents) ?? []
        historyConfirmedUntil = try container.decodeIfPresent(Date.self, forKey: .historyConfirmedUntil)
        events = try container.decodeIfPresent([SafetyEvent].self, forKey: .events) ?? []
        riskFactors = try container.decodeIfPresent(RiskFactors.self, forKey: .riskFactors) ?? RiskFactors()
        criticalIndicators = try container.decodeIfPresent(CriticalIndicators.self, forKey: .criticalIndicators) ?? CriticalIndicators()
        dangerSigns = try container.decodeIfPresent(DangerSigns.self, forKey: .dangerSigns) ?? DangerSigns()
        childrenInHelp = try container.decodeIfPresent([String].self, forKey: .childrenInHelp) ?? []
        previousAssessment = try container.decodeIfPresent(Date.self, forKey: .previousAssessment)
        if formatVersion >= 2, let twice = FactReconciliation.pairs.first(where: { riskFactors[keyPath: $0.riskFactor] != .unknown }) {
            throw DecodingError.dataCorruptedError(
                forKey: .riskFactors, in: container,
                debugDescription: "in \(Self.currentFormat) '\(twice.riskFactorName)' is given once, as family.circumstances.\(twice.circumstanceName)")
        }
    }

    /// Encodes the input in the current format, each fact once.
    public func encode(to encoder: any Encoder) throws {
        var (input, _) = reconciled()
        for pair in FactReconciliation.pairs { input.riskFactors[keyPath: pair.riskFactor] = .unknown }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.currentFormat, forKey: .format)
        try container.encode(input.family, forKey: .family)
        try container.encode(reportDate, forKey: .reportDate)
        try container.encode(incidents, forKey: .incidents)
        try container.encodeIfPresent(historyConfirmedUntil, forKey: .historyConfirmedUntil)
        try container.encode(events, forKey: .events)
        try container.encode(input.riskFactors, forKey: .riskFactors)
        try container.encode(criticalIndicators, forKey: .criticalIndicators)
        try container.encode(dangerSigns, forKey: .dangerSigns)
        try container.encode(childrenInHelp, forKey: .childrenInHelp)
        try container.encodeIfPresent(previousAssessment, forKey: .previousAssessment)
    }

    /// Checks dates against the assessment date and each other.
    ///
    /// - Throws: ``SafetyError/Code/invalidHistory`` for incidents or events out of date
    ///   order, dated after `asOf`, or before nothing sensible (an incident naming an unknown
    ///   member); ``SafetyError/Code/invalidFamily`` for an invalid family (its `field` the
    ///   path from the input, `family.members[0].age`) or a `childrenInHelp` entry that names
    ///   no child of the family.
    public func validate(asOf: Date) throws(SafetyError) {
        do { try family.validate() } catch { throw SafetyError(.invalidFamily, field: error.field.map { "family." + $0 } ?? "family", message: error.message) }
        guard reportDate <= asOf else { throw SafetyError(.invalidHistory, field: "reportDate", message: "the report date is after the assessment date") }
        if let historyConfirmedUntil, historyConfirmedUntil > asOf {
            throw SafetyError(.invalidHistory, field: "historyConfirmedUntil", message: "the history is confirmed beyond the assessment date")
        }
        if let previousAssessment, previousAssessment > asOf {
            throw SafetyError(.invalidHistory, field: "previousAssessment", message: "the previous assessment is after the assessment date")
        }
        try checkWaveDates(asOf: asOf)
        let ids = Set(family.members.map(\.id))
        for (index, incident) in incidents.enumerated() {
            try Incident.checkDate(in: incidents, at: index, asOf: asOf)
            if let by = incident.by, !ids.contains(by) { throw SafetyError(.invalidHistory, field: "incidents[\(index)].by", message: "names no member of the family") }
            if let unknown = incident.against.firstIndex(where: { !ids.contains($0) }) {
                throw SafetyError(.invalidHistory, field: "incidents[\(index)].against[\(unknown)]", message: "names no member of the family")
            }
        }
        let children = Set(family.childIDs)
        for (index, id) in childrenInHelp.enumerated() where !children.contains(id) {
            throw SafetyError(.invalidFamily, field: "childrenInHelp[\(index)]", message: "names no child of the family")
        }
        for (index, event) in events.enumerated() {
            guard event.date <= asOf else { throw SafetyError(.invalidHistory, field: "events[\(index)].date", message: "an event is dated after the assessment date") }
            if index > 0, event.date < events[index - 1].date {
                throw SafetyError(.invalidHistory, field: "events[\(index)].date", message: "events must be in date order")
            }
        }
    }

    /// When a wave was measured: the report date plus its months since the report (calendar
    /// months, UTC); `nil` without months.
    func measuredDate(of wave: WaveObservation) -> Date? {
        guard let months = wave.monthsSinceReport else { return nil }
        return Calendar.gregorianUTC.date(byAdding: .month, value: months, to: reportDate)
    }

    /// A wave measured after the assessment date is an error.
    func checkWaveDates(asOf: Date) throws(SafetyError) {
        for (index, wave) in family.waves.enumerated() {
            guard let measured = measuredDate(of: wave) else { continue }
            guard measured <= asOf else {
                throw SafetyError(
                    .invalidHistory, field: "family.waves[\(index)].monthsSinceReport",
                    message: "a wave is measured after the assessment date (the report date plus its months since the report)")
            }
        }
    }
}
