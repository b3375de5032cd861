import Foundation

/// A professional's recorded decision to end monitoring before 18 months.
public struct MonitoringClosure: Hashable, Sendable, Codable {
    /// Who decided.
    public var professional: String
    /// When.
    public var at: Date
    /// Why.
    public var reason: String

    /// Creates a closure record.
    public init(professional: String, at: Date, reason: String) {
        self.professional = professional
        self.at = at
        self.reason = reason
    }
}

/// When a family must be reassessed, and until when it is monitored.
///
/// Safety is reassessed throughout, not only at the report (002:7874–7887): after every new
/// incident or change (separation, handovers, the perpetrator returning, a change of agency,
/// closure of help, a relapse across waves), and on an interval set by the level. Families are
/// monitored at least 18 months after the report or the last incident, whichever is later —
/// the studies' last wave — and always while the level is above standard or a reassessment is
/// due; a professional's recorded closure ends it only outside those.
public struct ReassessmentSchedule: Hashable, Sendable, Codable {
    /// One reason a reassessment is due.
    public struct Trigger: Hashable, Sendable, Codable {
        /// What happened (`incident:physical`, `event:separation`, `interval`, `first assessment`).
        public var reason: String
        /// When.
        public var date: Date
    }

    /// Whether a reassessment is due at the assessment date.
    public var due: Bool
    /// What makes it due.
    public var triggers: [Trigger]
    /// The next scheduled reassessment (from the assessment date and the level's interval).
    public var nextScheduled: Date
    /// The earliest end of monitoring: 18 months after the report.
    public var monitoringUntil: Date
    /// Whether monitoring is still active at the assessment date.
    public var monitoringActive: Bool
    /// A professional's early closure of monitoring, when recorded.
    public var closure: MonitoringClosure?

    /// Monitoring lasts at least this many months after the report (the studies' last wave).
    public static let monitoringMonths = 18

    init(input: SafetyInput, asOf: Date, level: SafetyLevel, closure: MonitoringClosure?, relapse: Bool = false) {
        var triggers: [Trigger] = []
        let since = input.previousAssessment
        if since == nil { triggers.append(Trigger(reason: "first assessment", date: asOf)) }
        for incident in input.incidents where since.map({ incident.date > $0 }) ?? true {
            triggers.append(Trigger(reason: "incident:\(incident.kind.rawValue)", date: incident.date))
        }
        for event in input.events where since.map({ event.date > $0 }) ?? true {
            triggers.append(Trigger(reason: "event:\(event.kind.rawValue)", date: event.date))
        }
        let day: TimeInterval = 86_400
        // Violence returning after a wave without any makes a reassessment due at once.
        if relapse { triggers.append(Trigger(reason: "relapse across waves", date: asOf)) }
        if let since, asOf.timeIntervalSince(since) >= Double(level.reassessmentInterval) * day {
            triggers.append(Trigger(reason: "interval (\(level.reassessmentInterval) days at level \(level.rawValue))", date: since.addingTimeInterval(Double(level.reassessmentInterval) * day)))
        }
        self.triggers = triggers
        due = !triggers.isEmpty
        nextScheduled = asOf.addingTimeInterval(Double(level.reassessmentInterval) * day)
        let calendar = Calendar(identifier: .gregorian)
        // 18 months from the report or the last incident, whichever is later: the calendar
        // never ends monitoring of a family whose violence goes on.
        let start = max(input.reportDate, input.incidents.last?.date ?? input.reportDate)
        monitoringUntil = calendar.date(byAdding: .month, value: Self.monitoringMonths, to: start) ?? start.addingTimeInterval(548 * day)
        self.closure = closure.flatMap { $0.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || $0.professional.isEmpty ? nil : $0 }
        // Active while the level is above standard or a reassessment is due, whatever the
        // calendar or a closure says; otherwise until the end date, or a recorded closure.
        let closed = self.closure.map { asOf >= $0.at } ?? false
        monitoringActive = level > .standard || due || (asOf < monitoringUntil && !closed)
    }
}
