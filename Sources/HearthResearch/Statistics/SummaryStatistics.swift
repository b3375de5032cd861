import Foundation

/// Count, mean, standard deviation (n − 1) and range of a sample, or the published
/// statistics of one (a norm's n, mean and SD).
///
/// The variance is computed in two passes with the compensation term of Chan, Golub &
/// LeVeque (1983), so it stays accurate for large means with small spread (e.g. scores
/// around 10⁶ differing by units), where the one-pass sum-of-squares formula fails.
public struct SummaryStatistics: Hashable, Sendable, Codable {
    /// The number of observations.
    public var count: Int
    /// The mean; `nil` when there are no observations.
    public var mean: Double?
    /// The sample standard deviation (divisor n − 1); `nil` below two observations.
    public var standardDeviation: Double?
    /// The smallest observation, when the statistics come from data.
    public var minimum: Double?
    /// The largest observation, when the statistics come from data.
    public var maximum: Double?

    /// The statistics of `values`.
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` when a value is NaN or infinite.
    public init(_ values: some Collection<Double>) throws(ResearchError) {
        count = values.count
        guard !values.isEmpty else { return }
        var sum = 0.0
        var low = Double.infinity
        var high = -Double.infinity
        for value in values {
            guard value.isFinite else { throw ResearchError(.invalidValue, message: "a value is NaN or infinite") }
            sum += value
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
        let mean = sum / Double(count)
        self.mean = mean
        minimum = low
        maximum = high
        guard count > 1 else { return }
        var squares = 0.0
        var deviations = 0.0
        for value in values {
            let deviation = value - mean
            squares += deviation * deviation
            deviations += deviation
        }
        let variance = (squares - deviations * deviations / Double(count)) / Double(count - 1)
        standardDeviation = Swift.max(variance, 0).squareRoot()
    }

    /// Published statistics: n, mean and SD (e.g. a norm entry of the report).
    ///
    /// - Throws: ``ResearchError/Code/invalidValue`` for a negative count, a non-finite mean,
    ///   or a negative or non-finite SD.
    public init(count: Int, mean: Double, standardDeviation: Double?) throws(ResearchError) {
        guard count >= 0, mean.isFinite, standardDeviation.map({ $0.isFinite && $0 >= 0 }) ?? true else {
            throw ResearchError(.invalidValue, message: "n must be ≥ 0, the mean finite and the SD finite and ≥ 0")
        }
        self.count = count
        self.mean = count > 0 ? mean : nil
        self.standardDeviation = count > 1 ? standardDeviation : nil
    }

    /// The sample variance (divisor n − 1), when defined.
    public var variance: Double? { standardDeviation.map { $0 * $0 } }

    /// The standard error of the mean, when defined.
    public var standardError: Double? { standardDeviation.map { $0 / Double(count).squareRoot() } }
}
