import Foundation

/// The standard normal distribution's tails, from the complementary error function
/// (full relative precision in both tails).
enum NormalDistribution {
    /// P(Z ≤ z).
    static func lowerTail(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    /// P(Z ≥ z).
    static func upperTail(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }
}
