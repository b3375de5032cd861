/// An age in whole years, optionally with the months past the last birthday.
///
/// Norm tables and instrument age ranges work in whole years; months are kept for
/// instruments whose norms are finer. Impossible values are rejected at construction,
/// so an `Age` in hand is always plausible.
public struct Age: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The highest accepted age in years.
    public static let maximumYears = 120

    /// Completed years.
    public let years: Int
    /// Months past the last birthday (0–11), when known.
    public let months: Int?

    /// Creates an age.
    ///
    /// - Throws: ``CoreError/Code/invalidAge`` when `years` is outside 0...``maximumYears``
    ///   or `months` is outside 0...11.
    public init(years: Int, months: Int? = nil) throws(CoreError) {
        guard (0...Self.maximumYears).contains(years) else {
            throw CoreError(
                .invalidAge, field: "age",
                message: "the age is outside 0...\(Self.maximumYears) years")
        }
        if let months, !(0...11).contains(months) {
            throw CoreError(.invalidAge, field: "age", message: "the months are outside 0...11")
        }
        self.years = years
        self.months = months
    }

    private enum CodingKeys: String, CodingKey { case years, months }

    /// Decodes and validates an age.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let years = try container.decode(Int.self, forKey: .years)
        let months = try container.decodeIfPresent(Int.self, forKey: .months)
        do { try self.init(years: years, months: months) } catch { throw error }
    }

    /// Age in months, counting unknown months as zero.
    public var totalMonths: Int { years * 12 + (months ?? 0) }

    /// Orders ages by total months.
    public static func < (lhs: Age, rhs: Age) -> Bool { lhs.totalMonths < rhs.totalMonths }

    /// The age as `years` or `years;months`.
    public var description: String {
        if let months { "\(years);\(months)" } else { "\(years)" }
    }
}
