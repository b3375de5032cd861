import HearthCore

/// How a family's trajectory is classified. Every number is Hearth's own setting: the
/// source never defines "stopped" or a relevant decrease.
public struct TrajectoryRule: Hashable, Sendable, Codable {
    /// A decrease (or increase) of at least this fraction of the first wave counts.
    public var relativeChange: Double
    /// Violence counts as stopped for good after this many consecutive measured waves
    /// without any incident, ending at the last wave.
    public var consecutiveWavesForStopped: Int
    /// The upper limit of "normal" violence (the report's reference mean + 1 SD); the report
    /// prints no SD, so there is no default and "no longer excessive" needs a value.
    public var excessThreshold: Double?

    /// A rise between consecutive waves counts as escalation when it is at least this many
    /// incidents as well as ``relativeChange`` of the earlier wave (so 10 → 11 does not).
    public var absoluteChange: Double

    /// Creates a rule; defaults: 25 % change, 2 consecutive waves, no excess threshold, and a
    /// rise of at least 10 incidents for escalation between waves.
    public init(relativeChange: Double = 0.25, consecutiveWavesForStopped: Int = 2, excessThreshold: Double? = nil, absoluteChange: Double = 10) {
        self.relativeChange = relativeChange
        self.consecutiveWavesForStopped = consecutiveWavesForStopped
        self.excessThreshold = excessThreshold
        self.absoluteChange = absoluteChange
    }

    private enum CodingKeys: String, CodingKey { case relativeChange, consecutiveWavesForStopped, excessThreshold, absoluteChange }

    /// Decodes a rule; `absoluteChange` may be absent (10).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        relativeChange = try container.decode(Double.self, forKey: .relativeChange)
        consecutiveWavesForStopped = try container.decode(Int.self, forKey: .consecutiveWavesForStopped)
        excessThreshold = try container.decodeIfPresent(Double.self, forKey: .excessThreshold)
        absoluteChange = try container.decodeIfPresent(Double.self, forKey: .absoluteChange) ?? 10
    }
}

/// The course of a family's partner violence across waves (CTS2 total frequency): the
/// course from the first to the last measured wave, read together with every step between
/// (a peak or relapse in between is never hidden by a calm first and last wave).
public struct ViolenceTrajectory: Hashable, Sendable, Codable {
    /// The class of the course.
    public enum Course: String, Hashable, Sendable, Codable {
        /// No incident on any item at the last wave.
        case stopped
        /// Above the excess threshold at first, at or below it at the last wave.
        case noLongerExcessive
        /// Down by at least the rule's relative change.
        case decreased
        /// Within the relative change from first to last, with no escalation or relapse between.
        case unchanged
        /// Within the relative change from first to last, but violence escalated or returned
        /// in between (10 → 300 → 12).
        case fluctuated
        /// Up by at least the relative change (or from none to some).
        case escalated
        /// Violence came back after a measured wave without any, and is there at the last wave
        /// (80 → 0 → 30): never read as a decrease.
        case relapsed
        /// Fewer than two measured waves.
        case notDeterminable
    }

    /// The observations, in wave order.
    public var waves: [WaveObservation]
    /// The course.
    public var course: Course
    /// Whether violence stopped at the rule's number of consecutive waves, up to the last.
    public var stoppedForGood: Bool
    /// Waves at which violence returned after a wave without any.
    public var relapses: [Int]
    /// Waves at which violence escalated from the wave measured before.
    public var escalations: [Int]
    /// Each step between consecutive measured waves.
    public var steps: [TrajectoryStep]
    /// The highest measured frequency (the first such wave), when any wave was measured.
    public var peak: TrajectoryPoint?
    /// How the course was decided, as data.
    public var reasonMessages: [Message<ProfileMessage>]
    /// ``reasonMessages`` in the language asked for.
    public var reasons: [String]

    /// The largest CTS2 total violence frequency: 40 violence behaviours × 25 (both actors).
    public static let maximumTotalViolenceFrequency = 1000.0

    /// Classifies observations.
    ///
    /// - Throws: ``ProfilesError/Code/invalidWaves`` for waves out of order, repeated, with
    ///   months since the report negative or not increasing, or with negative, non-finite or
    ///   impossible frequencies (above ``maximumTotalViolenceFrequency``).
    public init(_ waves: [WaveObservation], rule: TrajectoryRule = TrajectoryRule(), language: Language = .english) throws(ProfilesError) {
        try WaveObservation.validateOrder(waves)
        if let index = waves.firstIndex(where: { $0.totalViolenceFrequency.map { !(0...Self.maximumTotalViolenceFrequency).contains($0) } ?? false }) {
            throw ProfilesError(
                .invalidWaves, field: "waves[\(index)].totalViolenceFrequency",
                message: "frequencies must lie in 0…\(Int(Self.maximumTotalViolenceFrequency)), the CTS2 total's range (report Table 4.9)")
        }
        self.waves = waves
        let measured = waves.filter { $0.totalViolenceFrequency != nil }
        steps = Self.steps(measured, rule: rule)
        relapses = steps.filter { $0.change == .relapsed }.map(\.toWave)
        escalations = steps.filter { $0.change == .escalated }.map(\.toWave)
        peak = measured.reduce(nil) { best, wave in
            let value = wave.totalViolenceFrequency ?? 0
            return value > (best?.frequency ?? -1) ? TrajectoryPoint(wave: wave.wave, frequency: value) : best
        }
        let values = measured.map { $0.totalViolenceFrequency ?? 0 }
        let tail = values.suffix(rule.consecutiveWavesForStopped)
        stoppedForGood = values.count >= rule.consecutiveWavesForStopped && tail.allSatisfy { $0 == 0 }
        guard let first = measured.first, let last = measured.last, measured.count >= 2 else {
            course = .notDeterminable
            reasonMessages = [Message(.tooFewWaves)]
            reasons = reasonMessages.map { $0.text(in: language) }
            return
        }
        let (from, to) = (first.totalViolenceFrequency ?? 0, last.totalViolenceFrequency ?? 0)
        var reasons: [Message<ProfileMessage>] = [
            Message(.firstAndLastWave, ["firstWave": .integer(first.wave), "first": .number(from), "lastWave": .integer(last.wave), "last": .number(to)])
        ]
        let consecutive = MessageArgument.integer(rule.consecutiveWavesForStopped)
        if to == 0 {
            course = .stopped
            reasons.append(stoppedForGood ? Message(.stoppedForGood, ["waves": consecutive]) : Message(.stoppedAtLastWave, ["waves": consecutive]))
        } else if let threshold = rule.excessThreshold, from > threshold, to <= threshold {
            course = .noLongerExcessive
            reasons.append(Message(.noLongerExcessive, ["threshold": .number(threshold)]))
        } else if from == 0 {
            course = .escalated
            reasons.append(Message(.fromNoViolence))
        } else {
            let change = (to - from) / from
            course = change <= -rule.relativeChange ? .decreased : (change >= rule.relativeChange ? .escalated : .unchanged)
            reasons.append(Message(.relativeChange, ["change": .percent(change), "threshold": .percent(rule.relativeChange)]))
        }
        if to > 0, !relapses.isEmpty, course != .escalated {
            course = .relapsed
        } else if course == .unchanged, !escalations.isEmpty {
            course = .fluctuated
            reasons.append(Message(.fluctuated))
        }
        if let peak, peak.wave != first.wave, peak.wave != last.wave, peak.frequency > max(from, to) {
            reasons.append(Message(.peakBetween, ["wave": .integer(peak.wave), "value": .number(peak.frequency)]))
        }
        for step in steps { if let message = Self.stepMessage(step) { reasons.append(message) } }
        if !relapses.isEmpty { reasons.append(Message(.relapse, ["waves": .list(relapses.map(String.init))])) }
        reasonMessages = reasons
        self.reasons = reasons.map { $0.text(in: language) }
    }

    /// The steps between consecutive measured waves, each read by ``WaveChanges/change(from:to:earlierViolence:rule:)``.
    private static func steps(_ measured: [WaveObservation], rule: TrajectoryRule) -> [TrajectoryStep] {
        var steps: [TrajectoryStep] = [], earlierViolence = false
        for (before, after) in zip(measured, measured.dropFirst()) {
            let from = before.totalViolenceFrequency ?? 0, to = after.totalViolenceFrequency ?? 0
            earlierViolence = earlierViolence || from > 0
            let months = before.monthsSinceReport.flatMap { start in after.monthsSinceReport.map { $0 - start } }
            steps.append(
                TrajectoryStep(
                    fromWave: before.wave, from: from, toWave: after.wave, to: to, months: months,
                    change: WaveChanges.change(from: from, to: to, earlierViolence: earlierViolence, rule: rule)))
        }
        return steps
    }

    /// A step in words, with the months between the waves when known: escalations, falls,
    /// stops and onsets (relapses have their own line; unchanged steps none).
    private static func stepMessage(_ step: TrajectoryStep) -> Message<ProfileMessage>? {
        let ids: (plain: ProfileMessage, months: ProfileMessage)
        switch step.change {
        case .escalated: ids = (.escalationBetweenWaves, .escalationBetweenWavesInMonths)
        case .decreased: ids = (.decreaseBetweenWaves, .decreaseBetweenWavesInMonths)
        case .stopped: ids = (.stopBetweenWaves, .stopBetweenWavesInMonths)
        case .began: ids = (.onsetBetweenWaves, .onsetBetweenWavesInMonths)
        case .relapsed, .unchanged: return nil
        }
        let (fromWave, from) = (MessageArgument.integer(step.fromWave), MessageArgument.number(step.from))
        let (toWave, to) = (MessageArgument.integer(step.toWave), MessageArgument.number(step.to))
        guard let months = step.months else { return Message(ids.plain, ["fromWave": fromWave, "from": from, "toWave": toWave, "to": to]) }
        return Message(ids.months, ["fromWave": fromWave, "from": from, "toWave": toWave, "to": to, "months": .integer(months)])
    }

}
