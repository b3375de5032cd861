/// One measurement occasion in a longitudinal study.
///
/// The Verwey-Jonker cohort studies measured shortly after the report (wave 1), a year
/// later (wave 2) and six months after that (wave 3); see ``baseline``,
/// ``followUp12Months`` and ``followUp18Months``.
public struct Wave: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The 1-based position of the wave in its study.
    public let index: Int
    /// Months since the report (or since baseline), when known.
    public let monthsSinceReport: Int?

    /// Creates a wave.
    ///
    /// - Throws: ``CoreError/Code/invalidWave`` when `index` is below 1 or above 1000,
    ///   or `monthsSinceReport` is negative.
    public init(index: Int, monthsSinceReport: Int? = nil) throws(CoreError) {
        guard (1...1000).contains(index) else {
            throw CoreError(.invalidWave, field: "wave", message: "the wave index is outside 1...1000")
        }
        if let monthsSinceReport, monthsSinceReport < 0 {
            throw CoreError(.invalidWave, field: "wave", message: "months since report is negative")
        }
        self.index = index
        self.monthsSinceReport = monthsSinceReport
    }

    private init(validIndex: Int, months: Int) {
        index = validIndex
        monthsSinceReport = months
    }

    /// Wave 1: shortly after the report (month 0).
    public static let baseline = Wave(validIndex: 1, months: 0)
    /// Wave 2 of the cohort studies: twelve months after the report.
    public static let followUp12Months = Wave(validIndex: 2, months: 12)
    /// Wave 3 of the cohort studies: eighteen months after the report.
    public static let followUp18Months = Wave(validIndex: 3, months: 18)

    private enum CodingKeys: String, CodingKey { case index, monthsSinceReport }

    /// Decodes and validates a wave.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let index = try container.decode(Int.self, forKey: .index)
        let months = try container.decodeIfPresent(Int.self, forKey: .monthsSinceReport)
        do { try self.init(index: index, monthsSinceReport: months) } catch { throw error }
    }

    /// Orders waves by index.
    public static func < (lhs: Wave, rhs: Wave) -> Bool { lhs.index < rhs.index }

    /// The wave index.
    public var description: String { "\(index)" }
}
