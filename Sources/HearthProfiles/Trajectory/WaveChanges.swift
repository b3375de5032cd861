/// What consecutive measured waves of a family's partner violence show (CTS2 total
/// frequency): the latest rise between two consecutive measurements large enough to count as
/// escalation, and the waves at which violence returned after a wave without any. Each step
/// is read by ``change(from:to:earlierViolence:rule:)``, the one reading of a step for the
/// trajectory (HearthProfiles) and the safety rules (HearthSafety).
public struct WaveChanges: Hashable, Sendable {
    /// A rise between two consecutive measured waves.
    public struct Rise: Hashable, Sendable {
        /// The earlier wave and its frequency.
        public var fromWave: Int, from: Double
        /// The later wave and its frequency.
        public var toWave: Int, to: Double
    }

    /// The latest rise of at least the rule's relative and absolute change between consecutive
    /// measured waves. A rise from a wave without violence counts only when no earlier wave
    /// had any (onset); after violence it is a relapse, not escalation.
    public private(set) var escalation: Rise?
    /// Waves at which violence returned after a measured wave without any.
    public private(set) var relapses: [Int] = []
    /// How many waves have a measurement.
    public private(set) var measuredWaves = 0
    /// How many measured waves show violence.
    public private(set) var violentWaves = 0
    /// Whether violence was measured at the first wave and again at a later one: it went on
    /// across the follow-up (the waves are the report, +12 and +18 months).
    public private(set) var persistent = false

    /// No waves.
    public init() {}

    /// Reads waves (in order, as ``ViolenceTrajectory`` validates them).
    public init(_ waves: [WaveObservation], rule: TrajectoryRule = TrajectoryRule()) {
        var previous: (wave: Int, value: Double)?
        var sawViolence = false, firstViolent = false
        for wave in waves {
            guard let value = wave.totalViolenceFrequency else { continue }
            measuredWaves += 1
            if let before = previous {
                switch Self.change(from: before.value, to: value, earlierViolence: sawViolence, rule: rule) {
                case .relapsed: relapses.append(wave.wave)
                case .escalated: escalation = Rise(fromWave: before.wave, from: before.value, toWave: wave.wave, to: value)
                case .began, .stopped, .decreased, .unchanged: break
                }
            }
            let violent = Self.showsViolence(wave)
            if violent {
                violentWaves += 1
                persistent = persistent || firstViolent
            }
            if measuredWaves == 1 { firstViolent = violent }
            sawViolence = sawViolence || violent
            previous = (wave.wave, value)
        }
    }

    /// Whether a wave's measurement shows violence (a total frequency above zero): what
    /// ``violentWaves`` and ``persistent`` count, and what an assessment lists.
    public static func showsViolence(_ wave: WaveObservation) -> Bool { (wave.totalViolenceFrequency ?? 0) > 0 }

    /// What a step between two consecutive measured waves shows: the one reading of a step,
    /// for the safety rules (escalation, relapse) and the trajectory's steps.
    ///
    /// Violence after a wave without any is a relapse when an earlier wave had violence, else
    /// it began (or escalated, when the rise is large enough: onset); otherwise a rise or fall
    /// counts when it is at least the rule's relative change (of the earlier wave) and its
    /// absolute change, so that 10 → 11 and 8 → 6 are unchanged (both Hearth's choice).
    public static func change(from: Double, to: Double, earlierViolence: Bool, rule: TrajectoryRule) -> TrajectoryStep.Change {
        if from == 0, to > 0, earlierViolence { return .relapsed }
        if to - from >= rule.absoluteChange && to - from >= rule.relativeChange * from { return .escalated }
        if from == 0, to > 0 { return .began }
        if from > 0, to == 0 { return .stopped }
        if from - to >= rule.absoluteChange && from - to >= rule.relativeChange * from { return .decreased }
        return .unchanged
    }
}
