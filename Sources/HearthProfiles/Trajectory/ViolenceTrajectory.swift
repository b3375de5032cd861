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

/// The course of a family's partner violence across waves (CTS2 total frequency).
public struct ViolenceTrajectory: Hashable, Sendable, Codable {
    /// The class of the course from the first to the last measured wave.
    public enum Course: String, Hashable, Sendable, Codable {
        /// No incident on any item at the last wave.
        case stopped
        /// Above the excess threshold at first, at or below it at the last wave.
        case noLongerExcessive
        /// Down by at least the rule's relative change.
        case decreased
        /// Within the relative change.
        case unchanged
        /// Up by at least the relative change (or from none to some).
        case escalated
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
    /// How the course was decided, as data.
    public var reasonMessages: [Message<ProfileMessage>]
    /// ``reasonMessages`` in English.
    public var reasons: [String]

    /// The largest CTS2 total violence frequency: 40 violence behaviours × 25 (both actors).
    public static let maximumTotalViolenceFrequency = 1000.0

    /// Classifies observations.
    ///
    /// - Throws: ``ProfilesError/Code/invalidWaves`` for waves out of order, repeated, or with
    ///   negative, non-finite or impossible frequencies (above ``maximumTotalViolenceFrequency``).
    public init(_ waves: [WaveObservation], rule: TrajectoryRule = TrajectoryRule()) throws(ProfilesError) {
        for (previous, next) in zip(waves, waves.dropFirst()) where next.wave <= previous.wave {
            throw ProfilesError(.invalidWaves, field: "waves", message: "waves must be in increasing order without repeats")
        }
        if waves.contains(where: { $0.totalViolenceFrequency.map { !(0...Self.maximumTotalViolenceFrequency).contains($0) } ?? false }) {
            throw ProfilesError(
                .invalidWaves, field: "totalViolenceFrequency",
                message: "frequencies must lie in 0…\(Int(Self.maximumTotalViolenceFrequency)), the CTS2 total's range (report Table 4.9)")
        }
        self.waves = waves
        let measured = waves.compactMap { wave in wave.totalViolenceFrequency.map { (wave.wave, $0) } }
        relapses = WaveChanges(waves, rule: rule).relapses
        let tail = measured.suffix(rule.consecutiveWavesForStopped)
        stoppedForGood = measured.count >= rule.consecutiveWavesForStopped && tail.allSatisfy { $0.1 == 0 }
        guard let first = measured.first, let last = measured.last, measured.count >= 2 else {
            course = .notDeterminable
            reasonMessages = [Message(.tooFewWaves)]
            reasons = reasonMessages.map { $0.text(in: .english) }
            return
        }
        var reasons: [Message<ProfileMessage>] = [
            Message(.firstAndLastWave, ["firstWave": .integer(first.0), "first": .number(first.1), "lastWave": .integer(last.0), "last": .number(last.1)])
        ]
        let waves = MessageArgument.integer(rule.consecutiveWavesForStopped)
        if last.1 == 0 {
            course = .stopped
            reasons.append(stoppedForGood ? Message(.stoppedForGood, ["waves": waves]) : Message(.stoppedAtLastWave, ["waves": waves]))
        } else if let threshold = rule.excessThreshold, first.1 > threshold, last.1 <= threshold {
            course = .noLongerExcessive
            reasons.append(Message(.noLongerExcessive, ["threshold": .number(threshold)]))
        } else if first.1 == 0 {
            course = .escalated
            reasons.append(Message(.fromNoViolence))
        } else {
            let change = (last.1 - first.1) / first.1
            course = change <= -rule.relativeChange ? .decreased : (change >= rule.relativeChange ? .escalated : .unchanged)
            reasons.append(Message(.relativeChange, ["change": .percent(change), "threshold": .percent(rule.relativeChange)]))
        }
        if !relapses.isEmpty { reasons.append(Message(.relapse, ["waves": .list(relapses.map(String.init))])) }
        reasonMessages = reasons
        self.reasons = reasons.map { $0.text(in: .english) }
    }
}
