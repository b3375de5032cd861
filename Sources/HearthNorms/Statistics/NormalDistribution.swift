import Foundation

/// The standard normal distribution.
public enum StandardNormal {
    /// Φ(z): the probability that a standard normal variable is at most `z`, via the
    /// complementary error function (accurate to machine precision in both tails).
    public static func cumulativeProbability(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }
}
