import HearthCore
import Foundation

/// Two professionals' recorded decision to end monitoring before the calendar does.
///
/// Accepted (``SafetyAssessor/assess(_:asOf:closure:plan:)``) only with a reason, a second
/// professional different from the first, a date not after the assessment, and sustained
/// safety: the plan's every condition met (an empty plan meets nothing) and 180 days without
/// incidents confirmed at a contact up to the closure (Hearth's choice, as for recovery).
/// Even then monitoring goes on while the level is above standard or a reassessment is due.
public struct MonitoringClosure: Hashable, Sendable, Codable {
    /// Who decided.
    public var professional: ProfessionalID
    /// The second professional who agreed.
    public var secondProfessional: ProfessionalID?
    /// When.
    public var at: Date
    /// Why.
    public var reason: String

    /// Creates a closure record.
    public init(professional: ProfessionalID, secondProfessional: ProfessionalID? = nil, at: Date, reason: String) {
        self.professional = professional
        self.secondProfessional = secondProfessional
        self.at = at
        self.reason = reason
    }

    /// Checks the closure against the input, the plan and the assessment date.
    ///
    /// - Throws: ``SafetyError/Code/judgementRefused`` naming the field or criterion not met.
    func validate(input: SafetyInput, plan: SafetyPlan?, asOf: Date) throws(SafetyError) {
        func refuse(_ field: String, _ message: String) -> SafetyError { SafetyError(.judgementRefused, field: "closure.\(field)", message: message) }
        guard !professional.isEmpty, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw refuse("reason", "ending monitoring needs a professional and a reason")
        }
        guard let second = secondProfessional, !second.isEmpty, second != professional else {
            throw refuse("secondProfessional", "ending monitoring needs a second, different professional")
        }
        guard at <= asOf else { throw refuse("at", "a closure cannot be dated after the assessment") }
        guard let plan, !plan.conditions.isEmpty, plan.conditions.allSatisfy({ $0.status == .met }) else {
            throw refuse("plan", "ending monitoring needs a safety plan whose every condition is met")
        }
        let start = max(input.reportDate, input.incidents.last?.date ?? input.reportDate)
        guard let confirmed = input.historyConfirmedUntil, confirmed >= at, at.timeIntervalSince(start) >= 180 * 86_400 else {
            throw refuse("at", "ending monitoring needs 180 days without incidents, confirmed at a contact up to the closure")
        }
    }
}

/// When a family must be reassessed, and until when it is monitored.
///
/// Safety is reassessed throughout, not only at the report (Tierolf et al. 2014): after every new
/// incident or change (separation, handovers, the perpetrator returning, a change of agency,
/// closure of help, a relapse across waves), and on an interval set by the level. Families are
/// monitored at least 18 months after the report or the last incident, whichever is later —
/// the studies' last wave — and always while the level is above standard or a reassessment is
/// due; a professional's recorded closure ends it only outside those.
public struct ReassessmentSchedule: Hashable, Sendable, Codable {
    /// One reason a reassessment is due.
    public struct Trigger: Hashable, Sendable, Codable {
        /// What happened, as data (``SafetyMessage/triggerIncident`` and the others).
        public var message: Message<SafetyMessage>
        /// ``message`` in the assessment's language ("a physical incident").
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

    init(input: SafetyInput, asOf: Date, level: SafetyLevel, closure: MonitoringClosure?, relapse: Bool = false, language: Language = .english) {
        var triggers: [Trigger] = []
        func add(_ message: Message<SafetyMessage>, _ date: Date) { triggers.append(Trigger(message: message, reason: message.text(in: language), date: date)) }
        // A first assessment is due for itself: the incidents and events before it are its
        // history, not triggers. After one, each since is a trigger.
        if let since = input.previousAssessment {
            for incident in input.incidents where incident.date > since {
                add(Message(.triggerIncident, ["severity": .term(incident.severity.rawValue), "kind": .term(incident.kind.rawValue)]), incident.date)
            }
            for event in input.events where event.date > since { add(Message(.triggerEvent, ["kind": .term(event.kind.rawValue)]), event.date) }
        } else {
            add(Message(.triggerFirstAssessment), asOf)
        }
        let since = input.previousAssessment
        let day: TimeInterval = 86_400
        // Violence returning after a wave without any makes a reassessment due at once.
        if relapse { add(Message(.triggerRelapse), asOf) }
        if let since, asOf.timeIntervalSince(since) >= Double(level.reassessmentInterval) * day {
            add(
                Message(.triggerInterval, ["days": .integer(level.reassessmentInterval), "level": .term(level.rawValue)]),
                since.addingTimeInterval(Double(level.reassessmentInterval) * day))
        }
        self.triggers = triggers
        due = !triggers.isEmpty
        nextScheduled = asOf.addingTimeInterval(Double(level.reassessmentInterval) * day)
        let calendar = Calendar.gregorianUTC
        // 18 months from the report, the last incident or the last measured wave with violence
        // (the report date plus its months), whichever is latest: the calendar never ends
        // monitoring of a family whose violence goes on.
        let violentWave = input.family.waves.last { ($0.totalViolenceFrequency ?? 0) > 0 && $0.monthsSinceReport != nil }
        let waveDate = violentWave.flatMap(input.measuredDate(of:))
        let start = max(input.reportDate, input.incidents.last?.date ?? input.reportDate, waveDate ?? input.reportDate)
        monitoringUntil = calendar.date(byAdding: .month, value: Self.monitoringMonths, to: start) ?? start.addingTimeInterval(548 * day)
        self.closure = closure
        // Active while the level is above standard or a reassessment is due, whatever the
        // calendar or a closure says; otherwise until the end date, or a recorded closure.
        let closed = self.closure.map { asOf >= $0.at } ?? false
        monitoringActive = level > .standard || due || (asOf < monitoringUntil && !closed)
    }
}
