import Foundation

/// The null distribution of Spearman's S = Σ (rank x − rank y)² for n pairs without ties,
/// by algorithm AS 89 (Best & Roberts 1975, Applied Statistics 24(3), 377): exact
/// enumeration of the n! rank permutations for n ≤ 9, otherwise an Edgeworth series
/// expansion — what R's `cor.test(method = "spearman")` uses up to n = 1290 (its C
/// routine `prho`, with the normal tail from the error function).
enum SpearmanDistribution {
    /// The largest n enumerated exactly (R: `n_small`).
    static let largestEnumerated = 9

    /// P(S ≥ s) (`lowerTail` false) or P(S < s) (true), for n ≥ 2.
    static func probability(n: Int, s: Double, lowerTail: Bool) -> Double {
        let start = lowerTail ? 0.0 : 1.0
        guard n > 1, s > 0 else { return start }
        let maximum = Double(n) * (Double(n) * Double(n) - 1) / 3
        if s > maximum { return 1 - start }
        if n <= largestEnumerated {
            let (atLeast, total) = enumerate(n: n, s: s)
            return Double(lowerTail ? total - atLeast : atLeast) / Double(total)
        }
        return edgeworth(n: n, s: s, lowerTail: lowerTail)
    }

    /// How many of the n! permutations of 1…n have S ≥ s, and n!.
    private static func enumerate(n: Int, s: Double) -> (atLeast: Int, total: Int) {
        var permutation = Array(1...n)
        var atLeast = 0
        var total = 0
        // Heap's algorithm visits every permutation once.
        var counters = [Int](repeating: 0, count: n)
        func visit() {
            total += 1
            var sum = 0
            for (index, value) in permutation.enumerated() {
                let difference = index + 1 - value
                sum += difference * difference
            }
            if s <= Double(sum) { atLeast += 1 }
        }
        visit()
        var index = 0
        while index < n {
            if counters[index] < index {
                permutation.swapAt(index % 2 == 0 ? 0 : counters[index], index)
                visit()
                counters[index] += 1
                index = 0
            } else {
                counters[index] = 0
                index += 1
            }
        }
        return (atLeast, total)
    }

    /// AS 89's Edgeworth series: x = ρ√(n − 1) from s, corrected by a polynomial in x and 1/n.
    private static func edgeworth(n: Int, s: Double, lowerTail: Bool) -> Double {
        let c1 = 0.2274, c2 = 0.2531, c3 = 0.1745, c4 = 0.0758, c5 = 0.1033, c6 = 0.3932
        let c7 = 0.0879, c8 = 0.0151, c9 = 0.0072, c10 = 0.0831, c11 = 0.0131, c12 = 4.6e-4
        let y = Double(n)
        let b = 1 / y
        let x = (6 * (s - 1) * b / (y * y - 1) - 1) * (y - 1).squareRoot()
        let x2 = x * x
        let u = x * b * (c1 + b * (c2 + c3 * b)
            + x2 * (-c4 + b * (c5 + c6 * b) - x2 * b * (c7 + c8 * b - x2 * (c9 - c10 * b + x2 * b * (c11 - c12 * x2)))))
        let correction = u / exp(x2 / 2)
        let p = (lowerTail ? -correction : correction) + (lowerTail ? NormalDistribution.lowerTail(x) : NormalDistribution.upperTail(x))
        return Swift.min(1, Swift.max(0, p))
    }
}
