/// What consecutive measured waves of a family's partner violence show (CTS2 total
/// frequency): the first rise between two consecutive measurements large enough to count as
/// escalation, and the waves at which violence returned after a wave without any. The one
/// reading of the waves, for the trajectory (HearthProfiles) and the safety rules
/// (HearthSafety).
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
        var sawZero = false, sawViolence = false, firstViolent = false
        for wave in waves {
            guard let value = wave.totalViolenceFrequency else { continue }
            measuredWaves += 1
            let relapse = value > 0 && sawZero && sawViolence
            if relapse { relapses.append(wave.wave) }
            if value == 0 { sawZero = true } else { sawZero = false }
            if !relapse, let before = previous, Self.rises(from: before.value, to: value, rule: rule) {
                escalation = Rise(fromWave: before.wave, from: before.value, toWave: wave.wave, to: value)
            }
            if value > 0 {
                violentWaves += 1
                persistent = persistent || firstViolent
            }
            if measuredWaves == 1 { firstViolent = value > 0 }
            sawViolence = sawViolence || value > 0
            previous = (wave.wave, value)
        }
    }

    /// Whether `to` is up on `from` by at least the rule's relative change (of `from`) and its
    /// absolute change, so that 10 → 11 is not escalation (both Hearth's choice).
    static func rises(from: Double, to: Double, rule: TrajectoryRule) -> Bool {
        to - from >= rule.absoluteChange && to - from >= rule.relativeChange * from
    }
}
