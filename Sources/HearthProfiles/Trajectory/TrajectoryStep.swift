/// One step of a family's partner violence between two consecutive measured waves (CTS2
/// total frequency), read with the trajectory rule's minimum change (``WaveChanges/change(from:to:earlierViolence:rule:)``,
/// the one reading the safety rules use too).
public struct TrajectoryStep: Hashable, Sendable, Codable {
    /// What the step shows.
    public enum Change: String, Hashable, Sendable, Codable {
        /// Up by at least the rule's relative and absolute change (not a relapse).
        case escalated
        /// Violence again after a measured wave without any, after earlier violence.
        case relapsed
        /// Violence for the first time measured, below the minimum rise.
        case began
        /// No violence at the later wave after some at the earlier one.
        case stopped
        /// Down by at least the rule's relative and absolute change, to some violence.
        case decreased
        /// Within the minimum change either way (or none at both waves).
        case unchanged
    }

    /// The earlier wave and its frequency.
    public var fromWave: Int, from: Double
    /// The later wave and its frequency.
    public var toWave: Int, to: Double
    /// Months between the two measurements, when both give ``WaveObservation/monthsSinceReport``.
    public var months: Int?
    /// What the step shows.
    public var change: Change
}

/// A measured wave's frequency (the trajectory's peak).
public struct TrajectoryPoint: Hashable, Sendable, Codable {
    /// The wave.
    public var wave: Int
    /// Its CTS2 total violence frequency.
    public var frequency: Double
}
